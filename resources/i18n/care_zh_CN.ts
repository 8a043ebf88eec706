<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CareWorkspace</name>
    <message>
        <source>&amp;1 Follow-ups</source>
        <translation>&amp;1 回访</translation>
    </message>
    <message>
        <source>&amp;2 Complaints</source>
        <translation>&amp;2 投诉</translation>
    </message>
    <message>
        <source>&amp;3 Due lists</source>
        <translation>&amp;3 提醒名单</translation>
    </message>
    <message>
        <source>&amp;4 Figures</source>
        <translation>&amp;4 指标</translation>
    </message>
    <message>
        <source>Customer care</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>&amp;5 Messages</source>
        <translation>&amp;5 短信</translation>
    </message>
</context>
<context>
    <name>FollowUpCallPanel</name>
    <message>
        <source>No call open</source>
        <translation>未打开回访</translation>
    </message>
    <message>
        <source>Choose a follow-up in the list and press Enter.</source>
        <translation>在列表中选择一条回访，按 Enter 打开。</translation>
    </message>
    <message>
        <source>Call started</source>
        <translation>开始通话</translation>
    </message>
    <message>
        <source>Start the call timer when the customer answers</source>
        <translation>客户接听时开始通话计时</translation>
    </message>
    <message>
        <source>Scores 1 (very poor) to 5 (very good); – not answered.</source>
        <translation>评分 1（很差）至 5（很好）；– 表示未回答。</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>客户的原话</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Dissatisfied + open complaint</source>
        <translation>不满意并立投诉</translation>
    </message>
    <message>
        <source>Record dissatisfied and open a complaint in the same call</source>
        <translation>记录不满意，并在本次通话中立即建立投诉</translation>
    </message>
    <message>
        <source>no phone on file</source>
        <translation>无电话</translation>
    </message>
    <message>
        <source>attempt %1 of %2</source>
        <translation>第 %1 次（共 %2 次）</translation>
    </message>
    <message>
        <source>released %1</source>
        <translation>%1 交车</translation>
    </message>
    <message>
        <source>Call timer %1</source>
        <translation>通话计时 %1</translation>
    </message>
    <message>
        <source>Call %1 — press %2 when the customer answers</source>
        <translation>通话 %1 — 客户接听时按 %2</translation>
    </message>
    <message>
        <source>Call %1 — over the 5-minute limit: close the call now</source>
        <translation>通话 %1 — 已超过 5 分钟上限：请立即结束通话</translation>
    </message>
    <message>
        <source>Call %1 — the 5-minute limit is near: wind the call up</source>
        <translation>通话 %1 — 接近 5 分钟上限：请尽快收尾</translation>
    </message>
    <message>
        <source>Call %1 (calls stay under 5 minutes)</source>
        <translation>通话 %1（每次通话不超过 5 分钟）</translation>
    </message>
    <message>
        <source>proposed slot %1</source>
        <translation>建议时段 %1</translation>
    </message>
</context>
<context>
    <name>FollowUpsTab</name>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未接通</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝回访</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>次日回访</translation>
    </message>
    <message>
        <source>3 hours</source>
        <translation>3小时回访</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3天回访</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备回访</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>再次回访</translation>
    </message>
    <message>
        <source>After a complaint</source>
        <translation>投诉回访</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Repair quality</source>
        <translation>维修质量</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时交车</translation>
    </message>
    <message>
        <source>Price explained</source>
        <translation>费用解释</translation>
    </message>
    <message>
        <source>Cleanliness</source>
        <translation>清洁</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再拨</translation>
    </message>
    <message>
        <source>To call</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1, SMS owed</source>
        <translation>%1，待发短信</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Vehicle / device</source>
        <translation>车辆/设备</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Today's follow-up calls</source>
        <translation>今日回访</translation>
    </message>
    <message>
        <source>Closed ones too (2 weeks)</source>
        <translation>含已结束（两周内）</translation>
    </message>
    <message>
        <source>Enter: open the call · F5: call started · F6–F10: outcome · Ctrl+F7: dissatisfied + complaint · Esc: back to the list</source>
        <translation>Enter：打开回访 · F5：开始通话 · F6–F10：结果 · Ctrl+F7：不满意并立投诉 · Esc：返回列表</translation>
    </message>
    <message numerus="yes">
        <source>%n to call</source>
        <translation>
            <numerusform>待回访 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left the list: another station recorded this call meanwhile.</source>
        <translation>%1 已不在列表中：其他工位刚刚记录了这次回访。</translation>
    </message>
    <message>
        <source>Another station changed %1's follow-up meanwhile: saving will say what.</source>
        <translation>其他工位刚刚改动了 %1 的回访：保存时会显示改动内容。</translation>
    </message>
    <message>
        <source>The list is empty: nothing to call.</source>
        <translation>列表为空：没有需要回访的客户。</translation>
    </message>
    <message>
        <source>This follow-up is closed (%1).</source>
        <translation>此回访已结束（%1）。</translation>
    </message>
    <message>
        <source>The call timer is already running.</source>
        <translation>通话计时已在进行。</translation>
    </message>
    <message>
        <source>Open a follow-up first: choose it in the list and press Enter.</source>
        <translation>请先打开回访：在列表中选择并按 Enter。</translation>
    </message>
    <message>
        <source>Saving the call…</source>
        <translation>正在保存回访…</translation>
    </message>
    <message>
        <source>%1 not reached (attempt %2 of %3). Next try: %4.</source>
        <translation>%1 未接通（第 %2 次，共 %3 次）。下次拨打：%4。</translation>
    </message>
    <message>
        <source>%1 not reached three times: the follow-up is closed and the follow-up SMS is queued (message %2).</source>
        <translation>%1 三次未接通：回访已结束，回访短信已排入发送队列（短信 %2）。</translation>
    </message>
    <message>
        <source>%1 not reached three times: the follow-up is closed and an SMS is owed, but none was queued (no SMS consent, or the shop's name or phone is missing). Send it by hand.</source>
        <translation>%1 三次未接通：回访已结束，应发短信但未排队（客户未同意接收短信，或店名、电话未填写）。请手工发送。</translation>
    </message>
    <message>
        <source>Recorded for %1: %2.</source>
        <translation>已记录 %1：%2。</translation>
    </message>
    <message>
        <source>Another follow-up is due the next working day.</source>
        <translation>下一个工作日将再次回访。</translation>
    </message>
    <message>
        <source>Complaint %1 is opened.</source>
        <translation>已建立投诉 %1。</translation>
    </message>
    <message>
        <source>No complaint was opened: record it on the Complaints tab (Alt+2).</source>
        <translation>未建立投诉：请在“投诉”页（Alt+2）登记。</translation>
    </message>
    <message>
        <source>%1 (%2) recorded this call: %3</source>
        <translation>%1（%2）已记录这次回访：%3</translation>
    </message>
    <message>
        <source>%1 (%2) changed this follow-up</source>
        <translation>%1（%2）改动了这条回访</translation>
    </message>
    <message>
        <source>Meanwhile %1. The list was reloaded; your scores and note are kept.</source>
        <translation>在此期间，%1。列表已刷新；您输入的评分和备注仍保留。</translation>
    </message>
</context>
<context>
    <name>DueTab</name>
    <message>
        <source>Maintenance due</source>
        <translation>保养到期</translation>
    </message>
    <message>
        <source>First service</source>
        <translation>首保</translation>
    </message>
    <message>
        <source>Warranty expiring</source>
        <translation>保修即将到期</translation>
    </message>
    <message>
        <source>Annual inspection (年检)</source>
        <translation>年检</translation>
    </message>
    <message>
        <source>Insurance renewal</source>
        <translation>保险续保</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Inactive (5 months)</source>
        <translation>不活跃客户（5个月）</translation>
    </message>
    <message>
        <source>Lost (over 6 months)</source>
        <translation>流失客户（超过6个月）</translation>
    </message>
    <message>
        <source>Service due</source>
        <translation>保养到期日</translation>
    </message>
    <message>
        <source>First service due</source>
        <translation>首保到期日</translation>
    </message>
    <message>
        <source>Warranty ends</source>
        <translation>保修截止</translation>
    </message>
    <message>
        <source>Inspection due</source>
        <translation>年检到期</translation>
    </message>
    <message>
        <source>Insurance due</source>
        <translation>保险到期</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次来店</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已接通</translation>
    </message>
    <message>
        <source>Will come in</source>
        <translation>答应来店</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>不来</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>未接通</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>号码有误</translation>
    </message>
    <message>
        <source>%1 km (%2 km/day)</source>
        <translation>%1 公里（每天 %2 公里）</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Vehicle / device</source>
        <translation>车辆 / 设备</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>里程</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>名单(&amp;L)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Days ahead:</source>
        <translation>往后天数(&amp;D)：</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>客户的答复</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>记录通话</translation>
    </message>
    <message>
        <source>SMS reminder</source>
        <translation>短信提醒</translation>
    </message>
    <message>
        <source>Put a service reminder for this customer in the outbox</source>
        <translation>把给这位客户的保养提醒短信放入发件箱</translation>
    </message>
    <message>
        <source>Copy list</source>
        <translation>复制名单</translation>
    </message>
    <message>
        <source>Copy the list to paste into a spreadsheet or print</source>
        <translation>复制名单，可粘贴到表格或打印</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>另存为 CSV…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a row: Enter starts the call.</source>
        <translation>请选择一行：按 Enter 开始通话。</translation>
    </message>
    <message>
        <source>Calling %1 — %2</source>
        <translation>正在通话：%1 — %2</translation>
    </message>
    <message>
        <source>%1 — Enter starts the call</source>
        <translation>%1 — 按 Enter 开始通话</translation>
    </message>
    <message>
        <source>The last action is still on its way.</source>
        <translation>上一个操作仍在处理中。</translation>
    </message>
    <message>
        <source>Choose a row first.</source>
        <translation>请先选择一行。</translation>
    </message>
    <message>
        <source>Call with %1 logged: %2.</source>
        <translation>已记录与 %1 的通话：%2。</translation>
    </message>
    <message>
        <source>Reminder to %1 (%2) is in the outbox.</source>
        <translation>给 %1（%2）的提醒短信已放入发件箱。</translation>
    </message>
    <message>
        <source>The service reminder's text needs {%1}, which this row does not have: call instead, or change the template at Setup.</source>
        <translation>保养提醒短信需要 {%1}，这一行没有此项：请改为电话联系，或在设置中修改短信模板。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied: paste them into a spreadsheet.</source>
        <translation>
            <numerusform>已复制 %n 行：可粘贴到表格中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the list</source>
        <translation>保存名单</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not save the list: %1</source>
        <translation>无法保存名单：%1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>上次致电</translation>
    </message>
    <message>
        <source>Book appointment…</source>
        <translation>预约…</translation>
    </message>
    <message>
        <source>Book an appointment for this customer and vehicle</source>
        <translation>为这位客户和车辆预约进店</translation>
    </message>
    <message>
        <source>Ctrl+PgUp / Ctrl+PgDn: the list · Enter on a row: start the call · a booked appointment logs the call</source>
        <translation>Ctrl+PgUp / Ctrl+PgDn：切换名单 · 在一行上按 Enter：开始通话 · 预约成功后自动记录本次通话</translation>
    </message>
    <message>
        <source>Appointment %1</source>
        <translation>已预约 %1</translation>
    </message>
    <message>
        <source>Booked for %1: %2. The call is logged.</source>
        <translation>已为 %1 预约：%2。本次通话已记录。</translation>
    </message>
</context>
<context>
    <name>FiguresTab</name>
    <message>
        <source>Satisfied</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Follow-ups in 24 h</source>
        <translation>24 小时内回访</translation>
    </message>
    <message>
        <source>Complaints closed on time</source>
        <translation>投诉按时结案</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日</translation>
    </message>
    <message>
        <source>Advisor / owner</source>
        <translation>服务顾问 / 负责人</translation>
    </message>
    <message>
        <source>(no advisor)</source>
        <translation>（无服务顾问）</translation>
    </message>
    <message>
        <source>&amp;Weeks:</source>
        <translation>周数(&amp;W)：</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>往前</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>往后</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>By advisor (follow-ups) and owner (complaints)</source>
        <translation>按服务顾问（回访）和负责人（投诉）</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 – %4)</source>
        <translation>%1 至 %2（%3 – %4）</translation>
    </message>
    <message>
        <source>All weeks: satisfied %1 · follow-ups in 24 h %2 · complaints on time %3</source>
        <translation>全部周合计：满意率 %1 · 24 小时内回访 %2 · 投诉按时结案 %3</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Service reminder</source>
        <translation>保养提醒</translation>
    </message>
    <message>
        <source>Appointment confirmation</source>
        <translation>预约确认</translation>
    </message>
    <message>
        <source>Appointment reminder</source>
        <translation>预约提醒</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>可以取车</translation>
    </message>
    <message>
        <source>Extra work waiting for an answer</source>
        <translation>增项待客户答复</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>发送失败</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
</context>
<context>
    <name>MessagesTab</name>
    <message>
        <source>To do (queued and failed)</source>
        <translation>待处理（待发送和失败）</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>发送失败</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>显示(&amp;W)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation>排队时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>About</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>短信内容</translation>
    </message>
    <message>
        <source>Send queued now</source>
        <translation>立即发送待发短信</translation>
    </message>
    <message>
        <source>Done by phone or by hand</source>
        <translation>已电话/手工处理</translation>
    </message>
    <message>
        <source>Copy call/SMS list</source>
        <translation>复制电话/短信清单</translation>
    </message>
    <message>
        <source>Save list as CSV…</source>
        <translation>清单另存为 CSV…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Messages go out only to customers whose SMS consent is in force, never in the quiet hours. Templates, quiet hours and the gateway: Setup desk, Messages.</source>
        <translation>短信只发给短信同意有效的客户，免打扰时段内不发送。模板、免打扰时段和短信网关：设置中心 →“短信”。</translation>
    </message>
    <message>
        <source>No SMS gateway is set: the queued messages are your call/SMS list. Call or text each customer, then mark it done (Ctrl+D); or copy or save the list.</source>
        <translation>未设置短信网关：待发短信即为电话/短信清单。逐一致电或手工发短信后标记已处理（Ctrl+D）；也可复制或保存清单。</translation>
    </message>
    <message>
        <source>Quiet hours (%1): nothing is sent now; the queued messages wait until %2.</source>
        <translation>免打扰时段（%1）：现在不发送，待发短信等到 %2。</translation>
    </message>
    <message>
        <source>The SMS gateway is set: queued messages go out with Send (Ctrl+Enter); never in the quiet hours (%1).</source>
        <translation>短信网关已设置：按“发送”（Ctrl+Enter）发出待发短信；免打扰时段（%1）内不发送。</translation>
    </message>
    <message>
        <source>%1 shown · %2 queued · %3 failed</source>
        <translation>显示 %1 条 · 待发送 %2 · 失败 %3</translation>
    </message>
    <message>
        <source>Held until %1</source>
        <translation>暂缓至 %1</translation>
    </message>
    <message>
        <source>To call or text</source>
        <translation>待致电或手工发送</translation>
    </message>
    <message>
        <source>Done by hand %1</source>
        <translation>手工已处理 %1</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>已发送 %1</translation>
    </message>
    <message>
        <source>Failed, given up</source>
        <translation>失败，不再重试</translation>
    </message>
    <message>
        <source>Failed, will retry</source>
        <translation>失败，将重试</translation>
    </message>
    <message>
        <source>Held: quiet hours until %1</source>
        <translation>暂缓：免打扰时段至 %1</translation>
    </message>
    <message>
        <source>Queued: call or text by hand</source>
        <translation>待发送：请致电或手工发短信</translation>
    </message>
    <message>
        <source>Sent by hand %1</source>
        <translation>手工发送 %1</translation>
    </message>
    <message>
        <source>Failed: %1 (not tried again)</source>
        <translation>失败：%1（不再重试）</translation>
    </message>
    <message>
        <source>Failed: %1 (tried again with the next send)</source>
        <translation>失败：%1（下次发送时重试）</translation>
    </message>
    <message>
        <source>the customer's consent is not in force</source>
        <translation>客户的同意已失效</translation>
    </message>
    <message>
        <source>no phone number on file</source>
        <translation>档案中没有电话号码</translation>
    </message>
    <message>
        <source>the customer was anonymised</source>
        <translation>客户已匿名化</translation>
    </message>
    <message>
        <source>the customer's file was merged</source>
        <translation>客户档案已合并</translation>
    </message>
    <message>
        <source>No SMS gateway is set (Setup desk, Messages): work the list by hand.</source>
        <translation>未设置短信网关（设置中心 →“短信”）：请按清单手工处理。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Still sending the last action.</source>
        <translation>上一个操作仍在发送中。</translation>
    </message>
    <message>
        <source>No SMS gateway is set (Setup desk, Messages).</source>
        <translation>未设置短信网关（设置中心 →“短信”）。</translation>
    </message>
    <message>
        <source>Quiet hours: nothing was sent; the messages wait until %1.</source>
        <translation>免打扰时段：未发送任何短信，等到 %1 再发。</translation>
    </message>
    <message>
        <source>Sent %1, failed %2.</source>
        <translation>已发送 %1 条，失败 %2 条。</translation>
    </message>
    <message>
        <source>Choose a message in the list first.</source>
        <translation>请先在列表中选择一条短信。</translation>
    </message>
    <message>
        <source>This message was already sent.</source>
        <translation>这条短信已经发送。</translation>
    </message>
    <message>
        <source>Marked done: %1, %2.</source>
        <translation>已标记处理：%1，%2。</translation>
    </message>
    <message>
        <source>Nothing is queued: the list is empty.</source>
        <translation>没有待发短信：清单为空。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n message(s): paste them into a sheet or a chat.</source>
        <translation>
            <numerusform>已复制 %n 条：可粘贴到表格或聊天中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the call/SMS list</source>
        <translation>保存电话/短信清单</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Will not go out</source>
        <translation>不会发出</translation>
    </message>
    <message>
        <source>Will not go out: %1</source>
        <translation>不会发出：%1</translation>
    </message>
</context>
<context>
    <name>ComplaintActionDialog</name>
    <message>
        <source>Response to the customer (meets the 2-hour deadline)</source>
        <translation>答复客户（满足2小时时限）</translation>
    </message>
    <message>
        <source>First feedback (meets the 24-hour deadline)</source>
        <translation>首次反馈（满足24小时时限）</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>进展更新</translation>
    </message>
    <message>
        <source>Complaint #%1 · %2 · now: %3</source>
        <translation>投诉 #%1 · %2 · 当前：%3</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Note on complaint #%1</source>
        <translation>投诉 #%1 备注</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>类型(&amp;T)</translation>
    </message>
    <message>
        <source>Complaint #%1: next step</source>
        <translation>投诉 #%1：下一步</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <source>Move to the next step</source>
        <translation>进入下一步</translation>
    </message>
    <message>
        <source>&amp;Note (optional)</source>
        <translation>备注（可选）(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>等级(&amp;S)</translation>
    </message>
    <message>
        <source>¥ amount, blank if none</source>
        <translation>¥ 金额，无则留空</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>处理方案(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Compensation</source>
        <translation>补偿(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Accountability</source>
        <translation>责任追究(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Improvement</source>
        <translation>改进措施(&amp;I)</translation>
    </message>
    <message>
        <source>Close the complaint</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Hand over complaint #%1</source>
        <translation>移交投诉 #%1</translation>
    </message>
    <message>
        <source>Owner now:</source>
        <translation>当前负责人：</translation>
    </message>
    <message>
        <source>Hand &amp;to</source>
        <translation>移交给(&amp;T)</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>&amp;Note for the new owner</source>
        <translation>给新负责人的说明(&amp;N)</translation>
    </message>
    <message>
        <source>Complaint #%1 waits</source>
        <translation>投诉 #%1 挂起等待</translation>
    </message>
    <message>
        <source>&amp;Waiting for</source>
        <translation>等待(&amp;W)</translation>
    </message>
    <message>
        <source>The close deadline stops while waiting; an update is due every 2 working days.</source>
        <translation>等待期间结案时限暂停；每2个工作日须更新一次进展。</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>挂起等待</translation>
    </message>
    <message>
        <source>Resume complaint #%1</source>
        <translation>恢复处理投诉 #%1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复处理</translation>
    </message>
    <message>
        <source>Reopen complaint #%1</source>
        <translation>重新打开投诉 #%1</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Esc closes.</source>
        <translation>Ctrl+Enter 保存，Esc 关闭。</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>1 Recorded</source>
        <translation>1 已登记</translation>
    </message>
    <message>
        <source>2 Judged</source>
        <translation>2 已判定</translation>
    </message>
    <message>
        <source>3 Owner assigned</source>
        <translation>3 已指定负责人</translation>
    </message>
    <message>
        <source>4 Investigating</source>
        <translation>4 调查原因</translation>
    </message>
    <message>
        <source>5 Resolution proposed</source>
        <translation>5 已提出方案</translation>
    </message>
    <message>
        <source>6 Customer notified</source>
        <translation>6 已通知客户</translation>
    </message>
    <message>
        <source>7 Accountability</source>
        <translation>7 责任追究</translation>
    </message>
    <message>
        <source>8 Closed (improvement)</source>
        <translation>8 已结案（改进）</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Repair quality</source>
        <translation>维修质量</translation>
    </message>
    <message>
        <source>Product quality</source>
        <translation>产品质量</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Warranty claim</source>
        <translation>索赔</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>危机</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>12315 hotline</source>
        <translation>12315热线</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>厂家转来</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Respond (2 h)</source>
        <translation>响应（2小时）</translation>
    </message>
    <message>
        <source>First feedback (24 h)</source>
        <translation>首次反馈（24小时）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Update (48 h)</source>
        <translation>进展更新（48小时）</translation>
    </message>
    <message>
        <source>Waiting for parts</source>
        <translation>等待配件</translation>
    </message>
    <message>
        <source>Waiting for a technical verdict</source>
        <translation>等待技术鉴定</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Response to the customer</source>
        <translation>答复客户</translation>
    </message>
    <message>
        <source>First feedback</source>
        <translation>首次反馈</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>进展更新</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>已移交</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>挂起等待</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>恢复处理</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>recorded it</source>
        <translation>登记了该投诉</translation>
    </message>
    <message>
        <source>noted the response to the customer</source>
        <translation>记录了对客户的答复</translation>
    </message>
    <message>
        <source>noted the first feedback</source>
        <translation>记录了首次反馈</translation>
    </message>
    <message>
        <source>added an update</source>
        <translation>添加了进展更新</translation>
    </message>
    <message>
        <source>handed it over</source>
        <translation>移交了该投诉</translation>
    </message>
    <message>
        <source>put it on hold</source>
        <translation>挂起了该投诉</translation>
    </message>
    <message>
        <source>resumed it</source>
        <translation>恢复处理了该投诉</translation>
    </message>
    <message>
        <source>reopened it</source>
        <translation>重新打开了该投诉</translation>
    </message>
    <message>
        <source>moved it to “%1”</source>
        <translation>将其推进到“%1”</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1小时%2分</translation>
    </message>
    <message>
        <source>missed %1 ago</source>
        <translation>已超时%1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余%1</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Respond</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
</context>
<context>
    <name>ComplaintsModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>下一时限</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <source>Mine (open)</source>
        <translation>我的（未结）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>All, closed too</source>
        <translation>全部（含已结）</translation>
    </message>
    <message>
        <source>Sho&amp;w (Alt+W)</source>
        <translation>显示(&amp;W)（Alt+W）</translation>
    </message>
    <message>
        <source>New complaint…</source>
        <translation>新投诉…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>备注…</translation>
    </message>
    <message>
        <source>Response, feedback or update</source>
        <translation>答复、反馈或进展更新</translation>
    </message>
    <message>
        <source>Next step…</source>
        <translation>下一步…</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>移交…</translation>
    </message>
    <message>
        <source>Wait for parts / verdict…</source>
        <translation>等待配件/鉴定…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>Deadlines in working time: respond 2 h, first feedback 24 h, close general 48 h, others 5 working days; waiting asks for an update every 48 h. A missed one goes to the service manager.</source>
        <translation>时限按工作时间计：2小时内响应，24小时内首次反馈，一般投诉48小时内结案，其他5个工作日内；等待期间每48小时更新进展。超时自动上报服务经理。</translation>
    </message>
    <message>
        <source>Your roles may not %1.</source>
        <translation>您的角色无权%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n 条投诉</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 条超时</numerusform>
        </translation>
    </message>
    <message>
        <source>No complaint chosen</source>
        <translation>未选择投诉</translation>
    </message>
    <message>
        <source>Complaint #%1 · %2 · %3</source>
        <translation>投诉 #%1 · %2 · %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who:&lt;/b&gt; %1 · %2 · received %3</source>
        <translation>&lt;b&gt;投诉人：&lt;/b&gt;%1 · %2 · 受理于 %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Linked:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;关联：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kind:&lt;/b&gt; %1 · &lt;b&gt;against:&lt;/b&gt; %2 · &lt;b&gt;owner:&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;类别：&lt;/b&gt;%1 · &lt;b&gt;被投诉：&lt;/b&gt;%2 · &lt;b&gt;负责人：&lt;/b&gt;%3</translation>
    </message>
    <message>
        <source>&lt;b&gt;What happened:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;投诉内容：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Asks for:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;客户诉求：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理方案</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>Accountability</source>
        <translation>责任追究</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <source>closed on time</source>
        <translation>按时结案</translation>
    </message>
    <message>
        <source>closed late</source>
        <translation>超时结案</translation>
    </message>
    <message>
        <source>Closed %1 (%2)</source>
        <translation>结案于 %1（%2）</translation>
    </message>
    <message>
        <source>Next: %1, %2 (working time)</source>
        <translation>下一时限：%1，%2（工作时间）</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>恢复处理…</translation>
    </message>
    <message>
        <source>Choose a complaint in the list first.</source>
        <translation>请先在列表中选择一条投诉。</translation>
    </message>
    <message>
        <source>Complaint #%1 recorded: you own it.</source>
        <translation>投诉 #%1 已登记：由您负责（首问负责制）。</translation>
    </message>
    <message>
        <source>Complaint #%1 saved: %2</source>
        <translation>投诉 #%1 已保存：%2</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>RecordComplaintDialog</name>
    <message>
        <source>Record a complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>Customer: phone, name, plate, VIN, order no. (blank: anonymous)</source>
        <translation>客户：电话、姓名、车牌、VIN、单号（留空为匿名）</translation>
    </message>
    <message>
        <source>Anonymous caller</source>
        <translation>匿名来电</translation>
    </message>
    <message>
        <source>— no one in particular —</source>
        <translation>— 无具体人员 —</translation>
    </message>
    <message>
        <source>e.g. workshop, parts prices, front desk</source>
        <translation>如：车间、配件价格、前台</translation>
    </message>
    <message>
        <source>Caller's name (optional)</source>
        <translation>来电人姓名（可选）</translation>
    </message>
    <message>
        <source>Caller's phone (optional)</source>
        <translation>来电人电话（可选）</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>投诉人(&amp;W)</translation>
    </message>
    <message>
        <source>Calle&amp;r</source>
        <translation>来电人(&amp;R)</translation>
    </message>
    <message>
        <source>Recei&amp;ved</source>
        <translation>受理时间(&amp;V)</translation>
    </message>
    <message>
        <source>Cha&amp;nnel</source>
        <translation>渠道(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>等级(&amp;S)</translation>
    </message>
    <message>
        <source>Against wh&amp;om</source>
        <translation>被投诉人(&amp;O)</translation>
    </message>
    <message>
        <source>Against wha&amp;t</source>
        <translation>被投诉部门/事项(&amp;T)</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation>投诉内容(&amp;H)</translation>
    </message>
    <message>
        <source>Customer's re&amp;quest</source>
        <translation>客户诉求(&amp;Q)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Whoever records a complaint owns it until handing it over. Ctrl+Enter records, Esc closes.</source>
        <translation>首问负责制：谁登记谁负责，直至移交。Ctrl+Enter 登记，Esc 关闭。</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <source>Linked to: %1</source>
        <translation>已关联：%1</translation>
    </message>
    <message>
        <source>Anonymous caller: no customer file linked.</source>
        <translation>匿名来电：未关联客户档案。</translation>
    </message>
</context>
<context>
    <name>_Buttons</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
