<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview: %1</source>
        <translation>Print preview: %1</translation>
    </message>
    <message>
        <source>Intake slip / pickup voucher</source>
        <translation>Intake slip / pickup voucher</translation>
    </message>
    <message>
        <source>Work order (customer copy)</source>
        <translation>Work order (customer copy)</translation>
    </message>
    <message>
        <source>Job card (workshop copy)</source>
        <translation>Job card (workshop copy)</translation>
    </message>
    <message>
        <source>Inspection sheet</source>
        <translation>Inspection sheet</translation>
    </message>
    <message>
        <source>Extra work authorization</source>
        <translation>Extra work authorization</translation>
    </message>
    <message>
        <source>Settlement statement</source>
        <translation>Settlement statement</translation>
    </message>
    <message>
        <source>Release slip / gate pass</source>
        <translation>Release slip / gate pass</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>Payment receipt</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation>80 mm roll</translation>
    </message>
    <message>
        <source>58 mm roll</source>
        <translation>58 mm roll</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Chinese and English</source>
        <translation>Chinese and English</translation>
    </message>
    <message>
        <source>Reprint (marked as copy)</source>
        <translation>Reprint (marked as copy)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>Pape&amp;r:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Prin&amp;ter:</source>
        <translation>Prin&amp;ter:</translation>
    </message>
    <message>
        <source>(no printer installed)</source>
        <translation>(no printer installed)</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) · %1</source>
        <translation>
            <numerusform>%n page · %1</numerusform>
            <numerusform>%n pages · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>No printer is installed on this station.</source>
        <translation>No printer is installed on this station.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to %1</source>
        <translation>
            <numerusform>%n page sent to %1</numerusform>
            <numerusform>%n pages sent to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer “%1” cannot be used right now.</source>
        <translation>The printer “%1” cannot be used right now.</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>Printing failed: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>The document is kept. Save it as PDF to print it later?</source>
        <translation>The document is kept. Save it as PDF to print it later?</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Completion certificate</source>
        <translation>Completion certificate</translation>
    </message>
    <message>
        <source>三包 repair record</source>
        <translation>Warranty (sanbao) repair record</translation>
    </message>
</context>
</TS>
