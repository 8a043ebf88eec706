<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CareWorkspace</name>
    <message>
        <source>&amp;1 Follow-ups</source>
        <translation>&amp;1 Follow-ups</translation>
    </message>
    <message>
        <source>&amp;2 Complaints</source>
        <translation>&amp;2 Complaints</translation>
    </message>
    <message>
        <source>&amp;3 Due lists</source>
        <translation>&amp;3 Due lists</translation>
    </message>
    <message>
        <source>&amp;4 Figures</source>
        <translation>&amp;4 Figures</translation>
    </message>
    <message>
        <source>Customer care</source>
        <translation>Customer care</translation>
    </message>
    <message>
        <source>&amp;5 Messages</source>
        <translation>&amp;5 Messages</translation>
    </message>
</context>
</TS>
