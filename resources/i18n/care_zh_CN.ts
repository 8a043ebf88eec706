<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CareWorkspace</name>
    <message>
        <source>&amp;1 Follow-ups</source>
        <translation>&amp;1 回访</translation>
    </message>
    <message>
        <source>&amp;2 Complaints</source>
        <translation>&amp;2 投诉</translation>
    </message>
    <message>
        <source>&amp;3 Due lists</source>
        <translation>&amp;3 提醒名单</translation>
    </message>
    <message>
        <source>&amp;4 Figures</source>
        <translation>&amp;4 指标</translation>
    </message>
    <message>
        <source>Customer care</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>&amp;5 Messages</source>
        <translation>&amp;5 短信</translation>
    </message>
</context>
</TS>
