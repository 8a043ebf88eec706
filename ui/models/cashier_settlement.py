"""An order's statement lines grouped by who pays (customer, warranty, goodwill, insurance,
internal) with a subtotal per group, then the lines that are not billed (still awaiting the
customer's decision, or declined). A two-level tree: groups, and their lines."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, Protocol

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.domain.enums import Approval, LineKind, Payer
from app.domain.models import OrderLine
from app.domain.money import line_amounts
from app.domain.units import line_text, line_unit
from ui.common import lang
from ui.common.row_model import ALIGN_RIGHT, Index, column_title

GroupKey = Payer | Approval

COLUMNS = ("description", "quantity", "unit_price", "discount", "amount")
GROUP_ORDER: tuple[GroupKey, ...] = (*Payer, Approval.PROPOSED, Approval.DECLINED)
GROUP_ROLE = Qt.ItemDataRole.UserRole + 1
LINE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
SUBTOTAL_ROLE = Qt.ItemDataRole.UserRole + 3

GROUP_BACKGROUND = QColor("#eef2f5")
NOT_BILLED_FOREGROUND = QColor("#7a7a7a")
_NO_PARENT = 0  # internal id of group rows; lines carry their group's position + 1


class StatementLabels(Protocol):
    def header(self, key: str) -> str: ...
    def group(self, key: GroupKey) -> str: ...
    def line_kind(self, value: LineKind) -> str: ...
    def money(self, value: Decimal | None) -> str: ...
    def quantity(self, value: Decimal) -> str: ...
    def percent(self, value: Decimal) -> str: ...


def group_of(line: OrderLine) -> GroupKey:
    return line.payer if line.approval is Approval.APPROVED else line.approval


class SettlementModel(QAbstractItemModel):
    """Groups (with subtotal) and their lines; the billed groups come first."""

    def __init__(self, labels: StatementLabels, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels = labels
        self._groups: list[tuple[GroupKey, list[OrderLine]]] = []
        self._subtotals: dict[GroupKey, Decimal] = {}

    def set_lines(self, lines: Sequence[OrderLine], by_payer: Mapping[Payer, Decimal]) -> None:
        """``by_payer``: the net per payer as the core computed it (OrderDetail.totals)."""
        self.beginResetModel()
        grouped: dict[GroupKey, list[OrderLine]] = {}
        for line in sorted(lines, key=lambda l: l.position):
            grouped.setdefault(group_of(line), []).append(line)
        self._groups = [(key, grouped[key]) for key in GROUP_ORDER if key in grouped]
        self._subtotals = dict(by_payer)
        self.endResetModel()

    def groups(self) -> list[GroupKey]:
        return [key for key, _ in self._groups]

    def subtotal(self, key: GroupKey) -> Decimal | None:
        return self._subtotals.get(key) if isinstance(key, Payer) else None

    # --- structure -----------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _NO_PARENT)
        if parent.internalId() == _NO_PARENT:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _NO_PARENT)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _NO_PARENT and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return column_title(COLUMNS, section, orientation, role, self._labels.header)

    # --- content -------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = COLUMNS[index.column()]
        if index.internalId() == _NO_PARENT:
            return self._group_data(index.row(), key, role)
        group, lines = self._groups[index.internalId() - 1]
        if index.row() >= len(lines):
            return None
        return self._line_data(group, lines[index.row()], key, role)

    def _group_data(self, row: int, key: str, role: int) -> Any:
        group, lines = self._groups[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "description":
                return f"{self._labels.group(group)} ({len(lines)})"
            if key == "amount":
                subtotal = self.subtotal(group)
                return self._labels.money(subtotal) if subtotal is not None else ""
            return ""
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(GROUP_BACKGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "amount":
            return ALIGN_RIGHT
        if role == GROUP_ROLE:
            return group.value
        if role == SUBTOTAL_ROLE:
            return self.subtotal(group)
        return None

    def _line_data(self, group: GroupKey, line: OrderLine, key: str, role: int) -> Any:
        labels = self._labels
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "description":
                return f"{line_text(line, lang.active())} · {labels.line_kind(line.kind)}"
            if key == "quantity":
                unit = line_unit(line, lang.active())
                return labels.quantity(line.quantity) + (f" {unit}" if unit else "")
            if key == "unit_price":
                return labels.money(line.unit_price)
            if key == "discount":
                return labels.percent(line.discount_percent)
            amounts = line_amounts(line.quantity, line.unit_price, line.discount_percent)
            return labels.money(amounts.net)
        if role == Qt.ItemDataRole.TextAlignmentRole and key != "description":
            return ALIGN_RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and isinstance(group, Approval):
            return QBrush(NOT_BILLED_FOREGROUND)
        if role == GROUP_ROLE:
            return group.value
        if role == LINE_ID_ROLE:
            return line.id
        return None
