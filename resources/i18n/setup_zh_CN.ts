<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditPage</name>
    <message>
        <source>e.g. WO-20261201-0001</source>
        <translation>例如 WO-20261201-0001</translation>
    </message>
    <message>
        <source>name or phone</source>
        <translation>姓名或电话</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>words in the summary</source>
        <translation>摘要中的文字</translation>
    </message>
    <message>
        <source>&amp;Search (Enter)</source>
        <translation>查询 (Enter)(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;More… (F8)</source>
        <translation>更多… (F8)(&amp;M)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV…(&amp;X)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>修改前 → 修改后</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>工单(&amp;O)</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>客户(&amp;U)</translation>
    </message>
    <message>
        <source>Us&amp;er</source>
        <translation>用户(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <source>Ac&amp;tion</source>
        <translation>操作(&amp;T)</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>文字(&amp;X)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <source>%1 entries shown, more to come</source>
        <translation>已显示 %1 条，还有更多</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>共 %1 条</translation>
    </message>
    <message>
        <source>(everyone)</source>
        <translation>（所有人）</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>%1 entries written to %2</source>
        <translation>已将 %1 条写入 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) shown, more to come</source>
        <translation>
            <numerusform>已显示 %n 条，还有更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 条写入 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogItemDialog</name>
    <message>
        <source>Edit catalog item</source>
        <translation>编辑目录项目</translation>
    </message>
    <message>
        <source>New catalog item</source>
        <translation>新建目录项目</translation>
    </message>
    <message>
        <source>&amp;Flat price (one job, not hours × rate)</source>
        <translation>一口价（按次，不按工时 × 工时单价）(&amp;F)</translation>
    </message>
    <message>
        <source>Ac&amp;tive (offered at the desks)</source>
        <translation>启用（各前台可选用）(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>编码(&amp;C)</translation>
    </message>
    <message>
        <source>Name (&amp;Chinese)</source>
        <translation>中文名称(&amp;C)</translation>
    </message>
    <message>
        <source>Name (&amp;English)</source>
        <translation>英文名称(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Unit (Chinese)</source>
        <translation>单位（中文）(&amp;U)</translation>
    </message>
    <message>
        <source>U&amp;nit (English)</source>
        <translation>单位（英文）(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>单价(&amp;P)</translation>
    </message>
    <message>
        <source>Standard &amp;hours</source>
        <translation>标准工时(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Applies to</source>
        <translation>适用类型(&amp;A)</translation>
    </message>
    <message>
        <source>rate per hour</source>
        <translation>每小时工时单价</translation>
    </message>
    <message>
        <source>price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Not saved: see the marked fields.</source>
        <translation>未保存：请查看标红的字段。</translation>
    </message>
    <message>
        <source>&amp;Brand / spec</source>
        <translation>品牌规格(&amp;B)</translation>
    </message>
    <message>
        <source>e.g. Bosch 0986AB1234</source>
        <translation>例如 博世 0986AB1234</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Code or name (either language)</source>
        <translation>编码或名称（中英文均可）</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Show &amp;retired items</source>
        <translation>显示已停用项目(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New item (Ins)</source>
        <translation>新建项目 (Ins)(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit (Enter)</source>
        <translation>编辑 (Enter)(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Import… (Ctrl+I)</source>
        <translation>导入… (Ctrl+I)(&amp;I)</translation>
    </message>
    <message>
        <source>E&amp;xport… (Ctrl+E)</source>
        <translation>导出… (Ctrl+E)(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;More… (F8)</source>
        <translation>更多… (F8)(&amp;M)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Std. hours</source>
        <translation>标准工时</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用类型</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>一口价</translation>
    </message>
    <message>
        <source>/ hour</source>
        <translation>/ 小时</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>维修项目与配件目录</translation>
    </message>
    <message>
        <source>%1 items shown, more to come</source>
        <translation>已显示 %1 项，还有更多</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>共 %1 项</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 已保存。</translation>
    </message>
    <message>
        <source>Import the catalog</source>
        <translation>导入目录</translation>
    </message>
    <message>
        <source>Catalog files (*.csv *.xlsx);;All files (*)</source>
        <translation>目录文件 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 changed, %4 unchanged.</source>
        <translation>已导入 %1：新增 %2 项，修改 %3 项，未变 %4 项。</translation>
    </message>
    <message>
        <source>%1 items written to %2</source>
        <translation>已将 %1 项写入 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>共 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) shown, more to come</source>
        <translation>
            <numerusform>已显示 %n 项，还有更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 项写入 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistsPage</name>
    <message>
        <source>Checklist &amp;for</source>
        <translation>检查单适用于(&amp;F)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Label (Chinese)</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Label (English)</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>必检</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>&amp;New item (Ins)</source>
        <translation>新建项目 (Ins)(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Up (Ctrl+↑)</source>
        <translation>上移 (Ctrl+↑)(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Down (Ctrl+↓)</source>
        <translation>下移 (Ctrl+↓)(&amp;D)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Codes: small letters, digits and _. Space ticks a box, F2 edits a cell, Del removes an item (one that inspections used is retired instead).</source>
        <translation>编码：小写字母、数字和 _。空格键勾选，F2 编辑单元格，Del 删除项目（已在检查中用过的项目改为停用）。</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>环车检查单</translation>
    </message>
    <message>
        <source>Checklist saved: the next walk-around at any station uses it.</source>
        <translation>检查单已保存：各工作站的下一次环车检查即按此执行。</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
</context>
<context>
    <name>DateList</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove (Del)</source>
        <translation>删除 (Del)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the catalog</source>
        <translation>导出目录</translation>
    </message>
    <message>
        <source>CSV (opens in Excel and WPS)</source>
        <translation>CSV（可用 Excel 和 WPS 打开）</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <source>UTF-8 (recommended)</source>
        <translation>UTF-8（推荐）</translation>
    </message>
    <message>
        <source>GBK (older Excel in Chinese)</source>
        <translation>GBK（旧版中文 Excel）</translation>
    </message>
    <message>
        <source>Chinese headers</source>
        <translation>中文表头</translation>
    </message>
    <message>
        <source>English headers</source>
        <translation>英文表头</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>格式(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>编码方式(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>表头(&amp;H)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <source>Opening hours</source>
        <translation>营业时间</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Holidays and make-up working days</source>
        <translation>节假日与调休上班日</translation>
    </message>
    <message>
        <source>&amp;Holidays (closed)</source>
        <translation>节假日（休息）(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Make-up working days</source>
        <translation>调休上班日(&amp;M)</translation>
    </message>
    <message>
        <source>Working hours &amp; holidays</source>
        <translation>营业时间与节假日</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import the catalog: %1</source>
        <translation>导入目录：%1</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>导入后的变化</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>%1 problems in the file: nothing can be imported until they are fixed. Fix the file and import it again.</source>
        <translation>文件中有 %1 个问题：改正之前不能导入任何内容。请修改文件后重新导入。</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged. Nothing is written before Import.</source>
        <translation>新增 %1 项，修改 %2 项，未变 %3 项。点“导入”之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>修改：%1</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The file changed or the catalog did: %1 problems, nothing imported.</source>
        <translation>文件或目录已有变化：发现 %1 个问题，未导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the file: nothing can be imported until they are fixed. Fix the file and import it again.</source>
        <translation>
            <numerusform>文件中有 %n 个问题：改正之前不能导入任何内容。请修改文件后重新导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file changed or the catalog did: %n problem(s), nothing imported.</source>
        <translation>
            <numerusform>文件或目录已有变化：发现 %n 个问题，未导入任何内容。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoneyPage</name>
    <message>
        <source>Payment &amp;methods</source>
        <translation>收款方式(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Rounding of the amount due</source>
        <translation>应收金额抹零(&amp;R)</translation>
    </message>
    <message>
        <source>yuan per hour</source>
        <translation>元/小时</translation>
    </message>
    <message>
        <source>&amp;Labor rate (¥ per hour)</source>
        <translation>工时单价（元/小时）(&amp;L)</translation>
    </message>
    <message>
        <source>Advisors' &amp;discount limit (%)</source>
        <translation>服务顾问折扣上限（%）(&amp;D)</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Labor discount %</source>
        <translation>工时折扣 %</translation>
    </message>
    <message>
        <source>Parts discount %</source>
        <translation>配件折扣 %</translation>
    </message>
    <message>
        <source>Member &amp;levels</source>
        <translation>会员等级(&amp;L)</translation>
    </message>
    <message>
        <source>Ins adds a level, Del removes it, Ctrl+Up / Ctrl+Down change the order. A beyond-limit discount needs a manager's approval at the desk.</source>
        <translation>Ins 添加等级，Del 删除，Ctrl+↑ / Ctrl+↓ 调整顺序。超出上限的折扣需经理在前台批准。</translation>
    </message>
    <message>
        <source>Payments &amp; money</source>
        <translation>收款与金额</translation>
    </message>
</context>
<context>
    <name>NumbersPage</name>
    <message>
        <source>Document number prefixes</source>
        <translation>单据编号前缀</translation>
    </message>
    <message>
        <source>Manufacturer warranty</source>
        <translation>厂家质保</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>months or</source>
        <translation>个月或</translation>
    </message>
    <message>
        <source>km, whichever comes first</source>
        <translation>公里，以先到者为准</translation>
    </message>
    <message>
        <source>Numbers &amp; warranty</source>
        <translation>编号与质保</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>&amp;Current password</source>
        <translation>当前密码(&amp;C)</translation>
    </message>
    <message>
        <source>Set the password of %1</source>
        <translation>设置 %1 的密码</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>新密码(&amp;P)</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>再次输入密码(&amp;A)</translation>
    </message>
    <message>
        <source>Set the PIN of %1</source>
        <translation>设置 %1 的 PIN 码</translation>
    </message>
    <message>
        <source>New &amp;PIN (4-8 digits)</source>
        <translation>新 PIN 码（4-8 位数字）(&amp;P)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>再次输入 PIN 码(&amp;A)</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source>These apply to every station. A locked station opens again with the password or PIN of whoever is signed in; another member of staff switches in with their PIN or staff card.</source>
        <translation>以下设置适用于所有工作站。工作站锁定后，由当前登录的员工输入密码或 PIN 码解锁；其他员工可用自己的 PIN 码或员工卡切换登录。</translation>
    </message>
    <message>
        <source>Lock a station after &amp;idle minutes</source>
        <translation>无操作多少分钟后锁定工作站(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Wrong passwords before an account locks</source>
        <translation>密码错误几次后锁定账户(&amp;W)</translation>
    </message>
    <message>
        <source>Account &amp;locked for minutes</source>
        <translation>账户锁定分钟数(&amp;L)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Nothing to save: nothing was changed.</source>
        <translation>无需保存：没有任何修改。</translation>
    </message>
</context>
<context>
    <name>SetupErrors</name>
    <message>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <source>This must be text.</source>
        <translation>此项必须是文字。</translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation>最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>This is not in the expected format.</source>
        <translation>格式不正确。</translation>
    </message>
    <message>
        <source>Choose one of the offered values.</source>
        <translation>请从给出的选项中选择。</translation>
    </message>
    <message>
        <source>This is not a number.</source>
        <translation>这不是数字。</translation>
    </message>
    <message>
        <source>Enter a value from {min} to {max}.</source>
        <translation>请输入 {min} 到 {max} 之间的值。</translation>
    </message>
    <message>
        <source>At most {places} decimal places.</source>
        <translation>最多 {places} 位小数。</translation>
    </message>
    <message>
        <source>At most {max} entries.</source>
        <translation>最多 {max} 项。</translation>
    </message>
    <message>
        <source>Choose at least one.</source>
        <translation>至少选择一项。</translation>
    </message>
    <message>
        <source>This is used twice.</source>
        <translation>此值重复使用。</translation>
    </message>
    <message>
        <source>A prefix has 1 to 6 letters or digits.</source>
        <translation>前缀为 1 到 6 个字母或数字。</translation>
    </message>
    <message>
        <source>A time like 08:30 is needed.</source>
        <translation>请输入时间，例如 08:30。</translation>
    </message>
    <message>
        <source>Enter the opening and the closing time.</source>
        <translation>请输入开门和关门时间。</translation>
    </message>
    <message>
        <source>The closing time must be after the opening time.</source>
        <translation>关门时间必须晚于开门时间。</translation>
    </message>
    <message>
        <source>A date like 2026-10-01 is needed.</source>
        <translation>请输入日期，例如 2026-10-01。</translation>
    </message>
    <message>
        <source>{value} is both a holiday and a make-up working day.</source>
        <translation>{value} 既是节假日又是调休上班日。</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>No customer matches “{value}”.</source>
        <translation>没有与“{value}”相符的客户。</translation>
    </message>
    <message>
        <source>A code has 1 to 40 small letters, digits or _ (e.g. tire_pressure).</source>
        <translation>编码为 1 到 40 个小写字母、数字或 _（例如 tire_pressure）。</translation>
    </message>
    <message>
        <source>An item that is not active cannot be mandatory.</source>
        <translation>未启用的项目不能设为必检。</translation>
    </message>
    <message>
        <source>It has {length} characters.</source>
        <translation>应为 {length} 个字符。</translation>
    </message>
    <message>
        <source>The character “{char}” is not allowed.</source>
        <translation>不允许使用字符“{char}”。</translation>
    </message>
    <message>
        <source>The check character (the last one) does not match: a character is mistyped.</source>
        <translation>校验码（最后一位）不符：有字符输错了。</translation>
    </message>
    <message>
        <source>This file is not a picture (PNG, JPEG, BMP or GIF).</source>
        <translation>该文件不是图片（PNG、JPEG、BMP 或 GIF）。</translation>
    </message>
    <message>
        <source>The file is too large ({size_mb} MB); at most {max_mb} MB.</source>
        <translation>文件太大（{size_mb} MB），最大 {max_mb} MB。</translation>
    </message>
    <message>
        <source>The picture could not be used.</source>
        <translation>无法使用该图片。</translation>
    </message>
    <message>
        <source>This is already taken by another member of staff.</source>
        <translation>已被其他员工使用。</translation>
    </message>
    <message>
        <source>This login is reserved.</source>
        <translation>此登录名为系统保留。</translation>
    </message>
    <message>
        <source>2 to 40 letters, digits, dots, dashes or underscores.</source>
        <translation>2 到 40 个字母、数字、点、连字符或下划线。</translation>
    </message>
    <message>
        <source>At least {min} characters.</source>
        <translation>至少 {min} 个字符。</translation>
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
        <source>Choose Chinese or English.</source>
        <translation>请选择中文或英文。</translation>
    </message>
    <message>
        <source>Choose a role from the list.</source>
        <translation>请从列表中选择角色。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>两次输入不一致。</translation>
    </message>
    <message>
        <source>{user} is the last active administrator: give another member of staff the administrator role first.</source>
        <translation>{user} 是最后一位在职的系统管理员：请先把系统管理员角色授予另一位员工。</translation>
    </message>
    <message>
        <source>You cannot switch off your own account.</source>
        <translation>不能停用自己的账户。</translation>
    </message>
    <message>
        <source>“{value}” is not a kind: labor, part or sundry (工时, 配件, 辅料).</source>
        <translation>“{value}”不是有效类别：应为工时、配件或辅料（labor, part, sundry）。</translation>
    </message>
    <message>
        <source>“{value}” is not a vehicle, device or e-bike (汽车, 手机, 电动车).</source>
        <translation>“{value}”不是有效类型：应为汽车、手机/设备或电动车（vehicle, device, ebike）。</translation>
    </message>
    <message>
        <source>“{value}” is not yes or no (是 / 否).</source>
        <translation>“{value}”不是“是”或“否”（yes / no）。</translation>
    </message>
    <message>
        <source>Labor priced per hour needs its standard hours.</source>
        <translation>按工时计价的项目需要填写标准工时。</translation>
    </message>
    <message>
        <source>Only labor has standard hours.</source>
        <translation>只有工时项目有标准工时。</translation>
    </message>
    <message>
        <source>Only labor has a flat price.</source>
        <translation>只有工时项目可设一口价。</translation>
    </message>
    <message>
        <source>This code is already in the catalog.</source>
        <translation>目录中已有此编码。</translation>
    </message>
    <message>
        <source>The file cannot be opened.</source>
        <translation>无法打开该文件。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>The file is too large ({size_mb} MB); at most 20 MB.</source>
        <translation>文件太大（{size_mb} MB），最大 20 MB。</translation>
    </message>
    <message>
        <source>This is neither a CSV file nor an Excel .xlsx workbook.</source>
        <translation>该文件既不是 CSV 文件，也不是 Excel .xlsx 工作簿。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GBK text: save it as “CSV UTF-8”.</source>
        <translation>文件既不是 UTF-8 也不是 GBK 编码：请另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>The CSV cannot be read (a broken quote?).</source>
        <translation>无法读取该 CSV（引号不配对？）。</translation>
    </message>
    <message>
        <source>At most {limit} rows per file.</source>
        <translation>每个文件最多 {limit} 行。</translation>
    </message>
    <message>
        <source>The file has a header but no items.</source>
        <translation>文件只有表头，没有项目。</translation>
    </message>
    <message>
        <source>An empty row inside the data: delete it or fill it.</source>
        <translation>数据中有空行：请删除或填写。</translation>
    </message>
    <message>
        <source>The code {value} is already on row {first_row}.</source>
        <translation>编码 {value} 已在第 {first_row} 行出现。</translation>
    </message>
    <message>
        <source>Column {position} has values but no header.</source>
        <translation>第 {position} 列有数据但没有表头。</translation>
    </message>
    <message>
        <source>Unknown column “{value}”: remove it or name it as in an export.</source>
        <translation>未知的列“{value}”：请删除，或按导出文件中的名称命名。</translation>
    </message>
    <message>
        <source>The column “{value}” appears twice.</source>
        <translation>列“{value}”出现了两次。</translation>
    </message>
    <message>
        <source>This column is missing.</source>
        <translation>缺少此列。</translation>
    </message>
    <message>
        <source>A value in column {position}, right of the last column.</source>
        <translation>第 {position} 列（最后一列右侧）有数据。</translation>
    </message>
    <message>
        <source>Export as CSV or Excel .xlsx.</source>
        <translation>请导出为 CSV 或 Excel .xlsx。</translation>
    </message>
    <message>
        <source>Export in UTF-8 or GBK.</source>
        <translation>请使用 UTF-8 或 GBK 编码导出。</translation>
    </message>
    <message>
        <source>Someone else saved this first. It was reloaded: check and save again.</source>
        <translation>有人先保存了。已重新载入：请核对后再保存。</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Saved meanwhile by %1. It was reloaded: check and save again.</source>
        <translation>期间已由 %1 保存。已重新载入：请核对后再保存。</translation>
    </message>
</context>
<context>
    <name>SetupLabels</name>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>Member stored value</source>
        <translation>会员储值</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>No rounding</source>
        <translation>不抹零</translation>
    </message>
    <message>
        <source>Round down to 0.10 (drop the fen)</source>
        <translation>抹去分（舍到角）</translation>
    </message>
    <message>
        <source>Round down to 1.00 (drop the jiao and fen)</source>
        <translation>抹去角和分（舍到元）</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>维修委托书</translation>
    </message>
    <message>
        <source>Settlement statement</source>
        <translation>维修结算单</translation>
    </message>
    <message>
        <source>Release slip</source>
        <translation>车辆放行条</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收款收据</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Class 1 (一类)</source>
        <translation>一类</translation>
    </message>
    <message>
        <source>Class 2 (二类)</source>
        <translation>二类</translation>
    </message>
    <message>
        <source>Class 3 (三类)</source>
        <translation>三类</translation>
    </message>
    <message>
        <source>Completion certificate</source>
        <translation>竣工出厂合格证</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Another station saved this page meanwhile. Your input is kept: Esc shows theirs; saving is refused where you both changed the same thing.</source>
        <translation>期间另一工作站保存了本页。您的输入已保留：按 Esc 查看对方的内容；若双方改了同一项，保存会被拒绝。</translation>
    </message>
    <message>
        <source>Not saved: see the marked fields.</source>
        <translation>未保存：请查看标红的字段。</translation>
    </message>
    <message>
        <source>Saved. Every station uses it from now on.</source>
        <translation>已保存。所有工作站即刻生效。</translation>
    </message>
</context>
<context>
    <name>SetupWorkspace</name>
    <message>
        <source>Alt+1…9 or Ctrl+PgUp / Ctrl+PgDn: pages · Ctrl+S saves · Esc puts back</source>
        <translation>Alt+1…9 或 Ctrl+PgUp / Ctrl+PgDn：切换页面 · Ctrl+S 保存 · Esc 还原</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>设置中心</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The Setup desk needs the setup right, which service managers and administrators hold. Your roles (%1) do not include it: ask a manager.</source>
        <translation>设置中心需要“设置”权限，只有服务经理和系统管理员拥有。您的角色（%1）不含此权限：请联系经理。</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>&amp;Legal name</source>
        <translation>法定名称(&amp;L)</translation>
    </message>
    <message>
        <source>as on the business licence</source>
        <translation>与营业执照一致</translation>
    </message>
    <message>
        <source>&amp;Short name</source>
        <translation>简称(&amp;S)</translation>
    </message>
    <message>
        <source>printed big on documents</source>
        <translation>单据上以大字打印</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Unified social credit code</source>
        <translation>统一社会信用代码(&amp;U)</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18 位</translation>
    </message>
    <message>
        <source>Repair &amp;licence no.</source>
        <translation>维修经营许可证号(&amp;L)</translation>
    </message>
    <message>
        <source>Licence &amp;class</source>
        <translation>许可证类别(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Bank</source>
        <translation>开户银行(&amp;B)</translation>
    </message>
    <message>
        <source>Bank acc&amp;ount</source>
        <translation>银行账号(&amp;O)</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>选择文件…(&amp;H)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>PNG, JPEG, BMP or GIF, at most 5 MB; saved at once</source>
        <translation>PNG、JPEG、BMP 或 GIF，最大 5 MB；选择后立即保存</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Shop profile</source>
        <translation>门店信息</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <source>Nothing to save: no field was changed.</source>
        <translation>无需保存：没有修改任何字段。</translation>
    </message>
    <message>
        <source>Shop profile saved. Every document prints it from now on.</source>
        <translation>门店信息已保存。此后所有单据均按此打印。</translation>
    </message>
    <message>
        <source>Choose the shop's logo</source>
        <translation>选择门店标志</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Logo saved.</source>
        <translation>标志已保存。</translation>
    </message>
    <message>
        <source>Logo removed.</source>
        <translation>标志已移除。</translation>
    </message>
</context>
<context>
    <name>StaffCardDialog</name>
    <message>
        <source>Staff card: %1</source>
        <translation>员工卡：%1</translation>
    </message>
    <message>
        <source>The previous card of %1 no longer works. Print this one now: it cannot be shown again (only a new card can be issued).</source>
        <translation>%1 的旧卡已失效。请立即打印此卡：它不会再次显示（以后只能补发新卡）。</translation>
    </message>
    <message>
        <source>&amp;Print… (Ctrl+P)</source>
        <translation>打印… (Ctrl+P)(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF…(&amp;S)</translation>
    </message>
    <message>
        <source>Save the staff card</source>
        <translation>保存员工卡</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Edit member of staff</source>
        <translation>编辑员工</translation>
    </message>
    <message>
        <source>Add staff</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <source>Station's language</source>
        <translation>跟随工作站语言</translation>
    </message>
    <message>
        <source>Ac&amp;tive: may sign in</source>
        <translation>在职：可以登录(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>登录名(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Main role</source>
        <translation>主要角色(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>语言(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>再次输入密码(&amp;A)</translation>
    </message>
    <message>
        <source>P&amp;IN (optional)</source>
        <translation>PIN 码（可选）(&amp;I)</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Staff card</source>
        <translation>员工卡</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>station's</source>
        <translation>跟随工作站</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation>显示离职员工(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Add (Ins)</source>
        <translation>添加 (Ins)(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit (Enter)</source>
        <translation>编辑 (Enter)(&amp;E)</translation>
    </message>
    <message>
        <source>Pass&amp;word… (Ctrl+W)</source>
        <translation>密码… (Ctrl+W)(&amp;W)</translation>
    </message>
    <message>
        <source>PI&amp;N… (Ctrl+N)</source>
        <translation>PIN 码… (Ctrl+N)(&amp;N)</translation>
    </message>
    <message>
        <source>Staff &amp;card… (Ctrl+K)</source>
        <translation>员工卡… (Ctrl+K)(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Unlock (Ctrl+Shift+U)</source>
        <translation>解锁 (Ctrl+Shift+U)(&amp;U)</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 已保存。</translation>
    </message>
    <message>
        <source>Password of %1 set.</source>
        <translation>已设置 %1 的密码。</translation>
    </message>
    <message>
        <source>PIN of %1 set.</source>
        <translation>已设置 %1 的 PIN 码。</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 可以重新登录了。</translation>
    </message>
    <message>
        <source>%1 already has a staff card. A new card makes the old one stop working. Issue a new card?</source>
        <translation>%1 已有员工卡。补发新卡后旧卡立即失效。确定补发吗？</translation>
    </message>
    <message>
        <source>New staff card issued to %1.</source>
        <translation>已为 %1 发放新员工卡。</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Access &amp;key</source>
        <translation>访问密钥(&amp;K)</translation>
    </message>
    <message>
        <source>Every settled vehicle repair becomes an electronic health record (JT/T 1132). Records wait here until the endpoint takes them; none is lost while it is down.</source>
        <translation>每次结算的机动车维修都会生成一条汽车维修电子健康档案（JT/T 1132）。档案在此等待上传，接口不可用时不会丢失。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export health records</source>
        <translation>导出电子健康档案</translation>
    </message>
    <message>
        <source>Exported to %1 (%2 bytes).</source>
        <translation>已导出到 %1（%2 字节）。</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>格式(&amp;O)</translation>
    </message>
    <message>
        <source>Health records</source>
        <translation>电子健康档案</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>立即上传(&amp;N)</translation>
    </message>
    <message>
        <source>Sent %1, failed %2.</source>
        <translation>已上传 %1 条，失败 %2 条。</translation>
    </message>
    <message>
        <source>Set the upload address first.</source>
        <translation>请先设置上传地址。</translation>
    </message>
    <message>
        <source>Settled &amp;from / to</source>
        <translation>结算日期 从/至(&amp;F)</translation>
    </message>
    <message>
        <source>Upload &amp;address</source>
        <translation>上传地址(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <source>What customers receive, and when: messages go only to customers whose consent is in force, never in the quiet hours.</source>
        <translation>客户收到什么、何时收到：短信只发给同意有效的客户，免打扰时段内不发送。</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>短信事由(&amp;M)</translation>
    </message>
    <message>
        <source>Text (&amp;Chinese)</source>
        <translation>内容（中文）(&amp;C)</translation>
    </message>
    <message>
        <source>Provider code (Chinese)</source>
        <translation>服务商模板号（中文）</translation>
    </message>
    <message>
        <source>Text (&amp;English)</source>
        <translation>内容（英文）(&amp;E)</translation>
    </message>
    <message>
        <source>Provider code (English)</source>
        <translation>服务商模板号（英文）</translation>
    </message>
    <message>
        <source>e.g. SMS_123456789 (Aliyun), empty: none</source>
        <translation>如 SMS_123456789（阿里云），留空：无</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>免打扰时段</translation>
    </message>
    <message>
        <source>&amp;Nothing is sent from / until</source>
        <translation>不发送时段 从 / 至(&amp;N)</translation>
    </message>
    <message>
        <source>SMS gateway (Aliyun)</source>
        <translation>短信网关（阿里云）</translation>
    </message>
    <message>
        <source>Remove the saved secret</source>
        <translation>删除已保存的密钥</translation>
    </message>
    <message>
        <source>the approved signature, e.g. 安达汽修</source>
        <translation>已审核的短信签名，如 安达汽修</translation>
    </message>
    <message>
        <source>End&amp;point</source>
        <translation>接口地址(&amp;P)</translation>
    </message>
    <message>
        <source>Access&amp;Key ID</source>
        <translation>AccessKey ID(&amp;K)</translation>
    </message>
    <message>
        <source>AccessKey &amp;secret</source>
        <translation>AccessKey 密钥(&amp;S)</translation>
    </message>
    <message>
        <source>Si&amp;gnature (签名)</source>
        <translation>短信签名(&amp;G)</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>&amp;Device follow-up after release</source>
        <translation>设备交付后回访时间(&amp;D)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>saved (hidden): type a new one to replace it</source>
        <translation>已保存（隐藏）：输入新密钥即替换</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Placeholders this message may use: %1</source>
        <translation>此短信可用的占位符：%1</translation>
    </message>
    <message>
        <source>Nothing to save: nothing was changed.</source>
        <translation>没有需要保存的内容：未做任何修改。</translation>
    </message>
    <message>
        <source>a mobile number, e.g. 138 0013 8000</source>
        <translation>手机号，如 138 0013 8000</translation>
    </message>
    <message>
        <source>Send a test SMS</source>
        <translation>发送测试短信</translation>
    </message>
    <message>
        <source>&amp;Test to</source>
        <translation>测试发送到(&amp;T)</translation>
    </message>
    <message>
        <source>The test uses the saved settings and the follow-up template (with its provider code). Without an AccessKey ID and secret nothing is sent: the care desk lists the queued messages to call or text by hand.</source>
        <translation>测试使用已保存的设置和回访模板（及其服务商模板号）。没有 AccessKey ID 和密钥时不发送短信：客服台列出待发短信，由人工致电或发送。</translation>
    </message>
    <message>
        <source>Save first (Ctrl+S): the test uses the saved settings.</source>
        <translation>请先保存（Ctrl+S）：测试使用已保存的设置。</translation>
    </message>
    <message>
        <source>Sending a test SMS…</source>
        <translation>正在发送测试短信…</translation>
    </message>
    <message>
        <source>Test SMS sent (the provider's id: %1).</source>
        <translation>测试短信已发送（服务商编号：%1）。</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>Appointments fill slots of this length through the opening hours (the Hours page). Per kind, a slot takes min(bays, technicians) x its length in labor hours of booked work; 0 takes no bookings for that kind.</source>
        <translation>预约按此时长把营业时间（见“营业时间”页）分成时段。每种类型每个时段可接的工时 = min(工位数, 技师数) × 时段时长；为 0 则该类型不接预约。</translation>
    </message>
    <message>
        <source>&amp;Slot length (minutes)</source>
        <translation>时段时长(分钟)(&amp;S)</translation>
    </message>
    <message>
        <source>%1: bays or lifts</source>
        <translation>%1：工位/举升机数</translation>
    </message>
    <message>
        <source>%1: technicians</source>
        <translation>%1：在岗技师数</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
</context>
</TS>
