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
        <extracomment>error code -&gt; English source text; ``{name}`` placeholders come from the error's params</extracomment>
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
        <source>The VIN's check digit does not match: a character is mistyped.</source>
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
        <source>The IMEI's check digit does not match: a digit is mistyped.</source>
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
        <source>The two passwords differ: type it again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
    <message>
        <source>At least {min_len} characters.</source>
        <translation>至少 {min_len} 个字符。</translation>
    </message>
    <message>
        <source>Not the same character over and over.</source>
        <translation>不能全部是同一个字符。</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>PIN 码为 4 到 8 位数字。</translation>
    </message>
    <message>
        <source>A login has 2 to 40 letters, digits, dots, dashes or underscores.</source>
        <translation>登录名为 2 到 40 个字母、数字、点、连字符或下划线。</translation>
    </message>
    <message>
        <source>This login is reserved: choose another.</source>
        <translation>该登录名为系统保留，请换一个。</translation>
    </message>
    <message>
        <source>Choose Chinese or English.</source>
        <translation>请选择中文或英文。</translation>
    </message>
    <message>
        <source>Unknown role.</source>
        <translation>未知岗位。</translation>
    </message>
    <message>
        <source>Already taken by someone on the staff.</source>
        <translation>已被其他员工使用。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>You cannot switch off your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>This is the last administrator: make someone else one first.</source>
        <translation>这是最后一位管理员：请先指定其他人为管理员。</translation>
    </message>
    <message>
        <source>Workbay already has an administrator (set up at another station): sign in.</source>
        <translation>Workbay 已有管理员（已在其他工作站设置）：请登录。</translation>
    </message>
    <message>
        <source>Unknown kind of vehicle or device: vehicle, device or e-bike.</source>
        <translation>未知的车辆或设备类型：车辆、设备或电动车。</translation>
    </message>
    <message>
        <source>Unknown kind: labor, part or sundry.</source>
        <translation>未知类型：工时、配件或辅料。</translation>
    </message>
    <message>
        <source>Only labor has a flat price.</source>
        <translation>只有工时项目才有固定价格。</translation>
    </message>
    <message>
        <source>Only labor has standard hours.</source>
        <translation>只有工时项目才有标准工时。</translation>
    </message>
    <message>
        <source>Labor priced by the hour needs its standard hours.</source>
        <translation>按小时计价的工时项目需要填写标准工时。</translation>
    </message>
    <message>
        <source>At least one is needed.</source>
        <translation>至少需要一项。</translation>
    </message>
    <message>
        <source>A code has 1 to 40 small letters, digits or _.</source>
        <translation>编码为 1 到 40 个小写字母、数字或下划线。</translation>
    </message>
    <message>
        <source>Used twice: each must be different.</source>
        <translation>重复使用：每一项必须不同。</translation>
    </message>
    <message>
        <source>An item that is switched off cannot be mandatory.</source>
        <translation>已停用的项目不能设为必检。</translation>
    </message>
    <message>
        <source>The file was refused and nothing was imported: see the rows named.</source>
        <translation>文件被拒绝，未导入任何内容：请查看所列的行。</translation>
    </message>
    <message>
        <source>Export as CSV or Excel (.xlsx).</source>
        <translation>请导出为 CSV 或 Excel (.xlsx)。</translation>
    </message>
    <message>
        <source>A CSV file is written in UTF-8 or GBK.</source>
        <translation>CSV 文件编码为 UTF-8 或 GBK。</translation>
    </message>
    <message>
        <source>Row {row} holds “{char}”, which GBK cannot hold: export as UTF-8.</source>
        <translation>第 {row} 行含有“{char}”，GBK 无法表示：请导出为 UTF-8。</translation>
    </message>
    <message>
        <source>No such setting.</source>
        <translation>没有这项设置。</translation>
    </message>
    <message>
        <source>This cannot be read or set here.</source>
        <translation>此项不能在这里读取或设置。</translation>
    </message>
    <message>
        <source>This is kept on each station, not shared: change it in Settings there.</source>
        <translation>此项保存在各工作站，不共享：请在该工作站的“设置”中修改。</translation>
    </message>
    <message>
        <source>This is not kept on the station.</source>
        <translation>此项不保存在工作站上。</translation>
    </message>
    <message>
        <source>This cannot be set from the command line.</source>
        <translation>此项不能通过命令行设置。</translation>
    </message>
    <message>
        <source>Write it as KEY=VALUE.</source>
        <translation>请写成 KEY=VALUE 的形式。</translation>
    </message>
    <message>
        <source>This must be text.</source>
        <translation>此项必须是文字。</translation>
    </message>
    <message>
        <source>This must be a whole number.</source>
        <translation>此项必须是整数。</translation>
    </message>
    <message>
        <source>This is not in the expected form.</source>
        <translation>格式不符合要求。</translation>
    </message>
    <message>
        <source>This is not one of the choices.</source>
        <translation>不在可选范围内。</translation>
    </message>
    <message>
        <source>This must be from {min} to {max}.</source>
        <translation>取值范围为 {min} 到 {max}。</translation>
    </message>
    <message>
        <source>At most {places} decimal places.</source>
        <translation>最多 {places} 位小数。</translation>
    </message>
    <message>
        <source>This is too small.</source>
        <translation>数值太小。</translation>
    </message>
    <message>
        <source>A prefix has 1 to 6 letters or digits.</source>
        <translation>前缀为 1 到 6 个字母或数字。</translation>
    </message>
    <message>
        <source>No such kind of document.</source>
        <translation>没有这种单据类型。</translation>
    </message>
    <message>
        <source>A time like 08:30, please.</source>
        <translation>请填写时间，例如 08:30。</translation>
    </message>
    <message>
        <source>Give the opening and the closing time.</source>
        <translation>请填写开门和关门时间。</translation>
    </message>
    <message>
        <source>It closes before it opens.</source>
        <translation>关门时间早于开门时间。</translation>
    </message>
    <message>
        <source>A date like 2026-10-01, please.</source>
        <translation>请填写日期，例如 2026-10-01。</translation>
    </message>
    <message>
        <source>This file is not a picture (PNG or JPEG).</source>
        <translation>该文件不是图片（PNG 或 JPEG）。</translation>
    </message>
    <message>
        <source>The picture is too large: at most 5 MB.</source>
        <translation>图片太大：最大 5 MB。</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Chinese or English, please.</source>
        <translation>请选择中文或英文。</translation>
    </message>
    <message>
        <source>Nothing was given on the standard input.</source>
        <translation>标准输入中没有内容。</translation>
    </message>
    <message>
        <source>Your roles do not include this right.</source>
        <translation>您的岗位没有此项权限。</translation>
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
        <source>The benchmark's second station did not answer in time.</source>
        <translation>基准测试的第二个工作站未及时响应。</translation>
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
        <source>look up orders and customers</source>
        <extracomment>every right, as what the user may (not) do: "You may not &lt;right&gt;"</extracomment>
        <translation>查询工单和客户</translation>
    </message>
    <message>
        <source>change customers and their vehicles</source>
        <translation>修改客户及其车辆</translation>
    </message>
    <message>
        <source>take in vehicles and devices</source>
        <translation>接车和收机</translation>
    </message>
    <message>
        <source>change an order's lines</source>
        <translation>修改工单项目</translation>
    </message>
    <message>
        <source>report extra work</source>
        <translation>报告增项</translation>
    </message>
    <message>
        <source>record the customer's answer to extra work</source>
        <translation>登记客户对增项的答复</translation>
    </message>
    <message>
        <source>assign jobs to technicians</source>
        <translation>给技师派工</translation>
    </message>
    <message>
        <source>start, pause and finish jobs</source>
        <translation>开工、暂停和完工</translation>
    </message>
    <message>
        <source>do the quality check</source>
        <translation>做质检</translation>
    </message>
    <message>
        <source>cancel an order</source>
        <translation>取消工单</translation>
    </message>
    <message>
        <source>reopen an order for rework</source>
        <translation>开返修单</translation>
    </message>
    <message>
        <source>change who pays a line or its discount</source>
        <translation>修改项目的付费方或折扣</translation>
    </message>
    <message>
        <source>settle an order</source>
        <translation>结算工单</translation>
    </message>
    <message>
        <source>take payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>release a vehicle or device</source>
        <translation>放行车辆或设备</translation>
    </message>
    <message>
        <source>give a discount beyond the limit</source>
        <translation>给出超过限额的折扣</translation>
    </message>
    <message>
        <source>price a line below the catalog</source>
        <translation>以低于目录价的价格计价</translation>
    </message>
    <message>
        <source>make a refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>void a settlement statement</source>
        <translation>作废结算单</translation>
    </message>
    <message>
        <source>release with a balance owing (on account)</source>
        <translation>欠款放行（挂账）</translation>
    </message>
    <message>
        <source>cancel an order with work done</source>
        <translation>取消已施工的工单</translation>
    </message>
    <message>
        <source>change the shop's setup</source>
        <translation>修改门店设置</translation>
    </message>
    <message>
        <source>change the catalog</source>
        <translation>修改项目目录</translation>
    </message>
    <message>
        <source>manage staff accounts</source>
        <translation>管理员工账号</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>Service advisor</source>
        <extracomment>every role's name as the shop says it</extracomment>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>班组长</translation>
    </message>
    <message>
        <source>Quality inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Parts clerk</source>
        <translation>备件管理员</translation>
    </message>
    <message>
        <source>Follow-up agent</source>
        <translation>回访专员</translation>
    </message>
    <message>
        <source>Service manager</source>
        <translation>服务经理</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>The login, password, PIN or staff card was not accepted.</source>
        <extracomment>why a sign-in, PIN or staff card was refused, by ``SignInRefused.code`` (and, for wrong credentials, by what was typed)</extracomment>
        <translation>登录名、密码、PIN 码或员工卡未通过验证。</translation>
    </message>
    <message>
        <source>Wrong login or password. Check Caps Lock and try again.</source>
        <translation>登录名或密码错误。请检查大写锁定键后重试。</translation>
    </message>
    <message>
        <source>Wrong login or PIN, or a staff card not valid here.</source>
        <translation>登录名或 PIN 码错误，或员工卡在此无效。</translation>
    </message>
    <message>
        <source>Wrong password or PIN.</source>
        <translation>密码或 PIN 码错误。</translation>
    </message>
    <message>
        <source>Too many wrong tries: this account is locked until {until}.</source>
        <translation>输错次数过多：此账号已锁定，{until} 后解锁。</translation>
    </message>
    <message>
        <source>Too many wrong tries: this account is locked for a while.</source>
        <translation>输错次数过多：此账号已暂时锁定。</translation>
    </message>
    <message>
        <source>This account is switched off. Ask the manager to switch it on.</source>
        <translation>此账号已停用。请联系经理启用。</translation>
    </message>
    <message>
        <source>This account has no PIN yet: ask the manager to set one in Setup.</source>
        <translation>此账号尚未设置 PIN 码：请经理在设置台中设置。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>A manager's approval is needed to %1.</source>
        <translation>需经理审批才能%1。</translation>
    </message>
    <message>
        <source>You may not %1: your roles (%2) do not include it.</source>
        <translation>您无权%1：您的岗位（%2）不包含此项权限。</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>意外错误：{error}</translation>
    </message>
    <message>
        <source>recorded the customer's signature</source>
        <extracomment>what another station did to an order meanwhile, by the order journal's action</extracomment>
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
        <source>recorded the customer's approval of extra work</source>
        <translation>登记了客户同意增项</translation>
    </message>
    <message>
        <source>recorded the customer's refusal of extra work</source>
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
        <source>changed the order's details</source>
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
    <message>
        <source>Digits are missing (mobile: 11 digits; landline with its area code, e.g. 0755-88886666).</source>
        <translation>号码缺位（手机 11 位；座机需带区号，如 0755-88886666）。</translation>
    </message>
    <message>
        <source>This phone number has too many digits.</source>
        <translation>电话号码位数过多。</translation>
    </message>
    <message>
        <source>Unknown country code: a foreign number starts with + and its country code.</source>
        <translation>国家代码无效：境外号码以 + 和国家代码开头。</translation>
    </message>
    <message>
        <source>Leave the extension out of the number; write it in the notes.</source>
        <translation>号码中不要填分机号，请写在备注里。</translation>
    </message>
    <message>
        <source>Position 9 is not a check digit (usual for European and Japanese makes): compare the VIN with the papers, then confirm.</source>
        <translation>第 9 位不是校验位（欧洲、日本品牌常见）：请与行驶证等证件核对车架号后确认。</translation>
    </message>
    <message>
        <source>Only invisible characters: type it again or leave it empty.</source>
        <translation>只有不可见字符：请重新输入或留空。</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>该日期在未来。</translation>
    </message>
    <message>
        <source>The promised time has passed: promise a time still to come.</source>
        <translation>承诺时间已过：请承诺一个将来的时间。</translation>
    </message>
    <message>
        <source>Lower than at the last visit ({last_km:,} km): check the odometer, then confirm.</source>
        <translation>低于上次到店的里程（{last_km:,} 公里）：请核对里程表后确认。</translation>
    </message>
    <message>
        <source>Type a price: 0 for a line given free.</source>
        <translation>请输入价格：免费项目请输入 0。</translation>
    </message>
    <message>
        <source>took the order in</source>
        <translation>接了车</translation>
    </message>
    <message>
        <source>added lines to the estimate</source>
        <translation>在估价中添加了项目</translation>
    </message>
    <message>
        <source>recorded the walk-around inspection</source>
        <translation>记录了环车检查</translation>
    </message>
    <message>
        <source>opened the order as a rework</source>
        <translation>开了返修工单</translation>
    </message>
    <message>
        <source>reopened the order for rework</source>
        <translation>将工单转为返修</translation>
    </message>
    <message>
        <source>set the next service</source>
        <translation>设定了下次保养</translation>
    </message>
    <message>
        <source>An action on {subject} is kept on this station and waits to be sent: the order can change again once the connection is back.</source>
        <translation>{subject} 有一项操作保存在本工位等待发送：连接恢复后才能再次更改该工单。</translation>
    </message>
    <message>
        <source>Still sending the last action: it was not sent a second time.</source>
        <translation>上一个操作仍在发送中：没有重复发送。</translation>
    </message>
    <message>
        <source>This gate pass of {order_number} is not valid: the order is not released.</source>
        <translation>{order_number} 的放行条无效：该单尚未放行。</translation>
    </message>
    <message>
        <source>This pickup voucher of {order_number} is no longer valid: the order was already released on {released_at} (gate pass {release_no}).</source>
        <translation>{order_number} 的取车凭证已失效：该单已于 {released_at} 放行（放行条 {release_no}）。</translation>
    </message>
    <message>
        <source>A completion certificate is issued for vehicles only.</source>
        <translation>竣工出厂合格证只发给机动车。</translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation>请从列出的选项中选择。</translation>
    </message>
    <message>
        <source>Mileage out is below the mileage in ({mileage_in:,} km).</source>
        <translation>出厂里程低于进厂里程（{mileage_in:,} 公里）。</translation>
    </message>
    <message>
        <source>The completion certificate is issued once the final inspection passes.</source>
        <translation>竣工检验合格后才能出具竣工出厂合格证。</translation>
    </message>
    <message>
        <source>The order is closed: its repair category and mileage are on its documents.</source>
        <translation>工单已关闭：维修类别和里程已写入单据，不能再改。</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>There is no such field.</source>
        <translation>没有这个字段。</translation>
    </message>
    <message>
        <source>Not a date: type year, month, day, e.g. 2026-03-01 or 20260301.</source>
        <translation>不是有效日期：请按年、月、日输入，例如 2026-03-01 或 20260301。</translation>
    </message>
    <message>
        <source>Another station is holding this up. Nothing was saved: try again in a moment.</source>
        <translation>另一个工位正占用这条记录，本次未保存，请稍后再试。</translation>
    </message>
    <message>
        <source>recorded the repair category, mileage out or old parts</source>
        <translation>登记了维修类别、出厂里程或旧件处理</translation>
    </message>
    <message>
        <source>issued the completion certificate</source>
        <translation>出具了竣工出厂合格证</translation>
    </message>
    <message>
        <source>Only a 三包 repair has these costs: the car is not under 三包 and no line is paid by the warranty.</source>
        <translation>只有三包修理才有这些费用：该车不在三包期内，也没有由保修支付的项目。</translation>
    </message>
    <message>
        <source>This customer was anonymised on request: no calls, messages or new cases.</source>
        <translation>该客户已应其要求匿名化：不再致电、发信息或新建案件。</translation>
    </message>
    <message>
        <source>This customer's file was merged into another: use that file.</source>
        <translation>该客户档案已合并到另一份档案：请使用那份档案。</translation>
    </message>
    <message>
        <source>This time is in the future.</source>
        <translation>这个时间在将来。</translation>
    </message>
    <message>
        <source>This is before the wait began.</source>
        <translation>这早于开始等待的时间。</translation>
    </message>
    <message>
        <source>This staff member already owns the complaint.</source>
        <translation>该员工已是此投诉的负责人。</translation>
    </message>
    <message>
        <source>The complaint is closed: reopen it first.</source>
        <translation>投诉已结案：请先重新打开。</translation>
    </message>
    <message>
        <source>The complaint waits for parts or a verdict: resume it first.</source>
        <translation>投诉正在等待配件或技术鉴定：请先恢复处理。</translation>
    </message>
    <message>
        <source>The complaint is closed or already waiting.</source>
        <translation>投诉已结案或已在等待中。</translation>
    </message>
    <message>
        <source>The complaint is not waiting.</source>
        <translation>投诉不在等待中。</translation>
    </message>
    <message>
        <source>Only a closed complaint is reopened.</source>
        <translation>只有已结案的投诉才能重新打开。</translation>
    </message>
    <message>
        <source>The template uses {{{name}}}, which this message does not have ({known}).</source>
        <translation>模板使用了 {{{name}}}，此类信息没有这个占位符（可用：{known}）。</translation>
    </message>
    <message>
        <source>The template's braces do not match: write {{name}} for a placeholder.</source>
        <translation>模板的花括号不成对：占位符请写成 {{name}}。</translation>
    </message>
    <message>
        <source>No value for the placeholder {name}.</source>
        <translation>占位符 {name} 没有值。</translation>
    </message>
    <message>
        <source>There is no template for this message.</source>
        <translation>此信息没有模板。</translation>
    </message>
    <message>
        <source>The customer has not agreed to be contacted this way ({channel}).</source>
        <translation>客户未同意通过此方式（{channel}）联系。</translation>
    </message>
    <message>
        <source>The customer has no phone number on file.</source>
        <translation>客户档案中没有电话号码。</translation>
    </message>
    <message>
        <source>record and handle complaints</source>
        <translation>登记和处理投诉</translation>
    </message>
    <message>
        <source>send messages to customers</source>
        <translation>给客户发送信息</translation>
    </message>
    <message>
        <source>export or anonymise a customer's data</source>
        <translation>导出或匿名化客户数据</translation>
    </message>
    <message>
        <source>{name} cannot handle complaints: hand it to someone who can.</source>
        <translation>{name} 不能处理投诉：请移交给能处理的人。</translation>
    </message>
    <message>
        <source>This customer's file was merged or anonymised: no calls to it.</source>
        <translation>该客户档案已合并或已匿名化：不能再回访。</translation>
    </message>
    <message>
        <source>This follow-up is already closed.</source>
        <translation>该回访已结束。</translation>
    </message>
    <message>
        <source>make follow-up and reminder calls</source>
        <translation>回访及提醒来电</translation>
    </message>
    <message>
        <source>The {slot} slot has {free} of {capacity} h free and this booking needs {wanted} h: choose another slot, or a manager lets it in.</source>
        <translation>{slot} 时段剩余 {free} / {capacity} 工时，本次预约需要 {wanted} 工时：请换一个时段，或请经理批准超约。</translation>
    </message>
    <message>
        <source>This slot has already begun: {value}.</source>
        <translation>该时段已开始：{value}。</translation>
    </message>
    <message>
        <source>The shop is closed on this holiday: {value}.</source>
        <translation>节假日不营业：{value}。</translation>
    </message>
    <message>
        <source>The shop is closed that day: {value}.</source>
        <translation>当天不营业：{value}。</translation>
    </message>
    <message>
        <source>{value} is not a slot: the shop books {minutes}-minute slots from {opens} to {closes}.</source>
        <translation>{value} 不是可预约的时段：本店每 {minutes} 分钟一个时段，{opens} 至 {closes}。</translation>
    </message>
    <message>
        <source>{value} does not exist that day: the clocks go forward. Choose another time.</source>
        <translation>{value} 当天不存在（夏令时拨快）：请选择其他时间。</translation>
    </message>
    <message>
        <source>This vehicle or device is already booked that day, at {at}.</source>
        <translation>该车辆/设备当天已有预约：{at}。</translation>
    </message>
    <message>
        <source>“{item}” has no standard hours: type the hours it takes.</source>
        <translation>“{item}”没有工时定额：请填写所需工时。</translation>
    </message>
    <message>
        <source>This appointment was cancelled ({reason}): book again or take it in as a walk-in.</source>
        <translation>该预约已取消（{reason}）：请重新预约，或按未预约客户接待。</translation>
    </message>
    <message>
        <source>This customer has already arrived.</source>
        <translation>该客户已到店。</translation>
    </message>
    <message>
        <source>This appointment was marked as not come ({reason}).</source>
        <translation>该预约已记为爽约（{reason}）。</translation>
    </message>
    <message>
        <source>A customer counts as not come only 30 minutes after the slot.</source>
        <translation>预约时间过后 30 分钟未到店才记为爽约。</translation>
    </message>
    <message>
        <source>This vehicle or device is marked {status}: it is not booked.</source>
        <translation>该车辆/设备状态为 {status}：不能预约。</translation>
    </message>
    <message>
        <source>This vehicle or device belongs to another customer.</source>
        <translation>该车辆/设备属于其他客户。</translation>
    </message>
    <message>
        <source>The appointment is for another vehicle or device.</source>
        <translation>该预约是其他车辆/设备的。</translation>
    </message>
    <message>
        <source>book, move and cancel appointments</source>
        <translation>预约、改约和取消预约</translation>
    </message>
    <message>
        <source>book into a full slot</source>
        <translation>在已约满的时段超约</translation>
    </message>
    <message>
        <source>Someone else saved this first. It was reloaded: check and try again.</source>
        <translation>已有他人先行保存。已重新载入：请核对后再试。</translation>
    </message>
    <message>
        <source>Refused: meanwhile %1. It was reloaded: check and try again.</source>
        <translation>未保存：在此期间%1。已重新载入：请核对后再试。</translation>
    </message>
    <message>
        <source>No SMS gateway is saved: enter the AccessKey ID and secret and save first.</source>
        <translation>尚未保存短信网关：请先填写 AccessKey ID 和密钥并保存。</translation>
    </message>
    <message>
        <source>The SMS gateway did not take it: {reason}</source>
        <translation>短信网关未接受：{reason}</translation>
    </message>
    <message>
        <source>The database holds no vehicles or devices for the benchmark to take in.</source>
        <translation>数据库中没有可供基准测试接待的车辆或设备。</translation>
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
    <message>
        <source>Taken in</source>
        <translation>接车</translation>
    </message>
    <message>
        <source>Estimate lines added</source>
        <translation>添加估价项目</translation>
    </message>
    <message>
        <source>Walk-around inspection</source>
        <translation>环车检查</translation>
    </message>
    <message>
        <source>Order details changed</source>
        <translation>修改工单信息</translation>
    </message>
    <message>
        <source>Work order signed</source>
        <translation>客户签字确认委托书</translation>
    </message>
    <message>
        <source>Technician assigned</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>Job reassigned</source>
        <translation>改派</translation>
    </message>
    <message>
        <source>Work started</source>
        <translation>开工</translation>
    </message>
    <message>
        <source>Work paused</source>
        <translation>暂停施工</translation>
    </message>
    <message>
        <source>Work resumed</source>
        <translation>恢复施工</translation>
    </message>
    <message>
        <source>Work finished</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>Quality check passed</source>
        <translation>质检通过</translation>
    </message>
    <message>
        <source>Quality check failed</source>
        <translation>质检未通过</translation>
    </message>
    <message>
        <source>Extra work proposed</source>
        <translation>提出增项</translation>
    </message>
    <message>
        <source>Extra work approved</source>
        <translation>客户同意增项</translation>
    </message>
    <message>
        <source>Extra work declined</source>
        <translation>客户拒绝增项</translation>
    </message>
    <message>
        <source>Line changed</source>
        <translation>修改项目</translation>
    </message>
    <message>
        <source>Line removed</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>取消工单</translation>
    </message>
    <message>
        <source>Settlement made</source>
        <translation>结算</translation>
    </message>
    <message>
        <source>Settlement voided</source>
        <translation>作废结算单</translation>
    </message>
    <message>
        <source>Payment taken</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Refund made</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Released to the customer</source>
        <translation>交车放行</translation>
    </message>
    <message>
        <source>Opened as a rework</source>
        <translation>返修开单</translation>
    </message>
    <message>
        <source>Reopened for rework</source>
        <translation>转返修</translation>
    </message>
    <message>
        <source>Next service set</source>
        <translation>设定下次保养</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>登录被拒</translation>
    </message>
    <message>
        <source>User switched</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <source>Station unlocked</source>
        <translation>解锁工作站</translation>
    </message>
    <message>
        <source>Staff member added</source>
        <translation>新增员工</translation>
    </message>
    <message>
        <source>Staff member changed</source>
        <translation>修改员工</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>PIN changed</source>
        <translation>修改PIN码</translation>
    </message>
    <message>
        <source>Staff card changed</source>
        <translation>修改员工卡</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>解锁账号</translation>
    </message>
    <message>
        <source>Manager's approval given</source>
        <translation>经理授权通过</translation>
    </message>
    <message>
        <source>Manager's approval refused</source>
        <translation>经理授权被拒</translation>
    </message>
    <message>
        <source>Customer added</source>
        <translation>新增客户</translation>
    </message>
    <message>
        <source>Customer changed</source>
        <translation>修改客户</translation>
    </message>
    <message>
        <source>Vehicle or device added</source>
        <translation>新增车辆/设备</translation>
    </message>
    <message>
        <source>Vehicle or device changed</source>
        <translation>修改车辆/设备</translation>
    </message>
    <message>
        <source>Vehicle or device transferred</source>
        <translation>车辆/设备过户</translation>
    </message>
    <message>
        <source>Catalog item added</source>
        <translation>新增目录项目</translation>
    </message>
    <message>
        <source>Catalog item changed</source>
        <translation>修改目录项目</translation>
    </message>
    <message>
        <source>Catalog item switched on</source>
        <translation>启用目录项目</translation>
    </message>
    <message>
        <source>Catalog item switched off</source>
        <translation>停用目录项目</translation>
    </message>
    <message>
        <source>Catalog imported</source>
        <translation>导入目录</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>Checklist changed</source>
        <translation>修改检查清单</translation>
    </message>
    <message>
        <source>plate digits</source>
        <translation>车牌后几位</translation>
    </message>
    <message>
        <source>Completion certificate issued</source>
        <translation>出具竣工出厂合格证</translation>
    </message>
    <message>
        <source>Repair category, mileage out, old parts recorded</source>
        <translation>登记维修类别、出厂里程、旧件处理</translation>
    </message>
    <message>
        <source>Complaint recorded</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>Complaint note</source>
        <translation>投诉处理记录</translation>
    </message>
    <message>
        <source>Complaint moved to its next step</source>
        <translation>投诉进入下一步</translation>
    </message>
    <message>
        <source>Complaint handed over</source>
        <translation>投诉移交</translation>
    </message>
    <message>
        <source>Complaint waiting</source>
        <translation>投诉等待中</translation>
    </message>
    <message>
        <source>Complaint resumed</source>
        <translation>投诉恢复处理</translation>
    </message>
    <message>
        <source>Complaint reopened</source>
        <translation>投诉重新打开</translation>
    </message>
    <message>
        <source>Complaint escalated</source>
        <translation>投诉已升级</translation>
    </message>
    <message>
        <source>Message template changed</source>
        <translation>信息模板已修改</translation>
    </message>
    <message>
        <source>Message queued</source>
        <translation>信息已排队</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>信息已发送</translation>
    </message>
    <message>
        <source>Customer's data exported</source>
        <translation>客户数据已导出</translation>
    </message>
    <message>
        <source>Customer anonymised</source>
        <translation>客户已匿名化</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Appointment cancelled</source>
        <translation>预约已取消</translation>
    </message>
    <message>
        <source>Appointment moved</source>
        <translation>预约已改期</translation>
    </message>
    <message>
        <source>Appointment reminder answered</source>
        <translation>预约提醒已回复</translation>
    </message>
    <message>
        <source>Appointment not kept</source>
        <translation>预约爽约</translation>
    </message>
    <message>
        <source>Booked customer arrived</source>
        <translation>预约客户已到店</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>已记录联系同意</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>已售出</translation>
    </message>
    <message>
        <source>Stolen</source>
        <translation>被盗</translation>
    </message>
    <message>
        <source>Scrapped</source>
        <translation>已报废</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>私人</translation>
    </message>
    <message>
        <source>Company vehicle</source>
        <translation>公司车</translation>
    </message>
    <message>
        <source>Staff vehicle</source>
        <translation>员工车</translation>
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
    <message>
        <source>Discount %1% on %2 (%3)</source>
        <translation>%2 打折 %1%（%3）</translation>
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
    <message>
        <source>Nothing found</source>
        <translation>未找到</translation>
    </message>
</context>
<context>
    <name>IntakeFacts</name>
    <message>
        <source>%1 items OK</source>
        <translation>其余 %1 项正常</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Accessories: %1</source>
        <translation>随车附件：%1</translation>
    </message>
    <message>
        <source>At intake:</source>
        <translation>进店读数：</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>车身</translation>
    </message>
    <message>
        <source>Bonnet</source>
        <translation>发动机盖</translation>
    </message>
    <message>
        <source>Boot lid</source>
        <translation>行李箱盖</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>环车检查：</translation>
    </message>
    <message>
        <source>Customer asks:</source>
        <translation>客户要求：</translation>
    </message>
    <message>
        <source>Damage marks:</source>
        <translation>损伤标记：</translation>
    </message>
    <message>
        <source>Front bumper</source>
        <translation>前保险杠</translation>
    </message>
    <message>
        <source>Keep the old parts</source>
        <translation>旧件带走</translation>
    </message>
    <message>
        <source>Left front door</source>
        <translation>左前门</translation>
    </message>
    <message>
        <source>Left front wheel</source>
        <translation>左前轮</translation>
    </message>
    <message>
        <source>Left front wing</source>
        <translation>左前翼子板</translation>
    </message>
    <message>
        <source>Left in the vehicle:</source>
        <translation>车内留存：</translation>
    </message>
    <message>
        <source>Left mirror</source>
        <translation>左后视镜</translation>
    </message>
    <message>
        <source>Left rear door</source>
        <translation>左后门</translation>
    </message>
    <message>
        <source>Left rear wheel</source>
        <translation>左后轮</translation>
    </message>
    <message>
        <source>Left rear wing</source>
        <translation>左后翼子板</translation>
    </message>
    <message>
        <source>Left with it:</source>
        <translation>随机留存：</translation>
    </message>
    <message>
        <source>Promised:</source>
        <translation>承诺交车：</translation>
    </message>
    <message>
        <source>Rear bumper</source>
        <translation>后保险杠</translation>
    </message>
    <message>
        <source>Rear window</source>
        <translation>后挡风玻璃</translation>
    </message>
    <message>
        <source>Right front door</source>
        <translation>右前门</translation>
    </message>
    <message>
        <source>Right front wheel</source>
        <translation>右前轮</translation>
    </message>
    <message>
        <source>Right front wing</source>
        <translation>右前翼子板</translation>
    </message>
    <message>
        <source>Right mirror</source>
        <translation>右后视镜</translation>
    </message>
    <message>
        <source>Right rear door</source>
        <translation>右后门</translation>
    </message>
    <message>
        <source>Right rear wheel</source>
        <translation>右后轮</translation>
    </message>
    <message>
        <source>Right rear wing</source>
        <translation>右后翼子板</translation>
    </message>
    <message>
        <source>Roof</source>
        <translation>车顶</translation>
    </message>
    <message>
        <source>Valuables: %1</source>
        <translation>贵重物品：%1</translation>
    </message>
    <message>
        <source>Waits on site</source>
        <translation>在店等候</translation>
    </message>
    <message>
        <source>Wash</source>
        <translation>洗车</translation>
    </message>
    <message>
        <source>Windscreen</source>
        <translation>前挡风玻璃</translation>
    </message>
    <message>
        <source>Workshop notes:</source>
        <translation>车间备注：</translation>
    </message>
    <message>
        <source>all %1 items OK</source>
        <translation>全部 %1 项正常</translation>
    </message>
    <message>
        <source>battery %1%</source>
        <translation>电量 %1%</translation>
    </message>
    <message>
        <source>does not wait</source>
        <translation>不在店等候</translation>
    </message>
    <message>
        <source>fuel %1%</source>
        <translation>油量 %1%</translation>
    </message>
    <message>
        <source>no items answered</source>
        <translation>未填写检查项</translation>
    </message>
    <message>
        <source>no walk-around recorded</source>
        <translation>未做环车检查</translation>
    </message>
    <message>
        <source>no wash</source>
        <translation>不洗车</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>old parts not kept</source>
        <translation>旧件不留</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) OK</source>
        <translation>
            <numerusform>其余 %n 项正常</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n item(s) OK</source>
        <translation>
            <numerusform>全部 %n 项正常</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeptOrders</name>
    <message>
        <source>%1 · unsent</source>
        <translation>%1 · 未发送</translation>
    </message>
    <message>
        <source>An action on this order is kept on this station and waits to be sent (Stations, Ctrl+6). What is shown is what the server has.</source>
        <translation>此单有一项操作暂存在本工作站，等待发送（工作站，Ctrl+6）。显示的是服务器上的内容。</translation>
    </message>
</context>
<context>
    <name>ValueBadge</name>
    <message>
        <source>Class D, lost: no visit for over 6 months (last visit %3).</source>
        <translation>D 类（流失客户）：超过 6 个月未来店（上次来店 %3）。</translation>
    </message>
    <message>
        <source>Value class %1</source>
        <translation>客户等级 %1</translation>
    </message>
    <message>
        <source>Unchanged since %1.</source>
        <translation>自 %1 起未变。</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n 次来店</numerusform>
        </translation>
    </message>
    <message>
        <source>Class A, loyal: among the top 20% of the last 12 months' spend (%1, %2), 3 or more visits, no debts.</source>
        <translation>A 类（忠诚客户）：近 12 个月消费居前 20%（%1，%2），来店 3 次以上，无欠款。</translation>
    </message>
    <message>
        <source>Class C, marginal: only warranty or free work in the last 12 months, or visits more than 6 months apart (%1, %2; last visit %3).</source>
        <translation>C 类（边缘客户）：近 12 个月只有保修或免费项目，或来店间隔超过 6 个月（%1，%2；上次来店 %3）。</translation>
    </message>
    <message>
        <source>Class B, ordinary: %1, %2 in the last 12 months (last visit %3); A needs the top 20% of spend, 3 visits and no debts.</source>
        <translation>B 类（一般客户）：近 12 个月 %1，%2（上次来店 %3）；A 类需消费居前 20%、来店 3 次且无欠款。</translation>
    </message>
</context>
</TS>
