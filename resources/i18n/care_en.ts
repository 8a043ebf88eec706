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
        <source>Ctrl+PgUp / Ctrl+PgDn: the list · Enter on a row: start the call · booking an appointment comes with appointments</source>
        <translation>Ctrl+PgUp / Ctrl+PgDn: the list · Enter on a row: start the call · booking an appointment comes with appointments</translation>
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
</context>
</TS>
