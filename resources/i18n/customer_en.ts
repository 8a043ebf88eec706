<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AssetsTab</name>
    <message>
        <source>New owner: phone or name</source>
        <translation>New owner: phone or name</translation>
    </message>
    <message>
        <source>e.g. sold privately</source>
        <translation>e.g. sold privately</translation>
    </message>
    <message>
        <source>Transfer to the chosen customer</source>
        <translation>Transfer to the chosen customer</translation>
    </message>
    <message>
        <source>Transfer to another customer</source>
        <translation>Transfer to another customer</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>New owner</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Owners of the selected vehicle / device</source>
        <translation>Owners of the selected vehicle / device</translation>
    </message>
    <message>
        <source>Former vehicles stay in the file with their history.</source>
        <translation>Former vehicles stay in the file with their history.</translation>
    </message>
    <message>
        <source>Choose the new owner from the list first.</source>
        <translation>Choose the new owner from the list first.</translation>
    </message>
    <message>
        <source>Transferred.</source>
        <translation>Transferred.</translation>
    </message>
    <message>
        <source>Edit vehicle / device…</source>
        <translation>Edit vehicle / device…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>several numbers separated by commas</source>
        <translation>several numbers separated by commas</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Agrees to SMS reminders</source>
        <translation>Agrees to SMS reminders</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>Save mine over theirs</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <source>Save  (Ctrl+S)</source>
        <translation>Save  (Ctrl+S)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Someone else saved this customer meanwhile</source>
        <translation>Someone else saved this customer meanwhile</translation>
    </message>
    <message>
        <source>no visible field changed</source>
        <translation>no visible field changed</translation>
    </message>
    <message>
        <source>Your input is kept. Save it over theirs, or take theirs.</source>
        <translation>Your input is kept. Save it over theirs, or take theirs.</translation>
    </message>
    <message>
        <source>Consent to calls and SMS, with its date and source: the “Consent and privacy” tab.</source>
        <translation>Consent to calls and SMS, with its date and source: the “Consent and privacy” tab.</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, blank if unknown</source>
        <translation>YYYY-MM-DD, blank if unknown</translation>
    </message>
</context>
<context>
    <name>CustomerWorkspace</name>
    <message>
        <source>Find a customer by phone, name, plate or order number.</source>
        <translation>Find a customer by phone, name, plate or order number.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Vehicles and devices</source>
        <translation>Vehicles and devices</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Customer file</source>
        <translation>Customer file</translation>
    </message>
    <message>
        <source>on file since %1</source>
        <translation>on file since %1</translation>
    </message>
    <message>
        <source>station %1</source>
        <translation>station %1</translation>
    </message>
    <message>
        <source>Consent and privacy</source>
        <translation>Consent and privacy</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <source>Lines of the selected visit</source>
        <translation>Lines of the selected visit</translation>
    </message>
    <message>
        <source>Customer pays %1</source>
        <translation>Customer pays %1</translation>
    </message>
    <message>
        <source>free %1</source>
        <translation>free %1</translation>
    </message>
    <message>
        <source>symptom: %1</source>
        <translation>symptom: %1</translation>
    </message>
</context>
<context>
    <name>AssetDialog</name>
    <message>
        <source>&amp;Battery serial</source>
        <translation>&amp;Battery serial</translation>
    </message>
    <message>
        <source>&amp;Engine number</source>
        <translation>&amp;Engine number</translation>
    </message>
    <message>
        <source>&amp;Frame number</source>
        <translation>&amp;Frame number</translation>
    </message>
    <message>
        <source>&amp;IMEI</source>
        <translation>&amp;IMEI</translation>
    </message>
    <message>
        <source>&amp;Invoice date</source>
        <translation>&amp;Invoice date</translation>
    </message>
    <message>
        <source>&amp;Invoice date (三包 from)</source>
        <translation>&amp;Invoice date (三包 start)</translation>
    </message>
    <message>
        <source>&amp;Make / brand</source>
        <translation>&amp;Make / brand</translation>
    </message>
    <message>
        <source>&amp;Plate</source>
        <translation>&amp;Plate</translation>
    </message>
    <message>
        <source>&amp;Serial number</source>
        <translation>&amp;Serial number</translation>
    </message>
    <message>
        <source>&amp;VIN</source>
        <translation>&amp;VIN</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>Another station changed this record meanwhile: close and open it again.</source>
        <translation>Another station changed this record meanwhile: close and open it again.</translation>
    </message>
    <message>
        <source>Check the VIN against the papers, tick the box (Alt+C) and save again.</source>
        <translation>Check the VIN against the papers, tick the box (Alt+C) and save again.</translation>
    </message>
    <message>
        <source>Colo&amp;ur</source>
        <translation>Colo&amp;ur</translation>
    </message>
    <message>
        <source>Confirmed: the VIN is as on the papers (no check digit)  (Alt+C)</source>
        <translation>Confirmed: the VIN is as on the papers (no check digit)  (Alt+C)</translation>
    </message>
    <message>
        <source>Dates: 2026-03-01, 2026/3/1 or 20260301. Ctrl+S or Enter saves.</source>
        <translation>Dates: 2026-03-01, 2026/3/1 or 20260301. Ctrl+S or Enter saves.</translation>
    </message>
    <message>
        <source>Edit %1: %2</source>
        <translation>Edit %1: %2</translation>
    </message>
    <message>
        <source>M&amp;odel</source>
        <translation>M&amp;odel</translation>
    </message>
    <message>
        <source>Mileage (&amp;km)</source>
        <translation>Mileage (&amp;km)</translation>
    </message>
    <message>
        <source>Mo&amp;tor number</source>
        <translation>Mo&amp;tor number</translation>
    </message>
    <message>
        <source>Pu&amp;rchase date</source>
        <translation>Pu&amp;rchase date</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, blank if unknown</source>
        <translation>YYYY-MM-DD, blank if unknown</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>Use (private, compa&amp;ny, staff)</source>
        <translation>Use (private, compa&amp;ny, staff)</translation>
    </message>
    <message>
        <source>Next 年检 (annual inspection)</source>
        <translation>Next 年检 (annual inspection)</translation>
    </message>
    <message>
        <source>Insurance renewal</source>
        <translation>Insurance renewal</translation>
    </message>
    <message>
        <source>Manufacturer warranty until</source>
        <translation>Manufacturer warranty until</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <source>Agrees</source>
        <translation>Agrees</translation>
    </message>
    <message>
        <source>Withdraws (no more contact this way)</source>
        <translation>Withdraws (no more contact this way)</translation>
    </message>
    <message>
        <source>where it was given: intake form, phone call…</source>
        <translation>where it was given: intake form, phone call…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Answer</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Export this customer's data…</source>
        <translation>Export this customer's data…</translation>
    </message>
    <message>
        <source>Anonymise on request…</source>
        <translation>Anonymise on request…</translation>
    </message>
    <message>
        <source>Consent to be contacted</source>
        <translation>Consent to be contacted</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Personal data requests (PIPL)</source>
        <translation>Personal data requests (PIPL)</translation>
    </message>
    <message>
        <source>On the customer's request: export everything kept about them, or replace their personal data (name, phones, address, notes, birthday). Orders and amounts stay for the books.</source>
        <translation>On the customer's request: export everything kept about them, or replace their personal data (name, phones, address, notes, birthday). Orders and amounts stay for the books.</translation>
    </message>
    <message>
        <source>Anonymised on request on %1: no calls or messages.</source>
        <translation>Anonymised on request on %1: no calls or messages.</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>agrees</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>never asked: not contacted this way</source>
        <translation>never asked: not contacted this way</translation>
    </message>
    <message>
        <source>agrees since %1 (%2)</source>
        <translation>agrees since %1 (%2)</translation>
    </message>
    <message>
        <source>withdrawn on %1 (%2)</source>
        <translation>withdrawn on %1 (%2)</translation>
    </message>
    <message>
        <source>Recorded: %1, agrees.</source>
        <translation>Recorded: %1, agrees.</translation>
    </message>
    <message>
        <source>Recorded: %1, withdrawn.</source>
        <translation>Recorded: %1, withdrawn.</translation>
    </message>
    <message>
        <source>Export the customer's data</source>
        <translation>Export the customer's data</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1 (the export is in the audit log).</source>
        <translation>Exported to %1 (the export is in the audit log).</translation>
    </message>
    <message>
        <source>Anonymise %1</source>
        <translation>Anonymise %1</translation>
    </message>
    <message>
        <source>The name, phones, e-mail, address, notes and birthday of %1 are replaced for good; open follow-ups are cancelled and queued messages dropped. Orders and amounts stay for the books. This cannot be undone. Write the request's reason or reference.</source>
        <translation>The name, phones, e-mail, address, notes and birthday of %1 are replaced for good; open follow-ups are cancelled and queued messages dropped. Orders and amounts stay for the books. This cannot be undone. Write the request's reason or reference.</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <source>The customer was anonymised.</source>
        <translation>The customer was anonymised.</translation>
    </message>
</context>
</TS>
