<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <source>Intake slip / pickup voucher</source>
        <translation>接车单（取车凭证）</translation>
    </message>
    <message>
        <source>Work order (customer copy)</source>
        <translation>维修委托书（客户联）</translation>
    </message>
    <message>
        <source>Job card (workshop copy)</source>
        <translation>施工单（车间联）</translation>
    </message>
    <message>
        <source>Inspection sheet</source>
        <translation>环车检查单</translation>
    </message>
    <message>
        <source>Extra work authorization</source>
        <translation>增项确认单</translation>
    </message>
    <message>
        <source>Settlement statement</source>
        <translation>维修结算单</translation>
    </message>
    <message>
        <source>Release slip / gate pass</source>
        <translation>车辆放行条</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>收款收据</translation>
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
        <translation>80 毫米热敏纸</translation>
    </message>
    <message>
        <source>58 mm roll</source>
        <translation>58 毫米热敏纸</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese and English</source>
        <translation>中英双语</translation>
    </message>
    <message>
        <source>Reprint (marked as copy)</source>
        <translation>补打（标注“副本”）</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>纸张(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Prin&amp;ter:</source>
        <translation>打印机(&amp;T)：</translation>
    </message>
    <message>
        <source>(no printer installed)</source>
        <translation>（未安装打印机）</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>正在生成单据…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) · %1</source>
        <translation>
            <numerusform>共 %n 页 · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>No printer is installed on this station.</source>
        <translation>本工作站未安装打印机。</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to %1</source>
        <translation>
            <numerusform>已将 %n 页发送到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer “%1” cannot be used right now.</source>
        <translation>打印机“%1”当前无法使用。</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>打印失败：%1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>The document is kept. Save it as PDF to print it later?</source>
        <translation>单据已保留。是否另存为 PDF，稍后再打印？</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Completion certificate</source>
        <translation>竣工出厂合格证</translation>
    </message>
    <message>
        <source>三包 repair record</source>
        <translation>三包修理记录</translation>
    </message>
</context>
</TS>
