<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditPage</name>
    <message>
        <source>e.g. WO-20261201-0001</source>
        <translation>e.g. WO-20261201-0001</translation>
    </message>
    <message>
        <source>name or phone</source>
        <translation>name or phone</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>words in the summary</source>
        <translation>words in the summary</translation>
    </message>
    <message>
        <source>&amp;Search (Enter)</source>
        <translation>&amp;Search (Enter)</translation>
    </message>
    <message>
        <source>&amp;More… (F8)</source>
        <translation>&amp;More… (F8)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Before → after</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Order</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>C&amp;ustomer</translation>
    </message>
    <message>
        <source>Us&amp;er</source>
        <translation>Us&amp;er</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>Ac&amp;tion</source>
        <translation>Ac&amp;tion</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Customer: %1</translation>
    </message>
    <message>
        <source>%1 entries shown, more to come</source>
        <translation>%1 entries shown, more to come</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 entries</translation>
    </message>
    <message>
        <source>(everyone)</source>
        <translation>(everyone)</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>%1 entries written to %2</source>
        <translation>%1 entries written to %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) shown, more to come</source>
        <translation>
            <numerusform>%n entry shown, more to come</numerusform>
            <numerusform>%n entries shown, more to come</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) written to %1</source>
        <translation>
            <numerusform>%n entry written to %1</numerusform>
            <numerusform>%n entries written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogItemDialog</name>
    <message>
        <source>Edit catalog item</source>
        <translation>Edit catalog item</translation>
    </message>
    <message>
        <source>New catalog item</source>
        <translation>New catalog item</translation>
    </message>
    <message>
        <source>&amp;Flat price (one job, not hours × rate)</source>
        <translation>&amp;Flat price (one job, not hours × rate)</translation>
    </message>
    <message>
        <source>Ac&amp;tive (offered at the desks)</source>
        <translation>Ac&amp;tive (offered at the desks)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>Name (&amp;Chinese)</source>
        <translation>Name (&amp;Chinese)</translation>
    </message>
    <message>
        <source>Name (&amp;English)</source>
        <translation>Name (&amp;English)</translation>
    </message>
    <message>
        <source>&amp;Unit (Chinese)</source>
        <translation>&amp;Unit (Chinese)</translation>
    </message>
    <message>
        <source>U&amp;nit (English)</source>
        <translation>U&amp;nit (English)</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Price</translation>
    </message>
    <message>
        <source>Standard &amp;hours</source>
        <translation>Standard &amp;hours</translation>
    </message>
    <message>
        <source>&amp;Applies to</source>
        <translation>&amp;Applies to</translation>
    </message>
    <message>
        <source>rate per hour</source>
        <translation>rate per hour</translation>
    </message>
    <message>
        <source>price</source>
        <translation>price</translation>
    </message>
    <message>
        <source>Not saved: see the marked fields.</source>
        <translation>Not saved: see the marked fields.</translation>
    </message>
    <message>
        <source>&amp;Brand / spec</source>
        <translation>&amp;Brand / spec</translation>
    </message>
    <message>
        <source>e.g. Bosch 0986AB1234</source>
        <translation>e.g. Bosch 0986AB1234</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Code or name (either language)</source>
        <translation>Code or name (either language)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Show &amp;retired items</source>
        <translation>Show &amp;retired items</translation>
    </message>
    <message>
        <source>&amp;New item (Ins)</source>
        <translation>&amp;New item (Ins)</translation>
    </message>
    <message>
        <source>&amp;Edit (Enter)</source>
        <translation>&amp;Edit (Enter)</translation>
    </message>
    <message>
        <source>&amp;Import… (Ctrl+I)</source>
        <translation>&amp;Import… (Ctrl+I)</translation>
    </message>
    <message>
        <source>E&amp;xport… (Ctrl+E)</source>
        <translation>E&amp;xport… (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;More… (F8)</source>
        <translation>&amp;More… (F8)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>Name (Chinese)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Std. hours</source>
        <translation>Std. hours</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>flat</translation>
    </message>
    <message>
        <source>/ hour</source>
        <translation>/ hour</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retired</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <source>%1 items shown, more to come</source>
        <translation>%1 items shown, more to come</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 items</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 saved.</translation>
    </message>
    <message>
        <source>Import the catalog</source>
        <translation>Import the catalog</translation>
    </message>
    <message>
        <source>Catalog files (*.csv *.xlsx);;All files (*)</source>
        <translation>Catalog files (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 changed, %4 unchanged.</source>
        <translation>Imported %1: %2 new, %3 changed, %4 unchanged.</translation>
    </message>
    <message>
        <source>%1 items written to %2</source>
        <translation>%1 items written to %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) shown, more to come</source>
        <translation>
            <numerusform>%n item shown, more to come</numerusform>
            <numerusform>%n items shown, more to come</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) written to %1</source>
        <translation>
            <numerusform>%n item written to %1</numerusform>
            <numerusform>%n items written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistsPage</name>
    <message>
        <source>Checklist &amp;for</source>
        <translation>Checklist &amp;for</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Label (Chinese)</source>
        <translation>Label (Chinese)</translation>
    </message>
    <message>
        <source>Label (English)</source>
        <translation>Label (English)</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Mandatory</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>&amp;New item (Ins)</source>
        <translation>&amp;New item (Ins)</translation>
    </message>
    <message>
        <source>&amp;Up (Ctrl+↑)</source>
        <translation>&amp;Up (Ctrl+↑)</translation>
    </message>
    <message>
        <source>&amp;Down (Ctrl+↓)</source>
        <translation>&amp;Down (Ctrl+↓)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Codes: small letters, digits and _. Space ticks a box, F2 edits a cell, Del removes an item (one that inspections used is retired instead).</source>
        <translation>Codes: small letters, digits and _. Space ticks a box, F2 edits a cell, Del removes an item (one that inspections used is retired instead).</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <source>Checklist saved: the next walk-around at any station uses it.</source>
        <translation>Checklist saved: the next walk-around at any station uses it.</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Row %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>DateList</name>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove (Del)</source>
        <translation>Remove (Del)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the catalog</source>
        <translation>Export the catalog</translation>
    </message>
    <message>
        <source>CSV (opens in Excel and WPS)</source>
        <translation>CSV (opens in Excel and WPS)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>UTF-8 (recommended)</source>
        <translation>UTF-8 (recommended)</translation>
    </message>
    <message>
        <source>GBK (older Excel in Chinese)</source>
        <translation>GBK (older Excel in Chinese)</translation>
    </message>
    <message>
        <source>Chinese headers</source>
        <translation>Chinese headers</translation>
    </message>
    <message>
        <source>English headers</source>
        <translation>English headers</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>&amp;Encoding</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;Headers</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Holidays and make-up working days</source>
        <translation>Holidays and make-up working days</translation>
    </message>
    <message>
        <source>&amp;Holidays (closed)</source>
        <translation>&amp;Holidays (closed)</translation>
    </message>
    <message>
        <source>&amp;Make-up working days</source>
        <translation>&amp;Make-up working days</translation>
    </message>
    <message>
        <source>Working hours &amp; holidays</source>
        <translation>Working hours &amp; holidays</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import the catalog: %1</source>
        <translation>Import the catalog: %1</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>What the import does</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>%1 problems in the file: nothing can be imported until they are fixed. Fix the file and import it again.</source>
        <translation>%1 problems in the file: nothing can be imported until they are fixed. Fix the file and import it again.</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged. Nothing is written before Import.</source>
        <translation>%1 new, %2 changed, %3 unchanged. Nothing is written before Import.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>changed: %1</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>The file changed or the catalog did: %1 problems, nothing imported.</source>
        <translation>The file changed or the catalog did: %1 problems, nothing imported.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the file: nothing can be imported until they are fixed. Fix the file and import it again.</source>
        <translation>
            <numerusform>%n problem in the file: nothing can be imported until it is fixed. Fix the file and import it again.</numerusform>
            <numerusform>%n problems in the file: nothing can be imported until they are fixed. Fix the file and import it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file changed or the catalog did: %n problem(s), nothing imported.</source>
        <translation>
            <numerusform>The file changed or the catalog did: %n problem, nothing imported.</numerusform>
            <numerusform>The file changed or the catalog did: %n problems, nothing imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoneyPage</name>
    <message>
        <source>Payment &amp;methods</source>
        <translation>Payment &amp;methods</translation>
    </message>
    <message>
        <source>&amp;Rounding of the amount due</source>
        <translation>&amp;Rounding of the amount due</translation>
    </message>
    <message>
        <source>yuan per hour</source>
        <translation>yuan per hour</translation>
    </message>
    <message>
        <source>&amp;Labor rate (¥ per hour)</source>
        <translation>&amp;Labor rate (¥ per hour)</translation>
    </message>
    <message>
        <source>Advisors' &amp;discount limit (%)</source>
        <translation>Advisors' &amp;discount limit (%)</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>Name (Chinese)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Labor discount %</source>
        <translation>Labor discount %</translation>
    </message>
    <message>
        <source>Parts discount %</source>
        <translation>Parts discount %</translation>
    </message>
    <message>
        <source>Member &amp;levels</source>
        <translation>Member &amp;levels</translation>
    </message>
    <message>
        <source>Ins adds a level, Del removes it, Ctrl+Up / Ctrl+Down change the order. A beyond-limit discount needs a manager's approval at the desk.</source>
        <translation>Ins adds a level, Del removes it, Ctrl+Up / Ctrl+Down change the order. A beyond-limit discount needs a manager's approval at the desk.</translation>
    </message>
    <message>
        <source>Payments &amp; money</source>
        <translation>Payments &amp; money</translation>
    </message>
</context>
<context>
    <name>NumbersPage</name>
    <message>
        <source>Document number prefixes</source>
        <translation>Document number prefixes</translation>
    </message>
    <message>
        <source>Manufacturer warranty</source>
        <translation>Manufacturer warranty</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>months or</source>
        <translation>months or</translation>
    </message>
    <message>
        <source>km, whichever comes first</source>
        <translation>km, whichever comes first</translation>
    </message>
    <message>
        <source>Numbers &amp; warranty</source>
        <translation>Numbers &amp; warranty</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Current password</translation>
    </message>
    <message>
        <source>Set the password of %1</source>
        <translation>Set the password of %1</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>New &amp;password</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Password &amp;again</translation>
    </message>
    <message>
        <source>Set the PIN of %1</source>
        <translation>Set the PIN of %1</translation>
    </message>
    <message>
        <source>New &amp;PIN (4-8 digits)</source>
        <translation>New &amp;PIN (4-8 digits)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN &amp;again</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source>These apply to every station. A locked station opens again with the password or PIN of whoever is signed in; another member of staff switches in with their PIN or staff card.</source>
        <translation>These apply to every station. A locked station opens again with the password or PIN of whoever is signed in; another member of staff switches in with their PIN or staff card.</translation>
    </message>
    <message>
        <source>Lock a station after &amp;idle minutes</source>
        <translation>Lock a station after &amp;idle minutes</translation>
    </message>
    <message>
        <source>&amp;Wrong passwords before an account locks</source>
        <translation>&amp;Wrong passwords before an account locks</translation>
    </message>
    <message>
        <source>Account &amp;locked for minutes</source>
        <translation>Account &amp;locked for minutes</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Nothing to save: nothing was changed.</source>
        <translation>Nothing to save: nothing was changed.</translation>
    </message>
</context>
<context>
    <name>SetupErrors</name>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>This must be text.</source>
        <translation>This must be text.</translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation>At most {max} characters.</translation>
    </message>
    <message>
        <source>This is not in the expected format.</source>
        <translation>This is not in the expected format.</translation>
    </message>
    <message>
        <source>Choose one of the offered values.</source>
        <translation>Choose one of the offered values.</translation>
    </message>
    <message>
        <source>This is not a number.</source>
        <translation>This is not a number.</translation>
    </message>
    <message>
        <source>Enter a value from {min} to {max}.</source>
        <translation>Enter a value from {min} to {max}.</translation>
    </message>
    <message>
        <source>At most {places} decimal places.</source>
        <translation>At most {places} decimal places.</translation>
    </message>
    <message>
        <source>At most {max} entries.</source>
        <translation>At most {max} entries.</translation>
    </message>
    <message>
        <source>Choose at least one.</source>
        <translation>Choose at least one.</translation>
    </message>
    <message>
        <source>This is used twice.</source>
        <translation>This is used twice.</translation>
    </message>
    <message>
        <source>A prefix has 1 to 6 letters or digits.</source>
        <translation>A prefix has 1 to 6 letters or digits.</translation>
    </message>
    <message>
        <source>A time like 08:30 is needed.</source>
        <translation>A time like 08:30 is needed.</translation>
    </message>
    <message>
        <source>Enter the opening and the closing time.</source>
        <translation>Enter the opening and the closing time.</translation>
    </message>
    <message>
        <source>The closing time must be after the opening time.</source>
        <translation>The closing time must be after the opening time.</translation>
    </message>
    <message>
        <source>A date like 2026-10-01 is needed.</source>
        <translation>A date like 2026-10-01 is needed.</translation>
    </message>
    <message>
        <source>{value} is both a holiday and a make-up working day.</source>
        <translation>{value} is both a holiday and a make-up working day.</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>The end of the period is before its start.</translation>
    </message>
    <message>
        <source>No customer matches “{value}”.</source>
        <translation>No customer matches “{value}”.</translation>
    </message>
    <message>
        <source>A code has 1 to 40 small letters, digits or _ (e.g. tire_pressure).</source>
        <translation>A code has 1 to 40 small letters, digits or _ (e.g. tire_pressure).</translation>
    </message>
    <message>
        <source>An item that is not active cannot be mandatory.</source>
        <translation>An item that is not active cannot be mandatory.</translation>
    </message>
    <message>
        <source>It has {length} characters.</source>
        <translation>It has {length} characters.</translation>
    </message>
    <message>
        <source>The character “{char}” is not allowed.</source>
        <translation>The character “{char}” is not allowed.</translation>
    </message>
    <message>
        <source>The check character (the last one) does not match: a character is mistyped.</source>
        <translation>The check character (the last one) does not match: a character is mistyped.</translation>
    </message>
    <message>
        <source>This file is not a picture (PNG, JPEG, BMP or GIF).</source>
        <translation>This file is not a picture (PNG, JPEG, BMP or GIF).</translation>
    </message>
    <message>
        <source>The file is too large ({size_mb} MB); at most {max_mb} MB.</source>
        <translation>The file is too large ({size_mb} MB); at most {max_mb} MB.</translation>
    </message>
    <message>
        <source>The picture could not be used.</source>
        <translation>The picture could not be used.</translation>
    </message>
    <message>
        <source>This is already taken by another member of staff.</source>
        <translation>This is already taken by another member of staff.</translation>
    </message>
    <message>
        <source>This login is reserved.</source>
        <translation>This login is reserved.</translation>
    </message>
    <message>
        <source>2 to 40 letters, digits, dots, dashes or underscores.</source>
        <translation>2 to 40 letters, digits, dots, dashes or underscores.</translation>
    </message>
    <message>
        <source>At least {min} characters.</source>
        <translation>At least {min} characters.</translation>
    </message>
    <message>
        <source>Not the same character over and over.</source>
        <translation>Not the same character over and over.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>A PIN has 4 to 8 digits.</translation>
    </message>
    <message>
        <source>Choose Chinese or English.</source>
        <translation>Choose Chinese or English.</translation>
    </message>
    <message>
        <source>Choose a role from the list.</source>
        <translation>Choose a role from the list.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>The two entries differ.</translation>
    </message>
    <message>
        <source>{user} is the last active administrator: give another member of staff the administrator role first.</source>
        <translation>{user} is the last active administrator: give another member of staff the administrator role first.</translation>
    </message>
    <message>
        <source>You cannot switch off your own account.</source>
        <translation>You cannot switch off your own account.</translation>
    </message>
    <message>
        <source>“{value}” is not a kind: labor, part or sundry (工时, 配件, 辅料).</source>
        <translation>“{value}” is not a kind: labor, part or sundry (工时, 配件, 辅料).</translation>
    </message>
    <message>
        <source>“{value}” is not a vehicle, device or e-bike (汽车, 手机, 电动车).</source>
        <translation>“{value}” is not a vehicle, device or e-bike (汽车, 手机, 电动车).</translation>
    </message>
    <message>
        <source>“{value}” is not yes or no (是 / 否).</source>
        <translation>“{value}” is not yes or no (是 / 否).</translation>
    </message>
    <message>
        <source>Labor priced per hour needs its standard hours.</source>
        <translation>Labor priced per hour needs its standard hours.</translation>
    </message>
    <message>
        <source>Only labor has standard hours.</source>
        <translation>Only labor has standard hours.</translation>
    </message>
    <message>
        <source>Only labor has a flat price.</source>
        <translation>Only labor has a flat price.</translation>
    </message>
    <message>
        <source>This code is already in the catalog.</source>
        <translation>This code is already in the catalog.</translation>
    </message>
    <message>
        <source>The file cannot be opened.</source>
        <translation>The file cannot be opened.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file is too large ({size_mb} MB); at most 20 MB.</source>
        <translation>The file is too large ({size_mb} MB); at most 20 MB.</translation>
    </message>
    <message>
        <source>This is neither a CSV file nor an Excel .xlsx workbook.</source>
        <translation>This is neither a CSV file nor an Excel .xlsx workbook.</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GBK text: save it as “CSV UTF-8”.</source>
        <translation>The file is neither UTF-8 nor GBK text: save it as “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>The CSV cannot be read (a broken quote?).</source>
        <translation>The CSV cannot be read (a broken quote?).</translation>
    </message>
    <message>
        <source>At most {limit} rows per file.</source>
        <translation>At most {limit} rows per file.</translation>
    </message>
    <message>
        <source>The file has a header but no items.</source>
        <translation>The file has a header but no items.</translation>
    </message>
    <message>
        <source>An empty row inside the data: delete it or fill it.</source>
        <translation>An empty row inside the data: delete it or fill it.</translation>
    </message>
    <message>
        <source>The code {value} is already on row {first_row}.</source>
        <translation>The code {value} is already on row {first_row}.</translation>
    </message>
    <message>
        <source>Column {position} has values but no header.</source>
        <translation>Column {position} has values but no header.</translation>
    </message>
    <message>
        <source>Unknown column “{value}”: remove it or name it as in an export.</source>
        <translation>Unknown column “{value}”: remove it or name it as in an export.</translation>
    </message>
    <message>
        <source>The column “{value}” appears twice.</source>
        <translation>The column “{value}” appears twice.</translation>
    </message>
    <message>
        <source>This column is missing.</source>
        <translation>This column is missing.</translation>
    </message>
    <message>
        <source>A value in column {position}, right of the last column.</source>
        <translation>A value in column {position}, right of the last column.</translation>
    </message>
    <message>
        <source>Export as CSV or Excel .xlsx.</source>
        <translation>Export as CSV or Excel .xlsx.</translation>
    </message>
    <message>
        <source>Export in UTF-8 or GBK.</source>
        <translation>Export in UTF-8 or GBK.</translation>
    </message>
    <message>
        <source>Someone else saved this first. It was reloaded: check and save again.</source>
        <translation>Someone else saved this first. It was reloaded: check and save again.</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1 at %2 (%3)</translation>
    </message>
    <message>
        <source>Saved meanwhile by %1. It was reloaded: check and save again.</source>
        <translation>Saved meanwhile by %1. It was reloaded: check and save again.</translation>
    </message>
</context>
<context>
    <name>SetupLabels</name>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>Bank card</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>WeChat Pay</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <source>Member stored value</source>
        <translation>Member stored value</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>No rounding</source>
        <translation>No rounding</translation>
    </message>
    <message>
        <source>Round down to 0.10 (drop the fen)</source>
        <translation>Round down to 0.10 (drop the fen)</translation>
    </message>
    <message>
        <source>Round down to 1.00 (drop the jiao and fen)</source>
        <translation>Round down to 1.00 (drop the jiao and fen)</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <source>Settlement statement</source>
        <translation>Settlement statement</translation>
    </message>
    <message>
        <source>Release slip</source>
        <translation>Release slip</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>Class 1 (一类)</source>
        <translation>Class 1 (一类)</translation>
    </message>
    <message>
        <source>Class 2 (二类)</source>
        <translation>Class 2 (二类)</translation>
    </message>
    <message>
        <source>Class 3 (三类)</source>
        <translation>Class 3 (三类)</translation>
    </message>
    <message>
        <source>Completion certificate</source>
        <translation>Completion certificate</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Another station saved this page meanwhile. Your input is kept: Esc shows theirs; saving is refused where you both changed the same thing.</source>
        <translation>Another station saved this page meanwhile. Your input is kept: Esc shows theirs; saving is refused where you both changed the same thing.</translation>
    </message>
    <message>
        <source>Not saved: see the marked fields.</source>
        <translation>Not saved: see the marked fields.</translation>
    </message>
    <message>
        <source>Saved. Every station uses it from now on.</source>
        <translation>Saved. Every station uses it from now on.</translation>
    </message>
</context>
<context>
    <name>SetupWorkspace</name>
    <message>
        <source>Alt+1…9 or Ctrl+PgUp / Ctrl+PgDn: pages · Ctrl+S saves · Esc puts back</source>
        <translation>Alt+1…9 or Ctrl+PgUp / Ctrl+PgDn: pages · Ctrl+S saves · Esc puts back</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Setup</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>The Setup desk needs the setup right, which service managers and administrators hold. Your roles (%1) do not include it: ask a manager.</source>
        <translation>The Setup desk needs the setup right, which service managers and administrators hold. Your roles (%1) do not include it: ask a manager.</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>&amp;Legal name</source>
        <translation>&amp;Legal name</translation>
    </message>
    <message>
        <source>as on the business licence</source>
        <translation>as on the business licence</translation>
    </message>
    <message>
        <source>&amp;Short name</source>
        <translation>&amp;Short name</translation>
    </message>
    <message>
        <source>printed big on documents</source>
        <translation>printed big on documents</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;Unified social credit code</source>
        <translation>&amp;Unified social credit code</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18 characters</translation>
    </message>
    <message>
        <source>Repair &amp;licence no.</source>
        <translation>Repair &amp;licence no.</translation>
    </message>
    <message>
        <source>Licence &amp;class</source>
        <translation>Licence &amp;class</translation>
    </message>
    <message>
        <source>&amp;Bank</source>
        <translation>&amp;Bank</translation>
    </message>
    <message>
        <source>Bank acc&amp;ount</source>
        <translation>Bank acc&amp;ount</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>C&amp;hoose file…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>PNG, JPEG, BMP or GIF, at most 5 MB; saved at once</source>
        <translation>PNG, JPEG, BMP or GIF, at most 5 MB; saved at once</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Shop profile</source>
        <translation>Shop profile</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>no logo</translation>
    </message>
    <message>
        <source>Nothing to save: no field was changed.</source>
        <translation>Nothing to save: no field was changed.</translation>
    </message>
    <message>
        <source>Shop profile saved. Every document prints it from now on.</source>
        <translation>Shop profile saved. Every document prints it from now on.</translation>
    </message>
    <message>
        <source>Choose the shop's logo</source>
        <translation>Choose the shop's logo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)</source>
        <translation>Pictures (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)</translation>
    </message>
    <message>
        <source>Logo saved.</source>
        <translation>Logo saved.</translation>
    </message>
    <message>
        <source>Logo removed.</source>
        <translation>Logo removed.</translation>
    </message>
</context>
<context>
    <name>StaffCardDialog</name>
    <message>
        <source>Staff card: %1</source>
        <translation>Staff card: %1</translation>
    </message>
    <message>
        <source>The previous card of %1 no longer works. Print this one now: it cannot be shown again (only a new card can be issued).</source>
        <translation>The previous card of %1 no longer works. Print this one now: it cannot be shown again (only a new card can be issued).</translation>
    </message>
    <message>
        <source>&amp;Print… (Ctrl+P)</source>
        <translation>&amp;Print… (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Save the staff card</source>
        <translation>Save the staff card</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Edit member of staff</source>
        <translation>Edit member of staff</translation>
    </message>
    <message>
        <source>Add staff</source>
        <translation>Add staff</translation>
    </message>
    <message>
        <source>Station's language</source>
        <translation>Station's language</translation>
    </message>
    <message>
        <source>Ac&amp;tive: may sign in</source>
        <translation>Ac&amp;tive: may sign in</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Main role</source>
        <translation>&amp;Main role</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Roles</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Password &amp;again</translation>
    </message>
    <message>
        <source>P&amp;IN (optional)</source>
        <translation>P&amp;IN (optional)</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Staff card</source>
        <translation>Staff card</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>station's</source>
        <translation>station's</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation>Show &amp;inactive</translation>
    </message>
    <message>
        <source>&amp;Add (Ins)</source>
        <translation>&amp;Add (Ins)</translation>
    </message>
    <message>
        <source>&amp;Edit (Enter)</source>
        <translation>&amp;Edit (Enter)</translation>
    </message>
    <message>
        <source>Pass&amp;word… (Ctrl+W)</source>
        <translation>Pass&amp;word… (Ctrl+W)</translation>
    </message>
    <message>
        <source>PI&amp;N… (Ctrl+N)</source>
        <translation>PI&amp;N… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Staff &amp;card… (Ctrl+K)</source>
        <translation>Staff &amp;card… (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;Unlock (Ctrl+Shift+U)</source>
        <translation>&amp;Unlock (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 added.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 saved.</translation>
    </message>
    <message>
        <source>Password of %1 set.</source>
        <translation>Password of %1 set.</translation>
    </message>
    <message>
        <source>PIN of %1 set.</source>
        <translation>PIN of %1 set.</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 may sign in again.</translation>
    </message>
    <message>
        <source>%1 already has a staff card. A new card makes the old one stop working. Issue a new card?</source>
        <translation>%1 already has a staff card. A new card makes the old one stop working. Issue a new card?</translation>
    </message>
    <message>
        <source>New staff card issued to %1.</source>
        <translation>New staff card issued to %1.</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Access &amp;key</source>
        <translation>Access &amp;key</translation>
    </message>
    <message>
        <source>Every settled vehicle repair becomes an electronic health record (JT/T 1132). Records wait here until the endpoint takes them; none is lost while it is down.</source>
        <translation>Every settled vehicle repair becomes an electronic health record (JT/T 1132). Records wait here until the endpoint takes them; none is lost while it is down.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export health records</source>
        <translation>Export health records</translation>
    </message>
    <message>
        <source>Exported to %1 (%2 bytes).</source>
        <translation>Exported to %1 (%2 bytes).</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>Health records</source>
        <translation>Health records</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Send &amp;now</translation>
    </message>
    <message>
        <source>Sent %1, failed %2.</source>
        <translation>Sent %1, failed %2.</translation>
    </message>
    <message>
        <source>Set the upload address first.</source>
        <translation>Set the upload address first.</translation>
    </message>
    <message>
        <source>Settled &amp;from / to</source>
        <translation>Settled &amp;from / to</translation>
    </message>
    <message>
        <source>Upload &amp;address</source>
        <translation>Upload &amp;address</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <source>What customers receive, and when: messages go only to customers whose consent is in force, never in the quiet hours.</source>
        <translation>What customers receive, and when: messages go only to customers whose consent is in force, never in the quiet hours.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>Text (&amp;Chinese)</source>
        <translation>Text (&amp;Chinese)</translation>
    </message>
    <message>
        <source>Provider code (Chinese)</source>
        <translation>Provider code (Chinese)</translation>
    </message>
    <message>
        <source>Text (&amp;English)</source>
        <translation>Text (&amp;English)</translation>
    </message>
    <message>
        <source>Provider code (English)</source>
        <translation>Provider code (English)</translation>
    </message>
    <message>
        <source>e.g. SMS_123456789 (Aliyun), empty: none</source>
        <translation>e.g. SMS_123456789 (Aliyun), empty: none</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Quiet hours</translation>
    </message>
    <message>
        <source>&amp;Nothing is sent from / until</source>
        <translation>&amp;Nothing is sent from / until</translation>
    </message>
    <message>
        <source>SMS gateway (Aliyun)</source>
        <translation>SMS gateway (Aliyun)</translation>
    </message>
    <message>
        <source>Remove the saved secret</source>
        <translation>Remove the saved secret</translation>
    </message>
    <message>
        <source>the approved signature, e.g. 安达汽修</source>
        <translation>the approved signature, e.g. 安达汽修</translation>
    </message>
    <message>
        <source>End&amp;point</source>
        <translation>End&amp;point</translation>
    </message>
    <message>
        <source>Access&amp;Key ID</source>
        <translation>Access&amp;Key ID</translation>
    </message>
    <message>
        <source>AccessKey &amp;secret</source>
        <translation>AccessKey &amp;secret</translation>
    </message>
    <message>
        <source>Si&amp;gnature (签名)</source>
        <translation>Si&amp;gnature (签名)</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Device follow-up after release</source>
        <translation>&amp;Device follow-up after release</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>saved (hidden): type a new one to replace it</source>
        <translation>saved (hidden): type a new one to replace it</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Placeholders this message may use: %1</source>
        <translation>Placeholders this message may use: %1</translation>
    </message>
    <message>
        <source>Nothing to save: nothing was changed.</source>
        <translation>Nothing to save: nothing was changed.</translation>
    </message>
    <message>
        <source>a mobile number, e.g. 138 0013 8000</source>
        <translation>a mobile number, e.g. 138 0013 8000</translation>
    </message>
    <message>
        <source>Send a test SMS</source>
        <translation>Send a test SMS</translation>
    </message>
    <message>
        <source>&amp;Test to</source>
        <translation>&amp;Test to</translation>
    </message>
    <message>
        <source>The test uses the saved settings and the follow-up template (with its provider code). Without an AccessKey ID and secret nothing is sent: the care desk lists the queued messages to call or text by hand.</source>
        <translation>The test uses the saved settings and the follow-up template (with its provider code). Without an AccessKey ID and secret nothing is sent: the care desk lists the queued messages to call or text by hand.</translation>
    </message>
    <message>
        <source>Save first (Ctrl+S): the test uses the saved settings.</source>
        <translation>Save first (Ctrl+S): the test uses the saved settings.</translation>
    </message>
    <message>
        <source>Sending a test SMS…</source>
        <translation>Sending a test SMS…</translation>
    </message>
    <message>
        <source>Test SMS sent (the provider's id: %1).</source>
        <translation>Test SMS sent (the provider's id: %1).</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>Appointments fill slots of this length through the opening hours (the Hours page). Per kind, a slot takes min(bays, technicians) x its length in labor hours of booked work; 0 takes no bookings for that kind.</source>
        <translation>Appointments fill slots of this length through the opening hours (the Hours page). Per kind, a slot takes min(bays, technicians) x its length in labor hours of booked work; 0 takes no bookings for that kind.</translation>
    </message>
    <message>
        <source>&amp;Slot length (minutes)</source>
        <translation>&amp;Slot length (minutes)</translation>
    </message>
    <message>
        <source>%1: bays or lifts</source>
        <translation>%1: bays or lifts</translation>
    </message>
    <message>
        <source>%1: technicians</source>
        <translation>%1: technicians</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
</context>
</TS>
