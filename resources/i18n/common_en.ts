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
        <extracomment>error code -&gt; English source text; ``{name}`` placeholders come from the error&apos;s params</extracomment>
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
        <source>The VIN&apos;s check digit does not match: a character is mistyped.</source>
        <translation>The VIN&apos;s check digit does not match: a character is mistyped.</translation>
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
        <source>The IMEI&apos;s check digit does not match: a digit is mistyped.</source>
        <translation>The IMEI&apos;s check digit does not match: a digit is mistyped.</translation>
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
        <source>Unexpected error: {error}</source>
        <translation>Unexpected error: {error}</translation>
    </message>
    <message>
        <source>recorded the customer&apos;s signature</source>
        <extracomment>what another station did to an order meanwhile, by the order journal&apos;s action</extracomment>
        <translation>recorded the customer&apos;s signature</translation>
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
        <source>recorded the customer&apos;s approval of extra work</source>
        <translation>recorded the customer&apos;s approval of extra work</translation>
    </message>
    <message>
        <source>recorded the customer&apos;s refusal of extra work</source>
        <translation>recorded the customer&apos;s refusal of extra work</translation>
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
        <source>changed the order&apos;s details</source>
        <translation>changed the order&apos;s details</translation>
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
</context>
</TS>
