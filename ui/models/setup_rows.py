"""An editable table of plain records (dicts) for the Setup desk's lists: member discount
levels, checklist items. Columns are text or check boxes; rows can be added, removed and
moved (the checklist's order). Edits change only the model: the page saves the rows
through a service. Column titles come translated from the page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

Index = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class EditColumn:
    key: str
    title: str
    check: bool = False  # a check box (bool value) rather than text
    editable: bool = True


class RecordsModel(QAbstractTableModel):
    """Rows of ``dict`` under ``columns``. ``edited`` fires on any change by the user.
    A row whose ``greyed_key`` is false is shown grey (an inactive checklist item)."""

    edited = Signal()

    def __init__(
        self, columns: Sequence[EditColumn], parent: Any = None, *, greyed_key: str | None = None
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[dict[str, Any]] = []
        self._greyed_key = greyed_key

    # --- rows ---
    def set_records(self, records: Sequence[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = [dict(r) for r in records]
        self.endResetModel()

    def records(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self._rows]

    def record(self, row: int) -> dict[str, Any]:
        return dict(self._rows[row])

    def add_record(self, record: dict[str, Any], row: int | None = None) -> int:
        row = len(self._rows) if row is None else max(0, min(row, len(self._rows)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, dict(record))
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove_record(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self.edited.emit()

    def move_record(self, row: int, delta: int) -> int:
        """Move a row up (-1) or down (+1); returns where it is now."""
        target = row + delta
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)) or delta == 0:
            return row
        dest = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), dest)
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()
        self.edited.emit()
        return target

    def columns(self) -> list[EditColumn]:
        return list(self._columns)

    def column_of(self, key: str) -> int:
        return next(n for n, c in enumerate(self._columns) if c.key == key)

    # --- Qt ---
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].title
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Vertical
            and 0 <= section < len(self._rows)
        ):
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        column = self._columns[index.column()]
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if column.editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable if column.check else Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        record = self._rows[index.row()]
        column = self._columns[index.column()]
        value = record.get(column.key)
        if role == RECORD_ROLE:
            return dict(record)
        if column.check:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return "" if value is None else str(value)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and self._greyed_key is not None
            and not record.get(self._greyed_key, True)
        ):
            return QBrush(QColor("#9e9e9e"))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not (self.flags(index) & ~Qt.ItemFlag.ItemIsSelectable):
            return False
        column = self._columns[index.column()]
        if not column.editable:
            return False
        record = self._rows[index.row()]
        if column.check and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            if record.get(column.key) == checked:
                return True
            record[column.key] = checked
        elif not column.check and role == Qt.ItemDataRole.EditRole:
            text = "" if value is None else str(value)
            if record.get(column.key) == text:
                return True
            record[column.key] = text
        else:
            return False
        first = self.index(index.row(), 0)
        last = self.index(index.row(), len(self._columns) - 1)
        self.dataChanged.emit(first, last)
        self.edited.emit()
        return True
