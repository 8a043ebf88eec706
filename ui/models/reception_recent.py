"""The reception's recent orders: number, time, customer, vehicle/device, state (tinted)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from app.services.views import OrderSummary
from ui.common import format as fmt
from ui.common import labels
from ui.common.columns import text as col
from ui.common.row_model import Column, RowTableModel


class RecentOrdersModel(RowTableModel[OrderSummary]):
    def columns(self) -> list[Column[OrderSummary]]:
        return [
            Column(lambda: col("Order"), lambda o: o.number),
            Column(lambda: col("Date"), lambda o: fmt.local_time(o.created_at)),
            Column(lambda: col("Customer"), lambda o: o.customer_name),
            Column(lambda: col("Vehicle / device"), lambda o: o.asset_label),
            Column(lambda: col("State"), lambda o: labels.name(o.state)),
        ]

    def row_background(self, row: OrderSummary) -> QColor | None:
        return labels.state_background(row.state)
