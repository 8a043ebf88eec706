"""The cashier desk (收银): pickup scan, settlement grouped by payer, split payments with
change, release and gate pass, refunds and voided statements."""

from ui.cashier.workspace import CashierWorkspace

__all__ = ["CashierWorkspace"]
