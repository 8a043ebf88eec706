<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BoardPage</name>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Late only</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Technician:</source>
        <translation>技师：</translation>
    </message>
    <message>
        <source>%1 open · %2 late</source>
        <translation>在修 %1 · 逾期 %2</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>全部技师</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <source>Finding on %1</source>
        <translation>增项 · %1</translation>
    </message>
    <message>
        <source>What did you find? (the advisor explains it)</source>
        <translation>发现了什么问题？（由服务顾问向客户解释）</translation>
    </message>
    <message>
        <source>Search the catalog: code or name, Enter adds</source>
        <translation>搜索项目库：编码或名称，回车添加</translation>
    </message>
    <message>
        <source>Add a line by hand</source>
        <translation>手工添加一行</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除此行</translation>
    </message>
    <message>
        <source>Pause the job until the customer decides</source>
        <translation>客户确认前暂停本工单</translation>
    </message>
    <message>
        <source>Send to advisor</source>
        <translation>提交服务顾问</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Finding:</source>
        <translation>故障发现：</translation>
    </message>
    <message>
        <source>Catalog:</source>
        <translation>项目库：</translation>
    </message>
    <message>
        <source>Extra work to propose:</source>
        <translation>建议增项：</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Add at least one line: from the catalog or by hand.</source>
        <translation>请至少添加一行增项：从项目库选择或手工添加。</translation>
    </message>
</context>
<context>
    <name>JobActions</name>
    <message>
        <source>Choose a job in the list first.</source>
        <extracomment>an order changed here; its id (the workspace reloads the lists through the feed)</extracomment>
        <translation>请先在左侧列表中选择工单。</translation>
    </message>
    <message>
        <source>%1 is now “%2”.</source>
        <translation>%1 已变为“%2”。</translation>
    </message>
    <message>
        <source>Extra work on %1 priced below the catalog</source>
        <translation>%1 的增项价格低于目录价</translation>
    </message>
    <message>
        <source>Say what failed the check.</source>
        <translation>质检不合格时请填写不合格原因。</translation>
    </message>
    <message>
        <source>Choose a technician first.</source>
        <translation>请先选择技师。</translation>
    </message>
    <message>
        <source>No connection: %1 is kept on this station and sent when the connection is back (the job shows its last saved state until then).</source>
        <translation>没有连接：%1 已保存在本工位，连接恢复后发送（在此之前显示最后保存的状态）。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Check the mileage out.</source>
        <translation>请检查出厂里程。</translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <source>Choose a job on the left</source>
        <extracomment>what the signed-in user may do (set by the desk); buttons beyond it stay grey</extracomment>
        <translation>请在左侧选择工单</translation>
    </message>
    <message>
        <source>Vehicle / device:</source>
        <translation>车辆／设备：</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Technician:</source>
        <translation>技师：</translation>
    </message>
    <message>
        <source>Promised:</source>
        <translation>承诺交车：</translation>
    </message>
    <message>
        <source>Symptom:</source>
        <translation>故障描述：</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>检查发现：</translation>
    </message>
    <message>
        <source>Last check:</source>
        <translation>最近质检：</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开工</translation>
    </message>
    <message>
        <source>Start the work on this job</source>
        <translation>开始维修本工单</translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation>暂停…</translation>
    </message>
    <message>
        <source>Pause the job and say why</source>
        <translation>暂停本工单并注明原因</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Go on with the paused job</source>
        <translation>继续已暂停的工单</translation>
    </message>
    <message>
        <source>Finding…</source>
        <translation>增项…</translation>
    </message>
    <message>
        <source>Report extra work for the customer's approval</source>
        <translation>报增项，待客户确认</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>Work finished: hand over to QC</source>
        <translation>维修完工，交质检</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>What was checked, or what failed</source>
        <translation>检验内容或不合格原因</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>质检合格</translation>
    </message>
    <message>
        <source>Quality check passed: ready</source>
        <translation>质检合格，可交车</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>质检不合格</translation>
    </message>
    <message>
        <source>Quality check failed: back to work</source>
        <translation>质检不合格，返工</translation>
    </message>
    <message>
        <source>Quality check</source>
        <translation>质检</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>Give the job to this technician</source>
        <translation>把本工单派给该技师</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Mileage out (km)</source>
        <translation>出厂里程（公里）</translation>
    </message>
</context>
<context>
    <name>MyJobsPage</name>
    <message>
        <source>All technicians (team lead)</source>
        <translation>全部技师（班组长）</translation>
    </message>
    <message>
        <source>Jobs of %1</source>
        <translation>%1 的工单</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <source>Pause %1</source>
        <translation>暂停 %1</translation>
    </message>
    <message>
        <source>Why does the job pause?</source>
        <translation>暂停原因：</translation>
    </message>
    <message>
        <source>Note (required for “Other”)</source>
        <translation>备注（选“其他原因”时必填）</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TvBoardWindow</name>
    <message>
        <source>Repair progress board</source>
        <extracomment>share of the width per column (the plate and the waiting reason need the most)</extracomment>
        <translation>维修进度看板</translation>
    </message>
    <message>
        <source>%1 in the workshop · %2 late</source>
        <translation>在修车辆 %1 台 · 逾期 %2 台</translation>
    </message>
    <message numerus="yes">
        <source>%n ready for pickup</source>
        <translation>
            <numerusform>可取车 %n 台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) in the workshop</source>
        <translation>
            <numerusform>维修中 %n 台</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopLabels</name>
    <message>
        <source>Order</source>
        <extracomment>board columns, by the keys BoardModel uses</extracomment>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>等待原因</translation>
    </message>
    <message>
        <source>Vehicle / device</source>
        <translation>车辆／设备</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺交车</translation>
    </message>
    <message>
        <source>Customer waits</source>
        <translation>客户在店</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Customer's decision</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付费方</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未派工</translation>
    </message>
    <message>
        <source>In the lounge</source>
        <translation>在店等候</translation>
    </message>
    <message>
        <source>Extra work</source>
        <translation>增项</translation>
    </message>
    <message>
        <source>%1 · LATE</source>
        <translation>%1 · 逾期</translation>
    </message>
    <message>
        <source>Late: promised for %1</source>
        <translation>逾期：承诺 %1 交车</translation>
    </message>
</context>
<context>
    <name>WorkshopWorkspace</name>
    <message>
        <source>Finished jobs waiting for the final inspection.</source>
        <translation>已完工、等待出厂检验的工单。</translation>
    </message>
    <message>
        <source>Signed work orders waiting for a technician.</source>
        <translation>客户已签字、等待派工的工单。</translation>
    </message>
    <message>
        <source>Progress board</source>
        <translation>维修进度看板</translation>
    </message>
    <message>
        <source>My jobs</source>
        <translation>我的工单</translation>
    </message>
    <message>
        <source>Quality check</source>
        <translation>质检</translation>
    </message>
    <message>
        <source>To assign</source>
        <translation>待派工</translation>
    </message>
    <message>
        <source>TV board</source>
        <translation>电视看板</translation>
    </message>
    <message>
        <source>Full-screen board for a TV</source>
        <translation>全屏看板（休息区／车间电视）</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>维修车间</translation>
    </message>
    <message>
        <source>%1 open orders, %2 late, %3 waiting for QC</source>
        <translation>在修工单 %1 张，逾期 %2 张，待质检 %3 张</translation>
    </message>
    <message>
        <source>%1: an action kept on this station waits to be sent (Stations, Ctrl+6).</source>
        <translation>%1：有一项保存在本工位的操作等待发送（工位，Ctrl+6）。</translation>
    </message>
    <message numerus="yes">
        <source>%n open order(s)</source>
        <translation>
            <numerusform>在修工单 %n 张</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 late, %2 waiting for QC</source>
        <translation>，逾期 %1 张，待质检 %2 张</translation>
    </message>
</context>
<context>
    <name>TvBoard</name>
    <message>
        <source>Being repaired</source>
        <translation>维修中</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已接车</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预计完成</translation>
    </message>
    <message>
        <source>Quality check</source>
        <translation>质检中</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>可取车</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Vehicle / device</source>
        <translation>车辆／设备</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
</context>
</TS>
