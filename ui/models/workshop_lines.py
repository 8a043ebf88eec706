"""An order's lines as the workshop sees them: what to do, how much, and whether the customer
has agreed (extra work waits for the customer's decision)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain.enums import Approval, LineKind, Payer
from app.domain.models import OrderLine
from app.domain.units import line_text, line_unit
from ui.common import lang
from ui.common.row_model import ALIGN_RIGHT, RowModel

LINE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("kind", "code", "description", "quantity", "approval", "payer")

PROPOSED_BACKGROUND = QColor("#e3effd")
DECLINED_FOREGROUND = QColor("#7a7a7a")


class LineLabels(Protocol):
    def line_kind(self, value: LineKind) -> str: ...
    def approval(self, value: Approval) -> str: ...
    def payer(self, value: Payer) -> str: ...
    def line_header(self, key: str) -> str: ...
    def extra_work(self) -> str: ...


def quantity_text(line: OrderLine) -> str:
    qty = line.quantity.normalize()
    text = f"{qty:f}"
    unit = line_unit(line, lang.active())  # in the screen's language
    return f"{text} {unit}" if unit else text


class OrderLinesModel(RowModel[OrderLine, str]):
    """Read-only lines of one order in position order."""

    def __init__(self, labels: LineLabels, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, parent)
        self._labels = labels

    def set_lines(self, lines: Sequence[OrderLine]) -> None:
        self.set_rows(sorted(lines, key=lambda line: line.position))

    def header(self, key: str) -> str:
        return self._labels.line_header(key)

    def cell(self, line: OrderLine, key: str, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(line, key)
        if role == Qt.ItemDataRole.BackgroundRole and line.approval is Approval.PROPOSED:
            return QBrush(PROPOSED_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and line.approval is Approval.DECLINED:
            return QBrush(DECLINED_FOREGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "quantity":
            return ALIGN_RIGHT
        if role == LINE_ID_ROLE:
            return line.id
        return None

    def _text(self, line: OrderLine, key: str) -> str:
        labels = self._labels
        if key == "kind":
            return labels.line_kind(line.kind)
        if key == "code":
            return line.code or ""
        if key == "description":
            return line_text(line, lang.active())
        if key == "quantity":
            return quantity_text(line)
        if key == "approval":
            decision = labels.approval(line.approval)
            # on two lines: the column stays narrow and the item names keep the width
            return f"{labels.extra_work()}\n{decision}" if line.is_extra else decision
        if key == "payer":
            return labels.payer(line.payer)
        raise KeyError(key)
