"""Extra work (增项) waiting for the customer's decision, oldest first, with a phone to call."""

from __future__ import annotations

from PySide6.QtGui import QColor

from app.domain.units import line_text
from app.services.views import PendingExtraWork
from ui.common import format as fmt
from ui.common import lang
from ui.common.columns import text as col
from ui.common.row_model import Column, RowTableModel


class PendingExtraWorkModel(RowTableModel[PendingExtraWork]):
    def columns(self) -> list[Column[PendingExtraWork]]:
        return [
            Column(lambda: col("Order"), lambda r: r.order_number),
            Column(lambda: col("Customer"), lambda r: r.customer_name),
            Column(lambda: col("Phone"), lambda r: r.customer_phone or ""),
            Column(lambda: col("Extra work"), lambda r: line_text(r, lang.active())),
            Column(lambda: col("Amount"), lambda r: fmt.money(r.amount), align_right=True),
            Column(lambda: col("Since"), lambda r: fmt.local_time(r.proposed_at, False)),
        ]

    def row_background(self, row: PendingExtraWork) -> QColor | None:
        return QColor("#fff8e1")

    def row_tooltip(self, row: PendingExtraWork) -> str | None:
        # the vehicle and what the technician found (the panel's call sheet says it too)
        return "\n".join(p for p in (row.asset_label, row.finding) if p)
