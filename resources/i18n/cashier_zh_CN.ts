<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CashierLabels</name>
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
        <source>Stored value card</source>
        <translation>储值卡</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
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
        <source>Promised</source>
        <translation>承诺交车</translation>
    </message>
    <message>
        <source>Item</source>
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
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>实收</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>Reference / reason</source>
        <translation>凭证号／原因</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Awaiting the customer's decision</source>
        <translation>待客户确认</translation>
    </message>
    <message>
        <source>Declined: not billed</source>
        <translation>客户拒绝（不收费）</translation>
    </message>
</context>
<context>
    <name>CashierMessages</name>
    <message>
        <source>This is not a pickup code or order number of this shop.</source>
        <translation>这不是本店的取车凭证码或工单号。</translation>
    </message>
    <message>
        <source>Refused: this pickup code was altered or forged (its signature does not match). Check the customer's voucher and ID.</source>
        <translation>已拒绝：此取车凭证码被篡改或伪造（签名不符）。请核对客户的取车凭证和身份证件。</translation>
    </message>
    <message>
        <source>Refused: this pickup code names an order that does not exist here.</source>
        <translation>已拒绝：此取车凭证码对应的工单在本店不存在。</translation>
    </message>
    <message>
        <source>No order %1 here. Scan the pickup code or type the order number.</source>
        <translation>找不到工单 %1。请扫描取车凭证码或输入工单号。</translation>
    </message>
    <message>
        <source>%1 orders match: type more of the number.</source>
        <translation>有 %1 张工单符合，请输入更完整的工单号。</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) match: type more of the number.</source>
        <translation>
            <numerusform>有 %n 张工单符合，请输入更完整的工单号。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CashierWorkspace</name>
    <message>
        <source>Scan the pickup code or type the order number, then Enter</source>
        <translation>扫描取车凭证码或输入工单号，按回车</translation>
    </message>
    <message>
        <source>Waiting for pickup</source>
        <translation>待交车</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银</translation>
    </message>
    <message>
        <source>Not settled yet: F4 issues the statement.</source>
        <translation>尚未结算：按 F4 出结算单。</translation>
    </message>
    <message>
        <source>To pay: %1. F5 cash in full, F6 other methods or split.</source>
        <translation>应收 %1。F5 现金付清，F6 其他方式或组合支付。</translation>
    </message>
    <message>
        <source>Paid in full. F9 releases the order.</source>
        <translation>已付清。按 F9 放行。</translation>
    </message>
    <message>
        <source>Already released (gate pass %1).</source>
        <translation>已放行（放行条 %1）。</translation>
    </message>
    <message>
        <source>%1 is “%2”: not ready for pickup.</source>
        <translation>%1 当前为“%2”，还不能交车。</translation>
    </message>
    <message>
        <source>%1: an action kept on this station waits to be sent (Stations, Ctrl+6). The amounts shown are the last saved ones: do not take the money again.</source>
        <translation>%1：有一项保存在本工位的操作等待发送（工位，Ctrl+6）。显示的金额为最后保存的数据：请勿再次收款。</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Reference (optional)</source>
        <translation>凭证号（可不填）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Payment for %1</source>
        <translation>收款 · %1</translation>
    </message>
    <message>
        <source>Balance due: %1</source>
        <translation>应收余额：%1</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Add a method  [Ctrl+N]</source>
        <translation>增加支付方式  [Ctrl+N]</translation>
    </message>
    <message>
        <source>Take payment  [Ctrl+Enter]</source>
        <translation>确认收款  [Ctrl+Enter]</translation>
    </message>
    <message>
        <source>Cancel  [Esc]</source>
        <translation>取消  [Esc]</translation>
    </message>
    <message>
        <source>Change due: %1</source>
        <translation>找零：%1</translation>
    </message>
    <message>
        <source>Still missing: %1</source>
        <translation>还差：%1</translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation>已足额</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
</context>
<context>
    <name>PickupActions</name>
    <message>
        <source>Scan a pickup code or choose an order first.</source>
        <translation>请先扫描取车凭证码或选择工单。</translation>
    </message>
    <message>
        <source>The statement is issued: void it (F8) to change who pays a line.</source>
        <translation>结算单已开具：要更改项目的付费方，请先作废结算单（F8）。</translation>
    </message>
    <message>
        <source>Change due: %1.</source>
        <translation>找零 %1。</translation>
    </message>
    <message>
        <source>Refunded. Give the money back by the same method.</source>
        <translation>已退款，请按原支付方式退还客户。</translation>
    </message>
    <message>
        <source>Refund %1 on %2</source>
        <translation>%2 退款 %1</translation>
    </message>
    <message>
        <source>Refund on %1</source>
        <translation>退款 · %1</translation>
    </message>
    <message>
        <source>Refund of receipt %1 (%2), at most %3.</source>
        <translation>退收据 %1（%2）的款，最多可退 %3。</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Nothing to refund on this order.</source>
        <translation>此工单没有可退的款项。</translation>
    </message>
    <message>
        <source>Choose the payment to refund in the payments list.</source>
        <translation>请在收款记录中选择要退的那笔款。</translation>
    </message>
    <message>
        <source>Statement voided; the order is ready to settle again.</source>
        <translation>结算单已作废，工单可重新结算。</translation>
    </message>
    <message>
        <source>Void statement %1</source>
        <translation>作废结算单 %1</translation>
    </message>
    <message>
        <source>The statement keeps its number and is marked void. Only possible while nothing is paid on it.</source>
        <translation>结算单号保留并标记为作废。只有尚未收款的结算单才能作废。</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Void statement %1 of %2</source>
        <translation>作废结算单 %1（金额 %2）</translation>
    </message>
    <message>
        <source>Release %1 with %2 owing (on account)</source>
        <translation>%1 欠款 %2 放行（挂账）</translation>
    </message>
    <message>
        <source>Not released: the balance is still owing.</source>
        <translation>未放行：仍有欠款。</translation>
    </message>
    <message>
        <source>Released: gate pass %1.</source>
        <translation>已放行，放行条 %1。</translation>
    </message>
    <message>
        <source>Print the release slip (Ctrl+P) and the statement (Ctrl+Shift+P) for the envelope.</source>
        <translation>请打印放行条（Ctrl+P）和结算单（Ctrl+Shift+P）交给客户。</translation>
    </message>
    <message>
        <source>Printing is not installed on this station.</source>
        <translation>本工作站未安装打印功能。</translation>
    </message>
    <message>
        <source>No connection: this action on %1 is kept on this station and sent once the connection is back. The amounts shown are the last saved ones: do not take the money again.</source>
        <translation>没有连接：%1 的此操作已保存在本工位，连接恢复后发送。显示的金额为最后保存的数据：请勿再次收款。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Settled. The health record lacks: %1. Ask the customer before they leave.</source>
        <translation>已结算。电子健康档案缺少：%1。请在客户离店前补齐。</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>车辆识别代号（VIN）</translation>
    </message>
    <message>
        <source>fault description</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <source>hours of item %1</source>
        <translation>第 %1 项维修项目的工时</translation>
    </message>
    <message>
        <source>mileage in</source>
        <translation>送修里程</translation>
    </message>
    <message>
        <source>part code of part %1</source>
        <translation>第 %1 个配件的编码</translation>
    </message>
    <message>
        <source>plate</source>
        <translation>车牌号码</translation>
    </message>
    <message>
        <source>repair items</source>
        <translation>维修项目</translation>
    </message>
    <message>
        <source>repair license number</source>
        <translation>维修经营许可证号</translation>
    </message>
    <message>
        <source>shop name</source>
        <translation>企业名称</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>Why? (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SettlementView</name>
    <message>
        <source>Scan a pickup code</source>
        <extracomment>what the signed-in user may do (set by the desk); buttons beyond it stay grey</extracomment>
        <translation>请扫描取车凭证码</translation>
    </message>
    <message>
        <source>Gross:</source>
        <translation>合计：</translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation>优惠：</translation>
    </message>
    <message>
        <source>Paid by others:</source>
        <translation>非客户承担：</translation>
    </message>
    <message>
        <source>Customer's total:</source>
        <translation>客户应付：</translation>
    </message>
    <message>
        <source>Rounding:</source>
        <translation>抹零：</translation>
    </message>
    <message>
        <source>Customer pays:</source>
        <translation>实收金额：</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>已收：</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>待收：</translation>
    </message>
    <message>
        <source>Warranty, goodwill, insurance and internal lines</source>
        <translation>保修、善意、保险理赔和内部承担的项目</translation>
    </message>
    <message>
        <source>Settle</source>
        <translation>结算</translation>
    </message>
    <message>
        <source>Issue the settlement statement</source>
        <translation>出具维修结算单</translation>
    </message>
    <message>
        <source>Cash in full</source>
        <translation>现金付清</translation>
    </message>
    <message>
        <source>The customer pays the whole balance in cash</source>
        <translation>客户以现金付清全部余额</translation>
    </message>
    <message>
        <source>Payment…</source>
        <translation>收款…</translation>
    </message>
    <message>
        <source>Cash with change, card, WeChat Pay, Alipay, stored value, split</source>
        <translation>现金找零、银行卡、微信、支付宝、储值卡、组合支付</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>退款…</translation>
    </message>
    <message>
        <source>Pay back the chosen payment</source>
        <translation>退还所选的那笔款</translation>
    </message>
    <message>
        <source>Void statement…</source>
        <translation>作废结算单…</translation>
    </message>
    <message>
        <source>Take the statement back</source>
        <translation>收回并作废结算单</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>放行</translation>
    </message>
    <message>
        <source>Paid: issue the gate pass</source>
        <translation>已付清：开具放行条</translation>
    </message>
    <message>
        <source>Payer / discount…</source>
        <translation>付费方 / 折扣…</translation>
    </message>
    <message>
        <source>Before settling: who pays a line (warranty, goodwill, ...) and its discount</source>
        <translation>结算前：项目由谁付费（保修、善意免费……）及其折扣</translation>
    </message>
    <message>
        <source>Print release slip</source>
        <translation>打印放行条</translation>
    </message>
    <message>
        <source>Print statement</source>
        <translation>打印结算单</translation>
    </message>
    <message>
        <source>Payments and refunds</source>
        <translation>收款与退款记录</translation>
    </message>
    <message>
        <source>Statement %1</source>
        <translation>结算单 %1</translation>
    </message>
    <message>
        <source>Not settled yet: preview</source>
        <translation>尚未结算（预览）</translation>
    </message>
    <message>
        <source>Mileage out (km)</source>
        <translation>出厂里程（公里）</translation>
    </message>
</context>
</TS>
