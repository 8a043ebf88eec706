<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppointmentTexts</name>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>已到店</translation>
    </message>
    <message>
        <source>Not come</source>
        <translation>未到店</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>联系不上</translation>
    </message>
    <message>
        <source>Will be late</source>
        <translation>会晚到</translation>
    </message>
    <message>
        <source>Wants to move</source>
        <translation>要改时间</translation>
    </message>
    <message>
        <source>Cancels</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>SMS sent</source>
        <translation>已发短信</translation>
    </message>
    <message>
        <source>Inbound (customer called)</source>
        <translation>呼入（客户来电）</translation>
    </message>
    <message>
        <source>Outbound (we called)</source>
        <translation>呼出（我们致电）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>waits</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>overbooked</source>
        <translation>超额预约</translation>
    </message>
    <message>
        <source>Choose the vehicle and the work first: the slots offered fit its hours.</source>
        <translation>请先选择车辆和项目：推荐的时段按所需工时筛选。</translation>
    </message>
    <message>
        <source>No slot with room for this work in the next three weeks.</source>
        <translation>未来三周内没有足够工时容纳此项工作的时段。</translation>
    </message>
    <message>
        <source>%1   %2 %3   %4 free of %5</source>
        <translation>%1   %2 %3   剩余 %4 / 共 %5</translation>
    </message>
    <message>
        <source>The confirmation SMS is in the outbox.</source>
        <translation>确认短信已放入发件箱。</translation>
    </message>
    <message>
        <source>No confirmation SMS: %1</source>
        <translation>未发确认短信：%1</translation>
    </message>
    <message>
        <source>e.g. 2027-01-04 10:00, 01-04 10:00 or 10:00; empty: the soonest</source>
        <translation>如 2027-01-04 10:00、01-04 10:00 或 10:00；留空：最早的时段</translation>
    </message>
    <message>
        <source>Not a time: type the day and time, e.g. 2027-01-04 10:00, 01-04 10:00 or 10:00.</source>
        <translation>不是有效时间：请输入日期和时间，如 2027-01-04 10:00、01-04 10:00 或 10:00。</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%2 min</source>
        <translation>%2 分钟</translation>
    </message>
    <message>
        <source>Day and time, e.g. 12-24 10:00, or 10:00; empty: the soonest slots</source>
        <translation>日期和时间，如 12-24 10:00，或 10:00；留空：最早的时段</translation>
    </message>
</context>
<context>
    <name>AppointmentsWorkspace</name>
    <message>
        <source>1 Calendar</source>
        <translation>1 日历</translation>
    </message>
    <message>
        <source>2 Today</source>
        <translation>2 今日</translation>
    </message>
    <message>
        <source>3 Reminders and figures</source>
        <translation>3 提醒与统计</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>新建预约</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Booked: %1, %2.</source>
        <translation>已预约：%1，%2。</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book an appointment</source>
        <translation>新建预约</translation>
    </message>
    <message>
        <source>Customer: plate, phone, name, VIN</source>
        <translation>客户：车牌、电话、姓名、VIN</translation>
    </message>
    <message>
        <source>No customer chosen yet.</source>
        <translation>尚未选择客户。</translation>
    </message>
    <message>
        <source>Catalog: code or name, Enter adds</source>
        <translation>项目目录：编码或名称，回车添加</translation>
    </message>
    <message>
        <source>Work typed by hand</source>
        <translation>手工输入的项目</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>The customer &amp;waits at the shop</source>
        <translation>客户在店等待(&amp;W)</translation>
    </message>
    <message>
        <source>Manager approves</source>
        <translation>经理批准</translation>
    </message>
    <message>
        <source>Book into the full slot with a manager's approval</source>
        <translation>经经理批准后预约到已满的时段</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Customer and vehicle</source>
        <translation>客户和车辆(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Vehicle / device:</source>
        <translation>车辆 / 设备(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Items (Del takes one out)</source>
        <translation>项目(&amp;I)（Del 删除）</translation>
    </message>
    <message>
        <source>By &amp;hand:</source>
        <translation>手工(&amp;H)：</translation>
    </message>
    <message>
        <source>Wanted &amp;time (1 / 2 / 3 or Alt+1 / 2 / 3 chooses a slot)</source>
        <translation>期望时间(&amp;T)（1 / 2 / 3 或 Alt+1 / 2 / 3 选择时段）</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+Enter books; the confirmation SMS goes out when the customer agreed to SMS. Esc closes.</source>
        <translation>Ctrl+Enter 预约；客户同意接收短信时发送确认短信。Esc 关闭。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1 in all</source>
        <translation>
            <numerusform>%n 个项目，共 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Booked: %1, %2 (%3).</source>
        <translation>已预约：%1，%2（%3）。</translation>
    </message>
    <message>
        <source>Overbook the %1 slot: %2 booked of %3, this booking needs %4.</source>
        <translation>超额预约 %1 时段：已约 %2 / 共 %3，本次需要 %4。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Std. hours</source>
        <translation>标准工时</translation>
    </message>
    <message>
        <source>The %1 slot is full: %2 booked of %3, %4 free, and this booking needs %5. Choose another slot, or a manager lets it in (%6).</source>
        <translation>%1 时段已满：已约 %2 / 共 %3，剩余 %4，本次预约需要 %5。请选择其他时段，或由经理批准（%6）。</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>第 %1 项：%2</translation>
    </message>
    <message>
        <source>Any technician</source>
        <translation>不指定技师</translation>
    </message>
    <message>
        <source>T&amp;echnician:</source>
        <translation>技师(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>Asset &amp;kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Left / Right: a day earlier / later · PgUp / PgDn: a week · T: today · D: day view · W: week view · Ctrl+N: book</source>
        <translation>左 / 右：前一天 / 后一天 · PgUp / PgDn：前一周 / 后一周 · T：今天 · D：日视图 · W：周视图 · Ctrl+N：预约</translation>
    </message>
    <message>
        <source>Week %1 – %2</source>
        <translation>%1 – %2 周</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Booked / capacity</source>
        <translation>已约 / 容量</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>The shop is closed that day.</source>
        <translation>当天不营业。</translation>
    </message>
    <message>
        <source>%1 %2: %3 booked of %4, %5 free</source>
        <translation>%1 %2：已约 %3 / 共 %4，剩余 %5</translation>
    </message>
    <message>
        <source>Booked / capacity (h:mm)</source>
        <translation>已约 / 容量（时:分）</translation>
    </message>
</context>
<context>
    <name>RemindersTab</name>
    <message>
        <source>Send tomorrow's reminder SMS</source>
        <translation>发送明天的提醒短信</translation>
    </message>
    <message>
        <source>Customers without SMS consent go on the phone list</source>
        <translation>未同意接收短信的客户列入电话清单</translation>
    </message>
    <message>
        <source>Phone list for &amp;day:</source>
        <translation>电话清单日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Copy the phone list</source>
        <translation>复制电话清单</translation>
    </message>
    <message>
        <source>Copy the list to paste into a spreadsheet or print</source>
        <translation>复制清单，粘贴到表格或打印</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>To remind by phone (no SMS)</source>
        <translation>需电话提醒（无短信）</translation>
    </message>
    <message>
        <source>The last %1 weeks</source>
        <translation>最近 %1 周</translation>
    </message>
    <message>
        <source>Tomorrow's reminders: %1 SMS in the outbox, %2 on the phone list.</source>
        <translation>明天的提醒：%1 条短信已放入发件箱，%2 位列入电话清单。</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) copied: paste them into a spreadsheet to print.</source>
        <translation>
            <numerusform>已复制 %n 条预约：粘贴到表格中打印。</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
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
        <source>Booked work</source>
        <translation>预约项目</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒结果</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Intakes</source>
        <translation>接车数</translation>
    </message>
    <message>
        <source>Appointment share</source>
        <translation>预约占比</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>爽约率</translation>
    </message>
    <message>
        <source>Punctuality</source>
        <translation>准时率</translation>
    </message>
</context>
<context>
    <name>TodayTab</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
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
        <source>Booked work</source>
        <translation>预约项目</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Waits</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒结果</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Arrived: start the intake</source>
        <translation>已到店：开始接车</translation>
    </message>
    <message>
        <source>Enter or F4 on a booking</source>
        <translation>在预约上按 Enter 或 F4</translation>
    </message>
    <message>
        <source>Why the customer did not come</source>
        <translation>客户未到店的原因</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Re&amp;book at:</source>
        <translation>改约到(&amp;B)：</translation>
    </message>
    <message>
        <source>Not come: release</source>
        <translation>未到店：释放时段</translation>
    </message>
    <message>
        <source>Record the reason; the slot's hours go back</source>
        <translation>记录原因；时段工时释放</translation>
    </message>
    <message>
        <source>Not come: rebook</source>
        <translation>未到店：改约</translation>
    </message>
    <message>
        <source>Record the reason and book the slot chosen</source>
        <translation>记录原因并预约所选时段</translation>
    </message>
    <message>
        <source>Call an hour before</source>
        <translation>提前一小时电话提醒</translation>
    </message>
    <message>
        <source>Not come (30 minutes past the slot)</source>
        <translation>未到店（超过时段 30 分钟）</translation>
    </message>
    <message numerus="yes">
        <source>Today, %1 %2: %n booking(s)</source>
        <translation>
            <numerusform>今天 %1 %2：%n 个预约</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a booking in today's list first.</source>
        <translation>请先在今日列表中选择一个预约。</translation>
    </message>
    <message>
        <source>Starting the intake…</source>
        <translation>正在开始接车…</translation>
    </message>
    <message>
        <source>Choose a booking in the call list first.</source>
        <translation>请先在电话列表中选择一个预约。</translation>
    </message>
    <message>
        <source>%1: %2 recorded.</source>
        <translation>%1：已记录“%2”。</translation>
    </message>
    <message>
        <source>Choose a booking in the no-show list first.</source>
        <translation>请先在未到店列表中选择一个预约。</translation>
    </message>
    <message>
        <source>%1: not come, the slot is free again.</source>
        <translation>%1：未到店，时段已释放。</translation>
    </message>
    <message>
        <source>Choose the new slot (1 / 2 / 3).</source>
        <translation>请选择新的时段（1 / 2 / 3）。</translation>
    </message>
    <message>
        <source>%1: rebooked for %2.</source>
        <translation>%1：已改约到 %2。</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <source>The booking chosen in a list, with the reason typed below</source>
        <translation>列表中选中的预约，原因填在下方</translation>
    </message>
    <message>
        <source>%1: the booking is cancelled, its slot is free again.</source>
        <translation>%1：预约已取消，时段已释放。</translation>
    </message>
    <message>
        <source>Why: not come, or cancelled</source>
        <translation>原因：未到店或取消</translation>
    </message>
</context>
</TS>
