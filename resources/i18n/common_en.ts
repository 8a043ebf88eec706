<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Columns</name>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Extra work</source>
        <translation>Extra work</translation>
    </message>
    <message>
        <source>Extra work found during the repair</source>
        <translation>Extra work found during the repair</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Make / model</source>
        <translation>Make / model</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>Mileage</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Item name</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Result (1-4)</source>
        <translation>Result (1-4)</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Vehicle / device</source>
        <translation>Vehicle / device</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <source>former owner</source>
        <translation>former owner</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This field is required.</source>
        <extracomment>error code -&gt; English source text; ``{name}`` placeholders come from the error's params</extracomment>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>At most {max_len} characters.</source>
        <translation>At most {max_len} characters.</translation>
    </message>
    <message>
        <source>Contains invisible control characters.</source>
        <translation>Contains invisible control characters.</translation>
    </message>
    <message>
        <source>A VIN has 17 characters (this has {length}).</source>
        <translation>A VIN has 17 characters (this has {length}).</translation>
    </message>
    <message>
        <source>A VIN never contains the letters I, O or Q.</source>
        <translation>A VIN never contains the letters I, O or Q.</translation>
    </message>
    <message>
        <source>A VIN has only letters and digits.</source>
        <translation>A VIN has only letters and digits.</translation>
    </message>
    <message>
        <source>The VIN's check digit does not match: a character is mistyped.</source>
        <translation>The VIN's check digit does not match: a character is mistyped.</translation>
    </message>
    <message>
        <source>A plate starts with the province character, e.g. 粤.</source>
        <translation>A plate starts with the province character, e.g. 粤.</translation>
    </message>
    <message>
        <source>A plate has 7 characters (new energy: 8).</source>
        <translation>A plate has 7 characters (new energy: 8).</translation>
    </message>
    <message>
        <source>This is not a valid plate number.</source>
        <translation>This is not a valid plate number.</translation>
    </message>
    <message>
        <source>An IMEI has 15 digits.</source>
        <translation>An IMEI has 15 digits.</translation>
    </message>
    <message>
        <source>The IMEI's check digit does not match: a digit is mistyped.</source>
        <translation>The IMEI's check digit does not match: a digit is mistyped.</translation>
    </message>
    <message>
        <source>A serial number has 4 to 40 letters and digits.</source>
        <translation>A serial number has 4 to 40 letters and digits.</translation>
    </message>
    <message>
        <source>This is not a valid phone number (mobile: 11 digits starting with 1).</source>
        <translation>This is not a valid phone number (mobile: 11 digits starting with 1).</translation>
    </message>
    <message>
        <source>This is not an amount.</source>
        <translation>This is not an amount.</translation>
    </message>
    <message>
        <source>Amounts must be exact decimals.</source>
        <translation>Amounts must be exact decimals.</translation>
    </message>
    <message>
        <source>The amount must not be negative.</source>
        <translation>The amount must not be negative.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>The amount must be more than zero.</translation>
    </message>
    <message>
        <source>An amount has at most two decimal places.</source>
        <translation>An amount has at most two decimal places.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>The amount is too large.</translation>
    </message>
    <message>
        <source>This is not a quantity.</source>
        <translation>This is not a quantity.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>The quantity must be more than zero.</translation>
    </message>
    <message>
        <source>A quantity has at most three decimal places.</source>
        <translation>A quantity has at most three decimal places.</translation>
    </message>
    <message>
        <source>The quantity is too large.</source>
        <translation>The quantity is too large.</translation>
    </message>
    <message>
        <source>This is not a percentage.</source>
        <translation>This is not a percentage.</translation>
    </message>
    <message>
        <source>A percentage is from 0 to 100.</source>
        <translation>A percentage is from 0 to 100.</translation>
    </message>
    <message>
        <source>At most two decimal places.</source>
        <translation>At most two decimal places.</translation>
    </message>
    <message>
        <source>The mileage is out of range.</source>
        <translation>The mileage is out of range.</translation>
    </message>
    <message>
        <source>This is not a model year.</source>
        <translation>This is not a model year.</translation>
    </message>
    <message>
        <source>The time has no time zone.</source>
        <translation>The time has no time zone.</translation>
    </message>
    <message>
        <source>A damage mark must lie on the diagram.</source>
        <translation>A damage mark must lie on the diagram.</translation>
    </message>
    <message>
        <source>This item is not on the checklist.</source>
        <translation>This item is not on the checklist.</translation>
    </message>
    <message>
        <source>Already on file: find it with the lookup instead of entering it again.</source>
        <translation>Already on file: find it with the lookup instead of entering it again.</translation>
    </message>
    <message>
        <source>This belongs to another customer.</source>
        <translation>This belongs to another customer.</translation>
    </message>
    <message>
        <source>It has an open order ({value}); close that first.</source>
        <translation>It has an open order ({value}); close that first.</translation>
    </message>
    <message>
        <source>The kind of a vehicle or device cannot change.</source>
        <translation>The kind of a vehicle or device cannot change.</translation>
    </message>
    <message>
        <source>This code is already taken.</source>
        <translation>This code is already taken.</translation>
    </message>
    <message>
        <source>The customer already decided this line.</source>
        <translation>The customer already decided this line.</translation>
    </message>
    <message>
        <source>At most {left} can be refunded.</source>
        <translation>At most {left} can be refunded.</translation>
    </message>
    <message>
        <source>The two passwords differ: type it again.</source>
        <translation>The two passwords differ: type it again.</translation>
    </message>
    <message>
        <source>At least {min_len} characters.</source>
        <translation>At least {min_len} characters.</translation>
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
        <source>A login has 2 to 40 letters, digits, dots, dashes or underscores.</source>
        <translation>A login has 2 to 40 letters, digits, dots, dashes or underscores.</translation>
    </message>
    <message>
        <source>This login is reserved: choose another.</source>
        <translation>This login is reserved: choose another.</translation>
    </message>
    <message>
        <source>Choose Chinese or English.</source>
        <translation>Choose Chinese or English.</translation>
    </message>
    <message>
        <source>Unknown role.</source>
        <translation>Unknown role.</translation>
    </message>
    <message>
        <source>Already taken by someone on the staff.</source>
        <translation>Already taken by someone on the staff.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>You cannot switch off your own account.</source>
        <translation>You cannot switch off your own account.</translation>
    </message>
    <message>
        <source>This is the last administrator: make someone else one first.</source>
        <translation>This is the last administrator: make someone else one first.</translation>
    </message>
    <message>
        <source>Workbay already has an administrator (set up at another station): sign in.</source>
        <translation>Workbay already has an administrator (set up at another station): sign in.</translation>
    </message>
    <message>
        <source>Unknown kind of vehicle or device: vehicle, device or e-bike.</source>
        <translation>Unknown kind of vehicle or device: vehicle, device or e-bike.</translation>
    </message>
    <message>
        <source>Unknown kind: labor, part or sundry.</source>
        <translation>Unknown kind: labor, part or sundry.</translation>
    </message>
    <message>
        <source>Only labor has a flat price.</source>
        <translation>Only labor has a flat price.</translation>
    </message>
    <message>
        <source>Only labor has standard hours.</source>
        <translation>Only labor has standard hours.</translation>
    </message>
    <message>
        <source>Labor priced by the hour needs its standard hours.</source>
        <translation>Labor priced by the hour needs its standard hours.</translation>
    </message>
    <message>
        <source>At least one is needed.</source>
        <translation>At least one is needed.</translation>
    </message>
    <message>
        <source>A code has 1 to 40 small letters, digits or _.</source>
        <translation>A code has 1 to 40 small letters, digits or _.</translation>
    </message>
    <message>
        <source>Used twice: each must be different.</source>
        <translation>Used twice: each must be different.</translation>
    </message>
    <message>
        <source>An item that is switched off cannot be mandatory.</source>
        <translation>An item that is switched off cannot be mandatory.</translation>
    </message>
    <message>
        <source>The file was refused and nothing was imported: see the rows named.</source>
        <translation>The file was refused and nothing was imported: see the rows named.</translation>
    </message>
    <message>
        <source>Export as CSV or Excel (.xlsx).</source>
        <translation>Export as CSV or Excel (.xlsx).</translation>
    </message>
    <message>
        <source>A CSV file is written in UTF-8 or GBK.</source>
        <translation>A CSV file is written in UTF-8 or GBK.</translation>
    </message>
    <message>
        <source>Row {row} holds “{char}”, which GBK cannot hold: export as UTF-8.</source>
        <translation>Row {row} holds “{char}”, which GBK cannot hold: export as UTF-8.</translation>
    </message>
    <message>
        <source>No such setting.</source>
        <translation>No such setting.</translation>
    </message>
    <message>
        <source>This cannot be read or set here.</source>
        <translation>This cannot be read or set here.</translation>
    </message>
    <message>
        <source>This is kept on each station, not shared: change it in Settings there.</source>
        <translation>This is kept on each station, not shared: change it in Settings there.</translation>
    </message>
    <message>
        <source>This is not kept on the station.</source>
        <translation>This is not kept on the station.</translation>
    </message>
    <message>
        <source>This cannot be set from the command line.</source>
        <translation>This cannot be set from the command line.</translation>
    </message>
    <message>
        <source>Write it as KEY=VALUE.</source>
        <translation>Write it as KEY=VALUE.</translation>
    </message>
    <message>
        <source>This must be text.</source>
        <translation>This must be text.</translation>
    </message>
    <message>
        <source>This must be a whole number.</source>
        <translation>This must be a whole number.</translation>
    </message>
    <message>
        <source>This is not in the expected form.</source>
        <translation>This is not in the expected form.</translation>
    </message>
    <message>
        <source>This is not one of the choices.</source>
        <translation>This is not one of the choices.</translation>
    </message>
    <message>
        <source>This must be from {min} to {max}.</source>
        <translation>This must be from {min} to {max}.</translation>
    </message>
    <message>
        <source>At most {places} decimal places.</source>
        <translation>At most {places} decimal places.</translation>
    </message>
    <message>
        <source>This is too small.</source>
        <translation>This is too small.</translation>
    </message>
    <message>
        <source>A prefix has 1 to 6 letters or digits.</source>
        <translation>A prefix has 1 to 6 letters or digits.</translation>
    </message>
    <message>
        <source>No such kind of document.</source>
        <translation>No such kind of document.</translation>
    </message>
    <message>
        <source>A time like 08:30, please.</source>
        <translation>A time like 08:30, please.</translation>
    </message>
    <message>
        <source>Give the opening and the closing time.</source>
        <translation>Give the opening and the closing time.</translation>
    </message>
    <message>
        <source>It closes before it opens.</source>
        <translation>It closes before it opens.</translation>
    </message>
    <message>
        <source>A date like 2026-10-01, please.</source>
        <translation>A date like 2026-10-01, please.</translation>
    </message>
    <message>
        <source>This file is not a picture (PNG or JPEG).</source>
        <translation>This file is not a picture (PNG or JPEG).</translation>
    </message>
    <message>
        <source>The picture is too large: at most 5 MB.</source>
        <translation>The picture is too large: at most 5 MB.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>The end of the period is before its start.</translation>
    </message>
    <message>
        <source>Chinese or English, please.</source>
        <translation>Chinese or English, please.</translation>
    </message>
    <message>
        <source>Nothing was given on the standard input.</source>
        <translation>Nothing was given on the standard input.</translation>
    </message>
    <message>
        <source>Your roles do not include this right.</source>
        <translation>Your roles do not include this right.</translation>
    </message>
    <message>
        <source>The customer has not yet decided on the extra work.</source>
        <translation>The customer has not yet decided on the extra work.</translation>
    </message>
    <message>
        <source>The order is closed.</source>
        <translation>The order is closed.</translation>
    </message>
    <message>
        <source>That is more than the balance.</source>
        <translation>That is more than the balance.</translation>
    </message>
    <message>
        <source>Payments are taken once the order is settled.</source>
        <translation>Payments are taken once the order is settled.</translation>
    </message>
    <message>
        <source>Refunds are made on settled or released orders.</source>
        <translation>Refunds are made on settled or released orders.</translation>
    </message>
    <message>
        <source>The quality check has not passed yet.</source>
        <translation>The quality check has not passed yet.</translation>
    </message>
    <message>
        <source>{balance} is still to be paid.</source>
        <translation>{balance} is still to be paid.</translation>
    </message>
    <message>
        <source>Only a released order can be reopened for rework.</source>
        <translation>Only a released order can be reopened for rework.</translation>
    </message>
    <message>
        <source>A rework order for this order already exists.</source>
        <translation>A rework order for this order already exists.</translation>
    </message>
    <message>
        <source>{paid} is paid on this statement; refund it first.</source>
        <translation>{paid} is paid on this statement; refund it first.</translation>
    </message>
    <message>
        <source>Not found: {what} {key}.</source>
        <translation>Not found: {what} {key}.</translation>
    </message>
    <message>
        <source>Someone else saved this first. Their change is shown; your input is kept.</source>
        <translation>Someone else saved this first. Their change is shown; your input is kept.</translation>
    </message>
    <message>
        <source>The database is newer than this Workbay. Update Workbay on this station.</source>
        <translation>The database is newer than this Workbay. Update Workbay on this station.</translation>
    </message>
    <message>
        <source>The database cannot be reached. Workbay keeps retrying.</source>
        <translation>The database cannot be reached. Workbay keeps retrying.</translation>
    </message>
    <message>
        <source>The total is more than a statement can hold.</source>
        <translation>The total is more than a statement can hold.</translation>
    </message>
    <message>
        <source>The line amount is too large.</source>
        <translation>The line amount is too large.</translation>
    </message>
    <message>
        <source>Unknown payer.</source>
        <translation>Unknown payer.</translation>
    </message>
    <message>
        <source>A request id has 1 to 64 characters.</source>
        <translation>A request id has 1 to 64 characters.</translation>
    </message>
    <message>
        <source>This request was already used for another action.</source>
        <translation>This request was already used for another action.</translation>
    </message>
    <message>
        <source>The target database already holds data; copy into an empty database.</source>
        <translation>The target database already holds data; copy into an empty database.</translation>
    </message>
    <message>
        <source>The database holds data that the benchmark did not make.</source>
        <translation>The database holds data that the benchmark did not make.</translation>
    </message>
    <message>
        <source>The benchmark's second station did not answer in time.</source>
        <translation>The benchmark's second station did not answer in time.</translation>
    </message>
    <message>
        <source>Some input was refused.</source>
        <translation>Some input was refused.</translation>
    </message>
    <message>
        <source>The action was refused.</source>
        <translation>The action was refused.</translation>
    </message>
    <message>
        <source>No Chinese font for printing: install the package {package}.</source>
        <translation>No Chinese font for printing: install the package {package}.</translation>
    </message>
    <message>
        <source>This document does not exist yet for the order in its current state.</source>
        <translation>This document does not exist yet for the order in its current state.</translation>
    </message>
    <message>
        <source>Unknown document: {value}.</source>
        <translation>Unknown document: {value}.</translation>
    </message>
    <message>
        <source>This is not a pickup code issued by this shop.</source>
        <translation>This is not a pickup code issued by this shop.</translation>
    </message>
    <message>
        <source>Not possible while the order is “{state}”.</source>
        <translation>Not possible while the order is “{state}”.</translation>
    </message>
    <message>
        <source>look up orders and customers</source>
        <extracomment>every right, as what the user may (not) do: "You may not &lt;right&gt;"</extracomment>
        <translation>look up orders and customers</translation>
    </message>
    <message>
        <source>change customers and their vehicles</source>
        <translation>change customers and their vehicles</translation>
    </message>
    <message>
        <source>take in vehicles and devices</source>
        <translation>take in vehicles and devices</translation>
    </message>
    <message>
        <source>change an order's lines</source>
        <translation>change an order's lines</translation>
    </message>
    <message>
        <source>report extra work</source>
        <translation>report extra work</translation>
    </message>
    <message>
        <source>record the customer's answer to extra work</source>
        <translation>record the customer's answer to extra work</translation>
    </message>
    <message>
        <source>assign jobs to technicians</source>
        <translation>assign jobs to technicians</translation>
    </message>
    <message>
        <source>start, pause and finish jobs</source>
        <translation>start, pause and finish jobs</translation>
    </message>
    <message>
        <source>do the quality check</source>
        <translation>do the quality check</translation>
    </message>
    <message>
        <source>cancel an order</source>
        <translation>cancel an order</translation>
    </message>
    <message>
        <source>reopen an order for rework</source>
        <translation>reopen an order for rework</translation>
    </message>
    <message>
        <source>change who pays a line or its discount</source>
        <translation>change who pays a line or its discount</translation>
    </message>
    <message>
        <source>settle an order</source>
        <translation>settle an order</translation>
    </message>
    <message>
        <source>take payments</source>
        <translation>take payments</translation>
    </message>
    <message>
        <source>release a vehicle or device</source>
        <translation>release a vehicle or device</translation>
    </message>
    <message>
        <source>give a discount beyond the limit</source>
        <translation>give a discount beyond the limit</translation>
    </message>
    <message>
        <source>price a line below the catalog</source>
        <translation>price a line below the catalog</translation>
    </message>
    <message>
        <source>make a refund</source>
        <translation>make a refund</translation>
    </message>
    <message>
        <source>void a settlement statement</source>
        <translation>void a settlement statement</translation>
    </message>
    <message>
        <source>release with a balance owing (on account)</source>
        <translation>release with a balance owing (on account)</translation>
    </message>
    <message>
        <source>cancel an order with work done</source>
        <translation>cancel an order with work done</translation>
    </message>
    <message>
        <source>change the shop's setup</source>
        <translation>change the shop's setup</translation>
    </message>
    <message>
        <source>change the catalog</source>
        <translation>change the catalog</translation>
    </message>
    <message>
        <source>manage staff accounts</source>
        <translation>manage staff accounts</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>read the audit log</translation>
    </message>
    <message>
        <source>Service advisor</source>
        <extracomment>every role's name as the shop says it</extracomment>
        <translation>Service advisor</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Team lead</translation>
    </message>
    <message>
        <source>Quality inspector</source>
        <translation>Quality inspector</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>Parts clerk</source>
        <translation>Parts clerk</translation>
    </message>
    <message>
        <source>Follow-up agent</source>
        <translation>Follow-up agent</translation>
    </message>
    <message>
        <source>Service manager</source>
        <translation>Service manager</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>The login, password, PIN or staff card was not accepted.</source>
        <extracomment>why a sign-in, PIN or staff card was refused, by ``SignInRefused.code`` (and, for wrong credentials, by what was typed)</extracomment>
        <translation>The login, password, PIN or staff card was not accepted.</translation>
    </message>
    <message>
        <source>Wrong login or password. Check Caps Lock and try again.</source>
        <translation>Wrong login or password. Check Caps Lock and try again.</translation>
    </message>
    <message>
        <source>Wrong login or PIN, or a staff card not valid here.</source>
        <translation>Wrong login or PIN, or a staff card not valid here.</translation>
    </message>
    <message>
        <source>Wrong password or PIN.</source>
        <translation>Wrong password or PIN.</translation>
    </message>
    <message>
        <source>Too many wrong tries: this account is locked until {until}.</source>
        <translation>Too many wrong tries: this account is locked until {until}.</translation>
    </message>
    <message>
        <source>Too many wrong tries: this account is locked for a while.</source>
        <translation>Too many wrong tries: this account is locked for a while.</translation>
    </message>
    <message>
        <source>This account is switched off. Ask the manager to switch it on.</source>
        <translation>This account is switched off. Ask the manager to switch it on.</translation>
    </message>
    <message>
        <source>This account has no PIN yet: ask the manager to set one in Setup.</source>
        <translation>This account has no PIN yet: ask the manager to set one in Setup.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>A manager's approval is needed to %1.</source>
        <translation>A manager's approval is needed to %1.</translation>
    </message>
    <message>
        <source>You may not %1: your roles (%2) do not include it.</source>
        <translation>You may not %1: your roles (%2) do not include it.</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Unexpected error: {error}</translation>
    </message>
    <message>
        <source>recorded the customer's signature</source>
        <extracomment>what another station did to an order meanwhile, by the order journal's action</extracomment>
        <translation>recorded the customer's signature</translation>
    </message>
    <message>
        <source>assigned a technician</source>
        <translation>assigned a technician</translation>
    </message>
    <message>
        <source>reassigned the job</source>
        <translation>reassigned the job</translation>
    </message>
    <message>
        <source>started the work</source>
        <translation>started the work</translation>
    </message>
    <message>
        <source>paused the work</source>
        <translation>paused the work</translation>
    </message>
    <message>
        <source>resumed the work</source>
        <translation>resumed the work</translation>
    </message>
    <message>
        <source>finished the work</source>
        <translation>finished the work</translation>
    </message>
    <message>
        <source>passed the quality check</source>
        <translation>passed the quality check</translation>
    </message>
    <message>
        <source>failed the quality check</source>
        <translation>failed the quality check</translation>
    </message>
    <message>
        <source>reported extra work</source>
        <translation>reported extra work</translation>
    </message>
    <message>
        <source>recorded the customer's approval of extra work</source>
        <translation>recorded the customer's approval of extra work</translation>
    </message>
    <message>
        <source>recorded the customer's refusal of extra work</source>
        <translation>recorded the customer's refusal of extra work</translation>
    </message>
    <message>
        <source>changed a line</source>
        <translation>changed a line</translation>
    </message>
    <message>
        <source>removed a line</source>
        <translation>removed a line</translation>
    </message>
    <message>
        <source>changed the order's details</source>
        <translation>changed the order's details</translation>
    </message>
    <message>
        <source>cancelled the order</source>
        <translation>cancelled the order</translation>
    </message>
    <message>
        <source>settled the order</source>
        <translation>settled the order</translation>
    </message>
    <message>
        <source>voided the settlement</source>
        <translation>voided the settlement</translation>
    </message>
    <message>
        <source>took a payment</source>
        <translation>took a payment</translation>
    </message>
    <message>
        <source>made a refund</source>
        <translation>made a refund</translation>
    </message>
    <message>
        <source>released the order</source>
        <translation>released the order</translation>
    </message>
    <message>
        <source>%1 at %2 (%3) %4</source>
        <translation>%1 at %2 (%3) %4</translation>
    </message>
    <message>
        <source>Someone else saved this order first. It was reloaded: check and try again.</source>
        <translation>Someone else saved this order first. It was reloaded: check and try again.</translation>
    </message>
    <message>
        <source>Meanwhile %1. The order was reloaded: check and try again.</source>
        <translation>Meanwhile %1. The order was reloaded: check and try again.</translation>
    </message>
    <message>
        <source>Digits are missing (mobile: 11 digits; landline with its area code, e.g. 0755-88886666).</source>
        <translation>Digits are missing (mobile: 11 digits; landline with its area code, e.g. 0755-88886666).</translation>
    </message>
    <message>
        <source>This phone number has too many digits.</source>
        <translation>This phone number has too many digits.</translation>
    </message>
    <message>
        <source>Unknown country code: a foreign number starts with + and its country code.</source>
        <translation>Unknown country code: a foreign number starts with + and its country code.</translation>
    </message>
    <message>
        <source>Leave the extension out of the number; write it in the notes.</source>
        <translation>Leave the extension out of the number; write it in the notes.</translation>
    </message>
    <message>
        <source>Position 9 is not a check digit (usual for European and Japanese makes): compare the VIN with the papers, then confirm.</source>
        <translation>Position 9 is not a check digit (usual for European and Japanese makes): compare the VIN with the papers, then confirm.</translation>
    </message>
    <message>
        <source>Only invisible characters: type it again or leave it empty.</source>
        <translation>Only invisible characters: type it again or leave it empty.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>This date is in the future.</translation>
    </message>
    <message>
        <source>The promised time has passed: promise a time still to come.</source>
        <translation>The promised time has passed: promise a time still to come.</translation>
    </message>
    <message>
        <source>Lower than at the last visit ({last_km:,} km): check the odometer, then confirm.</source>
        <translation>Lower than at the last visit ({last_km:,} km): check the odometer, then confirm.</translation>
    </message>
    <message>
        <source>Type a price: 0 for a line given free.</source>
        <translation>Type a price: 0 for a line given free.</translation>
    </message>
    <message>
        <source>took the order in</source>
        <translation>took the order in</translation>
    </message>
    <message>
        <source>added lines to the estimate</source>
        <translation>added lines to the estimate</translation>
    </message>
    <message>
        <source>recorded the walk-around inspection</source>
        <translation>recorded the walk-around inspection</translation>
    </message>
    <message>
        <source>opened the order as a rework</source>
        <translation>opened the order as a rework</translation>
    </message>
    <message>
        <source>reopened the order for rework</source>
        <translation>reopened the order for rework</translation>
    </message>
    <message>
        <source>set the next service</source>
        <translation>set the next service</translation>
    </message>
    <message>
        <source>An action on {subject} is kept on this station and waits to be sent: the order can change again once the connection is back.</source>
        <translation>An action on {subject} is kept on this station and waits to be sent: the order can change again once the connection is back.</translation>
    </message>
    <message>
        <source>Still sending the last action: it was not sent a second time.</source>
        <translation>Still sending the last action: it was not sent a second time.</translation>
    </message>
    <message>
        <source>This gate pass of {order_number} is not valid: the order is not released.</source>
        <translation>This gate pass of {order_number} is not valid: the order is not released.</translation>
    </message>
    <message>
        <source>This pickup voucher of {order_number} is no longer valid: the order was already released on {released_at} (gate pass {release_no}).</source>
        <translation>This pickup voucher of {order_number} is no longer valid: the order was already released on {released_at} (gate pass {release_no}).</translation>
    </message>
    <message>
        <source>A completion certificate is issued for vehicles only.</source>
        <translation>A completion certificate is issued for vehicles only.</translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation>Choose one of the listed values.</translation>
    </message>
    <message>
        <source>Mileage out is below the mileage in ({mileage_in:,} km).</source>
        <translation>Mileage out is below the mileage in ({mileage_in:,} km).</translation>
    </message>
    <message>
        <source>The completion certificate is issued once the final inspection passes.</source>
        <translation>The completion certificate is issued once the final inspection passes.</translation>
    </message>
    <message>
        <source>The order is closed: its repair category and mileage are on its documents.</source>
        <translation>The order is closed: its repair category and mileage are on its documents.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>There is no such field.</source>
        <translation>There is no such field.</translation>
    </message>
    <message>
        <source>Not a date: type year, month, day, e.g. 2026-03-01 or 20260301.</source>
        <translation>Not a date: type year, month, day, e.g. 2026-03-01 or 20260301.</translation>
    </message>
    <message>
        <source>Another station is holding this up. Nothing was saved: try again in a moment.</source>
        <translation>Another station is holding this up. Nothing was saved: try again in a moment.</translation>
    </message>
    <message>
        <source>recorded the repair category, mileage out or old parts</source>
        <translation>recorded the repair category, mileage out or old parts</translation>
    </message>
    <message>
        <source>issued the completion certificate</source>
        <translation>issued the completion certificate</translation>
    </message>
    <message>
        <source>Only a 三包 repair has these costs: the car is not under 三包 and no line is paid by the warranty.</source>
        <translation>Only a warranty (sanbao) repair has these costs: the car is not under sanbao and no line is paid by the warranty.</translation>
    </message>
    <message>
        <source>This customer was anonymised on request: no calls, messages or new cases.</source>
        <translation>This customer was anonymised on request: no calls, messages or new cases.</translation>
    </message>
    <message>
        <source>This customer's file was merged into another: use that file.</source>
        <translation>This customer's file was merged into another: use that file.</translation>
    </message>
    <message>
        <source>This time is in the future.</source>
        <translation>This time is in the future.</translation>
    </message>
    <message>
        <source>This is before the wait began.</source>
        <translation>This is before the wait began.</translation>
    </message>
    <message>
        <source>This staff member already owns the complaint.</source>
        <translation>This staff member already owns the complaint.</translation>
    </message>
    <message>
        <source>The complaint is closed: reopen it first.</source>
        <translation>The complaint is closed: reopen it first.</translation>
    </message>
    <message>
        <source>The complaint waits for parts or a verdict: resume it first.</source>
        <translation>The complaint waits for parts or a verdict: resume it first.</translation>
    </message>
    <message>
        <source>The complaint is closed or already waiting.</source>
        <translation>The complaint is closed or already waiting.</translation>
    </message>
    <message>
        <source>The complaint is not waiting.</source>
        <translation>The complaint is not waiting.</translation>
    </message>
    <message>
        <source>Only a closed complaint is reopened.</source>
        <translation>Only a closed complaint is reopened.</translation>
    </message>
    <message>
        <source>The template uses {{{name}}}, which this message does not have ({known}).</source>
        <translation>The template uses {{{name}}}, which this message does not have ({known}).</translation>
    </message>
    <message>
        <source>The template's braces do not match: write {{name}} for a placeholder.</source>
        <translation>The template's braces do not match: write {{name}} for a placeholder.</translation>
    </message>
    <message>
        <source>No value for the placeholder {name}.</source>
        <translation>No value for the placeholder {name}.</translation>
    </message>
    <message>
        <source>There is no template for this message.</source>
        <translation>There is no template for this message.</translation>
    </message>
    <message>
        <source>The customer has not agreed to be contacted this way ({channel}).</source>
        <translation>The customer has not agreed to be contacted this way ({channel}).</translation>
    </message>
    <message>
        <source>The customer has no phone number on file.</source>
        <translation>The customer has no phone number on file.</translation>
    </message>
    <message>
        <source>record and handle complaints</source>
        <translation>record and handle complaints</translation>
    </message>
    <message>
        <source>send messages to customers</source>
        <translation>send messages to customers</translation>
    </message>
    <message>
        <source>export or anonymise a customer's data</source>
        <translation>export or anonymise a customer's data</translation>
    </message>
    <message>
        <source>{name} cannot handle complaints: hand it to someone who can.</source>
        <translation>{name} cannot handle complaints: hand it to someone who can.</translation>
    </message>
    <message>
        <source>This customer's file was merged or anonymised: no calls to it.</source>
        <translation>This customer's file was merged or anonymised: no calls to it.</translation>
    </message>
    <message>
        <source>This follow-up is already closed.</source>
        <translation>This follow-up is already closed.</translation>
    </message>
    <message>
        <source>make follow-up and reminder calls</source>
        <translation>make follow-up and reminder calls</translation>
    </message>
    <message>
        <source>The {slot} slot has {free} of {capacity} h free and this booking needs {wanted} h: choose another slot, or a manager lets it in.</source>
        <translation>The {slot} slot has {free} of {capacity} h free and this booking needs {wanted} h: choose another slot, or a manager lets it in.</translation>
    </message>
    <message>
        <source>This slot has already begun: {value}.</source>
        <translation>This slot has already begun: {value}.</translation>
    </message>
    <message>
        <source>The shop is closed on this holiday: {value}.</source>
        <translation>The shop is closed on this holiday: {value}.</translation>
    </message>
    <message>
        <source>The shop is closed that day: {value}.</source>
        <translation>The shop is closed that day: {value}.</translation>
    </message>
    <message>
        <source>{value} is not a slot: the shop books {minutes}-minute slots from {opens} to {closes}.</source>
        <translation>{value} is not a slot: the shop books {minutes}-minute slots from {opens} to {closes}.</translation>
    </message>
    <message>
        <source>{value} does not exist that day: the clocks go forward. Choose another time.</source>
        <translation>{value} does not exist that day: the clocks go forward. Choose another time.</translation>
    </message>
    <message>
        <source>This vehicle or device is already booked that day, at {at}.</source>
        <translation>This vehicle or device is already booked that day, at {at}.</translation>
    </message>
    <message>
        <source>“{item}” has no standard hours: type the hours it takes.</source>
        <translation>“{item}” has no standard hours: type the hours it takes.</translation>
    </message>
    <message>
        <source>This appointment was cancelled ({reason}): book again or take it in as a walk-in.</source>
        <translation>This appointment was cancelled ({reason}): book again or take it in as a walk-in.</translation>
    </message>
    <message>
        <source>This customer has already arrived.</source>
        <translation>This customer has already arrived.</translation>
    </message>
    <message>
        <source>This appointment was marked as not come ({reason}).</source>
        <translation>This appointment was marked as not come ({reason}).</translation>
    </message>
    <message>
        <source>A customer counts as not come only 30 minutes after the slot.</source>
        <translation>A customer counts as not come only 30 minutes after the slot.</translation>
    </message>
    <message>
        <source>This vehicle or device is marked {status}: it is not booked.</source>
        <translation>This vehicle or device is marked {status}: it is not booked.</translation>
    </message>
    <message>
        <source>This vehicle or device belongs to another customer.</source>
        <translation>This vehicle or device belongs to another customer.</translation>
    </message>
    <message>
        <source>The appointment is for another vehicle or device.</source>
        <translation>The appointment is for another vehicle or device.</translation>
    </message>
    <message>
        <source>book, move and cancel appointments</source>
        <translation>book, move and cancel appointments</translation>
    </message>
    <message>
        <source>book into a full slot</source>
        <translation>book into a full slot</translation>
    </message>
    <message>
        <source>Someone else saved this first. It was reloaded: check and try again.</source>
        <translation>Someone else saved this first. It was reloaded: check and try again.</translation>
    </message>
    <message>
        <source>Refused: meanwhile %1. It was reloaded: check and try again.</source>
        <translation>Refused: meanwhile %1. It was reloaded: check and try again.</translation>
    </message>
    <message>
        <source>No SMS gateway is saved: enter the AccessKey ID and secret and save first.</source>
        <translation>No SMS gateway is saved: enter the AccessKey ID and secret and save first.</translation>
    </message>
    <message>
        <source>The SMS gateway did not take it: {reason}</source>
        <translation>The SMS gateway did not take it: {reason}</translation>
    </message>
    <message>
        <source>The database holds no vehicles or devices for the benchmark to take in.</source>
        <translation>The database holds no vehicles or devices for the benchmark to take in.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Work done</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>E-bike</source>
        <translation>E-bike</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Scratch</source>
        <translation>Scratch</translation>
    </message>
    <message>
        <source>Dent</source>
        <translation>Dent</translation>
    </message>
    <message>
        <source>Crack</source>
        <translation>Crack</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>Chip</translation>
    </message>
    <message>
        <source>Rust</source>
        <translation>Rust</translation>
    </message>
    <message>
        <source>Missing part</source>
        <translation>Missing part</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Labor</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Sundry</source>
        <translation>Sundry</translation>
    </message>
    <message>
        <source>Customer pays</source>
        <translation>Customer pays</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Warranty</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>Goodwill</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>Awaiting customer</source>
        <translation>Awaiting customer</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>By phone</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Waiting for parts</source>
        <translation>Waiting for parts</translation>
    </message>
    <message>
        <source>Waiting for customer approval</source>
        <translation>Waiting for customer approval</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Waiting for customer</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Vehicle / device</source>
        <translation>Vehicle / device</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>order number</translation>
    </message>
    <message>
        <source>plate</source>
        <translation>plate</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>last 6 of VIN</source>
        <translation>last 6 of VIN</translation>
    </message>
    <message>
        <source>IMEI / serial / frame no.</source>
        <translation>IMEI / serial / frame no.</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>last 4 of phone</source>
        <translation>last 4 of phone</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>Taken in</translation>
    </message>
    <message>
        <source>Estimate lines added</source>
        <translation>Estimate lines added</translation>
    </message>
    <message>
        <source>Walk-around inspection</source>
        <translation>Walk-around inspection</translation>
    </message>
    <message>
        <source>Order details changed</source>
        <translation>Order details changed</translation>
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
        <source>Job reassigned</source>
        <translation>Job reassigned</translation>
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
        <source>Quality check passed</source>
        <translation>Quality check passed</translation>
    </message>
    <message>
        <source>Quality check failed</source>
        <translation>Quality check failed</translation>
    </message>
    <message>
        <source>Extra work proposed</source>
        <translation>Extra work proposed</translation>
    </message>
    <message>
        <source>Extra work approved</source>
        <translation>Extra work approved</translation>
    </message>
    <message>
        <source>Extra work declined</source>
        <translation>Extra work declined</translation>
    </message>
    <message>
        <source>Line changed</source>
        <translation>Line changed</translation>
    </message>
    <message>
        <source>Line removed</source>
        <translation>Line removed</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>Order cancelled</translation>
    </message>
    <message>
        <source>Settlement made</source>
        <translation>Settlement made</translation>
    </message>
    <message>
        <source>Settlement voided</source>
        <translation>Settlement voided</translation>
    </message>
    <message>
        <source>Payment taken</source>
        <translation>Payment taken</translation>
    </message>
    <message>
        <source>Refund made</source>
        <translation>Refund made</translation>
    </message>
    <message>
        <source>Released to the customer</source>
        <translation>Released to the customer</translation>
    </message>
    <message>
        <source>Opened as a rework</source>
        <translation>Opened as a rework</translation>
    </message>
    <message>
        <source>Reopened for rework</source>
        <translation>Reopened for rework</translation>
    </message>
    <message>
        <source>Next service set</source>
        <translation>Next service set</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Sign-in refused</translation>
    </message>
    <message>
        <source>User switched</source>
        <translation>User switched</translation>
    </message>
    <message>
        <source>Station unlocked</source>
        <translation>Station unlocked</translation>
    </message>
    <message>
        <source>Staff member added</source>
        <translation>Staff member added</translation>
    </message>
    <message>
        <source>Staff member changed</source>
        <translation>Staff member changed</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>PIN changed</source>
        <translation>PIN changed</translation>
    </message>
    <message>
        <source>Staff card changed</source>
        <translation>Staff card changed</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Account unlocked</translation>
    </message>
    <message>
        <source>Manager's approval given</source>
        <translation>Manager's approval given</translation>
    </message>
    <message>
        <source>Manager's approval refused</source>
        <translation>Manager's approval refused</translation>
    </message>
    <message>
        <source>Customer added</source>
        <translation>Customer added</translation>
    </message>
    <message>
        <source>Customer changed</source>
        <translation>Customer changed</translation>
    </message>
    <message>
        <source>Vehicle or device added</source>
        <translation>Vehicle or device added</translation>
    </message>
    <message>
        <source>Vehicle or device changed</source>
        <translation>Vehicle or device changed</translation>
    </message>
    <message>
        <source>Vehicle or device transferred</source>
        <translation>Vehicle or device transferred</translation>
    </message>
    <message>
        <source>Catalog item added</source>
        <translation>Catalog item added</translation>
    </message>
    <message>
        <source>Catalog item changed</source>
        <translation>Catalog item changed</translation>
    </message>
    <message>
        <source>Catalog item switched on</source>
        <translation>Catalog item switched on</translation>
    </message>
    <message>
        <source>Catalog item switched off</source>
        <translation>Catalog item switched off</translation>
    </message>
    <message>
        <source>Catalog imported</source>
        <translation>Catalog imported</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Settings changed</translation>
    </message>
    <message>
        <source>Checklist changed</source>
        <translation>Checklist changed</translation>
    </message>
    <message>
        <source>plate digits</source>
        <translation>plate digits</translation>
    </message>
    <message>
        <source>Completion certificate issued</source>
        <translation>Completion certificate issued</translation>
    </message>
    <message>
        <source>Repair category, mileage out, old parts recorded</source>
        <translation>Repair category, mileage out, old parts recorded</translation>
    </message>
    <message>
        <source>Complaint recorded</source>
        <translation>Complaint recorded</translation>
    </message>
    <message>
        <source>Complaint note</source>
        <translation>Complaint note</translation>
    </message>
    <message>
        <source>Complaint moved to its next step</source>
        <translation>Complaint moved to its next step</translation>
    </message>
    <message>
        <source>Complaint handed over</source>
        <translation>Complaint handed over</translation>
    </message>
    <message>
        <source>Complaint waiting</source>
        <translation>Complaint waiting</translation>
    </message>
    <message>
        <source>Complaint resumed</source>
        <translation>Complaint resumed</translation>
    </message>
    <message>
        <source>Complaint reopened</source>
        <translation>Complaint reopened</translation>
    </message>
    <message>
        <source>Complaint escalated</source>
        <translation>Complaint escalated</translation>
    </message>
    <message>
        <source>Message template changed</source>
        <translation>Message template changed</translation>
    </message>
    <message>
        <source>Message queued</source>
        <translation>Message queued</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Message sent</translation>
    </message>
    <message>
        <source>Customer's data exported</source>
        <translation>Customer's data exported</translation>
    </message>
    <message>
        <source>Customer anonymised</source>
        <translation>Customer anonymised</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>Appointment booked</translation>
    </message>
    <message>
        <source>Appointment cancelled</source>
        <translation>Appointment cancelled</translation>
    </message>
    <message>
        <source>Appointment moved</source>
        <translation>Appointment moved</translation>
    </message>
    <message>
        <source>Appointment reminder answered</source>
        <translation>Appointment reminder answered</translation>
    </message>
    <message>
        <source>Appointment not kept</source>
        <translation>Appointment not kept</translation>
    </message>
    <message>
        <source>Booked customer arrived</source>
        <translation>Booked customer arrived</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Consent recorded</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Stolen</source>
        <translation>Stolen</translation>
    </message>
    <message>
        <source>Scrapped</source>
        <translation>Scrapped</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>Company vehicle</source>
        <translation>Company vehicle</translation>
    </message>
    <message>
        <source>Staff vehicle</source>
        <translation>Staff vehicle</translation>
    </message>
</context>
<context>
    <name>LinePayerDialog</name>
    <message>
        <source>Payer and discount</source>
        <translation>Payer and discount</translation>
    </message>
    <message>
        <source>&amp;Line:</source>
        <translation>&amp;Line:</translation>
    </message>
    <message>
        <source>&amp;Paid by:</source>
        <translation>&amp;Paid by:</translation>
    </message>
    <message>
        <source>&amp;Discount %:</source>
        <translation>&amp;Discount %:</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>%1: %2 × %3 (%4)</source>
        <translation>%1: %2 × %3 (%4)</translation>
    </message>
    <message>
        <source>Discount %1% on %2 (%3)</source>
        <translation>Discount %1% on %2 (%3)</translation>
    </message>
</context>
<context>
    <name>LookupBox</name>
    <message>
        <source>Lookup</source>
        <translation>Lookup</translation>
    </message>
    <message>
        <source>Plate, VIN, IMEI, phone, name, order no.</source>
        <translation>Plate, VIN, IMEI, phone, name, order no.</translation>
    </message>
    <message>
        <source>Search by plate, VIN, IMEI / serial, phone, name or order number.</source>
        <translation>Search by plate, VIN, IMEI / serial, phone, name or order number.</translation>
    </message>
    <message>
        <source>Ctrl+F / F3: search by plate, VIN, IMEI / serial, phone, name or order number. A scanned work-order number or pickup code opens the order at once.</source>
        <translation>Ctrl+F / F3: search by plate, VIN, IMEI / serial, phone, name or order number. A scanned work-order number or pickup code opens the order at once.</translation>
    </message>
    <message numerus="yes">
        <source>%n found — Up/Down to choose, Enter to open</source>
        <translation>
            <numerusform>%n found — Up/Down to choose, Enter to open</numerusform>
            <numerusform>%n found — Up/Down to choose, Enter to open</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation>Nothing found for “%1”</translation>
    </message>
    <message>
        <source>No order with this number</source>
        <translation>No order with this number</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nothing found</translation>
    </message>
</context>
<context>
    <name>IntakeFacts</name>
    <message>
        <source>%1 items OK</source>
        <translation>%1 items OK</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Accessories: %1</source>
        <translation>Accessories: %1</translation>
    </message>
    <message>
        <source>At intake:</source>
        <translation>At intake:</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Bonnet</source>
        <translation>Bonnet</translation>
    </message>
    <message>
        <source>Boot lid</source>
        <translation>Boot lid</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Checklist:</translation>
    </message>
    <message>
        <source>Customer asks:</source>
        <translation>Customer asks:</translation>
    </message>
    <message>
        <source>Damage marks:</source>
        <translation>Damage marks:</translation>
    </message>
    <message>
        <source>Front bumper</source>
        <translation>Front bumper</translation>
    </message>
    <message>
        <source>Keep the old parts</source>
        <translation>Keep the old parts</translation>
    </message>
    <message>
        <source>Left front door</source>
        <translation>Left front door</translation>
    </message>
    <message>
        <source>Left front wheel</source>
        <translation>Left front wheel</translation>
    </message>
    <message>
        <source>Left front wing</source>
        <translation>Left front wing</translation>
    </message>
    <message>
        <source>Left in the vehicle:</source>
        <translation>Left in the vehicle:</translation>
    </message>
    <message>
        <source>Left mirror</source>
        <translation>Left mirror</translation>
    </message>
    <message>
        <source>Left rear door</source>
        <translation>Left rear door</translation>
    </message>
    <message>
        <source>Left rear wheel</source>
        <translation>Left rear wheel</translation>
    </message>
    <message>
        <source>Left rear wing</source>
        <translation>Left rear wing</translation>
    </message>
    <message>
        <source>Left with it:</source>
        <translation>Left with it:</translation>
    </message>
    <message>
        <source>Promised:</source>
        <translation>Promised:</translation>
    </message>
    <message>
        <source>Rear bumper</source>
        <translation>Rear bumper</translation>
    </message>
    <message>
        <source>Rear window</source>
        <translation>Rear window</translation>
    </message>
    <message>
        <source>Right front door</source>
        <translation>Right front door</translation>
    </message>
    <message>
        <source>Right front wheel</source>
        <translation>Right front wheel</translation>
    </message>
    <message>
        <source>Right front wing</source>
        <translation>Right front wing</translation>
    </message>
    <message>
        <source>Right mirror</source>
        <translation>Right mirror</translation>
    </message>
    <message>
        <source>Right rear door</source>
        <translation>Right rear door</translation>
    </message>
    <message>
        <source>Right rear wheel</source>
        <translation>Right rear wheel</translation>
    </message>
    <message>
        <source>Right rear wing</source>
        <translation>Right rear wing</translation>
    </message>
    <message>
        <source>Roof</source>
        <translation>Roof</translation>
    </message>
    <message>
        <source>Valuables: %1</source>
        <translation>Valuables: %1</translation>
    </message>
    <message>
        <source>Waits on site</source>
        <translation>Waits on site</translation>
    </message>
    <message>
        <source>Wash</source>
        <translation>Wash</translation>
    </message>
    <message>
        <source>Windscreen</source>
        <translation>Windscreen</translation>
    </message>
    <message>
        <source>Workshop notes:</source>
        <translation>Workshop notes:</translation>
    </message>
    <message>
        <source>all %1 items OK</source>
        <translation>all %1 items OK</translation>
    </message>
    <message>
        <source>battery %1%</source>
        <translation>battery %1%</translation>
    </message>
    <message>
        <source>does not wait</source>
        <translation>does not wait</translation>
    </message>
    <message>
        <source>fuel %1%</source>
        <translation>fuel %1%</translation>
    </message>
    <message>
        <source>no items answered</source>
        <translation>no items answered</translation>
    </message>
    <message>
        <source>no walk-around recorded</source>
        <translation>no walk-around recorded</translation>
    </message>
    <message>
        <source>no wash</source>
        <translation>no wash</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>old parts not kept</source>
        <translation>old parts not kept</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) OK</source>
        <translation>
            <numerusform>%n item OK</numerusform>
            <numerusform>%n items OK</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n item(s) OK</source>
        <translation>
            <numerusform>the %n item OK</numerusform>
            <numerusform>all %n items OK</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeptOrders</name>
    <message>
        <source>%1 · unsent</source>
        <translation>%1 · unsent</translation>
    </message>
    <message>
        <source>An action on this order is kept on this station and waits to be sent (Stations, Ctrl+6). What is shown is what the server has.</source>
        <translation>An action on this order is kept on this station and waits to be sent (Stations, Ctrl+6). What is shown is what the server has.</translation>
    </message>
</context>
<context>
    <name>ValueBadge</name>
    <message>
        <source>Class D, lost: no visit for over 6 months (last visit %3).</source>
        <translation>Class D, lost: no visit for over 6 months (last visit %3).</translation>
    </message>
    <message>
        <source>Value class %1</source>
        <translation>Value class %1</translation>
    </message>
    <message>
        <source>Unchanged since %1.</source>
        <translation>Unchanged since %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message>
        <source>Class A, loyal: among the top 20% of the last 12 months' spend (%1, %2), 3 or more visits, no debts.</source>
        <translation>Class A, loyal: among the top 20% of the last 12 months' spend (%1, %2), 3 or more visits, no debts.</translation>
    </message>
    <message>
        <source>Class C, marginal: only warranty or free work in the last 12 months, or visits more than 6 months apart (%1, %2; last visit %3).</source>
        <translation>Class C, marginal: only warranty or free work in the last 12 months, or visits more than 6 months apart (%1, %2; last visit %3).</translation>
    </message>
    <message>
        <source>Class B, ordinary: %1, %2 in the last 12 months (last visit %3); A needs the top 20% of spend, 3 visits and no debts.</source>
        <translation>Class B, ordinary: %1, %2 in the last 12 months (last visit %3); A needs the top 20% of spend, 3 visits and no debts.</translation>
    </message>
</context>
</TS>
