<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Columns</name>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>客户决定</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Extra work</source>
        <translation>增项</translation>
    </message>
    <message>
        <source>Extra work found during the repair</source>
        <translation>维修中发现的增项</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>识别号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Make / model</source>
        <translation>品牌 / 型号</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>里程</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>车主</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付费方</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Result (1-4)</source>
        <translation>结果（1-4）</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>自</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Vehicle / device</source>
        <translation>车辆 / 设备</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年款</translation>
    </message>
    <message>
        <source>current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>former owner</source>
        <translation>原车主</translation>
    </message>
    <message>
        <source>now</source>
        <translation>至今</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This field is required.</source>
        <extracomment>error code -&gt; English source text; ``{name}`` placeholders come from the error&apos;s params</extracomment>
        <translation>此项必填。</translation>
    </message>
    <message>
        <source>At most {max_len} characters.</source>
        <translation>最多 {max_len} 个字符。</translation>
    </message>
    <message>
        <source>Contains invisible control characters.</source>
        <translation>含有不可见的控制字符。</translation>
    </message>
    <message>
        <source>A VIN has 17 characters (this has {length}).</source>
        <translation>车架号（VIN）为 17 位（此处为 {length} 位）。</translation>
    </message>
    <message>
        <source>A VIN never contains the letters I, O or Q.</source>
        <translation>车架号中不会出现字母 I、O、Q。</translation>
    </message>
    <message>
        <source>A VIN has only letters and digits.</source>
        <translation>车架号只含字母和数字。</translation>
    </message>
    <message>
        <source>The VIN&apos;s check digit does not match: a character is mistyped.</source>
        <translation>车架号校验位不符：有字符输错了。</translation>
    </message>
    <message>
        <source>A plate starts with the province character, e.g. 粤.</source>
        <translation>车牌以省份简称开头，例如“粤”。</translation>
    </message>
    <message>
        <source>A plate has 7 characters (new energy: 8).</source>
        <translation>车牌为 7 位（新能源 8 位）。</translation>
    </message>
    <message>
        <source>This is not a valid plate number.</source>
        <translation>车牌号格式不正确。</translation>
    </message>
    <message>
        <source>An IMEI has 15 digits.</source>
        <translation>IMEI 为 15 位数字。</translation>
    </message>
    <message>
        <source>The IMEI&apos;s check digit does not match: a digit is mistyped.</source>
        <translation>IMEI 校验位不符：有数字输错了。</translation>
    </message>
    <message>
        <source>A serial number has 4 to 40 letters and digits.</source>
        <translation>序列号为 4 到 40 位字母和数字。</translation>
    </message>
    <message>
        <source>This is not a valid phone number (mobile: 11 digits starting with 1).</source>
        <translation>电话号码不正确（手机号为以 1 开头的 11 位数字）。</translation>
    </message>
    <message>
        <source>This is not an amount.</source>
        <translation>这不是有效金额。</translation>
    </message>
    <message>
        <source>Amounts must be exact decimals.</source>
        <translation>金额必须是精确的小数。</translation>
    </message>
    <message>
        <source>The amount must not be negative.</source>
        <translation>金额不能为负。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>An amount has at most two decimal places.</source>
        <translation>金额最多两位小数。</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <source>This is not a quantity.</source>
        <translation>这不是有效数量。</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>数量必须大于零。</translation>
    </message>
    <message>
        <source>A quantity has at most three decimal places.</source>
        <translation>数量最多三位小数。</translation>
    </message>
    <message>
        <source>The quantity is too large.</source>
        <translation>数量过大。</translation>
    </message>
    <message>
        <source>This is not a percentage.</source>
        <translation>这不是有效的百分比。</translation>
    </message>
    <message>
        <source>A percentage is from 0 to 100.</source>
        <translation>百分比在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>At most two decimal places.</source>
        <translation>最多两位小数。</translation>
    </message>
    <message>
        <source>The mileage is out of range.</source>
        <translation>里程超出范围。</translation>
    </message>
    <message>
        <source>This is not a model year.</source>
        <translation>这不是有效的年款。</translation>
    </message>
    <message>
        <source>The time has no time zone.</source>
        <translation>时间缺少时区。</translation>
    </message>
    <message>
        <source>A damage mark must lie on the diagram.</source>
        <translation>损伤标记必须在示意图内。</translation>
    </message>
    <message>
        <source>This item is not on the checklist.</source>
        <translation>此项不在检查单上。</translation>
    </message>
    <message>
        <source>Already on file: find it with the lookup instead of entering it again.</source>
        <translation>已有档案：请用查询找到它，不要重复录入。</translation>
    </message>
    <message>
        <source>This belongs to another customer.</source>
        <translation>它属于另一位客户。</translation>
    </message>
    <message>
        <source>It has an open order ({value}); close that first.</source>
        <translation>它还有未结工单（{value}），请先结束该工单。</translation>
    </message>
    <message>
        <source>The kind of a vehicle or device cannot change.</source>
        <translation>车辆或设备的类别不能更改。</translation>
    </message>
    <message>
        <source>This code is already taken.</source>
        <translation>此编码已被使用。</translation>
    </message>
    <message>
        <source>The customer already decided this line.</source>
        <translation>客户已对此项作出决定。</translation>
    </message>
    <message>
        <source>At most {left} can be refunded.</source>
        <translation>最多可退 {left}。</translation>
    </message>
    <message>
        <source>The customer has not yet decided on the extra work.</source>
        <translation>客户尚未对增项作出决定。</translation>
    </message>
    <message>
        <source>The order is closed.</source>
        <translation>工单已关闭。</translation>
    </message>
    <message>
        <source>That is more than the balance.</source>
        <translation>超过了应付余额。</translation>
    </message>
    <message>
        <source>Payments are taken once the order is settled.</source>
        <translation>工单结算后才能收款。</translation>
    </message>
    <message>
        <source>Refunds are made on settled or released orders.</source>
        <translation>只有已结算或已放行的工单才能退款。</translation>
    </message>
    <message>
        <source>The quality check has not passed yet.</source>
        <translation>质检尚未通过。</translation>
    </message>
    <message>
        <source>{balance} is still to be paid.</source>
        <translation>还需支付 {balance}。</translation>
    </message>
    <message>
        <source>Only a released order can be reopened for rework.</source>
        <translation>只有已放行的工单才能返修。</translation>
    </message>
    <message>
        <source>A rework order for this order already exists.</source>
        <translation>此工单已有返修单。</translation>
    </message>
    <message>
        <source>{paid} is paid on this statement; refund it first.</source>
        <translation>此结算单已付 {paid}，请先退款。</translation>
    </message>
    <message>
        <source>Not found: {what} {key}.</source>
        <translation>未找到：{what} {key}。</translation>
    </message>
    <message>
        <source>Someone else saved this first. Their change is shown; your input is kept.</source>
        <translation>别人已先保存。已显示对方的修改，您的输入保留不变。</translation>
    </message>
    <message>
        <source>The database is newer than this Workbay. Update Workbay on this station.</source>
        <translation>数据库版本比本机 Workbay 新，请先升级本工位的 Workbay。</translation>
    </message>
    <message>
        <source>The database cannot be reached. Workbay keeps retrying.</source>
        <translation>无法连接数据库，Workbay 正在重试。</translation>
    </message>
    <message>
        <source>The total is more than a statement can hold.</source>
        <translation>合计金额超出结算单上限。</translation>
    </message>
    <message>
        <source>The line amount is too large.</source>
        <translation>该项目金额过大。</translation>
    </message>
    <message>
        <source>Unknown payer.</source>
        <translation>未知的付费方。</translation>
    </message>
    <message>
        <source>A request id has 1 to 64 characters.</source>
        <translation>请求编号为 1 到 64 个字符。</translation>
    </message>
    <message>
        <source>This request was already used for another action.</source>
        <translation>此请求已用于其他操作。</translation>
    </message>
    <message>
        <source>The target database already holds data; copy into an empty database.</source>
        <translation>目标数据库中已有数据，请复制到空数据库。</translation>
    </message>
    <message>
        <source>The database holds data that the benchmark did not make.</source>
        <translation>数据库中有不是由基准测试生成的数据。</translation>
    </message>
    <message>
        <source>Some input was refused.</source>
        <translation>部分输入未通过检查。</translation>
    </message>
    <message>
        <source>The action was refused.</source>
        <translation>操作被拒绝。</translation>
    </message>
    <message>
        <source>No Chinese font for printing: install the package {package}.</source>
        <translation>没有可用于打印的中文字体：请安装软件包 {package}。</translation>
    </message>
    <message>
        <source>This document does not exist yet for the order in its current state.</source>
        <translation>工单当前状态下还没有这份单据。</translation>
    </message>
    <message>
        <source>Unknown document: {value}.</source>
        <translation>未知单据：{value}。</translation>
    </message>
    <message>
        <source>This is not a pickup code issued by this shop.</source>
        <translation>这不是本店签发的取车码。</translation>
    </message>
    <message>
        <source>Not possible while the order is “{state}”.</source>
        <translation>工单处于“{state}”状态，无法执行此操作。</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>意外错误：{error}</translation>
    </message>
    <message>
        <source>recorded the customer&apos;s signature</source>
        <extracomment>what another station did to an order meanwhile, by the order journal&apos;s action</extracomment>
        <translation>登记了客户签字</translation>
    </message>
    <message>
        <source>assigned a technician</source>
        <translation>派了工</translation>
    </message>
    <message>
        <source>reassigned the job</source>
        <translation>改派了技师</translation>
    </message>
    <message>
        <source>started the work</source>
        <translation>开了工</translation>
    </message>
    <message>
        <source>paused the work</source>
        <translation>暂停了工单</translation>
    </message>
    <message>
        <source>resumed the work</source>
        <translation>继续了工单</translation>
    </message>
    <message>
        <source>finished the work</source>
        <translation>报了完工</translation>
    </message>
    <message>
        <source>passed the quality check</source>
        <translation>判定质检合格</translation>
    </message>
    <message>
        <source>failed the quality check</source>
        <translation>判定质检不合格</translation>
    </message>
    <message>
        <source>reported extra work</source>
        <translation>报了增项</translation>
    </message>
    <message>
        <source>recorded the customer&apos;s approval of extra work</source>
        <translation>登记了客户同意增项</translation>
    </message>
    <message>
        <source>recorded the customer&apos;s refusal of extra work</source>
        <translation>登记了客户拒绝增项</translation>
    </message>
    <message>
        <source>changed a line</source>
        <translation>修改了项目</translation>
    </message>
    <message>
        <source>removed a line</source>
        <translation>删除了项目</translation>
    </message>
    <message>
        <source>changed the order&apos;s details</source>
        <translation>修改了工单信息</translation>
    </message>
    <message>
        <source>cancelled the order</source>
        <translation>取消了工单</translation>
    </message>
    <message>
        <source>settled the order</source>
        <translation>做了结算</translation>
    </message>
    <message>
        <source>voided the settlement</source>
        <translation>作废了结算单</translation>
    </message>
    <message>
        <source>took a payment</source>
        <translation>收了款</translation>
    </message>
    <message>
        <source>made a refund</source>
        <translation>办理了退款</translation>
    </message>
    <message>
        <source>released the order</source>
        <translation>做了放行</translation>
    </message>
    <message>
        <source>%1 at %2 (%3) %4</source>
        <translation>%1 在 %2（%3）%4</translation>
    </message>
    <message>
        <source>Someone else saved this order first. It was reloaded: check and try again.</source>
        <translation>其他人已先保存了此工单。已重新载入，请核对后再操作。</translation>
    </message>
    <message>
        <source>Meanwhile %1. The order was reloaded: check and try again.</source>
        <translation>在此期间 %1。工单已重新载入，请核对后再操作。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Open</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已派工</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>维修中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>完工待检</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>待交车</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已结算</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>已放行</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>E-bike</source>
        <translation>电动车</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>需关注</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Scratch</source>
        <translation>划痕</translation>
    </message>
    <message>
        <source>Dent</source>
        <translation>凹陷</translation>
    </message>
    <message>
        <source>Crack</source>
        <translation>裂纹</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>掉漆</translation>
    </message>
    <message>
        <source>Rust</source>
        <translation>锈蚀</translation>
    </message>
    <message>
        <source>Missing part</source>
        <translation>缺件</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Labor</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Sundry</source>
        <translation>辅料</translation>
    </message>
    <message>
        <source>Customer pays</source>
        <translation>客户付费</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>善意维修</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保险</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>Awaiting customer</source>
        <translation>待客户确认</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Waiting for parts</source>
        <translation>等待配件</translation>
    </message>
    <message>
        <source>Waiting for customer approval</source>
        <translation>等待客户确认增项</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单</translation>
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
        <source>order number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>车架号</translation>
    </message>
    <message>
        <source>last 6 of VIN</source>
        <translation>车架号后 6 位</translation>
    </message>
    <message>
        <source>IMEI / serial / frame no.</source>
        <translation>IMEI / 序列号 / 车架号</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>last 4 of phone</source>
        <translation>电话后 4 位</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
</context>
<context>
    <name>LinePayerDialog</name>
    <message>
        <source>Payer and discount</source>
        <translation>付费方与折扣</translation>
    </message>
    <message>
        <source>&amp;Line:</source>
        <translation>项目(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Paid by:</source>
        <translation>付费方(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Discount %:</source>
        <translation>折扣 %(&amp;D)：</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <source>%1: %2 × %3 (%4)</source>
        <translation>%1：%2 × %3（%4）</translation>
    </message>
</context>
<context>
    <name>LookupBox</name>
    <message>
        <source>Lookup</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Plate, VIN, IMEI, phone, name, order no.</source>
        <translation>车牌、车架号、IMEI、电话、姓名、工单号</translation>
    </message>
    <message>
        <source>Search by plate, VIN, IMEI / serial, phone, name or order number.</source>
        <translation>按车牌、车架号、IMEI / 序列号、电话、姓名或工单号查找。</translation>
    </message>
    <message>
        <source>Ctrl+F / F3: search by plate, VIN, IMEI / serial, phone, name or order number. A scanned work-order number or pickup code opens the order at once.</source>
        <translation>Ctrl+F / F3：按车牌、车架号、IMEI / 序列号、电话、姓名或工单号查找。扫描工单号或取车码可直接打开工单。</translation>
    </message>
    <message numerus="yes">
        <source>%n found — Up/Down to choose, Enter to open</source>
        <translation>
            <numerusform>找到 %n 条 — 上下键选择，回车打开</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation>未找到“%1”</translation>
    </message>
    <message>
        <source>No order with this number</source>
        <translation>没有此工单号</translation>
    </message>
</context>
</TS>
