<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AssetsTab</name>
    <message>
        <source>New owner: phone or name</source>
        <translation>新车主：电话或姓名</translation>
    </message>
    <message>
        <source>e.g. sold privately</source>
        <translation>例如：私下转卖</translation>
    </message>
    <message>
        <source>Transfer to the chosen customer</source>
        <translation>过户给所选客户</translation>
    </message>
    <message>
        <source>Transfer to another customer</source>
        <translation>过户给其他客户</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>新车主</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Owners of the selected vehicle / device</source>
        <translation>所选车辆 / 设备的车主记录</translation>
    </message>
    <message>
        <source>Former vehicles stay in the file with their history.</source>
        <translation>过户后的车辆及其历史仍保留在档案中。</translation>
    </message>
    <message>
        <source>Choose the new owner from the list first.</source>
        <translation>请先从列表中选择新车主。</translation>
    </message>
    <message>
        <source>Transferred.</source>
        <translation>已过户。</translation>
    </message>
    <message>
        <source>Edit vehicle / device…</source>
        <translation>编辑车辆/设备…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>several numbers separated by commas</source>
        <translation>多个号码用逗号分隔</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位客户</translation>
    </message>
    <message>
        <source>Agrees to SMS reminders</source>
        <translation>同意接收短信提醒</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>用我的覆盖对方的</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <source>Save  (Ctrl+S)</source>
        <translation>保存  (Ctrl+S)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Someone else saved this customer meanwhile</source>
        <translation>期间已有人保存了此客户</translation>
    </message>
    <message>
        <source>no visible field changed</source>
        <translation>没有可见字段被修改</translation>
    </message>
    <message>
        <source>Your input is kept. Save it over theirs, or take theirs.</source>
        <translation>您的输入已保留。可覆盖保存，或采用对方的版本。</translation>
    </message>
    <message>
        <source>Consent to calls and SMS, with its date and source: the “Consent and privacy” tab.</source>
        <translation>联系同意（电话、短信，含日期和来源）：见“同意与隐私”页。</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, blank if unknown</source>
        <translation>如 1990-12-05，不知道可留空</translation>
    </message>
</context>
<context>
    <name>CustomerWorkspace</name>
    <message>
        <source>Find a customer by phone, name, plate or order number.</source>
        <translation>按电话、姓名、车牌或工单号查找客户。</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系信息</translation>
    </message>
    <message>
        <source>Vehicles and devices</source>
        <translation>车辆和设备</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>来店记录</translation>
    </message>
    <message>
        <source>Customer file</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>on file since %1</source>
        <translation>建档于 %1</translation>
    </message>
    <message>
        <source>station %1</source>
        <translation>工位 %1</translation>
    </message>
    <message>
        <source>Consent and privacy</source>
        <translation>同意与隐私</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <source>Lines of the selected visit</source>
        <translation>所选来店记录的项目</translation>
    </message>
    <message>
        <source>Customer pays %1</source>
        <translation>客户付费 %1</translation>
    </message>
    <message>
        <source>free %1</source>
        <translation>免费 %1</translation>
    </message>
    <message>
        <source>symptom: %1</source>
        <translation>故障描述：%1</translation>
    </message>
</context>
<context>
    <name>AssetDialog</name>
    <message>
        <source>&amp;Battery serial</source>
        <translation>电池编号(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Engine number</source>
        <translation>发动机号(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Frame number</source>
        <translation>车架号(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;IMEI</source>
        <translation>IMEI(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Invoice date</source>
        <translation>发票日期(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Invoice date (三包 from)</source>
        <translation>购车发票日期(&amp;I)（三包起算）</translation>
    </message>
    <message>
        <source>&amp;Make / brand</source>
        <translation>品牌(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Plate</source>
        <translation>车牌(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Serial number</source>
        <translation>序列号(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;VIN</source>
        <translation>车辆识别代号 VIN(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年款(&amp;Y)</translation>
    </message>
    <message>
        <source>Another station changed this record meanwhile: close and open it again.</source>
        <translation>其他工作站刚修改了这条记录：请关闭后重新打开。</translation>
    </message>
    <message>
        <source>Check the VIN against the papers, tick the box (Alt+C) and save again.</source>
        <translation>请对照证件核对 VIN，勾选确认框（Alt+C）后再保存。</translation>
    </message>
    <message>
        <source>Colo&amp;ur</source>
        <translation>颜色(&amp;U)</translation>
    </message>
    <message>
        <source>Confirmed: the VIN is as on the papers (no check digit)  (Alt+C)</source>
        <translation>已确认：VIN 与证件一致（无校验位）  (Alt+C)</translation>
    </message>
    <message>
        <source>Dates: 2026-03-01, 2026/3/1 or 20260301. Ctrl+S or Enter saves.</source>
        <translation>日期写法：2026-03-01、2026/3/1 或 20260301。Ctrl+S 或 Enter 保存。</translation>
    </message>
    <message>
        <source>Edit %1: %2</source>
        <translation>编辑%1：%2</translation>
    </message>
    <message>
        <source>M&amp;odel</source>
        <translation>型号(&amp;O)</translation>
    </message>
    <message>
        <source>Mileage (&amp;km)</source>
        <translation>里程（公里）(&amp;K)</translation>
    </message>
    <message>
        <source>Mo&amp;tor number</source>
        <translation>电机号(&amp;T)</translation>
    </message>
    <message>
        <source>Pu&amp;rchase date</source>
        <translation>购买日期(&amp;R)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, blank if unknown</source>
        <translation>年-月-日，不知道可留空</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>状态(&amp;A)</translation>
    </message>
    <message>
        <source>Use (private, compa&amp;ny, staff)</source>
        <translation>用途（私人、公司、员工）(&amp;N)</translation>
    </message>
    <message>
        <source>Next 年检 (annual inspection)</source>
        <translation>下次年检</translation>
    </message>
    <message>
        <source>Insurance renewal</source>
        <translation>保险到期</translation>
    </message>
    <message>
        <source>Manufacturer warranty until</source>
        <translation>厂家质保至</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <source>Agrees</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Withdraws (no more contact this way)</source>
        <translation>撤回（不再以此方式联系）</translation>
    </message>
    <message>
        <source>where it was given: intake form, phone call…</source>
        <translation>同意来源：接车登记表、电话…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>渠道(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>答复(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>来源(&amp;S)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Export this customer's data…</source>
        <translation>导出该客户的个人信息…</translation>
    </message>
    <message>
        <source>Anonymise on request…</source>
        <translation>应客户要求匿名化…</translation>
    </message>
    <message>
        <source>Consent to be contacted</source>
        <translation>联系同意</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Personal data requests (PIPL)</source>
        <translation>个人信息请求（个人信息保护法）</translation>
    </message>
    <message>
        <source>On the customer's request: export everything kept about them, or replace their personal data (name, phones, address, notes, birthday). Orders and amounts stay for the books.</source>
        <translation>应客户要求：导出保存的全部个人信息，或替换其个人信息（姓名、电话、地址、备注、生日）。工单和金额保留用于账务。</translation>
    </message>
    <message>
        <source>Anonymised on request on %1: no calls or messages.</source>
        <translation>已于 %1 应要求匿名化：不再致电或发短信。</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>never asked: not contacted this way</source>
        <translation>未征求：不以此方式联系</translation>
    </message>
    <message>
        <source>agrees since %1 (%2)</source>
        <translation>自 %1 起同意（%2）</translation>
    </message>
    <message>
        <source>withdrawn on %1 (%2)</source>
        <translation>已于 %1 撤回（%2）</translation>
    </message>
    <message>
        <source>Recorded: %1, agrees.</source>
        <translation>已记录：%1，同意。</translation>
    </message>
    <message>
        <source>Recorded: %1, withdrawn.</source>
        <translation>已记录：%1，撤回。</translation>
    </message>
    <message>
        <source>Export the customer's data</source>
        <translation>导出客户个人信息</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported to %1 (the export is in the audit log).</source>
        <translation>已导出到 %1（导出已记入审计日志）。</translation>
    </message>
    <message>
        <source>Anonymise %1</source>
        <translation>匿名化 %1</translation>
    </message>
    <message>
        <source>The name, phones, e-mail, address, notes and birthday of %1 are replaced for good; open follow-ups are cancelled and queued messages dropped. Orders and amounts stay for the books. This cannot be undone. Write the request's reason or reference.</source>
        <translation>%1 的姓名、电话、邮箱、地址、备注和生日将被永久替换；未完成的回访取消，待发短信作废。工单和金额保留用于账务。此操作无法撤销。请填写申请原因或编号。</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>匿名化</translation>
    </message>
    <message>
        <source>The customer was anonymised.</source>
        <translation>客户已匿名化。</translation>
    </message>
</context>
</TS>
