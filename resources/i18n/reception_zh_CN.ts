<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AssetStep</name>
    <message>
        <source>Plate</source>
        <extracomment>which fields each kind shows, in keyboard order</extracomment>
        <translation>车牌</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>车架号</translation>
    </message>
    <message>
        <source>Make / brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年款</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Mileage (km)</source>
        <translation>里程（公里）</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Frame number</source>
        <translation>车架号</translation>
    </message>
    <message>
        <source>Motor number</source>
        <translation>电机号</translation>
    </message>
    <message>
        <source>Battery serial</source>
        <translation>电池编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Which vehicle or device?</source>
        <translation>哪辆车或哪台设备？</translation>
    </message>
    <message>
        <source>Already on file (Down, then Enter takes it):</source>
        <translation>已有档案（按下方向键，再回车选用）：</translation>
    </message>
    <message>
        <source>Vehicle / device</source>
        <translation>车辆 / 设备</translation>
    </message>
    <message>
        <source>On file: %1  (Ctrl+Backspace: enter another)</source>
        <translation>已有档案：%1  (Ctrl+Backspace：改录其他)</translation>
    </message>
    <message>
        <source>%1 belongs to %2. Transfer it in the customer file first.</source>
        <translation>%1 属于 %2。请先在客户档案中办理过户。</translation>
    </message>
    <message>
        <source>Confirmed: the VIN is as on the papers (no check digit)  (Alt+C)</source>
        <translation>已确认：车架号与证件一致（无校验位）  (Alt+C)</translation>
    </message>
    <message>
        <source>On file for %1: %2. Down, then Enter takes it.</source>
        <translation>已在档，属于 %1：%2。按 ↓ 再按 Enter 选用。</translation>
    </message>
    <message>
        <source>On file for %1: %2. Transfer it in the customer file first.</source>
        <translation>已在档，属于 %1：%2。请先在客户档案中办理过户。</translation>
    </message>
    <message>
        <source>Invoice date (三包 from)</source>
        <translation>购车发票日期（三包起算）</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, blank if unknown</source>
        <translation>年-月-日，不知道可留空</translation>
    </message>
</context>
<context>
    <name>ConfirmStep</name>
    <message>
        <source>The customer approves by:</source>
        <translation>客户确认方式：</translation>
    </message>
    <message>
        <source>&amp;Signature on the work order</source>
        <translation>在委托书上签字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;In person (verbal)</source>
        <translation>当面口头确认(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话确认(&amp;P)</translation>
    </message>
    <message>
        <source>Confirm and open the work order  (Ctrl+Enter)</source>
        <translation>确认并开具维修委托书  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Check with the customer, then confirm</source>
        <translation>与客户核对后确认</translation>
    </message>
    <message>
        <source>Nothing is saved until you confirm. Alt+Left goes back.</source>
        <translation>确认前不会保存任何内容。Alt+左方向键返回上一步。</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>waits on site</source>
        <translation>在店等候</translation>
    </message>
    <message>
        <source>keeps old parts</source>
        <translation>旧件带走</translation>
    </message>
    <message>
        <source>wash</source>
        <translation>洗车</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Vehicle / device</source>
        <translation>车辆 / 设备</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>环车检查</translation>
    </message>
    <message>
        <source>%1 items checked, %2 flagged, %3 damage marks</source>
        <translation>已检查 %1 项，%2 项异常，%3 处损伤标记</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺交车</translation>
    </message>
    <message>
        <source>Customer pays (estimate): %1</source>
        <translation>客户应付（预估）：%1</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>预估报价</translation>
    </message>
    <message>
        <source>%1 (not charged to the customer): %2</source>
        <translation>%1（不向客户收取）：%2</translation>
    </message>
    <message>
        <source>Estimate total: %1</source>
        <translation>预估合计：%1</translation>
    </message>
    <message>
        <source>No lines yet</source>
        <translation>尚无项目</translation>
    </message>
    <message>
        <source>Recorded at intake</source>
        <translation>接车记录</translation>
    </message>
    <message>
        <source>Comeback (返修)</source>
        <translation>返修</translation>
    </message>
    <message>
        <source>Repair category</source>
        <translation>维修类别</translation>
    </message>
    <message>
        <source>within the quality guarantee of %1</source>
        <translation>在 %1 的质量保证期内</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>New visit for this vehicle / device  (Enter)</source>
        <translation>为此车辆 / 设备接待  (回车)</translation>
    </message>
    <message>
        <source>New vehicle / device  (Ctrl+Shift+N)</source>
        <translation>新增车辆 / 设备  (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Customer file  (Ctrl+E)</source>
        <translation>客户档案  (Ctrl+E)</translation>
    </message>
    <message>
        <source>Vehicles and devices</source>
        <translation>车辆和设备</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>未结工单</translation>
    </message>
    <message>
        <source>Visit history</source>
        <translation>来店记录</translation>
    </message>
    <message>
        <source>Enter on a vehicle starts a visit; on an order opens it.</source>
        <translation>在车辆上回车开始接待；在工单上回车打开工单。</translation>
    </message>
    <message>
        <source>This vehicle now belongs to another customer.</source>
        <translation>此车辆现属于另一位客户。</translation>
    </message>
</context>
<context>
    <name>CustomerStep</name>
    <message>
        <source>A company (fleet, business customer)</source>
        <translation>单位客户（车队、企业）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
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
        <source>Enter a new customer instead  (Ctrl+Backspace)</source>
        <translation>改为录入新客户  (Ctrl+Backspace)</translation>
    </message>
    <message>
        <source>Who is the customer?</source>
        <translation>客户是谁？</translation>
    </message>
    <message>
        <source>Customers on file with this phone or name:</source>
        <translation>此电话或姓名的已有客户：</translation>
    </message>
    <message>
        <source>Down/Up choose a customer on file, Enter takes it. Enter on the last field goes on.</source>
        <translation>上下键选择已有客户，回车选用。在最后一栏回车进入下一步。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer on file: %1</source>
        <translation>已有客户：%1</translation>
    </message>
</context>
<context>
    <name>DamageDiagram</name>
    <message>
        <source>Damage diagram</source>
        <extracomment>rounding of a plain rect's corners on screen, pixels, by style (other rects are square)</extracomment>
        <translation>损伤示意图</translation>
    </message>
    <message>
        <source>front</source>
        <translation>车头</translation>
    </message>
    <message>
        <source>rear</source>
        <translation>车尾</translation>
    </message>
    <message>
        <source>left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>right</source>
        <translation>右</translation>
    </message>
</context>
<context>
    <name>EstimateStep</name>
    <message>
        <source>Search the catalog: code or name, Enter adds</source>
        <extracomment>on a line: who pays it instead of the customer (pressed again: the customer pays)</extracomment>
        <translation>搜索项目目录：编码或名称，回车添加</translation>
    </message>
    <message>
        <source>Free line: description</source>
        <translation>自定义项目：名称</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>预估报价</translation>
    </message>
    <message>
        <source>Lines of this visit</source>
        <translation>本次项目</translation>
    </message>
    <message>
        <source>On a line: W = warranty, G = goodwill, I = insurance, N = internal (pressed again: the customer pays); Delete removes it. Enter in the empty search goes on.</source>
        <translation>在项目上：W = 保修，G = 善意免费，I = 保险，N = 内部（再按一次：客户付费）；Delete 删除。搜索框为空时回车进入下一步。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Declined on earlier visits — offer again</source>
        <translation>以前来店时客户拒绝的项目 — 再次推荐</translation>
    </message>
    <message>
        <source>Alt+%1   %2   %3   (declined on %4)</source>
        <translation>Alt+%1   %2   %3   （%4 时拒绝）</translation>
    </message>
    <message>
        <source>Estimate: %1 lines, customer pays %2</source>
        <translation>预估：%1 项，客户应付 %2</translation>
    </message>
    <message>
        <source>On a line: W = warranty, G = goodwill, I = insurance, N = internal (pressed again: the customer pays); Delete removes it; F2 edits a cell, Enter keeps it. Enter in the empty search goes on.</source>
        <translation>在项目上：W = 保修，G = 善意免费，I = 保险，N = 内部（再按一次：客户付费）；Delete 删除；F2 编辑单元格，回车确认。搜索框为空时回车进入下一步。</translation>
    </message>
    <message numerus="yes">
        <source>Estimate: %n line(s), customer pays %1</source>
        <translation>
            <numerusform>预估：%n 项，客户应付 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtraWorkPanel</name>
    <message>
        <source>Extra work awaiting the customer</source>
        <translation>待客户确认的增项</translation>
    </message>
    <message>
        <source>Approve  (A)</source>
        <translation>同意  (A)</translation>
    </message>
    <message>
        <source>Decline  (D)</source>
        <translation>拒绝  (D)</translation>
    </message>
    <message>
        <source>Customer answered</source>
        <translation>客户答复方式</translation>
    </message>
    <message>
        <source>F6 comes here. Call the customer, select the line, then A or D.</source>
        <translation>F6 跳到此处。致电客户，选中项目，再按 A 或 D。</translation>
    </message>
    <message>
        <source>Extra work awaiting the customer (%1)</source>
        <extracomment>what the signed-in user may do (set by the desk)</extracomment>
        <translation>待客户确认的增项（%1）</translation>
    </message>
    <message>
        <source>Recorded for %1: %2</source>
        <translation>已记录 %1：%2</translation>
    </message>
    <message>
        <source>The order changed meanwhile — please check again: %1</source>
        <translation>工单期间已被修改，请重新核对：%1</translation>
    </message>
    <message>
        <source>Awaiting the customer: %1 — total %2</source>
        <translation>待客户确认：%1 — 合计 %2</translation>
    </message>
    <message>
        <source>Found by %1:</source>
        <translation>%1 检查发现：</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>检查发现：</translation>
    </message>
    <message>
        <source>No finding written</source>
        <translation>技师未填写检查发现</translation>
    </message>
    <message>
        <source>no phone on file</source>
        <translation>无电话记录</translation>
    </message>
    <message>
        <source>No connection: the answer for %1 (%2) is kept on this station and sent once the connection is back.</source>
        <translation>没有连接：%1（%2）的答复已保存在本工位，连接恢复后发送。</translation>
    </message>
</context>
<context>
    <name>InspectionStep</name>
    <message>
        <source>Note on the selected item (optional)</source>
        <translation>所选检查项的备注（可选）</translation>
    </message>
    <message>
        <source>Damage marks</source>
        <translation>损伤标记</translation>
    </message>
    <message>
        <source>Arrows move the cross, Enter places a mark; S D C H R M O choose the damage; Delete removes.</source>
        <translation>方向键移动十字，回车放置标记；S D C H R M O 选择损伤类型；Delete 删除。</translation>
    </message>
    <message>
        <source>Walk-around checklist</source>
        <translation>环车检查单</translation>
    </message>
    <message>
        <source>1 = OK, 2 = attention, 3 = damaged, 4 = missing (then the next item). Tab goes to the diagram; Enter on the list goes on.</source>
        <translation>1 = 正常，2 = 需关注，3 = 损坏，4 = 缺失（自动跳到下一项）。Tab 切换到示意图；在列表上回车进入下一步。</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>环车检查</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Damage mark %1: %2</source>
        <translation>损伤标记 %1：%2</translation>
    </message>
    <message>
        <source>%1 of %2 items checked</source>
        <translation>已检查 %1 / %2 项</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) checked</source>
        <translation>
            <numerusform>已检查 %1 / %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakeFlow</name>
    <message>
        <source>Back  (Alt+Left)</source>
        <translation>上一步  (Alt+←)</translation>
    </message>
    <message>
        <source>Next  (PageDown)</source>
        <translation>下一步  (PageDown)</translation>
    </message>
    <message>
        <source>Cancel  (Esc)</source>
        <translation>取消  (Esc)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>New work order: %1</source>
        <translation>新工单：%1</translation>
    </message>
    <message>
        <source>Press Esc again to discard this intake.</source>
        <translation>再按一次 Esc 放弃本次接待。</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Vehicle / device</source>
        <translation>车辆 / 设备</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺交车</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Customer signed the work order</source>
        <translation>客户已签字确认委托书</translation>
    </message>
    <message>
        <source>Payer / discount…  (F2)</source>
        <translation>付费方 / 折扣…  (F2)</translation>
    </message>
    <message>
        <source>Who pays the chosen line (warranty, goodwill, insurance, ...) and its discount</source>
        <translation>所选项目由谁付费（保修、善意免费、保险……）及其折扣</translation>
    </message>
    <message>
        <source>Cancel order…  (Ctrl+Del)</source>
        <translation>取消工单…  (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Close the order as cancelled, with the reason (work done: a manager approves)</source>
        <translation>以取消结束工单并填写原因（已施工的需经理审批）</translation>
    </message>
    <message>
        <source>Print…  (Ctrl+P)</source>
        <translation>打印…  (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Intake slip / pickup voucher</source>
        <translation>接车单 / 取车凭证(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Work order (customer copy)</source>
        <translation>维修委托书（客户联）(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Job card (workshop copy)</source>
        <translation>派工单（车间联）(&amp;J)</translation>
    </message>
    <message>
        <source>Inspection &amp;sheet</source>
        <translation>预检单(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Extra work authorization</source>
        <translation>增项确认单(&amp;E)</translation>
    </message>
    <message>
        <source>Work order  (Enter)</source>
        <translation>维修委托书  (回车)</translation>
    </message>
    <message>
        <source>Intake slip</source>
        <translation>接车单</translation>
    </message>
    <message>
        <source>Not now  (Esc)</source>
        <translation>暂不打印  (Esc)</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Work order %1 is open. Print for the customer to sign?</source>
        <extracomment>what the signed-in user may do (set by the desk); buttons beyond it stay grey</extracomment>
        <translation>工单 %1 已开立。打印给客户签字吗？</translation>
    </message>
    <message>
        <source> · waits on site</source>
        <translation> · 在店等候</translation>
    </message>
    <message>
        <source>Customer pays %1</source>
        <translation>客户付费 %1</translation>
    </message>
    <message>
        <source>free (warranty etc.) %1</source>
        <translation>免费（保修等）%1</translation>
    </message>
    <message>
        <source>incl. awaiting decision %1</source>
        <translation>含待确认 %1</translation>
    </message>
    <message>
        <source>Cancel order %1</source>
        <translation>取消工单 %1</translation>
    </message>
    <message>
        <source>The order is closed as cancelled and stays on file with the reason. Tell the customer what happens to the vehicle or device and any parts.</source>
        <translation>工单以取消结束，连同原因保留在档案中。请告知客户车辆或设备以及配件如何处理。</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>取消工单</translation>
    </message>
    <message>
        <source>Cancel %1 with work done</source>
        <translation>取消已施工的工单 %1</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>检查发现</translation>
    </message>
    <message>
        <source>No connection: the action on %1 is kept on this station and sent once the connection is back.</source>
        <translation>没有连接：%1 的操作已保存在本工位，连接恢复后发送。</translation>
    </message>
    <message>
        <source>&amp;Completion certificate</source>
        <translation>竣工出厂合格证(&amp;C)</translation>
    </message>
    <message>
        <source>Category / old parts…  (Ctrl+G)</source>
        <translation>维修类别/旧件…  (Ctrl+G)</translation>
    </message>
    <message>
        <source>Comeback (返修) within the guarantee of %1</source>
        <translation>返修：在 %1 的质量保证期内</translation>
    </message>
    <message>
        <source>Repair category</source>
        <translation>维修类别</translation>
    </message>
    <message>
        <source>Repair category, mileage out, old parts and 三包 costs for the documents</source>
        <translation>单据所需的维修类别、出厂里程、旧件处理和三包费用</translation>
    </message>
    <message>
        <source>三包 &amp;repair record</source>
        <translation>三包修理记录(&amp;R)</translation>
    </message>
</context>
<context>
    <name>PromiseStep</name>
    <message>
        <source>+1 h</source>
        <translation>+1 小时</translation>
    </message>
    <message>
        <source>+2 h</source>
        <translation>+2 小时</translation>
    </message>
    <message>
        <source>+4 h</source>
        <translation>+4 小时</translation>
    </message>
    <message>
        <source>Tomorrow 17:00</source>
        <translation>明天 17:00</translation>
    </message>
    <message>
        <source>Customer waits on site (lounge)</source>
        <translation>客户在店等候（休息区）</translation>
    </message>
    <message>
        <source>Customer keeps the old parts</source>
        <translation>客户带走旧件</translation>
    </message>
    <message>
        <source>Free wash</source>
        <translation>免费洗车</translation>
    </message>
    <message>
        <source>Notes for the workshop</source>
        <translation>给车间的备注</translation>
    </message>
    <message>
        <source>Promised for</source>
        <translation>承诺交车时间</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Promise and wishes</source>
        <translation>交车承诺和客户要求</translation>
    </message>
    <message>
        <source>Space ticks a box; Enter goes on.</source>
        <translation>空格勾选；回车进入下一步。</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>交车承诺</translation>
    </message>
</context>
<context>
    <name>ReceptionWorkspace</name>
    <message>
        <source>New walk-in  (Ctrl+N)</source>
        <translation>新接待  (Ctrl+N)</translation>
    </message>
    <message>
        <source>Resume  (Ctrl+R)</source>
        <translation>继续  (Ctrl+R)</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Recent orders</source>
        <translation>最近工单</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Reception</source>
        <extracomment>what the signed-in user may do (set by the main window)</extracomment>
        <translation>前台接待</translation>
    </message>
    <message>
        <source>No connection to the database: the intake for %1 is kept on this station and will be saved when the connection is back. Nothing needs to be typed again.</source>
        <translation>无法连接数据库：%1 的接车已保存在本工作站，连接恢复后会自动提交，无需重新录入。</translation>
    </message>
    <message>
        <source>Connection back: the intake for %1 was saved as %2.</source>
        <translation>连接已恢复：%1 的接车已保存为工单 %2。</translation>
    </message>
    <message>
        <source>The intake for %1 kept offline was refused (%2). It waits under Stations (Ctrl+6) to be sent again or discarded.</source>
        <translation>离线保存的 %1 的接车被拒绝（%2）。它保留在“工作站”（Ctrl+6）中，可重新提交或放弃。</translation>
    </message>
    <message>
        <source>An intake is under way.</source>
        <translation>有一单接待正在进行。</translation>
    </message>
    <message>
        <source>new customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>An unfinished intake (%1, saved %2) was kept.</source>
        <translation>保留了一单未完成的接待（%1，保存于 %2）。</translation>
    </message>
    <message>
        <source>F2 changes who pays a line of the order shown: open an order first.</source>
        <translation>F2 修改当前工单中某个项目的付费方：请先打开一个工单。</translation>
    </message>
    <message>
        <source>Booked for %1</source>
        <translation>预约：%1</translation>
    </message>
</context>
<context>
    <name>VisitStep</name>
    <message>
        <source>What does the customer notice? When, how often, under which conditions?</source>
        <translation>客户发现了什么问题？何时出现、多久一次、在什么情况下？</translation>
    </message>
    <message>
        <source>not noted</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>e.g. charger, case, floor mats</source>
        <translation>例如：充电器、保护壳、脚垫</translation>
    </message>
    <message>
        <source>e.g. none / sunglasses in the glovebox</source>
        <translation>例如：无 / 手套箱内有墨镜</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <source>Mileage (km)</source>
        <translation>里程（公里）</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>油量</translation>
    </message>
    <message>
        <source>Accessories left</source>
        <translation>留下的附件</translation>
    </message>
    <message>
        <source>Valuables left</source>
        <translation>留下的贵重物品</translation>
    </message>
    <message>
        <source>What brings the customer in?</source>
        <translation>客户因何来店？</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>来店原因</translation>
    </message>
    <message>
        <source>What brings %1 in?</source>
        <translation>%1 因何来店？</translation>
    </message>
    <message>
        <source>Confirmed: the odometer reads less than at the last visit  (Alt+C)</source>
        <translation>已确认：里程表读数低于上次到店  (Alt+C)</translation>
    </message>
    <message>
        <source>last visit: %1 km on %2</source>
        <translation>上次到店：%1 公里（%2）</translation>
    </message>
    <message>
        <source>on file: %1 km</source>
        <translation>档案里程：%1 公里</translation>
    </message>
    <message>
        <source>Enter goes to the next field; Shift+Enter starts a new line.</source>
        <translation>回车进入下一栏；Shift+Enter 换行。</translation>
    </message>
    <message>
        <source>Comeback (返修): within the quality guarantee of %1 (until %2)</source>
        <translation>返修：在 %1 的质量保证期内（至 %2）</translation>
    </message>
    <message>
        <source>Repair category</source>
        <translation>维修类别</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>尚未选择</translation>
    </message>
</context>
<context>
    <name>LegalFactsDialog</name>
    <message>
        <source>&amp;Courtesy car:</source>
        <translation>备用车(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Mileage out (km):</source>
        <translation>出厂里程（公里）(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Old parts:</source>
        <translation>旧件处理(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Repair category:</source>
        <translation>维修类别(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Towing fee (三包):</source>
        <translation>拖运费（三包）(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Transport compensation:</source>
        <translation>交通费用补偿(&amp;P)：</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <source>Repair category, mileage out, old parts</source>
        <translation>维修类别、出厂里程、旧件处理</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>尚未选择</translation>
    </message>
    <message>
        <source>plate and model of the car lent</source>
        <translation>借出车辆的车牌和车型</translation>
    </message>
</context>
<context>
    <name>RepairCategory</name>
    <message>
        <source>Whole-vehicle repair (整车修理)</source>
        <translation>整车修理</translation>
    </message>
    <message>
        <source>Assembly repair (总成修理)</source>
        <translation>总成修理</translation>
    </message>
    <message>
        <source>Level-2 maintenance (二级维护)</source>
        <translation>二级维护</translation>
    </message>
    <message>
        <source>Minor repair (小修)</source>
        <translation>小修</translation>
    </message>
    <message>
        <source>Special repair (专项修理)</source>
        <translation>专项修理</translation>
    </message>
</context>
<context>
    <name>OldParts</name>
    <message>
        <source>Taken by the customer (客户带走)</source>
        <translation>客户带走</translation>
    </message>
    <message>
        <source>Recycled by the shop (回收)</source>
        <translation>回收</translation>
    </message>
    <message>
        <source>No old parts (无)</source>
        <translation>无</translation>
    </message>
</context>
</TS>
