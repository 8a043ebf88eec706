<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AppointmentTexts</name>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Not come</source>
        <translation>Not come</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <source>Will be late</source>
        <translation>Will be late</translation>
    </message>
    <message>
        <source>Wants to move</source>
        <translation>Wants to move</translation>
    </message>
    <message>
        <source>Cancels</source>
        <translation>Cancels</translation>
    </message>
    <message>
        <source>SMS sent</source>
        <translation>SMS sent</translation>
    </message>
    <message>
        <source>Inbound (customer called)</source>
        <translation>Inbound (customer called)</translation>
    </message>
    <message>
        <source>Outbound (we called)</source>
        <translation>Outbound (we called)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>waits</source>
        <translation>waits</translation>
    </message>
    <message>
        <source>overbooked</source>
        <translation>overbooked</translation>
    </message>
    <message>
        <source>Choose the vehicle and the work first: the slots offered fit its hours.</source>
        <translation>Choose the vehicle and the work first: the slots offered fit its hours.</translation>
    </message>
    <message>
        <source>No slot with room for this work in the next three weeks.</source>
        <translation>No slot with room for this work in the next three weeks.</translation>
    </message>
    <message>
        <source>%1   %2 %3   %4 free of %5</source>
        <translation>%1   %2 %3   %4 free of %5</translation>
    </message>
    <message>
        <source>The confirmation SMS is in the outbox.</source>
        <translation>The confirmation SMS is in the outbox.</translation>
    </message>
    <message>
        <source>No confirmation SMS: %1</source>
        <translation>No confirmation SMS: %1</translation>
    </message>
    <message>
        <source>e.g. 2027-01-04 10:00, 01-04 10:00 or 10:00; empty: the soonest</source>
        <translation>e.g. 2027-01-04 10:00, 01-04 10:00 or 10:00; empty: the soonest</translation>
    </message>
    <message>
        <source>Not a time: type the day and time, e.g. 2027-01-04 10:00, 01-04 10:00 or 10:00.</source>
        <translation>Not a time: type the day and time, e.g. 2027-01-04 10:00, 01-04 10:00 or 10:00.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%2 min</source>
        <translation>%2 min</translation>
    </message>
    <message>
        <source>Day and time, e.g. 12-24 10:00, or 10:00; empty: the soonest slots</source>
        <translation>Day and time, e.g. 12-24 10:00, or 10:00; empty: the soonest slots</translation>
    </message>
</context>
<context>
    <name>AppointmentsWorkspace</name>
    <message>
        <source>1 Calendar</source>
        <translation>1 Calendar</translation>
    </message>
    <message>
        <source>2 Today</source>
        <translation>2 Today</translation>
    </message>
    <message>
        <source>3 Reminders and figures</source>
        <translation>3 Reminders and figures</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Book an appointment</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Booked: %1, %2.</source>
        <translation>Booked: %1, %2.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book an appointment</source>
        <translation>Book an appointment</translation>
    </message>
    <message>
        <source>Customer: plate, phone, name, VIN</source>
        <translation>Customer: plate, phone, name, VIN</translation>
    </message>
    <message>
        <source>No customer chosen yet.</source>
        <translation>No customer chosen yet.</translation>
    </message>
    <message>
        <source>Catalog: code or name, Enter adds</source>
        <translation>Catalog: code or name, Enter adds</translation>
    </message>
    <message>
        <source>Work typed by hand</source>
        <translation>Work typed by hand</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>The customer &amp;waits at the shop</source>
        <translation>The customer &amp;waits at the shop</translation>
    </message>
    <message>
        <source>Manager approves</source>
        <translation>Manager approves</translation>
    </message>
    <message>
        <source>Book into the full slot with a manager's approval</source>
        <translation>Book into the full slot with a manager's approval</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Customer and vehicle</source>
        <translation>&amp;Customer and vehicle</translation>
    </message>
    <message>
        <source>&amp;Vehicle / device:</source>
        <translation>&amp;Vehicle / device:</translation>
    </message>
    <message>
        <source>&amp;Items (Del takes one out)</source>
        <translation>&amp;Items (Del takes one out)</translation>
    </message>
    <message>
        <source>By &amp;hand:</source>
        <translation>By &amp;hand:</translation>
    </message>
    <message>
        <source>Wanted &amp;time (1 / 2 / 3 or Alt+1 / 2 / 3 chooses a slot)</source>
        <translation>Wanted &amp;time (1 / 2 / 3 or Alt+1 / 2 / 3 chooses a slot)</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Ctrl+Enter books; the confirmation SMS goes out when the customer agreed to SMS. Esc closes.</source>
        <translation>Ctrl+Enter books; the confirmation SMS goes out when the customer agreed to SMS. Esc closes.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1 in all</source>
        <translation>
            <numerusform>%n item, %1 in all</numerusform>
            <numerusform>%n items, %1 in all</numerusform>
        </translation>
    </message>
    <message>
        <source>Booked: %1, %2 (%3).</source>
        <translation>Booked: %1, %2 (%3).</translation>
    </message>
    <message>
        <source>Overbook the %1 slot: %2 booked of %3, this booking needs %4.</source>
        <translation>Overbook the %1 slot: %2 booked of %3, this booking needs %4.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Std. hours</source>
        <translation>Std. hours</translation>
    </message>
    <message>
        <source>The %1 slot is full: %2 booked of %3, %4 free, and this booking needs %5. Choose another slot, or a manager lets it in (%6).</source>
        <translation>The %1 slot is full: %2 booked of %3, %4 free, and this booking needs %5. Choose another slot, or a manager lets it in (%6).</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Item %1: %2</translation>
    </message>
    <message>
        <source>Any technician</source>
        <translation>Any technician</translation>
    </message>
    <message>
        <source>T&amp;echnician:</source>
        <translation>T&amp;echnician:</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>Asset &amp;kind:</source>
        <translation>Asset &amp;kind:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Left / Right: a day earlier / later · PgUp / PgDn: a week · T: today · D: day view · W: week view · Ctrl+N: book</source>
        <translation>Left / Right: a day earlier / later · PgUp / PgDn: a week · T: today · D: day view · W: week view · Ctrl+N: book</translation>
    </message>
    <message>
        <source>Week %1 – %2</source>
        <translation>Week %1 – %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Booked / capacity</source>
        <translation>Booked / capacity</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <source>The shop is closed that day.</source>
        <translation>The shop is closed that day.</translation>
    </message>
    <message>
        <source>%1 %2: %3 booked of %4, %5 free</source>
        <translation>%1 %2: %3 booked of %4, %5 free</translation>
    </message>
    <message>
        <source>Booked / capacity (h:mm)</source>
        <translation>Booked / capacity (h:mm)</translation>
    </message>
</context>
<context>
    <name>RemindersTab</name>
    <message>
        <source>Send tomorrow's reminder SMS</source>
        <translation>Send tomorrow's reminder SMS</translation>
    </message>
    <message>
        <source>Customers without SMS consent go on the phone list</source>
        <translation>Customers without SMS consent go on the phone list</translation>
    </message>
    <message>
        <source>Phone list for &amp;day:</source>
        <translation>Phone list for &amp;day:</translation>
    </message>
    <message>
        <source>Copy the phone list</source>
        <translation>Copy the phone list</translation>
    </message>
    <message>
        <source>Copy the list to paste into a spreadsheet or print</source>
        <translation>Copy the list to paste into a spreadsheet or print</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>To remind by phone (no SMS)</source>
        <translation>To remind by phone (no SMS)</translation>
    </message>
    <message>
        <source>The last %1 weeks</source>
        <translation>The last %1 weeks</translation>
    </message>
    <message>
        <source>Tomorrow's reminders: %1 SMS in the outbox, %2 on the phone list.</source>
        <translation>Tomorrow's reminders: %1 SMS in the outbox, %2 on the phone list.</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) copied: paste them into a spreadsheet to print.</source>
        <translation>
            <numerusform>%n booking copied: paste it into a spreadsheet to print.</numerusform>
            <numerusform>%n bookings copied: paste them into a spreadsheet to print.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
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
        <source>Booked work</source>
        <translation>Booked work</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Intakes</source>
        <translation>Intakes</translation>
    </message>
    <message>
        <source>Appointment share</source>
        <translation>Appointment share</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>No-show rate</translation>
    </message>
    <message>
        <source>Punctuality</source>
        <translation>Punctuality</translation>
    </message>
</context>
<context>
    <name>TodayTab</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
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
        <source>Booked work</source>
        <translation>Booked work</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Waits</source>
        <translation>Waits</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Arrived: start the intake</source>
        <translation>Arrived: start the intake</translation>
    </message>
    <message>
        <source>Enter or F4 on a booking</source>
        <translation>Enter or F4 on a booking</translation>
    </message>
    <message>
        <source>Why the customer did not come</source>
        <translation>Why the customer did not come</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Re&amp;book at:</source>
        <translation>Re&amp;book at:</translation>
    </message>
    <message>
        <source>Not come: release</source>
        <translation>Not come: release</translation>
    </message>
    <message>
        <source>Record the reason; the slot's hours go back</source>
        <translation>Record the reason; the slot's hours go back</translation>
    </message>
    <message>
        <source>Not come: rebook</source>
        <translation>Not come: rebook</translation>
    </message>
    <message>
        <source>Record the reason and book the slot chosen</source>
        <translation>Record the reason and book the slot chosen</translation>
    </message>
    <message>
        <source>Call an hour before</source>
        <translation>Call an hour before</translation>
    </message>
    <message>
        <source>Not come (30 minutes past the slot)</source>
        <translation>Not come (30 minutes past the slot)</translation>
    </message>
    <message numerus="yes">
        <source>Today, %1 %2: %n booking(s)</source>
        <translation>
            <numerusform>Today, %1 %2: %n booking</numerusform>
            <numerusform>Today, %1 %2: %n bookings</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a booking in today's list first.</source>
        <translation>Choose a booking in today's list first.</translation>
    </message>
    <message>
        <source>Starting the intake…</source>
        <translation>Starting the intake…</translation>
    </message>
    <message>
        <source>Choose a booking in the call list first.</source>
        <translation>Choose a booking in the call list first.</translation>
    </message>
    <message>
        <source>%1: %2 recorded.</source>
        <translation>%1: %2 recorded.</translation>
    </message>
    <message>
        <source>Choose a booking in the no-show list first.</source>
        <translation>Choose a booking in the no-show list first.</translation>
    </message>
    <message>
        <source>%1: not come, the slot is free again.</source>
        <translation>%1: not come, the slot is free again.</translation>
    </message>
    <message>
        <source>Choose the new slot (1 / 2 / 3).</source>
        <translation>Choose the new slot (1 / 2 / 3).</translation>
    </message>
    <message>
        <source>%1: rebooked for %2.</source>
        <translation>%1: rebooked for %2.</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation>Cancel the booking</translation>
    </message>
    <message>
        <source>The booking chosen in a list, with the reason typed below</source>
        <translation>The booking chosen in a list, with the reason typed below</translation>
    </message>
    <message>
        <source>%1: the booking is cancelled, its slot is free again.</source>
        <translation>%1: the booking is cancelled, its slot is free again.</translation>
    </message>
    <message>
        <source>Why: not come, or cancelled</source>
        <translation>Why: not come, or cancelled</translation>
    </message>
</context>
</TS>
