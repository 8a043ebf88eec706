<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CareWorkspace</name>
    <message>
        <source>&amp;1 Follow-ups</source>
        <translation>&amp;1 Follow-ups</translation>
    </message>
    <message>
        <source>&amp;2 Complaints</source>
        <translation>&amp;2 Complaints</translation>
    </message>
    <message>
        <source>&amp;3 Due lists</source>
        <translation>&amp;3 Due lists</translation>
    </message>
    <message>
        <source>&amp;4 Figures</source>
        <translation>&amp;4 Figures</translation>
    </message>
    <message>
        <source>Customer care</source>
        <translation>Customer care</translation>
    </message>
    <message>
        <source>&amp;5 Messages</source>
        <translation>&amp;5 Messages</translation>
    </message>
</context>
<context>
    <name>FollowUpCallPanel</name>
    <message>
        <source>No call open</source>
        <translation>No call open</translation>
    </message>
    <message>
        <source>Choose a follow-up in the list and press Enter.</source>
        <translation>Choose a follow-up in the list and press Enter.</translation>
    </message>
    <message>
        <source>Call started</source>
        <translation>Call started</translation>
    </message>
    <message>
        <source>Start the call timer when the customer answers</source>
        <translation>Start the call timer when the customer answers</translation>
    </message>
    <message>
        <source>Scores 1 (very poor) to 5 (very good); – not answered.</source>
        <translation>Scores 1 (very poor) to 5 (very good); – not answered.</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>What the customer said</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Dissatisfied + open complaint</source>
        <translation>Dissatisfied + open complaint</translation>
    </message>
    <message>
        <source>Record dissatisfied and open a complaint in the same call</source>
        <translation>Record dissatisfied and open a complaint in the same call</translation>
    </message>
    <message>
        <source>no phone on file</source>
        <translation>no phone on file</translation>
    </message>
    <message>
        <source>attempt %1 of %2</source>
        <translation>attempt %1 of %2</translation>
    </message>
    <message>
        <source>released %1</source>
        <translation>released %1</translation>
    </message>
    <message>
        <source>Call timer %1</source>
        <translation>Call timer %1</translation>
    </message>
    <message>
        <source>Call %1 — press %2 when the customer answers</source>
        <translation>Call %1 — press %2 when the customer answers</translation>
    </message>
    <message>
        <source>Call %1 — over the 5-minute limit: close the call now</source>
        <translation>Call %1 — over the 5-minute limit: close the call now</translation>
    </message>
    <message>
        <source>Call %1 — the 5-minute limit is near: wind the call up</source>
        <translation>Call %1 — the 5-minute limit is near: wind the call up</translation>
    </message>
    <message>
        <source>Call %1 (calls stay under 5 minutes)</source>
        <translation>Call %1 (calls stay under 5 minutes)</translation>
    </message>
    <message>
        <source>proposed slot %1</source>
        <translation>proposed slot %1</translation>
    </message>
</context>
<context>
    <name>FollowUpsTab</name>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Next day</translation>
    </message>
    <message>
        <source>3 hours</source>
        <translation>3 hours</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 days</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Again</translation>
    </message>
    <message>
        <source>After a complaint</source>
        <translation>After a complaint</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Repair quality</source>
        <translation>Repair quality</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Price explained</source>
        <translation>Price explained</translation>
    </message>
    <message>
        <source>Cleanliness</source>
        <translation>Cleanliness</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>To call</source>
        <translation>To call</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>%1, SMS owed</source>
        <translation>%1, SMS owed</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Vehicle / device</source>
        <translation>Vehicle / device</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Tries</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Today's follow-up calls</source>
        <translation>Today's follow-up calls</translation>
    </message>
    <message>
        <source>Closed ones too (2 weeks)</source>
        <translation>Closed ones too (2 weeks)</translation>
    </message>
    <message>
        <source>Enter: open the call · F5: call started · F6–F10: outcome · Ctrl+F7: dissatisfied + complaint · Esc: back to the list</source>
        <translation>Enter: open the call · F5: call started · F6–F10: outcome · Ctrl+F7: dissatisfied + complaint · Esc: back to the list</translation>
    </message>
    <message numerus="yes">
        <source>%n to call</source>
        <translation>
            <numerusform>%n to call</numerusform>
            <numerusform>%n to call</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left the list: another station recorded this call meanwhile.</source>
        <translation>%1 left the list: another station recorded this call meanwhile.</translation>
    </message>
    <message>
        <source>Another station changed %1's follow-up meanwhile: saving will say what.</source>
        <translation>Another station changed %1's follow-up meanwhile: saving will say what.</translation>
    </message>
    <message>
        <source>The list is empty: nothing to call.</source>
        <translation>The list is empty: nothing to call.</translation>
    </message>
    <message>
        <source>This follow-up is closed (%1).</source>
        <translation>This follow-up is closed (%1).</translation>
    </message>
    <message>
        <source>The call timer is already running.</source>
        <translation>The call timer is already running.</translation>
    </message>
    <message>
        <source>Open a follow-up first: choose it in the list and press Enter.</source>
        <translation>Open a follow-up first: choose it in the list and press Enter.</translation>
    </message>
    <message>
        <source>Saving the call…</source>
        <translation>Saving the call…</translation>
    </message>
    <message>
        <source>%1 not reached (attempt %2 of %3). Next try: %4.</source>
        <translation>%1 not reached (attempt %2 of %3). Next try: %4.</translation>
    </message>
    <message>
        <source>%1 not reached three times: the follow-up is closed and the follow-up SMS is queued (message %2).</source>
        <translation>%1 not reached three times: the follow-up is closed and the follow-up SMS is queued (message %2).</translation>
    </message>
    <message>
        <source>%1 not reached three times: the follow-up is closed and an SMS is owed, but none was queued (no SMS consent, or the shop's name or phone is missing). Send it by hand.</source>
        <translation>%1 not reached three times: the follow-up is closed and an SMS is owed, but none was queued (no SMS consent, or the shop's name or phone is missing). Send it by hand.</translation>
    </message>
    <message>
        <source>Recorded for %1: %2.</source>
        <translation>Recorded for %1: %2.</translation>
    </message>
    <message>
        <source>Another follow-up is due the next working day.</source>
        <translation>Another follow-up is due the next working day.</translation>
    </message>
    <message>
        <source>Complaint %1 is opened.</source>
        <translation>Complaint %1 is opened.</translation>
    </message>
    <message>
        <source>No complaint was opened: record it on the Complaints tab (Alt+2).</source>
        <translation>No complaint was opened: record it on the Complaints tab (Alt+2).</translation>
    </message>
    <message>
        <source>%1 (%2) recorded this call: %3</source>
        <translation>%1 (%2) recorded this call: %3</translation>
    </message>
    <message>
        <source>%1 (%2) changed this follow-up</source>
        <translation>%1 (%2) changed this follow-up</translation>
    </message>
    <message>
        <source>Meanwhile %1. The list was reloaded; your scores and note are kept.</source>
        <translation>Meanwhile %1. The list was reloaded; your scores and note are kept.</translation>
    </message>
</context>
<context>
    <name>DueTab</name>
    <message>
        <source>Maintenance due</source>
        <translation>Maintenance due</translation>
    </message>
    <message>
        <source>First service</source>
        <translation>First service</translation>
    </message>
    <message>
        <source>Warranty expiring</source>
        <translation>Warranty expiring</translation>
    </message>
    <message>
        <source>Annual inspection (年检)</source>
        <translation>Annual inspection (年检)</translation>
    </message>
    <message>
        <source>Insurance renewal</source>
        <translation>Insurance renewal</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>Birthdays</translation>
    </message>
    <message>
        <source>Inactive (5 months)</source>
        <translation>Inactive (5 months)</translation>
    </message>
    <message>
        <source>Lost (over 6 months)</source>
        <translation>Lost (over 6 months)</translation>
    </message>
    <message>
        <source>Service due</source>
        <translation>Service due</translation>
    </message>
    <message>
        <source>First service due</source>
        <translation>First service due</translation>
    </message>
    <message>
        <source>Warranty ends</source>
        <translation>Warranty ends</translation>
    </message>
    <message>
        <source>Inspection due</source>
        <translation>Inspection due</translation>
    </message>
    <message>
        <source>Insurance due</source>
        <translation>Insurance due</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Will come in</source>
        <translation>Will come in</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Wrong number</translation>
    </message>
    <message>
        <source>%1 km (%2 km/day)</source>
        <translation>%1 km (%2 km/day)</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Vehicle / device</source>
        <translation>Vehicle / device</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>Mileage</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;List:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>&amp;Days ahead:</source>
        <translation>&amp;Days ahead:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>What the customer said</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Log call</translation>
    </message>
    <message>
        <source>SMS reminder</source>
        <translation>SMS reminder</translation>
    </message>
    <message>
        <source>Put a service reminder for this customer in the outbox</source>
        <translation>Put a service reminder for this customer in the outbox</translation>
    </message>
    <message>
        <source>Copy list</source>
        <translation>Copy list</translation>
    </message>
    <message>
        <source>Copy the list to paste into a spreadsheet or print</source>
        <translation>Copy the list to paste into a spreadsheet or print</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Save as CSV…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a row: Enter starts the call.</source>
        <translation>Choose a row: Enter starts the call.</translation>
    </message>
    <message>
        <source>Calling %1 — %2</source>
        <translation>Calling %1 — %2</translation>
    </message>
    <message>
        <source>%1 — Enter starts the call</source>
        <translation>%1 — Enter starts the call</translation>
    </message>
    <message>
        <source>The last action is still on its way.</source>
        <translation>The last action is still on its way.</translation>
    </message>
    <message>
        <source>Choose a row first.</source>
        <translation>Choose a row first.</translation>
    </message>
    <message>
        <source>Call with %1 logged: %2.</source>
        <translation>Call with %1 logged: %2.</translation>
    </message>
    <message>
        <source>Reminder to %1 (%2) is in the outbox.</source>
        <translation>Reminder to %1 (%2) is in the outbox.</translation>
    </message>
    <message>
        <source>The service reminder's text needs {%1}, which this row does not have: call instead, or change the template at Setup.</source>
        <translation>The service reminder's text needs {%1}, which this row does not have: call instead, or change the template at Setup.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied: paste them into a spreadsheet.</source>
        <translation>
            <numerusform>%n row copied: paste it into a spreadsheet.</numerusform>
            <numerusform>%n rows copied: paste them into a spreadsheet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the list</source>
        <translation>Save the list</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Could not save the list: %1</source>
        <translation>Could not save the list: %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Last call</translation>
    </message>
    <message>
        <source>Book appointment…</source>
        <translation>Book appointment…</translation>
    </message>
    <message>
        <source>Book an appointment for this customer and vehicle</source>
        <translation>Book an appointment for this customer and vehicle</translation>
    </message>
    <message>
        <source>Ctrl+PgUp / Ctrl+PgDn: the list · Enter on a row: start the call · a booked appointment logs the call</source>
        <translation>Ctrl+PgUp / Ctrl+PgDn: the list · Enter on a row: start the call · a booked appointment logs the call</translation>
    </message>
    <message>
        <source>Appointment %1</source>
        <translation>Appointment %1</translation>
    </message>
    <message>
        <source>Booked for %1: %2. The call is logged.</source>
        <translation>Booked for %1: %2. The call is logged.</translation>
    </message>
</context>
<context>
    <name>FiguresTab</name>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Follow-ups in 24 h</source>
        <translation>Follow-ups in 24 h</translation>
    </message>
    <message>
        <source>Complaints closed on time</source>
        <translation>Complaints closed on time</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Advisor / owner</source>
        <translation>Advisor / owner</translation>
    </message>
    <message>
        <source>(no advisor)</source>
        <translation>(no advisor)</translation>
    </message>
    <message>
        <source>&amp;Weeks:</source>
        <translation>&amp;Weeks:</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Earlier</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>By week</translation>
    </message>
    <message>
        <source>By advisor (follow-ups) and owner (complaints)</source>
        <translation>By advisor (follow-ups) and owner (complaints)</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 – %4)</source>
        <translation>%1 to %2 (%3 – %4)</translation>
    </message>
    <message>
        <source>All weeks: satisfied %1 · follow-ups in 24 h %2 · complaints on time %3</source>
        <translation>All weeks: satisfied %1 · follow-ups in 24 h %2 · complaints on time %3</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Service reminder</source>
        <translation>Service reminder</translation>
    </message>
    <message>
        <source>Appointment confirmation</source>
        <translation>Appointment confirmation</translation>
    </message>
    <message>
        <source>Appointment reminder</source>
        <translation>Appointment reminder</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>Ready for pickup</translation>
    </message>
    <message>
        <source>Extra work waiting for an answer</source>
        <translation>Extra work waiting for an answer</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>Phone calls</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
</context>
<context>
    <name>MessagesTab</name>
    <message>
        <source>To do (queued and failed)</source>
        <translation>To do (queued and failed)</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Sho&amp;w</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation>Queued at</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Send queued now</source>
        <translation>Send queued now</translation>
    </message>
    <message>
        <source>Done by phone or by hand</source>
        <translation>Done by phone or by hand</translation>
    </message>
    <message>
        <source>Copy call/SMS list</source>
        <translation>Copy call/SMS list</translation>
    </message>
    <message>
        <source>Save list as CSV…</source>
        <translation>Save list as CSV…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Messages go out only to customers whose SMS consent is in force, never in the quiet hours. Templates, quiet hours and the gateway: Setup desk, Messages.</source>
        <translation>Messages go out only to customers whose SMS consent is in force, never in the quiet hours. Templates, quiet hours and the gateway: Setup desk, Messages.</translation>
    </message>
    <message>
        <source>No SMS gateway is set: the queued messages are your call/SMS list. Call or text each customer, then mark it done (Ctrl+D); or copy or save the list.</source>
        <translation>No SMS gateway is set: the queued messages are your call/SMS list. Call or text each customer, then mark it done (Ctrl+D); or copy or save the list.</translation>
    </message>
    <message>
        <source>Quiet hours (%1): nothing is sent now; the queued messages wait until %2.</source>
        <translation>Quiet hours (%1): nothing is sent now; the queued messages wait until %2.</translation>
    </message>
    <message>
        <source>The SMS gateway is set: queued messages go out with Send (Ctrl+Enter); never in the quiet hours (%1).</source>
        <translation>The SMS gateway is set: queued messages go out with Send (Ctrl+Enter); never in the quiet hours (%1).</translation>
    </message>
    <message>
        <source>%1 shown · %2 queued · %3 failed</source>
        <translation>%1 shown · %2 queued · %3 failed</translation>
    </message>
    <message>
        <source>Held until %1</source>
        <translation>Held until %1</translation>
    </message>
    <message>
        <source>To call or text</source>
        <translation>To call or text</translation>
    </message>
    <message>
        <source>Done by hand %1</source>
        <translation>Done by hand %1</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Sent %1</translation>
    </message>
    <message>
        <source>Failed, given up</source>
        <translation>Failed, given up</translation>
    </message>
    <message>
        <source>Failed, will retry</source>
        <translation>Failed, will retry</translation>
    </message>
    <message>
        <source>Held: quiet hours until %1</source>
        <translation>Held: quiet hours until %1</translation>
    </message>
    <message>
        <source>Queued: call or text by hand</source>
        <translation>Queued: call or text by hand</translation>
    </message>
    <message>
        <source>Sent by hand %1</source>
        <translation>Sent by hand %1</translation>
    </message>
    <message>
        <source>Failed: %1 (not tried again)</source>
        <translation>Failed: %1 (not tried again)</translation>
    </message>
    <message>
        <source>Failed: %1 (tried again with the next send)</source>
        <translation>Failed: %1 (tried again with the next send)</translation>
    </message>
    <message>
        <source>the customer's consent is not in force</source>
        <translation>the customer's consent is not in force</translation>
    </message>
    <message>
        <source>no phone number on file</source>
        <translation>no phone number on file</translation>
    </message>
    <message>
        <source>the customer was anonymised</source>
        <translation>the customer was anonymised</translation>
    </message>
    <message>
        <source>the customer's file was merged</source>
        <translation>the customer's file was merged</translation>
    </message>
    <message>
        <source>No SMS gateway is set (Setup desk, Messages): work the list by hand.</source>
        <translation>No SMS gateway is set (Setup desk, Messages): work the list by hand.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Still sending the last action.</source>
        <translation>Still sending the last action.</translation>
    </message>
    <message>
        <source>No SMS gateway is set (Setup desk, Messages).</source>
        <translation>No SMS gateway is set (Setup desk, Messages).</translation>
    </message>
    <message>
        <source>Quiet hours: nothing was sent; the messages wait until %1.</source>
        <translation>Quiet hours: nothing was sent; the messages wait until %1.</translation>
    </message>
    <message>
        <source>Sent %1, failed %2.</source>
        <translation>Sent %1, failed %2.</translation>
    </message>
    <message>
        <source>Choose a message in the list first.</source>
        <translation>Choose a message in the list first.</translation>
    </message>
    <message>
        <source>This message was already sent.</source>
        <translation>This message was already sent.</translation>
    </message>
    <message>
        <source>Marked done: %1, %2.</source>
        <translation>Marked done: %1, %2.</translation>
    </message>
    <message>
        <source>Nothing is queued: the list is empty.</source>
        <translation>Nothing is queued: the list is empty.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n message(s): paste them into a sheet or a chat.</source>
        <translation>
            <numerusform>Copied %n message: paste it into a sheet or a chat.</numerusform>
            <numerusform>Copied %n messages: paste them into a sheet or a chat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the call/SMS list</source>
        <translation>Save the call/SMS list</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>Will not go out</source>
        <translation>Will not go out</translation>
    </message>
    <message>
        <source>Will not go out: %1</source>
        <translation>Will not go out: %1</translation>
    </message>
</context>
<context>
    <name>ComplaintActionDialog</name>
    <message>
        <source>Response to the customer (meets the 2-hour deadline)</source>
        <translation>Response to the customer (meets the 2-hour deadline)</translation>
    </message>
    <message>
        <source>First feedback (meets the 24-hour deadline)</source>
        <translation>First feedback (meets the 24-hour deadline)</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Complaint #%1 · %2 · now: %3</source>
        <translation>Complaint #%1 · %2 · now: %3</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Note on complaint #%1</source>
        <translation>Note on complaint #%1</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Complaint #%1: next step</source>
        <translation>Complaint #%1: next step</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Next step:</translation>
    </message>
    <message>
        <source>Move to the next step</source>
        <translation>Move to the next step</translation>
    </message>
    <message>
        <source>&amp;Note (optional)</source>
        <translation>&amp;Note (optional)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>&amp;Severity</translation>
    </message>
    <message>
        <source>¥ amount, blank if none</source>
        <translation>¥ amount, blank if none</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>&amp;Resolution</translation>
    </message>
    <message>
        <source>&amp;Compensation</source>
        <translation>&amp;Compensation</translation>
    </message>
    <message>
        <source>&amp;Accountability</source>
        <translation>&amp;Accountability</translation>
    </message>
    <message>
        <source>&amp;Improvement</source>
        <translation>&amp;Improvement</translation>
    </message>
    <message>
        <source>Close the complaint</source>
        <translation>Close the complaint</translation>
    </message>
    <message>
        <source>Hand over complaint #%1</source>
        <translation>Hand over complaint #%1</translation>
    </message>
    <message>
        <source>Owner now:</source>
        <translation>Owner now:</translation>
    </message>
    <message>
        <source>Hand &amp;to</source>
        <translation>Hand &amp;to</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>&amp;Note for the new owner</source>
        <translation>&amp;Note for the new owner</translation>
    </message>
    <message>
        <source>Complaint #%1 waits</source>
        <translation>Complaint #%1 waits</translation>
    </message>
    <message>
        <source>&amp;Waiting for</source>
        <translation>&amp;Waiting for</translation>
    </message>
    <message>
        <source>The close deadline stops while waiting; an update is due every 2 working days.</source>
        <translation>The close deadline stops while waiting; an update is due every 2 working days.</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Wait</translation>
    </message>
    <message>
        <source>Resume complaint #%1</source>
        <translation>Resume complaint #%1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Reopen complaint #%1</source>
        <translation>Reopen complaint #%1</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Esc closes.</source>
        <translation>Ctrl+Enter saves, Esc closes.</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>1 Recorded</source>
        <translation>1 Recorded</translation>
    </message>
    <message>
        <source>2 Judged</source>
        <translation>2 Judged</translation>
    </message>
    <message>
        <source>3 Owner assigned</source>
        <translation>3 Owner assigned</translation>
    </message>
    <message>
        <source>4 Investigating</source>
        <translation>4 Investigating</translation>
    </message>
    <message>
        <source>5 Resolution proposed</source>
        <translation>5 Resolution proposed</translation>
    </message>
    <message>
        <source>6 Customer notified</source>
        <translation>6 Customer notified</translation>
    </message>
    <message>
        <source>7 Accountability</source>
        <translation>7 Accountability</translation>
    </message>
    <message>
        <source>8 Closed (improvement)</source>
        <translation>8 Closed (improvement)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Repair quality</source>
        <translation>Repair quality</translation>
    </message>
    <message>
        <source>Product quality</source>
        <translation>Product quality</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>Warranty claim</source>
        <translation>Warranty claim</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Serious</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>12315 hotline</source>
        <translation>12315 hotline</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Manufacturer</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Respond (2 h)</source>
        <translation>Respond (2 h)</translation>
    </message>
    <message>
        <source>First feedback (24 h)</source>
        <translation>First feedback (24 h)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Update (48 h)</source>
        <translation>Update (48 h)</translation>
    </message>
    <message>
        <source>Waiting for parts</source>
        <translation>Waiting for parts</translation>
    </message>
    <message>
        <source>Waiting for a technical verdict</source>
        <translation>Waiting for a technical verdict</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Response to the customer</source>
        <translation>Response to the customer</translation>
    </message>
    <message>
        <source>First feedback</source>
        <translation>First feedback</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Resumed</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>recorded it</source>
        <translation>recorded it</translation>
    </message>
    <message>
        <source>noted the response to the customer</source>
        <translation>noted the response to the customer</translation>
    </message>
    <message>
        <source>noted the first feedback</source>
        <translation>noted the first feedback</translation>
    </message>
    <message>
        <source>added an update</source>
        <translation>added an update</translation>
    </message>
    <message>
        <source>handed it over</source>
        <translation>handed it over</translation>
    </message>
    <message>
        <source>put it on hold</source>
        <translation>put it on hold</translation>
    </message>
    <message>
        <source>resumed it</source>
        <translation>resumed it</translation>
    </message>
    <message>
        <source>reopened it</source>
        <translation>reopened it</translation>
    </message>
    <message>
        <source>moved it to “%1”</source>
        <translation>moved it to “%1”</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>missed %1 ago</source>
        <translation>missed %1 ago</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>Respond</source>
        <translation>Respond</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
</context>
<context>
    <name>ComplaintsModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <source>Mine (open)</source>
        <translation>Mine (open)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>All, closed too</source>
        <translation>All, closed too</translation>
    </message>
    <message>
        <source>Sho&amp;w (Alt+W)</source>
        <translation>Sho&amp;w (Alt+W)</translation>
    </message>
    <message>
        <source>New complaint…</source>
        <translation>New complaint…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <source>Response, feedback or update</source>
        <translation>Response, feedback or update</translation>
    </message>
    <message>
        <source>Next step…</source>
        <translation>Next step…</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>Hand over…</translation>
    </message>
    <message>
        <source>Wait for parts / verdict…</source>
        <translation>Wait for parts / verdict…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Deadlines in working time: respond 2 h, first feedback 24 h, close general 48 h, others 5 working days; waiting asks for an update every 48 h. A missed one goes to the service manager.</source>
        <translation>Deadlines in working time: respond 2 h, first feedback 24 h, close general 48 h, others 5 working days; waiting asks for an update every 48 h. A missed one goes to the service manager.</translation>
    </message>
    <message>
        <source>Your roles may not %1.</source>
        <translation>Your roles may not %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>No complaint chosen</source>
        <translation>No complaint chosen</translation>
    </message>
    <message>
        <source>Complaint #%1 · %2 · %3</source>
        <translation>Complaint #%1 · %2 · %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who:&lt;/b&gt; %1 · %2 · received %3</source>
        <translation>&lt;b&gt;Who:&lt;/b&gt; %1 · %2 · received %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Linked:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Linked:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kind:&lt;/b&gt; %1 · &lt;b&gt;against:&lt;/b&gt; %2 · &lt;b&gt;owner:&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;Kind:&lt;/b&gt; %1 · &lt;b&gt;against:&lt;/b&gt; %2 · &lt;b&gt;owner:&lt;/b&gt; %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;What happened:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;What happened:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Asks for:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Asks for:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <source>Accountability</source>
        <translation>Accountability</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Improvement</translation>
    </message>
    <message>
        <source>closed on time</source>
        <translation>closed on time</translation>
    </message>
    <message>
        <source>closed late</source>
        <translation>closed late</translation>
    </message>
    <message>
        <source>Closed %1 (%2)</source>
        <translation>Closed %1 (%2)</translation>
    </message>
    <message>
        <source>Next: %1, %2 (working time)</source>
        <translation>Next: %1, %2 (working time)</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Resume…</translation>
    </message>
    <message>
        <source>Choose a complaint in the list first.</source>
        <translation>Choose a complaint in the list first.</translation>
    </message>
    <message>
        <source>Complaint #%1 recorded: you own it.</source>
        <translation>Complaint #%1 recorded: you own it.</translation>
    </message>
    <message>
        <source>Complaint #%1 saved: %2</source>
        <translation>Complaint #%1 saved: %2</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>RecordComplaintDialog</name>
    <message>
        <source>Record a complaint</source>
        <translation>Record a complaint</translation>
    </message>
    <message>
        <source>Customer: phone, name, plate, VIN, order no. (blank: anonymous)</source>
        <translation>Customer: phone, name, plate, VIN, order no. (blank: anonymous)</translation>
    </message>
    <message>
        <source>Anonymous caller</source>
        <translation>Anonymous caller</translation>
    </message>
    <message>
        <source>— no one in particular —</source>
        <translation>— no one in particular —</translation>
    </message>
    <message>
        <source>e.g. workshop, parts prices, front desk</source>
        <translation>e.g. workshop, parts prices, front desk</translation>
    </message>
    <message>
        <source>Caller's name (optional)</source>
        <translation>Caller's name (optional)</translation>
    </message>
    <message>
        <source>Caller's phone (optional)</source>
        <translation>Caller's phone (optional)</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Who</translation>
    </message>
    <message>
        <source>Calle&amp;r</source>
        <translation>Calle&amp;r</translation>
    </message>
    <message>
        <source>Recei&amp;ved</source>
        <translation>Recei&amp;ved</translation>
    </message>
    <message>
        <source>Cha&amp;nnel</source>
        <translation>Cha&amp;nnel</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>&amp;Severity</translation>
    </message>
    <message>
        <source>Against wh&amp;om</source>
        <translation>Against wh&amp;om</translation>
    </message>
    <message>
        <source>Against wha&amp;t</source>
        <translation>Against wha&amp;t</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation>What &amp;happened</translation>
    </message>
    <message>
        <source>Customer's re&amp;quest</source>
        <translation>Customer's re&amp;quest</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Whoever records a complaint owns it until handing it over. Ctrl+Enter records, Esc closes.</source>
        <translation>Whoever records a complaint owns it until handing it over. Ctrl+Enter records, Esc closes.</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>order %1</translation>
    </message>
    <message>
        <source>Linked to: %1</source>
        <translation>Linked to: %1</translation>
    </message>
    <message>
        <source>Anonymous caller: no customer file linked.</source>
        <translation>Anonymous caller: no customer file linked.</translation>
    </message>
</context>
<context>
    <name>_Buttons</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
