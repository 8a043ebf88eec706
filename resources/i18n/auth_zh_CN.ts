<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Manager&apos;s approval</source>
        <extracomment>how a dialog asks for an approval: ``ask(refusal, resend)`` opens it over the dialog and ``resend(grant)`` sends what is typed again</extracomment>
        <translation>经理审批</translation>
    </message>
    <message>
        <source>This needs a manager&apos;s approval: %1.</source>
        <translation>此操作需要经理审批：%1。</translation>
    </message>
    <message>
        <source>May approve: %1</source>
        <translation>可审批：%1</translation>
    </message>
    <message>
        <source>Login, or scan the staff card</source>
        <translation>登录名，或扫描员工卡</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>Approver&apos;s &amp;login:</source>
        <translation>审批人登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>PIN 码(&amp;P)：</translation>
    </message>
    <message>
        <source>Approve  (Enter)</source>
        <translation>批准  (Enter)</translation>
    </message>
    <message>
        <source>Not approved  (Esc)</source>
        <translation>不批准  (Esc)</translation>
    </message>
    <message>
        <source>Type the approver&apos;s login, or scan the staff card.</source>
        <translation>请输入审批人的登录名，或扫描员工卡。</translation>
    </message>
    <message>
        <source>Type the approver&apos;s PIN.</source>
        <translation>请输入审批人的 PIN 码。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在核对…</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>Login, or scan the staff card</source>
        <translation>登录名，或扫描员工卡</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>PIN 码(&amp;I)：</translation>
    </message>
    <message>
        <source>Type the login, or scan the staff card.</source>
        <translation>请输入登录名，或扫描员工卡。</translation>
    </message>
    <message>
        <source>Type the PIN.</source>
        <translation>请输入 PIN 码。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在核对…</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>Workbay — first start</source>
        <extracomment>the shop profile&apos;s fields asked for at the first start (setting key -&gt; field name)</extracomment>
        <translation>Workbay — 首次启动</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Welcome to Workbay</source>
        <translation>欢迎使用 Workbay</translation>
    </message>
    <message>
        <source>Nobody can sign in yet. Create the owner&apos;s account: it may set up the shop and its staff, and approve what needs a manager. There is no built-in password; keep yours safe.</source>
        <translation>目前还没有人能登录。请创建店主账号：它可以设置门店和员工，并审批需要经理批准的操作。系统没有内置密码，请妥善保管您的密码。</translation>
    </message>
    <message>
        <source>e.g. zhang.wei</source>
        <translation>例如 zhang.wei</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>4 to 8 digits, to switch user at a counter</source>
        <translation>4 到 8 位数字，用于在柜台切换用户</translation>
    </message>
    <message>
        <source>As the station</source>
        <translation>跟随工作站</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>再次输入密码(&amp;A)：</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>PIN 码(&amp;I)：</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>语言(&amp;A)：</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>您的门店</translation>
    </message>
    <message>
        <source>Printed at the top of every work order, statement and slip. The licence, credit code, bank account and logo are added in the Setup desk.</source>
        <translation>打印在每张委托书、结算单和单据的抬头。经营许可证、统一社会信用代码、银行账户和标志可在“设置台”中补充。</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>简称(&amp;S)：</translation>
    </message>
    <message>
        <source>Le&amp;gal name:</source>
        <translation>企业全称(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>e.g. 顺达汽修</source>
        <translation>例如 顺达汽修</translation>
    </message>
    <message>
        <source>e.g. 深圳市顺达汽车服务有限公司</source>
        <translation>例如 深圳市顺达汽车服务有限公司</translation>
    </message>
    <message>
        <source>Step 1 of 2: the owner&apos;s account</source>
        <translation>第 1 步（共 2 步）：店主账号</translation>
    </message>
    <message>
        <source>Create the account  (Enter)</source>
        <translation>创建账号  (Enter)</translation>
    </message>
    <message>
        <source>Step 2 of 2: the shop</source>
        <translation>第 2 步（共 2 步）：门店信息</translation>
    </message>
    <message>
        <source>Save and start  (Enter)</source>
        <translation>保存并开始  (Enter)</translation>
    </message>
    <message>
        <source>&amp;Later, in Setup</source>
        <translation>稍后在设置台填写(&amp;L)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>This station is locked</source>
        <translation>本工作站已锁定</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>已登录：%1</translation>
    </message>
    <message>
        <source>Your password or PIN, then Enter</source>
        <translation>输入您的密码或 PIN 码，然后按回车</translation>
    </message>
    <message>
        <source>&amp;Password or PIN:</source>
        <translation>密码或 PIN 码(&amp;P)：</translation>
    </message>
    <message>
        <source>Unlock  (Enter)</source>
        <translation>解锁  (Enter)</translation>
    </message>
    <message>
        <source>Someone else takes over:</source>
        <translation>换人接班：</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <source>Sign out  (Ctrl+Shift+Q)</source>
        <translation>退出登录  (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <source>Type your password or PIN.</source>
        <translation>请输入您的密码或 PIN 码。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在核对…</translation>
    </message>
</context>
<context>
    <name>Rights</name>
    <message>
        <source>Needs a manager&apos;s approval to %1.</source>
        <translation>需经理审批才能%1。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Workbay — sign in</source>
        <extracomment>the languages a station offers before sign-in, each named in itself</extracomment>
        <translation>Workbay — 登录</translation>
    </message>
    <message>
        <source>Station: %1</source>
        <translation>工位：%1</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Your login, or scan your staff card</source>
        <translation>您的登录名，或扫描员工卡</translation>
    </message>
    <message>
        <source>Sign in  (Enter)</source>
        <translation>登录  (Enter)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Language of this station (F12)</source>
        <translation>本工作站的语言 (F12)</translation>
    </message>
    <message>
        <source>A staff card switches users at a signed-in station. Type your login and password to sign in.</source>
        <translation>员工卡用于在已登录的工作站切换用户。请输入登录名和密码登录。</translation>
    </message>
    <message>
        <source>Type your login.</source>
        <translation>请输入登录名。</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在核对…</translation>
    </message>
</context>
<context>
    <name>SwitchUserDialog</name>
    <message>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <source>%1 is signed in. Who takes over this station?</source>
        <translation>当前登录：%1。由谁接手本工作站？</translation>
    </message>
    <message>
        <source>Switch  (Enter)</source>
        <translation>切换  (Enter)</translation>
    </message>
    <message>
        <source>Cancel  (Esc)</source>
        <translation>取消  (Esc)</translation>
    </message>
</context>
<context>
    <name>Who</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
</TS>
