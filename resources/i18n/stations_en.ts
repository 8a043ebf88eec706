<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>The database password was kept in this station's settings file in clear text; it has been removed. Type it again: it is not saved.</source>
        <translation>The database password was kept in this station's settings file in clear text; it has been removed. Type it again: it is not saved.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Saved, but WORKBAY_DATABASE_URL is set on this computer and is used instead.</source>
        <translation>Saved, but WORKBAY_DATABASE_URL is set on this computer and is used instead.</translation>
    </message>
    <message>
        <source>Saved. Workbay connects to the chosen database when it is started again.</source>
        <translation>Saved. Workbay connects to the chosen database when it is started again.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Connected to %1. The database is empty: the first station that starts sets it up.</source>
        <translation>Connected to %1. The database is empty: the first station that starts sets it up.</translation>
    </message>
    <message>
        <source>Connected to %1. The database is ready.</source>
        <translation>Connected to %1. The database is ready.</translation>
    </message>
    <message>
        <source>Connected to %1. The database is upgraded when this station starts.</source>
        <translation>Connected to %1. The database is upgraded when this station starts.</translation>
    </message>
    <message>
        <source>Connected to %1, but the database was set up by a newer Workbay (%2). Update Workbay on this station first.</source>
        <translation>Connected to %1, but the database was set up by a newer Workbay (%2). Update Workbay on this station first.</translation>
    </message>
    <message>
        <source>Connected to %1, but the database holds tables that are not Workbay's. Choose an empty database.</source>
        <translation>Connected to %1, but the database holds tables that are not Workbay's. Choose an empty database.</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Cannot connect: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionView</name>
    <message>
        <source>Database connection</source>
        <translation>Database connection</translation>
    </message>
    <message>
        <source>&amp;This computer only (embedded database)</source>
        <translation>&amp;This computer only (embedded database)</translation>
    </message>
    <message>
        <source>&amp;Shared server (PostgreSQL on the shop network)</source>
        <translation>&amp;Shared server (PostgreSQL on the shop network)</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or server-name</source>
        <translation>e.g. 192.168.1.10 or server-name</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>The password is kept in this computer's password store (keyring).</source>
        <translation>The password is kept in this computer's password store (keyring).</translation>
    </message>
    <message>
        <source>This computer has no password store: the password is not saved, Workbay asks for it when it starts.</source>
        <translation>This computer has no password store: the password is not saved, Workbay asks for it when it starts.</translation>
    </message>
    <message>
        <source>WORKBAY_DATABASE_URL is set on this computer: it is used instead of what you save here.</source>
        <translation>WORKBAY_DATABASE_URL is set on this computer: it is used instead of what you save here.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Workbay connects to the chosen database when it next starts.</source>
        <translation>Workbay connects to the chosen database when it next starts.</translation>
    </message>
</context>
<context>
    <name>StationLabels</name>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>not seen lately</source>
        <translation>not seen lately</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>%1 (this station)</source>
        <translation>%1 (this station)</translation>
    </message>
    <message>
        <source>● connected</source>
        <translation>● connected</translation>
    </message>
    <message>
        <source>● connection lost</source>
        <translation>● connection lost</translation>
    </message>
    <message>
        <source>● offline — reconnecting…</source>
        <translation>● offline — reconnecting…</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Lines added</source>
        <translation>Lines added</translation>
    </message>
    <message>
        <source>Extra work</source>
        <translation>Extra work</translation>
    </message>
    <message>
        <source>Actions typed offline, waiting to be sent: %1</source>
        <translation>Actions typed offline, waiting to be sent: %1</translation>
    </message>
    <message>
        <source>Customer's decision on extra work</source>
        <translation>Customer's decision on extra work</translation>
    </message>
    <message>
        <source>Work order signed</source>
        <translation>Work order signed</translation>
    </message>
    <message>
        <source>Technician assigned</source>
        <translation>Technician assigned</translation>
    </message>
    <message>
        <source>Work started</source>
        <translation>Work started</translation>
    </message>
    <message>
        <source>Work paused</source>
        <translation>Work paused</translation>
    </message>
    <message>
        <source>Work resumed</source>
        <translation>Work resumed</translation>
    </message>
    <message>
        <source>Work finished</source>
        <translation>Work finished</translation>
    </message>
    <message>
        <source>Quality check</source>
        <translation>Quality check</translation>
    </message>
</context>
<context>
    <name>StationsPage</name>
    <message>
        <source>%1 — %2 — refused: %3</source>
        <translation>%1 — %2 — refused: %3</translation>
    </message>
    <message>
        <source>%1 — %2 — waiting</source>
        <translation>%1 — %2 — waiting</translation>
    </message>
</context>
<context>
    <name>StationsView</name>
    <message>
        <source>&amp;Refresh (F5)</source>
        <translation>&amp;Refresh (F5)</translation>
    </message>
    <message>
        <source>Database &amp;connection…</source>
        <translation>Database &amp;connection…</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Send &amp;again</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Intakes, payments and lines typed while the database could not be reached are sent by themselves when it is back. One it refused stays here: send it again after fixing the cause, or discard it.</source>
        <translation>Intakes, payments and lines typed while the database could not be reached are sent by themselves when it is back. One it refused stays here: send it again after fixing the cause, or discard it.</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Stations</translation>
    </message>
</context>
</TS>
