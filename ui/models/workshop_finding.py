"""The lines of a finding being written (增项): picked from the catalog or typed, description,
quantity and price editable in place and checked there by the core's line rules
(:func:`ui.common.cell_editing.check_line_cell`): a refused value is never written. A line
typed by hand starts without a price (a free line is said with 0, never left blank); the
service checks the lines whole again on sending."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Protocol

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain.enums import LineKind
from app.domain.errors import ValidationError
from app.domain.money import line_amounts
from app.domain.text import parse_decimal
from app.services.inputs import LineInput
from ui.common import format as fmt
from ui.common.cell_editing import check_line_cell
from ui.common.row_model import ALIGN_RIGHT, Index, RowModel

COLUMNS = ("kind", "code", "description", "quantity", "unit_price", "amount")
EDITABLE = frozenset({"description", "quantity", "unit_price"})
ERROR_BACKGROUND = QColor("#f9d6d5")


class DraftLabels(Protocol):
    def line_kind(self, value: LineKind) -> str: ...
    def line_header(self, key: str) -> str: ...


@dataclass
class DraftLine:
    kind: LineKind
    description: str
    quantity: str = "1"
    unit_price: str = ""  # typed by hand: to be filled in (0 for a line given free)
    code: str | None = None
    unit: str | None = None
    catalog_item_id: int | None = None

    def to_input(self) -> LineInput:
        return LineInput(
            kind=self.kind,
            description=self.description,
            quantity=self.quantity,
            unit_price=self.unit_price,
            code=self.code,
            unit=self.unit,
            catalog_item_id=self.catalog_item_id,
        )


def _decimal(text: str) -> Decimal | None:
    return parse_decimal(text)  # full-width forms too ("１。５")


class DraftLinesModel(RowModel[DraftLine, str]):
    """Editable draft lines; cells the service refused are marked until edited."""

    def __init__(self, labels: DraftLabels, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, parent)
        self._labels = labels
        self._errors: dict[tuple[int, str], str] = {}

    def lines(self) -> list[DraftLine]:
        return self.rows()

    def add(self, line: DraftLine) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(line)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self._errors = {(r - (r > row), k): v for (r, k), v in self._errors.items() if r != row}

    def set_errors(self, errors: dict[tuple[int, str], str]) -> None:
        """Mark refused cells: ``{(row, field): message}`` with fields as in LineInput."""
        self._errors = dict(errors)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1)
            )

    def header(self, key: str) -> str:
        return self._labels.line_header(key)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if COLUMNS[index.column()] in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole):
            # refused cells are marked by (row, field), not by the line
            if not index.isValid() or self.row_at(index.row()) is None:
                return None
            error = self._errors.get((index.row(), COLUMNS[index.column()]))
            if role == Qt.ItemDataRole.ToolTipRole:
                return error
            return QBrush(ERROR_BACKGROUND) if error else None
        return super().data(index, role)

    def cell(self, line: DraftLine, key: str, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(line, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in (
            "quantity",
            "unit_price",
            "amount",
        ):
            return ALIGN_RIGHT
        return None

    def check_cell(self, index: Index, text: str) -> tuple[str, ValidationError | None]:
        """What ``text`` typed into the cell would be kept as, or the core's reason not to."""
        line = self.row_at(index.row()) if index.isValid() else None
        key = COLUMNS[index.column()] if index.isValid() else ""
        if line is None or key not in EDITABLE:
            return text, None  # not an editable cell: nothing is written there anyway
        return check_line_cell(line.to_input(), key, text)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Only a value the line rules accept is written (as the cell shows it)."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        key = COLUMNS[index.column()]
        line = self.row_at(index.row())
        if key not in EDITABLE or line is None:
            return False
        text, error = self.check_cell(index, "" if value is None else str(value))
        if error is not None:
            return False
        setattr(line, key, text)
        self._errors.pop((index.row(), key), None)
        amount = self.index(index.row(), COLUMNS.index("amount"))
        self.dataChanged.emit(index, index)
        self.dataChanged.emit(amount, amount)
        return True

    def _text(self, line: DraftLine, key: str) -> str:
        if key == "kind":
            return self._labels.line_kind(line.kind)
        if key == "code":
            return line.code or ""
        if key == "amount":
            qty, price = _decimal(line.quantity), _decimal(line.unit_price)
            if qty is None or price is None:
                return ""
            return fmt.money(line_amounts(qty, price, Decimal(0)).net)
        return str(getattr(line, key))
