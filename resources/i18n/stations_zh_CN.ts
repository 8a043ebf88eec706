<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>The database password was kept in this station's settings file in clear text; it has been removed. Type it again: it is not saved.</source>
        <translation>数据库密码曾以明文保存在本工作站的设置文件中，现已删除。请重新输入：密码不会保存。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <source>Saved, but WORKBAY_DATABASE_URL is set on this computer and is used instead.</source>
        <translation>已保存，但本机设置了 WORKBAY_DATABASE_URL，将优先使用它。</translation>
    </message>
    <message>
        <source>Saved. Workbay connects to the chosen database when it is started again.</source>
        <translation>已保存。Workbay 下次启动时连接所选的数据库。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Connected to %1. The database is empty: the first station that starts sets it up.</source>
        <translation>已连接到 %1。数据库是空的：第一个启动的工作站会完成初始化。</translation>
    </message>
    <message>
        <source>Connected to %1. The database is ready.</source>
        <translation>已连接到 %1。数据库已就绪。</translation>
    </message>
    <message>
        <source>Connected to %1. The database is upgraded when this station starts.</source>
        <translation>已连接到 %1。本工作站启动时会升级数据库。</translation>
    </message>
    <message>
        <source>Connected to %1, but the database was set up by a newer Workbay (%2). Update Workbay on this station first.</source>
        <translation>已连接到 %1，但数据库由更新版本的 Workbay 建立（%2）。请先升级本工作站的 Workbay。</translation>
    </message>
    <message>
        <source>Connected to %1, but the database holds tables that are not Workbay's. Choose an empty database.</source>
        <translation>已连接到 %1，但数据库中有不属于 Workbay 的表。请选择一个空数据库。</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
</context>
<context>
    <name>ConnectionView</name>
    <message>
        <source>Database connection</source>
        <translation>数据库连接</translation>
    </message>
    <message>
        <source>&amp;This computer only (embedded database)</source>
        <translation>仅本机（内置数据库）(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Shared server (PostgreSQL on the shop network)</source>
        <translation>共享服务器（店内网络上的 PostgreSQL）(&amp;S)</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or server-name</source>
        <translation>例如 192.168.1.10 或服务器名称</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>The password is kept in this computer's password store (keyring).</source>
        <translation>密码保存在本机的密码库（钥匙串）中。</translation>
    </message>
    <message>
        <source>This computer has no password store: the password is not saved, Workbay asks for it when it starts.</source>
        <translation>本机没有密码库：密码不会保存，Workbay 每次启动时询问。</translation>
    </message>
    <message>
        <source>WORKBAY_DATABASE_URL is set on this computer: it is used instead of what you save here.</source>
        <translation>本机设置了 WORKBAY_DATABASE_URL：将使用它，而不是此处保存的设置。</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Workbay connects to the chosen database when it next starts.</source>
        <translation>Workbay 下次启动时连接到所选数据库。</translation>
    </message>
</context>
<context>
    <name>StationLabels</name>
    <message>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最近在线</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>not seen lately</source>
        <translation>近期未在线</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1 (this station)</source>
        <translation>%1（本工作站）</translation>
    </message>
    <message>
        <source>● connected</source>
        <translation>● 已连接</translation>
    </message>
    <message>
        <source>● connection lost</source>
        <translation>● 连接已断开</translation>
    </message>
    <message>
        <source>● offline — reconnecting…</source>
        <translation>● 离线 — 正在重新连接…</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>接车登记</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Lines added</source>
        <translation>添加项目</translation>
    </message>
    <message>
        <source>Extra work</source>
        <translation>增项</translation>
    </message>
    <message>
        <source>Actions typed offline, waiting to be sent: %1</source>
        <translation>离线录入、等待发送的操作：%1</translation>
    </message>
    <message>
        <source>Customer's decision on extra work</source>
        <translation>客户对增项的决定</translation>
    </message>
    <message>
        <source>Work order signed</source>
        <translation>客户签字确认委托书</translation>
    </message>
    <message>
        <source>Technician assigned</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>Work started</source>
        <translation>开工</translation>
    </message>
    <message>
        <source>Work paused</source>
        <translation>暂停施工</translation>
    </message>
    <message>
        <source>Work resumed</source>
        <translation>恢复施工</translation>
    </message>
    <message>
        <source>Work finished</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>Quality check</source>
        <translation>质检</translation>
    </message>
</context>
<context>
    <name>StationsPage</name>
    <message>
        <source>%1 — %2 — refused: %3</source>
        <translation>%1 — %2 — 被拒绝：%3</translation>
    </message>
    <message>
        <source>%1 — %2 — waiting</source>
        <translation>%1 — %2 — 等待发送</translation>
    </message>
</context>
<context>
    <name>StationsView</name>
    <message>
        <source>&amp;Refresh (F5)</source>
        <translation>刷新(&amp;R) (F5)</translation>
    </message>
    <message>
        <source>Database &amp;connection…</source>
        <translation>数据库连接(&amp;C)…</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>重新发送(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>Intakes, payments and lines typed while the database could not be reached are sent by themselves when it is back. One it refused stays here: send it again after fixing the cause, or discard it.</source>
        <translation>数据库无法连接时录入的接车、收款和项目，会在连接恢复后自动提交。被拒绝的操作会留在这里：排除原因后重新提交，或放弃。</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>工作站</translation>
    </message>
</context>
</TS>
