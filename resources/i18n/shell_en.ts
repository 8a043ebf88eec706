<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Desks</name>
    <message>
        <source>Setup</source>
        <translation>Setup</translation>
    </message>
    <message>
        <source>Reception</source>
        <extracomment>desk key -&gt; title (English source; translated when shown)</extracomment>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>Customer file</source>
        <translation>Customer file</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Stations</translation>
    </message>
    <message>
        <source>Customer care</source>
        <translation>Customer care</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
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
        <translation>TV board</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>&amp;Switch user…</translation>
    </message>
    <message>
        <source>&amp;Lock the station</source>
        <translation>&amp;Lock the station</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Switch user (Ctrl+U), lock the station (Ctrl+L), sign out (Ctrl+Shift+Q)</source>
        <translation>Switch user (Ctrl+U), lock the station (Ctrl+L), sign out (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <source>&amp;Quit Workbay</source>
        <translation>&amp;Quit Workbay</translation>
    </message>
    <message>
        <source>&amp;Quit without saving</source>
        <translation>&amp;Quit without saving</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Stay</translation>
    </message>
    <message>
        <source>Changes on %1 are not saved. Quit without saving them?</source>
        <translation>Changes on %1 are not saved. Quit without saving them?</translation>
    </message>
    <message>
        <source>Quit Workbay</source>
        <translation>Quit Workbay</translation>
    </message>
</context>
<context>
    <name>PickupActions</name>
    <message>
        <source>Refund %1 on %2</source>
        <translation>Refund %1 on %2</translation>
    </message>
</context>
<context>
    <name>SettingsWorkspace</name>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>embedded (this computer only)</source>
        <translation>embedded (this computer only)</translation>
    </message>
    <message>
        <source>shared, %1</source>
        <translation>shared, %1</translation>
    </message>
    <message>
        <source>Database &amp;connection…</source>
        <translation>Database &amp;connection…</translation>
    </message>
    <message>
        <source>Chinese text uses the font “%1”.</source>
        <translation>Chinese text uses the font “%1”.</translation>
    </message>
    <message>
        <source>No Chinese font found: Chinese text shows as boxes. Install the package %1 (e.g. apt-get install %1) and restart.</source>
        <translation>No Chinese font found: Chinese text shows as boxes. Install the package %1 (e.g. apt-get install %1) and restart.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>This station opens with</source>
        <translation>This station opens with</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Fonts</translation>
    </message>
    <message>
        <source>Settings of this station</source>
        <translation>Settings of this station</translation>
    </message>
    <message>
        <source>A new language applies at once; an intake under way is kept.</source>
        <translation>A new language applies at once; an intake under way is kept.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Database &amp;connection…</source>
        <translation>Database &amp;connection…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Station: %1</source>
        <extracomment>how long a note about actions sent after an outage stays in the bar</extracomment>
        <translation>Station: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <source>Switch user (Ctrl+U)</source>
        <translation>Switch user (Ctrl+U)</translation>
    </message>
    <message>
        <source>Database: embedded</source>
        <translation>Database: embedded</translation>
    </message>
    <message>
        <source>Database: shared, %1</source>
        <translation>Database: shared, %1</translation>
    </message>
    <message>
        <source>● OFFLINE: connection to the database lost</source>
        <translation>● OFFLINE: connection to the database lost</translation>
    </message>
    <message>
        <source>● OFFLINE: reconnecting…</source>
        <translation>● OFFLINE: reconnecting…</translation>
    </message>
    <message>
        <source>%1 action(s) kept offline, waiting to be sent (Ctrl+6)</source>
        <translation>%1 action(s) kept offline, waiting to be sent (Ctrl+6)</translation>
    </message>
    <message>
        <source>Connection back: %1 action(s) kept offline were saved.</source>
        <translation>Connection back: %1 action(s) kept offline were saved.</translation>
    </message>
    <message>
        <source>%1 were refused: see Stations (Ctrl+6).</source>
        <translation>%1 were refused: see Stations (Ctrl+6).</translation>
    </message>
    <message>
        <source>● connected</source>
        <translation>● connected</translation>
    </message>
    <message>
        <source>An intake confirmed now is kept on this station and saved when the connection is back.</source>
        <translation>An intake confirmed now is kept on this station and saved when the connection is back.</translation>
    </message>
    <message>
        <source>No Chinese font found: install %1</source>
        <translation>No Chinese font found: install %1</translation>
    </message>
    <message>
        <source>Intakes, payments, refunds, extra work and job status changes made now are kept on this station and sent once when the connection is back.</source>
        <translation>Intakes, payments, refunds, extra work and job status changes made now are kept on this station and sent once when the connection is back.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) kept offline, waiting to be sent (Ctrl+6)</source>
        <translation>
            <numerusform>%n action kept offline, waiting to be sent (Ctrl+6)</numerusform>
            <numerusform>%n actions kept offline, waiting to be sent (Ctrl+6)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were refused: see Stations (Ctrl+6).</source>
        <translation>
            <numerusform>%n was refused: see Stations (Ctrl+6).</numerusform>
            <numerusform>%n were refused: see Stations (Ctrl+6).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connection back: %n action(s) kept offline were saved.</source>
        <translation>
            <numerusform>Connection back: %n action kept offline was saved.</numerusform>
            <numerusform>Connection back: %n actions kept offline were saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n complaint(s) overdue, escalated (Ctrl+Shift+E)</source>
        <translation>
            <numerusform>⚠ %n complaint overdue, escalated (Ctrl+Shift+E)</numerusform>
            <numerusform>⚠ %n complaints overdue, escalated (Ctrl+Shift+E)</numerusform>
        </translation>
    </message>
</context>
</TS>
