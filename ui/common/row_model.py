"""Table models whose rows are Python objects: the base of the desks' list models.

:class:`RowModel` holds the rows and answers Qt's questions (counts, header, which row an
index is); a subclass passes its columns (keys of any kind), names each column
(``header``) and says what a cell shows in a role (``cell``). :class:`RowTableModel` is the
short form for plain lists: columns declared as :class:`Column` (title, text, right-aligned)
and an optional row tint and tooltip. Rows are replaced whole with ``set_rows`` (views keep
their selection by key where they care), or a paged list's next page is added with ``append``.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

T = TypeVar("T")
C = TypeVar("C")

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row object itself (RowTableModel)
ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
Index = QModelIndex | QPersistentModelIndex


def column_title(
    columns: Sequence[C],
    section: int,
    orientation: Qt.Orientation,
    role: int,
    title: Callable[[C], str],
) -> str | None:
    """``headerData`` of a model with these columns: the title above a column, else None."""
    if (
        role == Qt.ItemDataRole.DisplayRole
        and orientation == Qt.Orientation.Horizontal
        and 0 <= section < len(columns)
    ):
        return title(columns[section])
    return None


class RowModel(QAbstractTableModel, Generic[T, C]):
    """Rows of ``T`` under ``columns``; subclasses say ``header(column)`` and
    ``cell(row, column, role)``."""

    def __init__(self, columns: Sequence[C], parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []
        self._columns: list[C] = list(columns)

    # --- to override ---
    def header(self, column: C) -> str:
        raise NotImplementedError

    def cell(self, row: T, column: C, role: int) -> Any:
        return None

    # --- rows and columns ---
    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append(self, rows: Sequence[T]) -> None:
        """Add ``rows`` after the last (the next page of a paged list)."""
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def patch(
        self,
        fresh: Sequence[T],
        asked: Iterable[Hashable],
        key: Callable[[T], Hashable],
        order: Callable[[T], Any],
    ) -> None:
        """Update only the rows ``asked`` for (by ``key``): each in ``fresh`` replaces its row,
        moving to its place in ``order`` if that changed, or comes in at its place; each not
        in ``fresh`` leaves. Other rows, the selection and the scroll position stay (the view
        is told of each row inserted, moved, removed or changed, never reset)."""
        by_key = {key(r): r for r in fresh}
        for gone in set(asked) - set(by_key):
            at = self._index_of(gone, key)
            if at is not None:
                self.beginRemoveRows(QModelIndex(), at, at)
                del self._rows[at]
                self.endRemoveRows()
        for k, row in by_key.items():
            at = self._index_of(k, key)
            rest = [order(r) for i, r in enumerate(self._rows) if i != at]
            to = bisect.bisect_left(rest, order(row))
            if at is None:
                self.beginInsertRows(QModelIndex(), to, to)
                self._rows.insert(to, row)
                self.endInsertRows()
                continue
            if to != at:  # (Qt's destination counts the rows before the move)
                self.beginMoveRows(QModelIndex(), at, at, QModelIndex(), to + 1 if to > at else to)
                self._rows.insert(to, self._rows.pop(at))
                self.endMoveRows()
            if self._rows[to] != row:
                self._rows[to] = row
                last = max(0, len(self._columns) - 1)
                self.dataChanged.emit(self.index(to, 0), self.index(to, last))

    def keep_first(self, count: int) -> None:
        """Drop the rows after the first ``count`` (a list of the latest N)."""
        if len(self._rows) > count:
            self.beginRemoveRows(QModelIndex(), count, len(self._rows) - 1)
            del self._rows[count:]
            self.endRemoveRows()

    def _index_of(self, k: Hashable, key: Callable[[T], Hashable]) -> int | None:
        return next((i for i, r in enumerate(self._rows) if key(r) == k), None)

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def column_of(self, column: C) -> int:
        return self._columns.index(column)

    # --- QAbstractTableModel ---
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        return self.cell(row, self._columns[index.column()], role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return column_title(self._columns, section, orientation, role, self.header)


@dataclass(frozen=True)
class Column(Generic[T]):
    title: Callable[[], str]
    text: Callable[[T], str]
    align_right: bool = False


class RowTableModel(RowModel[T, Column[T]]):
    """Rows of ``T`` shown through ``columns()``; ``row_background(row)`` tints a row."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(self.columns(), parent)

    # --- to override ---
    def columns(self) -> list[Column[T]]:
        raise NotImplementedError

    def row_background(self, row: T) -> QColor | None:
        return None

    def row_tooltip(self, row: T) -> str | None:
        return None

    # --- RowModel ---
    def header(self, column: Column[T]) -> str:
        return column.title()

    def cell(self, row: T, column: Column[T], role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = self.row_background(row)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return ALIGN_RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.row_tooltip(row)
        return None
