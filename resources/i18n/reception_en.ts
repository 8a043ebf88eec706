<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AssetStep</name>
    <message>
        <source>Plate</source>
        <extracomment>which fields each kind shows, in keyboard order</extracomment>
        <translation>Plate</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Make / brand</source>
        <translation>Make / brand</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Mileage (km)</source>
        <translation>Mileage (km)</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Frame number</source>
        <translation>Frame number</translation>
    </message>
    <message>
        <source>Motor number</source>
        <translation>Motor number</translation>
    </message>
    <message>
        <source>Battery serial</source>
        <translation>Battery serial</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Which vehicle or device?</source>
        <translation>Which vehicle or device?</translation>
    </message>
    <message>
        <source>Already on file (Down, then Enter takes it):</source>
        <translation>Already on file (Down, then Enter takes it):</translation>
    </message>
    <message>
        <source>Vehicle / device</source>
        <translation>Vehicle / device</translation>
    </message>
    <message>
        <source>On file: %1  (Ctrl+Backspace: enter another)</source>
        <translation>On file: %1  (Ctrl+Backspace: enter another)</translation>
    </message>
    <message>
        <source>%1 belongs to %2. Transfer it in the customer file first.</source>
        <translation>%1 belongs to %2. Transfer it in the customer file first.</translation>
    </message>
    <message>
        <source>Confirmed: the VIN is as on the papers (no check digit)  (Alt+C)</source>
        <translation>Confirmed: the VIN is as on the papers (no check digit)  (Alt+C)</translation>
    </message>
    <message>
        <source>On file for %1: %2. Down, then Enter takes it.</source>
        <translation>On file for %1: %2. Down, then Enter takes it.</translation>
    </message>
    <message>
        <source>On file for %1: %2. Transfer it in the customer file first.</source>
        <translation>On file for %1: %2. Transfer it in the customer file first.</translation>
    </message>
    <message>
        <source>Invoice date (三包 from)</source>
        <translation>Invoice date (三包 start)</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Purchase date</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, blank if unknown</source>
        <translation>YYYY-MM-DD, blank if unknown</translation>
    </message>
</context>
<context>
    <name>ConfirmStep</name>
    <message>
        <source>The customer approves by:</source>
        <translation>The customer approves by:</translation>
    </message>
    <message>
        <source>&amp;Signature on the work order</source>
        <translation>&amp;Signature on the work order</translation>
    </message>
    <message>
        <source>&amp;In person (verbal)</source>
        <translation>&amp;In person (verbal)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>Confirm and open the work order  (Ctrl+Enter)</source>
        <translation>Confirm and open the work order  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Check with the customer, then confirm</source>
        <translation>Check with the customer, then confirm</translation>
    </message>
    <message>
        <source>Nothing is saved until you confirm. Alt+Left goes back.</source>
        <translation>Nothing is saved until you confirm. Alt+Left goes back.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>waits on site</source>
        <translation>waits on site</translation>
    </message>
    <message>
        <source>keeps old parts</source>
        <translation>keeps old parts</translation>
    </message>
    <message>
        <source>wash</source>
        <translation>wash</translation>
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
        <source>Symptom</source>
        <translation>Symptom</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>%1 items checked, %2 flagged, %3 damage marks</source>
        <translation>%1 items checked, %2 flagged, %3 damage marks</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Promised</translation>
    </message>
    <message>
        <source>Customer pays (estimate): %1</source>
        <translation>Customer pays (estimate): %1</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <source>%1 (not charged to the customer): %2</source>
        <translation>%1 (not charged to the customer): %2</translation>
    </message>
    <message>
        <source>Estimate total: %1</source>
        <translation>Estimate total: %1</translation>
    </message>
    <message>
        <source>No lines yet</source>
        <translation>No lines yet</translation>
    </message>
    <message>
        <source>Recorded at intake</source>
        <translation>Recorded at intake</translation>
    </message>
    <message>
        <source>Comeback (返修)</source>
        <translation>Comeback</translation>
    </message>
    <message>
        <source>Repair category</source>
        <translation>Repair category</translation>
    </message>
    <message>
        <source>within the quality guarantee of %1</source>
        <translation>within the quality guarantee of %1</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>New visit for this vehicle / device  (Enter)</source>
        <translation>New visit for this vehicle / device  (Enter)</translation>
    </message>
    <message>
        <source>New vehicle / device  (Ctrl+Shift+N)</source>
        <translation>New vehicle / device  (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Customer file  (Ctrl+E)</source>
        <translation>Customer file  (Ctrl+E)</translation>
    </message>
    <message>
        <source>Vehicles and devices</source>
        <translation>Vehicles and devices</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>Open orders</translation>
    </message>
    <message>
        <source>Visit history</source>
        <translation>Visit history</translation>
    </message>
    <message>
        <source>Enter on a vehicle starts a visit; on an order opens it.</source>
        <translation>Enter on a vehicle starts a visit; on an order opens it.</translation>
    </message>
    <message>
        <source>This vehicle now belongs to another customer.</source>
        <translation>This vehicle now belongs to another customer.</translation>
    </message>
</context>
<context>
    <name>CustomerStep</name>
    <message>
        <source>A company (fleet, business customer)</source>
        <translation>A company (fleet, business customer)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
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
        <source>Enter a new customer instead  (Ctrl+Backspace)</source>
        <translation>Enter a new customer instead  (Ctrl+Backspace)</translation>
    </message>
    <message>
        <source>Who is the customer?</source>
        <translation>Who is the customer?</translation>
    </message>
    <message>
        <source>Customers on file with this phone or name:</source>
        <translation>Customers on file with this phone or name:</translation>
    </message>
    <message>
        <source>Down/Up choose a customer on file, Enter takes it. Enter on the last field goes on.</source>
        <translation>Down/Up choose a customer on file, Enter takes it. Enter on the last field goes on.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Customer on file: %1</source>
        <translation>Customer on file: %1</translation>
    </message>
</context>
<context>
    <name>DamageDiagram</name>
    <message>
        <source>Damage diagram</source>
        <extracomment>rounding of a plain rect's corners on screen, pixels, by style (other rects are square)</extracomment>
        <translation>Damage diagram</translation>
    </message>
    <message>
        <source>front</source>
        <translation>front</translation>
    </message>
    <message>
        <source>rear</source>
        <translation>rear</translation>
    </message>
    <message>
        <source>left</source>
        <translation>left</translation>
    </message>
    <message>
        <source>right</source>
        <translation>right</translation>
    </message>
</context>
<context>
    <name>EstimateStep</name>
    <message>
        <source>Search the catalog: code or name, Enter adds</source>
        <extracomment>on a line: who pays it instead of the customer (pressed again: the customer pays)</extracomment>
        <translation>Search the catalog: code or name, Enter adds</translation>
    </message>
    <message>
        <source>Free line: description</source>
        <translation>Free line: description</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <source>Lines of this visit</source>
        <translation>Lines of this visit</translation>
    </message>
    <message>
        <source>On a line: W = warranty, G = goodwill, I = insurance, N = internal (pressed again: the customer pays); Delete removes it. Enter in the empty search goes on.</source>
        <translation>On a line: W = warranty, G = goodwill, I = insurance, N = internal (pressed again: the customer pays); Delete removes it. Enter in the empty search goes on.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Declined on earlier visits — offer again</source>
        <translation>Declined on earlier visits — offer again</translation>
    </message>
    <message>
        <source>Alt+%1   %2   %3   (declined on %4)</source>
        <translation>Alt+%1   %2   %3   (declined on %4)</translation>
    </message>
    <message>
        <source>Estimate: %1 lines, customer pays %2</source>
        <translation>Estimate: %1 lines, customer pays %2</translation>
    </message>
    <message>
        <source>On a line: W = warranty, G = goodwill, I = insurance, N = internal (pressed again: the customer pays); Delete removes it; F2 edits a cell, Enter keeps it. Enter in the empty search goes on.</source>
        <translation>On a line: W = warranty, G = goodwill, I = insurance, N = internal (pressed again: the customer pays); Delete removes it; F2 edits a cell, Enter keeps it. Enter in the empty search goes on.</translation>
    </message>
    <message numerus="yes">
        <source>Estimate: %n line(s), customer pays %1</source>
        <translation>
            <numerusform>Estimate: %n line, customer pays %1</numerusform>
            <numerusform>Estimate: %n lines, customer pays %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtraWorkPanel</name>
    <message>
        <source>Extra work awaiting the customer</source>
        <translation>Extra work awaiting the customer</translation>
    </message>
    <message>
        <source>Approve  (A)</source>
        <translation>Approve  (A)</translation>
    </message>
    <message>
        <source>Decline  (D)</source>
        <translation>Decline  (D)</translation>
    </message>
    <message>
        <source>Customer answered</source>
        <translation>Customer answered</translation>
    </message>
    <message>
        <source>F6 comes here. Call the customer, select the line, then A or D.</source>
        <translation>F6 comes here. Call the customer, select the line, then A or D.</translation>
    </message>
    <message>
        <source>Extra work awaiting the customer (%1)</source>
        <extracomment>what the signed-in user may do (set by the desk)</extracomment>
        <translation>Extra work awaiting the customer (%1)</translation>
    </message>
    <message>
        <source>Recorded for %1: %2</source>
        <translation>Recorded for %1: %2</translation>
    </message>
    <message>
        <source>The order changed meanwhile — please check again: %1</source>
        <translation>The order changed meanwhile — please check again: %1</translation>
    </message>
    <message>
        <source>Awaiting the customer: %1 — total %2</source>
        <translation>Awaiting the customer: %1 — total %2</translation>
    </message>
    <message>
        <source>Found by %1:</source>
        <translation>Found by %1:</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Found:</translation>
    </message>
    <message>
        <source>No finding written</source>
        <translation>No finding written</translation>
    </message>
    <message>
        <source>no phone on file</source>
        <translation>no phone on file</translation>
    </message>
    <message>
        <source>No connection: the answer for %1 (%2) is kept on this station and sent once the connection is back.</source>
        <translation>No connection: the answer for %1 (%2) is kept on this station and sent once the connection is back.</translation>
    </message>
</context>
<context>
    <name>InspectionStep</name>
    <message>
        <source>Note on the selected item (optional)</source>
        <translation>Note on the selected item (optional)</translation>
    </message>
    <message>
        <source>Damage marks</source>
        <translation>Damage marks</translation>
    </message>
    <message>
        <source>Arrows move the cross, Enter places a mark; S D C H R M O choose the damage; Delete removes.</source>
        <translation>Arrows move the cross, Enter places a mark; S D C H R M O choose the damage; Delete removes.</translation>
    </message>
    <message>
        <source>Walk-around checklist</source>
        <translation>Walk-around checklist</translation>
    </message>
    <message>
        <source>1 = OK, 2 = attention, 3 = damaged, 4 = missing (then the next item). Tab goes to the diagram; Enter on the list goes on.</source>
        <translation>1 = OK, 2 = attention, 3 = damaged, 4 = missing (then the next item). Tab goes to the diagram; Enter on the list goes on.</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Damage mark %1: %2</source>
        <translation>Damage mark %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 items checked</source>
        <translation>%1 of %2 items checked</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) checked</source>
        <translation>
            <numerusform>%1 of %n item checked</numerusform>
            <numerusform>%1 of %n items checked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakeFlow</name>
    <message>
        <source>Back  (Alt+Left)</source>
        <translation>Back  (Alt+Left)</translation>
    </message>
    <message>
        <source>Next  (PageDown)</source>
        <translation>Next  (PageDown)</translation>
    </message>
    <message>
        <source>Cancel  (Esc)</source>
        <translation>Cancel  (Esc)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>New work order: %1</source>
        <translation>New work order: %1</translation>
    </message>
    <message>
        <source>Press Esc again to discard this intake.</source>
        <translation>Press Esc again to discard this intake.</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Vehicle / device</source>
        <translation>Vehicle / device</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Symptom</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Promised</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>Customer signed the work order</source>
        <translation>Customer signed the work order</translation>
    </message>
    <message>
        <source>Payer / discount…  (F2)</source>
        <translation>Payer / discount…  (F2)</translation>
    </message>
    <message>
        <source>Who pays the chosen line (warranty, goodwill, insurance, ...) and its discount</source>
        <translation>Who pays the chosen line (warranty, goodwill, insurance, ...) and its discount</translation>
    </message>
    <message>
        <source>Cancel order…  (Ctrl+Del)</source>
        <translation>Cancel order…  (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Close the order as cancelled, with the reason (work done: a manager approves)</source>
        <translation>Close the order as cancelled, with the reason (work done: a manager approves)</translation>
    </message>
    <message>
        <source>Print…  (Ctrl+P)</source>
        <translation>Print…  (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Intake slip / pickup voucher</source>
        <translation>&amp;Intake slip / pickup voucher</translation>
    </message>
    <message>
        <source>&amp;Work order (customer copy)</source>
        <translation>&amp;Work order (customer copy)</translation>
    </message>
    <message>
        <source>&amp;Job card (workshop copy)</source>
        <translation>&amp;Job card (workshop copy)</translation>
    </message>
    <message>
        <source>Inspection &amp;sheet</source>
        <translation>Inspection &amp;sheet</translation>
    </message>
    <message>
        <source>&amp;Extra work authorization</source>
        <translation>&amp;Extra work authorization</translation>
    </message>
    <message>
        <source>Work order  (Enter)</source>
        <translation>Work order  (Enter)</translation>
    </message>
    <message>
        <source>Intake slip</source>
        <translation>Intake slip</translation>
    </message>
    <message>
        <source>Not now  (Esc)</source>
        <translation>Not now  (Esc)</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Work order %1 is open. Print for the customer to sign?</source>
        <extracomment>what the signed-in user may do (set by the desk); buttons beyond it stay grey</extracomment>
        <translation>Work order %1 is open. Print for the customer to sign?</translation>
    </message>
    <message>
        <source> · waits on site</source>
        <translation> · waits on site</translation>
    </message>
    <message>
        <source>Customer pays %1</source>
        <translation>Customer pays %1</translation>
    </message>
    <message>
        <source>free (warranty etc.) %1</source>
        <translation>free (warranty etc.) %1</translation>
    </message>
    <message>
        <source>incl. awaiting decision %1</source>
        <translation>incl. awaiting decision %1</translation>
    </message>
    <message>
        <source>Cancel order %1</source>
        <translation>Cancel order %1</translation>
    </message>
    <message>
        <source>The order is closed as cancelled and stays on file with the reason. Tell the customer what happens to the vehicle or device and any parts.</source>
        <translation>The order is closed as cancelled and stays on file with the reason. Tell the customer what happens to the vehicle or device and any parts.</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Cancel the order</translation>
    </message>
    <message>
        <source>Cancel %1 with work done</source>
        <translation>Cancel %1 with work done</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>No connection: the action on %1 is kept on this station and sent once the connection is back.</source>
        <translation>No connection: the action on %1 is kept on this station and sent once the connection is back.</translation>
    </message>
    <message>
        <source>&amp;Completion certificate</source>
        <translation>&amp;Completion certificate</translation>
    </message>
    <message>
        <source>Category / old parts…  (Ctrl+G)</source>
        <translation>Category / old parts…  (Ctrl+G)</translation>
    </message>
    <message>
        <source>Comeback (返修) within the guarantee of %1</source>
        <translation>Comeback within the guarantee of %1</translation>
    </message>
    <message>
        <source>Repair category</source>
        <translation>Repair category</translation>
    </message>
    <message>
        <source>Repair category, mileage out, old parts and 三包 costs for the documents</source>
        <translation>Repair category, mileage out, old parts and warranty (sanbao) costs for the documents</translation>
    </message>
    <message>
        <source>三包 &amp;repair record</source>
        <translation>Warranty (sanbao) &amp;repair record</translation>
    </message>
</context>
<context>
    <name>PromiseStep</name>
    <message>
        <source>+1 h</source>
        <translation>+1 h</translation>
    </message>
    <message>
        <source>+2 h</source>
        <translation>+2 h</translation>
    </message>
    <message>
        <source>+4 h</source>
        <translation>+4 h</translation>
    </message>
    <message>
        <source>Tomorrow 17:00</source>
        <translation>Tomorrow 17:00</translation>
    </message>
    <message>
        <source>Customer waits on site (lounge)</source>
        <translation>Customer waits on site (lounge)</translation>
    </message>
    <message>
        <source>Customer keeps the old parts</source>
        <translation>Customer keeps the old parts</translation>
    </message>
    <message>
        <source>Free wash</source>
        <translation>Free wash</translation>
    </message>
    <message>
        <source>Notes for the workshop</source>
        <translation>Notes for the workshop</translation>
    </message>
    <message>
        <source>Promised for</source>
        <translation>Promised for</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Promise and wishes</source>
        <translation>Promise and wishes</translation>
    </message>
    <message>
        <source>Space ticks a box; Enter goes on.</source>
        <translation>Space ticks a box; Enter goes on.</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promise</translation>
    </message>
</context>
<context>
    <name>ReceptionWorkspace</name>
    <message>
        <source>New walk-in  (Ctrl+N)</source>
        <translation>New walk-in  (Ctrl+N)</translation>
    </message>
    <message>
        <source>Resume  (Ctrl+R)</source>
        <translation>Resume  (Ctrl+R)</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Recent orders</source>
        <translation>Recent orders</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Reception</source>
        <extracomment>what the signed-in user may do (set by the main window)</extracomment>
        <translation>Reception</translation>
    </message>
    <message>
        <source>No connection to the database: the intake for %1 is kept on this station and will be saved when the connection is back. Nothing needs to be typed again.</source>
        <translation>No connection to the database: the intake for %1 is kept on this station and will be saved when the connection is back. Nothing needs to be typed again.</translation>
    </message>
    <message>
        <source>Connection back: the intake for %1 was saved as %2.</source>
        <translation>Connection back: the intake for %1 was saved as %2.</translation>
    </message>
    <message>
        <source>The intake for %1 kept offline was refused (%2). It waits under Stations (Ctrl+6) to be sent again or discarded.</source>
        <translation>The intake for %1 kept offline was refused (%2). It waits under Stations (Ctrl+6) to be sent again or discarded.</translation>
    </message>
    <message>
        <source>An intake is under way.</source>
        <translation>An intake is under way.</translation>
    </message>
    <message>
        <source>new customer</source>
        <translation>new customer</translation>
    </message>
    <message>
        <source>An unfinished intake (%1, saved %2) was kept.</source>
        <translation>An unfinished intake (%1, saved %2) was kept.</translation>
    </message>
    <message>
        <source>F2 changes who pays a line of the order shown: open an order first.</source>
        <translation>F2 changes who pays a line of the order shown: open an order first.</translation>
    </message>
    <message>
        <source>Booked for %1</source>
        <translation>Booked for %1</translation>
    </message>
</context>
<context>
    <name>VisitStep</name>
    <message>
        <source>What does the customer notice? When, how often, under which conditions?</source>
        <translation>What does the customer notice? When, how often, under which conditions?</translation>
    </message>
    <message>
        <source>not noted</source>
        <translation>not noted</translation>
    </message>
    <message>
        <source>e.g. charger, case, floor mats</source>
        <translation>e.g. charger, case, floor mats</translation>
    </message>
    <message>
        <source>e.g. none / sunglasses in the glovebox</source>
        <translation>e.g. none / sunglasses in the glovebox</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Symptom</translation>
    </message>
    <message>
        <source>Mileage (km)</source>
        <translation>Mileage (km)</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Fuel</translation>
    </message>
    <message>
        <source>Accessories left</source>
        <translation>Accessories left</translation>
    </message>
    <message>
        <source>Valuables left</source>
        <translation>Valuables left</translation>
    </message>
    <message>
        <source>What brings the customer in?</source>
        <translation>What brings the customer in?</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>What brings %1 in?</source>
        <translation>What brings %1 in?</translation>
    </message>
    <message>
        <source>Confirmed: the odometer reads less than at the last visit  (Alt+C)</source>
        <translation>Confirmed: the odometer reads less than at the last visit  (Alt+C)</translation>
    </message>
    <message>
        <source>last visit: %1 km on %2</source>
        <translation>last visit: %1 km on %2</translation>
    </message>
    <message>
        <source>on file: %1 km</source>
        <translation>on file: %1 km</translation>
    </message>
    <message>
        <source>Enter goes to the next field; Shift+Enter starts a new line.</source>
        <translation>Enter goes to the next field; Shift+Enter starts a new line.</translation>
    </message>
    <message>
        <source>Comeback (返修): within the quality guarantee of %1 (until %2)</source>
        <translation>Comeback: within the quality guarantee of %1 (until %2)</translation>
    </message>
    <message>
        <source>Repair category</source>
        <translation>Repair category</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>not chosen yet</translation>
    </message>
</context>
<context>
    <name>LegalFactsDialog</name>
    <message>
        <source>&amp;Courtesy car:</source>
        <translation>&amp;Courtesy car:</translation>
    </message>
    <message>
        <source>&amp;Mileage out (km):</source>
        <translation>&amp;Mileage out (km):</translation>
    </message>
    <message>
        <source>&amp;Old parts:</source>
        <translation>&amp;Old parts:</translation>
    </message>
    <message>
        <source>&amp;Repair category:</source>
        <translation>&amp;Repair category:</translation>
    </message>
    <message>
        <source>&amp;Towing fee (三包):</source>
        <translation>&amp;Towing fee (warranty):</translation>
    </message>
    <message>
        <source>&amp;Transport compensation:</source>
        <translation>&amp;Transport compensation:</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>Repair category, mileage out, old parts</source>
        <translation>Repair category, mileage out, old parts</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>not chosen yet</translation>
    </message>
    <message>
        <source>plate and model of the car lent</source>
        <translation>plate and model of the car lent</translation>
    </message>
</context>
<context>
    <name>RepairCategory</name>
    <message>
        <source>Whole-vehicle repair (整车修理)</source>
        <translation>Whole-vehicle repair</translation>
    </message>
    <message>
        <source>Assembly repair (总成修理)</source>
        <translation>Assembly repair</translation>
    </message>
    <message>
        <source>Level-2 maintenance (二级维护)</source>
        <translation>Level-2 maintenance</translation>
    </message>
    <message>
        <source>Minor repair (小修)</source>
        <translation>Minor repair</translation>
    </message>
    <message>
        <source>Special repair (专项修理)</source>
        <translation>Special repair</translation>
    </message>
</context>
<context>
    <name>OldParts</name>
    <message>
        <source>Taken by the customer (客户带走)</source>
        <translation>Taken by the customer</translation>
    </message>
    <message>
        <source>Recycled by the shop (回收)</source>
        <translation>Recycled by the shop</translation>
    </message>
    <message>
        <source>No old parts (无)</source>
        <translation>No old parts</translation>
    </message>
</context>
</TS>
