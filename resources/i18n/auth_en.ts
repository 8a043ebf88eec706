<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Manager&apos;s approval</source>
        <extracomment>how a dialog asks for an approval: ``ask(refusal, resend)`` opens it over the dialog and ``resend(grant)`` sends what is typed again</extracomment>
        <translation>Manager&apos;s approval</translation>
    </message>
    <message>
        <source>This needs a manager&apos;s approval: %1.</source>
        <translation>This needs a manager&apos;s approval: %1.</translation>
    </message>
    <message>
        <source>May approve: %1</source>
        <translation>May approve: %1</translation>
    </message>
    <message>
        <source>Login, or scan the staff card</source>
        <translation>Login, or scan the staff card</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Approver&apos;s &amp;login:</source>
        <translation>Approver&apos;s &amp;login:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>Approve  (Enter)</source>
        <translation>Approve  (Enter)</translation>
    </message>
    <message>
        <source>Not approved  (Esc)</source>
        <translation>Not approved  (Esc)</translation>
    </message>
    <message>
        <source>Type the approver&apos;s login, or scan the staff card.</source>
        <translation>Type the approver&apos;s login, or scan the staff card.</translation>
    </message>
    <message>
        <source>Type the approver&apos;s PIN.</source>
        <translation>Type the approver&apos;s PIN.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>Login, or scan the staff card</source>
        <translation>Login, or scan the staff card</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>P&amp;IN:</translation>
    </message>
    <message>
        <source>Type the login, or scan the staff card.</source>
        <translation>Type the login, or scan the staff card.</translation>
    </message>
    <message>
        <source>Type the PIN.</source>
        <translation>Type the PIN.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>Workbay — first start</source>
        <extracomment>the shop profile&apos;s fields asked for at the first start (setting key -&gt; field name)</extracomment>
        <translation>Workbay — first start</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Welcome to Workbay</source>
        <translation>Welcome to Workbay</translation>
    </message>
    <message>
        <source>Nobody can sign in yet. Create the owner&apos;s account: it may set up the shop and its staff, and approve what needs a manager. There is no built-in password; keep yours safe.</source>
        <translation>Nobody can sign in yet. Create the owner&apos;s account: it may set up the shop and its staff, and approve what needs a manager. There is no built-in password; keep yours safe.</translation>
    </message>
    <message>
        <source>e.g. zhang.wei</source>
        <translation>e.g. zhang.wei</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>at least 8 characters</translation>
    </message>
    <message>
        <source>4 to 8 digits, to switch user at a counter</source>
        <translation>4 to 8 digits, to switch user at a counter</translation>
    </message>
    <message>
        <source>As the station</source>
        <translation>As the station</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Password &amp;again:</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>P&amp;IN:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>L&amp;anguage:</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Your shop</translation>
    </message>
    <message>
        <source>Printed at the top of every work order, statement and slip. The licence, credit code, bank account and logo are added in the Setup desk.</source>
        <translation>Printed at the top of every work order, statement and slip. The licence, credit code, bank account and logo are added in the Setup desk.</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>&amp;Short name:</translation>
    </message>
    <message>
        <source>Le&amp;gal name:</source>
        <translation>Le&amp;gal name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>e.g. 顺达汽修</source>
        <translation>e.g. 顺达汽修</translation>
    </message>
    <message>
        <source>e.g. 深圳市顺达汽车服务有限公司</source>
        <translation>e.g. 深圳市顺达汽车服务有限公司</translation>
    </message>
    <message>
        <source>Step 1 of 2: the owner&apos;s account</source>
        <translation>Step 1 of 2: the owner&apos;s account</translation>
    </message>
    <message>
        <source>Create the account  (Enter)</source>
        <translation>Create the account  (Enter)</translation>
    </message>
    <message>
        <source>Step 2 of 2: the shop</source>
        <translation>Step 2 of 2: the shop</translation>
    </message>
    <message>
        <source>Save and start  (Enter)</source>
        <translation>Save and start  (Enter)</translation>
    </message>
    <message>
        <source>&amp;Later, in Setup</source>
        <translation>&amp;Later, in Setup</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>This station is locked</source>
        <translation>This station is locked</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <source>Your password or PIN, then Enter</source>
        <translation>Your password or PIN, then Enter</translation>
    </message>
    <message>
        <source>&amp;Password or PIN:</source>
        <translation>&amp;Password or PIN:</translation>
    </message>
    <message>
        <source>Unlock  (Enter)</source>
        <translation>Unlock  (Enter)</translation>
    </message>
    <message>
        <source>Someone else takes over:</source>
        <translation>Someone else takes over:</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <source>Sign out  (Ctrl+Shift+Q)</source>
        <translation>Sign out  (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <source>Type your password or PIN.</source>
        <translation>Type your password or PIN.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>Rights</name>
    <message>
        <source>Needs a manager&apos;s approval to %1.</source>
        <translation>Needs a manager&apos;s approval to %1.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Workbay — sign in</source>
        <extracomment>the languages a station offers before sign-in, each named in itself</extracomment>
        <translation>Workbay — sign in</translation>
    </message>
    <message>
        <source>Station: %1</source>
        <translation>Station: %1</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Your login, or scan your staff card</source>
        <translation>Your login, or scan your staff card</translation>
    </message>
    <message>
        <source>Sign in  (Enter)</source>
        <translation>Sign in  (Enter)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Language of this station (F12)</source>
        <translation>Language of this station (F12)</translation>
    </message>
    <message>
        <source>A staff card switches users at a signed-in station. Type your login and password to sign in.</source>
        <translation>A staff card switches users at a signed-in station. Type your login and password to sign in.</translation>
    </message>
    <message>
        <source>Type your login.</source>
        <translation>Type your login.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>SwitchUserDialog</name>
    <message>
        <source>Switch user</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <source>%1 is signed in. Who takes over this station?</source>
        <translation>%1 is signed in. Who takes over this station?</translation>
    </message>
    <message>
        <source>Switch  (Enter)</source>
        <translation>Switch  (Enter)</translation>
    </message>
    <message>
        <source>Cancel  (Esc)</source>
        <translation>Cancel  (Esc)</translation>
    </message>
</context>
<context>
    <name>Who</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
</TS>
