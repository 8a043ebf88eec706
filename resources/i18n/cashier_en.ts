<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CashierLabels</name>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>Bank card</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>WeChat Pay</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <source>Stored value card</source>
        <translation>Stored value card</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Vehicle / device</source>
        <translation>Vehicle / device</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Promised</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Reference / reason</source>
        <translation>Reference / reason</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Awaiting the customer's decision</source>
        <translation>Awaiting the customer's decision</translation>
    </message>
    <message>
        <source>Declined: not billed</source>
        <translation>Declined: not billed</translation>
    </message>
</context>
<context>
    <name>CashierMessages</name>
    <message>
        <source>This is not a pickup code or order number of this shop.</source>
        <translation>This is not a pickup code or order number of this shop.</translation>
    </message>
    <message>
        <source>Refused: this pickup code was altered or forged (its signature does not match). Check the customer's voucher and ID.</source>
        <translation>Refused: this pickup code was altered or forged (its signature does not match). Check the customer's voucher and ID.</translation>
    </message>
    <message>
        <source>Refused: this pickup code names an order that does not exist here.</source>
        <translation>Refused: this pickup code names an order that does not exist here.</translation>
    </message>
    <message>
        <source>No order %1 here. Scan the pickup code or type the order number.</source>
        <translation>No order %1 here. Scan the pickup code or type the order number.</translation>
    </message>
    <message>
        <source>%1 orders match: type more of the number.</source>
        <translation>%1 orders match: type more of the number.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) match: type more of the number.</source>
        <translation>
            <numerusform>%n order matches: type more of the number.</numerusform>
            <numerusform>%n orders match: type more of the number.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CashierWorkspace</name>
    <message>
        <source>Scan the pickup code or type the order number, then Enter</source>
        <translation>Scan the pickup code or type the order number, then Enter</translation>
    </message>
    <message>
        <source>Waiting for pickup</source>
        <translation>Waiting for pickup</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>Not settled yet: F4 issues the statement.</source>
        <translation>Not settled yet: F4 issues the statement.</translation>
    </message>
    <message>
        <source>To pay: %1. F5 cash in full, F6 other methods or split.</source>
        <translation>To pay: %1. F5 cash in full, F6 other methods or split.</translation>
    </message>
    <message>
        <source>Paid in full. F9 releases the order.</source>
        <translation>Paid in full. F9 releases the order.</translation>
    </message>
    <message>
        <source>Already released (gate pass %1).</source>
        <translation>Already released (gate pass %1).</translation>
    </message>
    <message>
        <source>%1 is “%2”: not ready for pickup.</source>
        <translation>%1 is “%2”: not ready for pickup.</translation>
    </message>
    <message>
        <source>%1: an action kept on this station waits to be sent (Stations, Ctrl+6). The amounts shown are the last saved ones: do not take the money again.</source>
        <translation>%1: an action kept on this station waits to be sent (Stations, Ctrl+6). The amounts shown are the last saved ones: do not take the money again.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Reference (optional)</source>
        <translation>Reference (optional)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Payment for %1</source>
        <translation>Payment for %1</translation>
    </message>
    <message>
        <source>Balance due: %1</source>
        <translation>Balance due: %1</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Add a method  [Ctrl+N]</source>
        <translation>Add a method  [Ctrl+N]</translation>
    </message>
    <message>
        <source>Take payment  [Ctrl+Enter]</source>
        <translation>Take payment  [Ctrl+Enter]</translation>
    </message>
    <message>
        <source>Cancel  [Esc]</source>
        <translation>Cancel  [Esc]</translation>
    </message>
    <message>
        <source>Change due: %1</source>
        <translation>Change due: %1</translation>
    </message>
    <message>
        <source>Still missing: %1</source>
        <translation>Still missing: %1</translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation>Paid in full</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
</context>
<context>
    <name>PickupActions</name>
    <message>
        <source>Scan a pickup code or choose an order first.</source>
        <translation>Scan a pickup code or choose an order first.</translation>
    </message>
    <message>
        <source>The statement is issued: void it (F8) to change who pays a line.</source>
        <translation>The statement is issued: void it (F8) to change who pays a line.</translation>
    </message>
    <message>
        <source>Change due: %1.</source>
        <translation>Change due: %1.</translation>
    </message>
    <message>
        <source>Refunded. Give the money back by the same method.</source>
        <translation>Refunded. Give the money back by the same method.</translation>
    </message>
    <message>
        <source>Refund %1 on %2</source>
        <translation>Refund %1 on %2</translation>
    </message>
    <message>
        <source>Refund on %1</source>
        <translation>Refund on %1</translation>
    </message>
    <message>
        <source>Refund of receipt %1 (%2), at most %3.</source>
        <translation>Refund of receipt %1 (%2), at most %3.</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Nothing to refund on this order.</source>
        <translation>Nothing to refund on this order.</translation>
    </message>
    <message>
        <source>Choose the payment to refund in the payments list.</source>
        <translation>Choose the payment to refund in the payments list.</translation>
    </message>
    <message>
        <source>Statement voided; the order is ready to settle again.</source>
        <translation>Statement voided; the order is ready to settle again.</translation>
    </message>
    <message>
        <source>Void statement %1</source>
        <translation>Void statement %1</translation>
    </message>
    <message>
        <source>The statement keeps its number and is marked void. Only possible while nothing is paid on it.</source>
        <translation>The statement keeps its number and is marked void. Only possible while nothing is paid on it.</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>Void statement %1 of %2</source>
        <translation>Void statement %1 of %2</translation>
    </message>
    <message>
        <source>Release %1 with %2 owing (on account)</source>
        <translation>Release %1 with %2 owing (on account)</translation>
    </message>
    <message>
        <source>Not released: the balance is still owing.</source>
        <translation>Not released: the balance is still owing.</translation>
    </message>
    <message>
        <source>Released: gate pass %1.</source>
        <translation>Released: gate pass %1.</translation>
    </message>
    <message>
        <source>Print the release slip (Ctrl+P) and the statement (Ctrl+Shift+P) for the envelope.</source>
        <translation>Print the release slip (Ctrl+P) and the statement (Ctrl+Shift+P) for the envelope.</translation>
    </message>
    <message>
        <source>Printing is not installed on this station.</source>
        <translation>Printing is not installed on this station.</translation>
    </message>
    <message>
        <source>No connection: this action on %1 is kept on this station and sent once the connection is back. The amounts shown are the last saved ones: do not take the money again.</source>
        <translation>No connection: this action on %1 is kept on this station and sent once the connection is back. The amounts shown are the last saved ones: do not take the money again.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Settled. The health record lacks: %1. Ask the customer before they leave.</source>
        <translation>Settled. The health record lacks: %1. Ask the customer before they leave.</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>fault description</source>
        <translation>fault description</translation>
    </message>
    <message>
        <source>hours of item %1</source>
        <translation>hours of item %1</translation>
    </message>
    <message>
        <source>mileage in</source>
        <translation>mileage in</translation>
    </message>
    <message>
        <source>part code of part %1</source>
        <translation>part code of part %1</translation>
    </message>
    <message>
        <source>plate</source>
        <translation>plate</translation>
    </message>
    <message>
        <source>repair items</source>
        <translation>repair items</translation>
    </message>
    <message>
        <source>repair license number</source>
        <translation>repair license number</translation>
    </message>
    <message>
        <source>shop name</source>
        <translation>shop name</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Amount:</source>
        <translation>Amount:</translation>
    </message>
    <message>
        <source>Why? (required)</source>
        <translation>Why? (required)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SettlementView</name>
    <message>
        <source>Scan a pickup code</source>
        <extracomment>what the signed-in user may do (set by the desk); buttons beyond it stay grey</extracomment>
        <translation>Scan a pickup code</translation>
    </message>
    <message>
        <source>Gross:</source>
        <translation>Gross:</translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation>Discount:</translation>
    </message>
    <message>
        <source>Paid by others:</source>
        <translation>Paid by others:</translation>
    </message>
    <message>
        <source>Customer's total:</source>
        <translation>Customer's total:</translation>
    </message>
    <message>
        <source>Rounding:</source>
        <translation>Rounding:</translation>
    </message>
    <message>
        <source>Customer pays:</source>
        <translation>Customer pays:</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Paid:</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Balance:</translation>
    </message>
    <message>
        <source>Warranty, goodwill, insurance and internal lines</source>
        <translation>Warranty, goodwill, insurance and internal lines</translation>
    </message>
    <message>
        <source>Settle</source>
        <translation>Settle</translation>
    </message>
    <message>
        <source>Issue the settlement statement</source>
        <translation>Issue the settlement statement</translation>
    </message>
    <message>
        <source>Cash in full</source>
        <translation>Cash in full</translation>
    </message>
    <message>
        <source>The customer pays the whole balance in cash</source>
        <translation>The customer pays the whole balance in cash</translation>
    </message>
    <message>
        <source>Payment…</source>
        <translation>Payment…</translation>
    </message>
    <message>
        <source>Cash with change, card, WeChat Pay, Alipay, stored value, split</source>
        <translation>Cash with change, card, WeChat Pay, Alipay, stored value, split</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Refund…</translation>
    </message>
    <message>
        <source>Pay back the chosen payment</source>
        <translation>Pay back the chosen payment</translation>
    </message>
    <message>
        <source>Void statement…</source>
        <translation>Void statement…</translation>
    </message>
    <message>
        <source>Take the statement back</source>
        <translation>Take the statement back</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Paid: issue the gate pass</source>
        <translation>Paid: issue the gate pass</translation>
    </message>
    <message>
        <source>Payer / discount…</source>
        <translation>Payer / discount…</translation>
    </message>
    <message>
        <source>Before settling: who pays a line (warranty, goodwill, ...) and its discount</source>
        <translation>Before settling: who pays a line (warranty, goodwill, ...) and its discount</translation>
    </message>
    <message>
        <source>Print release slip</source>
        <translation>Print release slip</translation>
    </message>
    <message>
        <source>Print statement</source>
        <translation>Print statement</translation>
    </message>
    <message>
        <source>Payments and refunds</source>
        <translation>Payments and refunds</translation>
    </message>
    <message>
        <source>Statement %1</source>
        <translation>Statement %1</translation>
    </message>
    <message>
        <source>Not settled yet: preview</source>
        <translation>Not settled yet: preview</translation>
    </message>
    <message>
        <source>Mileage out (km)</source>
        <translation>Mileage out (km)</translation>
    </message>
</context>
</TS>
