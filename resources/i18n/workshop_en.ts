<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BoardPage</name>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Late only</source>
        <translation>Late only</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Technician:</source>
        <translation>Technician:</translation>
    </message>
    <message>
        <source>%1 open · %2 late</source>
        <translation>%1 open · %2 late</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <source>Finding on %1</source>
        <translation>Finding on %1</translation>
    </message>
    <message>
        <source>What did you find? (the advisor explains it)</source>
        <translation>What did you find? (the advisor explains it)</translation>
    </message>
    <message>
        <source>Search the catalog: code or name, Enter adds</source>
        <translation>Search the catalog: code or name, Enter adds</translation>
    </message>
    <message>
        <source>Add a line by hand</source>
        <translation>Add a line by hand</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <source>Pause the job until the customer decides</source>
        <translation>Pause the job until the customer decides</translation>
    </message>
    <message>
        <source>Send to advisor</source>
        <translation>Send to advisor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Finding:</source>
        <translation>Finding:</translation>
    </message>
    <message>
        <source>Catalog:</source>
        <translation>Catalog:</translation>
    </message>
    <message>
        <source>Extra work to propose:</source>
        <translation>Extra work to propose:</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Add at least one line: from the catalog or by hand.</source>
        <translation>Add at least one line: from the catalog or by hand.</translation>
    </message>
</context>
<context>
    <name>JobActions</name>
    <message>
        <source>Choose a job in the list first.</source>
        <extracomment>an order changed here; its id (the workspace reloads the lists through the feed)</extracomment>
        <translation>Choose a job in the list first.</translation>
    </message>
    <message>
        <source>%1 is now “%2”.</source>
        <translation>%1 is now “%2”.</translation>
    </message>
    <message>
        <source>Extra work on %1 priced below the catalog</source>
        <translation>Extra work on %1 priced below the catalog</translation>
    </message>
    <message>
        <source>Say what failed the check.</source>
        <translation>Say what failed the check.</translation>
    </message>
    <message>
        <source>Choose a technician first.</source>
        <translation>Choose a technician first.</translation>
    </message>
    <message>
        <source>No connection: %1 is kept on this station and sent when the connection is back (the job shows its last saved state until then).</source>
        <translation>No connection: %1 is kept on this station and sent when the connection is back (the job shows its last saved state until then).</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Check the mileage out.</source>
        <translation>Check the mileage out.</translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <source>Choose a job on the left</source>
        <extracomment>what the signed-in user may do (set by the desk); buttons beyond it stay grey</extracomment>
        <translation>Choose a job on the left</translation>
    </message>
    <message>
        <source>Vehicle / device:</source>
        <translation>Vehicle / device:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <source>Technician:</source>
        <translation>Technician:</translation>
    </message>
    <message>
        <source>Promised:</source>
        <translation>Promised:</translation>
    </message>
    <message>
        <source>Symptom:</source>
        <translation>Symptom:</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Found:</translation>
    </message>
    <message>
        <source>Last check:</source>
        <translation>Last check:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start the work on this job</source>
        <translation>Start the work on this job</translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation>Pause…</translation>
    </message>
    <message>
        <source>Pause the job and say why</source>
        <translation>Pause the job and say why</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Go on with the paused job</source>
        <translation>Go on with the paused job</translation>
    </message>
    <message>
        <source>Finding…</source>
        <translation>Finding…</translation>
    </message>
    <message>
        <source>Report extra work for the customer's approval</source>
        <translation>Report extra work for the customer's approval</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Work finished: hand over to QC</source>
        <translation>Work finished: hand over to QC</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>What was checked, or what failed</source>
        <translation>What was checked, or what failed</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Quality check passed: ready</source>
        <translation>Quality check passed: ready</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Quality check failed: back to work</source>
        <translation>Quality check failed: back to work</translation>
    </message>
    <message>
        <source>Quality check</source>
        <translation>Quality check</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Give the job to this technician</source>
        <translation>Give the job to this technician</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>Mileage out (km)</source>
        <translation>Mileage out (km)</translation>
    </message>
</context>
<context>
    <name>MyJobsPage</name>
    <message>
        <source>All technicians (team lead)</source>
        <translation>All technicians (team lead)</translation>
    </message>
    <message>
        <source>Jobs of %1</source>
        <translation>Jobs of %1</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <source>Pause %1</source>
        <translation>Pause %1</translation>
    </message>
    <message>
        <source>Why does the job pause?</source>
        <translation>Why does the job pause?</translation>
    </message>
    <message>
        <source>Note (required for “Other”)</source>
        <translation>Note (required for “Other”)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TvBoardWindow</name>
    <message>
        <source>Repair progress board</source>
        <extracomment>share of the width per column (the plate and the waiting reason need the most)</extracomment>
        <translation>Repair progress board</translation>
    </message>
    <message>
        <source>%1 in the workshop · %2 late</source>
        <translation>%1 in the workshop · %2 late</translation>
    </message>
    <message numerus="yes">
        <source>%n ready for pickup</source>
        <translation>
            <numerusform>%n ready for pickup</numerusform>
            <numerusform>%n ready for pickup</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) in the workshop</source>
        <translation>
            <numerusform>%n visit in the workshop</numerusform>
            <numerusform>%n visits in the workshop</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopLabels</name>
    <message>
        <source>Order</source>
        <extracomment>board columns, by the keys BoardModel uses</extracomment>
        <translation>Order</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Waiting for</translation>
    </message>
    <message>
        <source>Vehicle / device</source>
        <translation>Vehicle / device</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Promised</translation>
    </message>
    <message>
        <source>Customer waits</source>
        <translation>Customer waits</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Customer's decision</source>
        <translation>Customer's decision</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>In the lounge</source>
        <translation>In the lounge</translation>
    </message>
    <message>
        <source>Extra work</source>
        <translation>Extra work</translation>
    </message>
    <message>
        <source>%1 · LATE</source>
        <translation>%1 · LATE</translation>
    </message>
    <message>
        <source>Late: promised for %1</source>
        <translation>Late: promised for %1</translation>
    </message>
</context>
<context>
    <name>WorkshopWorkspace</name>
    <message>
        <source>Finished jobs waiting for the final inspection.</source>
        <translation>Finished jobs waiting for the final inspection.</translation>
    </message>
    <message>
        <source>Signed work orders waiting for a technician.</source>
        <translation>Signed work orders waiting for a technician.</translation>
    </message>
    <message>
        <source>Progress board</source>
        <translation>Progress board</translation>
    </message>
    <message>
        <source>My jobs</source>
        <translation>My jobs</translation>
    </message>
    <message>
        <source>Quality check</source>
        <translation>Quality check</translation>
    </message>
    <message>
        <source>To assign</source>
        <translation>To assign</translation>
    </message>
    <message>
        <source>TV board</source>
        <translation>TV board</translation>
    </message>
    <message>
        <source>Full-screen board for a TV</source>
        <translation>Full-screen board for a TV</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>%1 open orders, %2 late, %3 waiting for QC</source>
        <translation>%1 open orders, %2 late, %3 waiting for QC</translation>
    </message>
    <message>
        <source>%1: an action kept on this station waits to be sent (Stations, Ctrl+6).</source>
        <translation>%1: an action kept on this station waits to be sent (Stations, Ctrl+6).</translation>
    </message>
    <message numerus="yes">
        <source>%n open order(s)</source>
        <translation>
            <numerusform>%n open order</numerusform>
            <numerusform>%n open orders</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 late, %2 waiting for QC</source>
        <translation>, %1 late, %2 waiting for QC</translation>
    </message>
</context>
<context>
    <name>TvBoard</name>
    <message>
        <source>Being repaired</source>
        <translation>Being repaired</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Quality check</source>
        <translation>Quality check</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>Ready for pickup</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>Vehicle / device</source>
        <translation>Vehicle / device</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
</context>
</TS>
