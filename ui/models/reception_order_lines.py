"""The lines of one order with who pays and the customer's decision (coloured)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from app.domain.models import OrderLine
from app.domain.money import line_amounts
from app.domain.units import line_text
from ui.common import format as fmt
from ui.common import labels, lang
from ui.common.columns import text as col
from ui.common.row_model import Column, RowTableModel


def _amount(line: OrderLine) -> str:
    return fmt.money(line_amounts(line.quantity, line.unit_price, line.discount_percent).net)


class OrderLinesModel(RowTableModel[OrderLine]):
    def columns(self) -> list[Column[OrderLine]]:
        return [
            Column(
                lambda: col("Description"),
                lambda l: line_text(l, lang.active()) + (" ＋" if l.is_extra else ""),
            ),
            Column(lambda: col("Kind"), lambda l: labels.name(l.kind)),
            Column(lambda: col("Qty"), lambda l: fmt.quantity(l.quantity), align_right=True),
            Column(lambda: col("Unit price"), lambda l: fmt.money(l.unit_price), align_right=True),
            Column(lambda: col("Amount"), _amount, align_right=True),
            Column(lambda: col("Paid by"), lambda l: labels.name(l.payer)),
            Column(lambda: col("Decision"), lambda l: labels.name(l.approval)),
        ]

    def row_background(self, row: OrderLine) -> QColor | None:
        return QColor(labels.APPROVAL_COLOURS[row.approval])

    def row_tooltip(self, row: OrderLine) -> str | None:
        if row.is_extra:
            return col("Extra work found during the repair")
        return None
