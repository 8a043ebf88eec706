"""The estimate being built at intake: lines from the catalog or typed freely.

Description, quantity and unit price are edited in place and checked there by the core's
line rules (:func:`ui.common.cell_editing.check_line_cell`): a refused value is never
written. Lines restored from a draft keep what was typed; what the service refuses on
sending is marked on its cell until it is corrected.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain.enums import LineKind, Payer
from app.domain.errors import ValidationError
from app.domain.money import line_amounts
from app.domain.text import parse_decimal
from app.domain.units import line_text
from app.services.inputs import LineInput
from ui.common import format as fmt
from ui.common import labels, lang
from ui.common.cell_editing import check_line_cell
from ui.common.columns import text as col

Index = QModelIndex | QPersistentModelIndex

COL_DESCRIPTION, COL_KIND, COL_QUANTITY, COL_PRICE, COL_AMOUNT, COL_PAYER = range(6)
ERROR_BACKGROUND = "#ffebee"


def _decimal(raw: object) -> Decimal | None:
    return parse_decimal(raw)  # full-width forms too ("１。５")


class EstimateModel(QAbstractTableModel):
    """Rows are :class:`LineInput`; ``errors`` marks refused cells by (row, field)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[LineInput] = []
        self._errors: dict[tuple[int, str], str] = {}

    def lines(self) -> list[LineInput]:
        return list(self._lines)

    def set_lines(self, lines: list[LineInput]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self._errors.clear()
        self.endResetModel()

    def add(self, line: LineInput) -> int:
        row = len(self._lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.append(line)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._lines[row]
            self._errors = {k: v for k, v in self._errors.items() if k[0] != row}
            self._errors = {((r - 1 if r > row else r), f): v for (r, f), v in self._errors.items()}
            self.endRemoveRows()

    def set_payer(self, row: int, payer: Payer) -> None:
        if 0 <= row < len(self._lines):
            self._lines[row].payer = payer
            self.dataChanged.emit(self.index(row, 0), self.index(row, COL_PAYER))

    def set_error(self, row: int, field: str, text: str) -> None:
        self._errors[(row, field)] = text
        self.dataChanged.emit(self.index(row, 0), self.index(row, COL_PAYER))

    def clear_errors(self) -> None:
        if self._errors:
            self._errors.clear()
            if self._lines:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._lines) - 1, COL_PAYER))

    def errors(self) -> dict[tuple[int, str], str]:
        return dict(self._errors)

    def total(self) -> Decimal:
        total = Decimal("0.00")
        for line in self._lines:
            amount = self._amount(line)
            if amount is not None and line.payer is Payer.CUSTOMER:
                total += amount
        return total

    @staticmethod
    def _amount(line: LineInput) -> Decimal | None:
        q, p = _decimal(line.quantity), _decimal(line.unit_price)
        d = _decimal(line.discount_percent) or Decimal(0)
        if q is None or p is None:
            return None
        return line_amounts(q, p, d).net

    # --- Qt model ---
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    #: the cells typed in place, by the line's field
    _EDITABLE = {COL_DESCRIPTION: "description", COL_QUANTITY: "quantity", COL_PRICE: "unit_price"}
    _FIELDS = {
        COL_DESCRIPTION: "description",
        COL_QUANTITY: "quantity",
        COL_PRICE: "unit_price",
        COL_PAYER: "payer",
    }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        col = index.column()
        error = self._errors.get((index.row(), self._FIELDS.get(col, "")))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == COL_DESCRIPTION:
                return line_text(line, lang.active())
            if col == COL_KIND:
                return labels.name(line.kind)
            if col == COL_QUANTITY:
                q = _decimal(line.quantity)
                shown = (
                    fmt.quantity(q)
                    if q is not None and role == Qt.ItemDataRole.DisplayRole
                    else None
                )
                return shown or str(line.quantity)
            if col == COL_PRICE:
                price = _decimal(line.unit_price)
                if price is not None and role == Qt.ItemDataRole.DisplayRole:
                    return fmt.money(price)  # shown as every amount is; edited as typed
                return str(line.unit_price)
            if col == COL_AMOUNT:
                amount = self._amount(line)
                return fmt.money(amount) if amount is not None else "?"
            return labels.name(line.payer)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (
            COL_QUANTITY,
            COL_PRICE,
            COL_AMOUNT,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and error:
            return QBrush(QColor(ERROR_BACKGROUND))
        if role == Qt.ItemDataRole.ToolTipRole and error:
            return error
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in self._EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def check_cell(self, index: Index, text: str) -> tuple[str, ValidationError | None]:
        """What ``text`` typed into the cell would be kept as, or the core's reason not to."""
        field = self._EDITABLE.get(index.column())
        if field is None or not 0 <= index.row() < len(self._lines):
            return text, None  # not an editable cell: nothing is written there anyway
        return check_line_cell(self._lines[index.row()], field, text)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Only a value the line rules accept is written (as the cell shows it)."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        field = self._EDITABLE.get(index.column())
        if field is None or not 0 <= index.row() < len(self._lines):
            return False
        text, error = self.check_cell(index, "" if value is None else str(value))
        if error is not None:
            return False
        line = self._lines[index.row()]
        if field != "description":
            setattr(line, field, text)
        elif text != line_text(line, lang.active()):
            # a name typed over the catalog's is the advisor's own, in one language
            line.description, line.description_en = text, None
        self._errors.pop((index.row(), field), None)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), COL_PAYER))
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (
            col("Description"),
            col("Kind"),
            col("Qty"),
            col("Unit price"),
            col("Amount"),
            col("Paid by"),
        )
        return titles[section] if 0 <= section < len(titles) else None


def free_line(description: str, kind: LineKind, quantity: str, price: str) -> LineInput:
    return LineInput(kind=kind, description=description, quantity=quantity, unit_price=price)
