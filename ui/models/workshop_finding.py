"""The lines of a finding being written (增项): picked from the catalog or typed, quantity and
price editable in place. Text stays as typed; the service validates it whole on sending."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain.enums import LineKind
from app.domain.money import line_amounts
from app.services.inputs import LineInput

Index = QModelIndex | QPersistentModelIndex

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
    unit_price: str = "0.00"
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
    try:
        value = Decimal(text.strip().replace(",", ""))
    except (InvalidOperation, ValueError):
        return None
    return value if value.is_finite() else None


class DraftLinesModel(QAbstractTableModel):
    """Editable draft lines; cells the service refused are marked until edited."""

    def __init__(self, labels: DraftLabels, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels = labels
        self._lines: list[DraftLine] = []
        self._errors: dict[tuple[int, str], str] = {}

    def lines(self) -> list[DraftLine]:
        return list(self._lines)

    def add(self, line: DraftLine) -> int:
        row = len(self._lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.append(line)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if not 0 <= row < len(self._lines):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._lines[row]
        self.endRemoveRows()
        self._errors = {(r - (r > row), k): v for (r, k), v in self._errors.items() if r != row}

    def set_errors(self, errors: dict[tuple[int, str], str]) -> None:
        """Mark refused cells: ``{(row, field): message}`` with fields as in LineInput."""
        self._errors = dict(errors)
        if self._lines:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._lines) - 1, len(COLUMNS) - 1)
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return self._labels.line_header(COLUMNS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if COLUMNS[index.column()] in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._lines):
            return None
        line = self._lines[index.row()]
        key = COLUMNS[index.column()]
        error = self._errors.get((index.row(), key))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(line, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return error
        if role == Qt.ItemDataRole.BackgroundRole and error:
            return QBrush(ERROR_BACKGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in (
            "quantity",
            "unit_price",
            "amount",
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        key = COLUMNS[index.column()]
        if key not in EDITABLE:
            return False
        line = self._lines[index.row()]
        setattr(line, key, str(value))
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
            return f"{line_amounts(qty, price, Decimal(0)).net:,.2f}"
        return str(getattr(line, key))
