<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Desks</name>
    <message>
        <source>Setup</source>
        <translation>设置中心</translation>
    </message>
    <message>
        <source>Reception</source>
        <extracomment>desk key -&gt; title (English source; translated when shown)</extracomment>
        <translation>前台接待</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>维修车间</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银</translation>
    </message>
    <message>
        <source>Customer file</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Customer care</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workbay — %1</source>
        <translation>Workbay — %1</translation>
    </message>
    <message>
        <source>TV board</source>
        <translation>看板大屏</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>切换用户(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Lock the station</source>
        <translation>锁定工作站(&amp;L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>Switch user (Ctrl+U), lock the station (Ctrl+L), sign out (Ctrl+Shift+Q)</source>
        <translation>切换用户 (Ctrl+U)、锁定工作站 (Ctrl+L)、退出登录 (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <source>&amp;Quit Workbay</source>
        <translation>退出 Workbay(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Quit without saving</source>
        <translation>不保存并退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>留下(&amp;S)</translation>
    </message>
    <message>
        <source>Changes on %1 are not saved. Quit without saving them?</source>
        <translation>%1 的修改尚未保存。不保存就退出吗？</translation>
    </message>
    <message>
        <source>Quit Workbay</source>
        <translation>退出 Workbay</translation>
    </message>
</context>
<context>
    <name>PickupActions</name>
    <message>
        <source>Refund %1 on %2</source>
        <translation>%2 退款 %1</translation>
    </message>
</context>
<context>
    <name>SettingsWorkspace</name>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>embedded (this computer only)</source>
        <translation>内置（仅本机）</translation>
    </message>
    <message>
        <source>shared, %1</source>
        <translation>共享，%1</translation>
    </message>
    <message>
        <source>Database &amp;connection…</source>
        <translation>数据库连接(&amp;C)…</translation>
    </message>
    <message>
        <source>Chinese text uses the font “%1”.</source>
        <translation>中文使用字体“%1”。</translation>
    </message>
    <message>
        <source>No Chinese font found: Chinese text shows as boxes. Install the package %1 (e.g. apt-get install %1) and restart.</source>
        <translation>未找到中文字体：中文会显示为方框。请安装软件包 %1（例如 apt-get install %1）后重新启动。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>This station opens with</source>
        <translation>本工位启动时打开</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>字体</translation>
    </message>
    <message>
        <source>Settings of this station</source>
        <translation>本工位设置</translation>
    </message>
    <message>
        <source>A new language applies at once; an intake under way is kept.</source>
        <translation>新的语言立即生效；正在进行的接待会保留。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Database &amp;connection…</source>
        <translation>数据库连接(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Station: %1</source>
        <extracomment>how long a note about actions sent after an outage stays in the bar</extracomment>
        <translation>工位：%1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <source>Switch user (Ctrl+U)</source>
        <translation>切换用户 (Ctrl+U)</translation>
    </message>
    <message>
        <source>Database: embedded</source>
        <translation>数据库：内置</translation>
    </message>
    <message>
        <source>Database: shared, %1</source>
        <translation>数据库：共享，%1</translation>
    </message>
    <message>
        <source>● OFFLINE: connection to the database lost</source>
        <translation>● 离线：与数据库的连接已断开</translation>
    </message>
    <message>
        <source>● OFFLINE: reconnecting…</source>
        <translation>● 离线：正在重新连接…</translation>
    </message>
    <message>
        <source>%1 action(s) kept offline, waiting to be sent (Ctrl+6)</source>
        <translation>离线保存的操作 %1 项，等待提交（Ctrl+6）</translation>
    </message>
    <message>
        <source>Connection back: %1 action(s) kept offline were saved.</source>
        <translation>连接已恢复：离线保存的 %1 项操作已提交。</translation>
    </message>
    <message>
        <source>%1 were refused: see Stations (Ctrl+6).</source>
        <translation>%1 项被拒绝：请到“工作站”查看（Ctrl+6）。</translation>
    </message>
    <message>
        <source>● connected</source>
        <translation>● 已连接</translation>
    </message>
    <message>
        <source>An intake confirmed now is kept on this station and saved when the connection is back.</source>
        <translation>现在确认的接车会先保存在本工作站，连接恢复后自动提交。</translation>
    </message>
    <message>
        <source>No Chinese font found: install %1</source>
        <translation>未找到中文字体：请安装 %1</translation>
    </message>
    <message>
        <source>Intakes, payments, refunds, extra work and job status changes made now are kept on this station and sent once when the connection is back.</source>
        <translation>现在进行的接车、收款、退款、增项和作业状态变更会保存在本工位，连接恢复后发送一次。</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) kept offline, waiting to be sent (Ctrl+6)</source>
        <translation>
            <numerusform>离线保存的操作 %n 项，等待提交（Ctrl+6）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were refused: see Stations (Ctrl+6).</source>
        <translation>
            <numerusform>%n 项被拒绝：请到“工作站”查看（Ctrl+6）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connection back: %n action(s) kept offline were saved.</source>
        <translation>
            <numerusform>连接已恢复：离线保存的 %n 项操作已提交。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n complaint(s) overdue, escalated (Ctrl+Shift+E)</source>
        <translation>
            <numerusform>⚠ %n 条投诉超时，已上报（Ctrl+Shift+E）</numerusform>
        </translation>
    </message>
</context>
</TS>
