"""The stations of the installation and when each was last seen, as a table model.

Rows are :class:`StationRow`, built from ``app.services.people.list_stations``. The model
holds no words of its own: the stations view passes a ``labels`` object
(``ui.stations.labels``) for the headers and the status texts. A station seen within
``ACTIVE_SECONDS`` counts as active (it sends a heartbeat twice as often).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.domain.types import utcnow
from ui.common.format import local_time

Index = QModelIndex | QPersistentModelIndex
STATION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ACTIVE_SECONDS = 90
COLUMNS = ("name", "desk", "last_seen", "status")
INACTIVE = QColor("#6b6b6b")


@dataclass(frozen=True)
class StationRow:
    station_id: int
    name: str
    desk: str | None
    last_seen_at: datetime | None
    this_station: bool = False


class StationLabels(Protocol):
    def header(self, key: str) -> str: ...
    def active(self) -> str: ...
    def inactive(self) -> str: ...
    def never(self) -> str: ...
    def this_station(self, name: str) -> str: ...


class StationsListModel(QAbstractTableModel):
    """One station per row, in the order given (by name)."""

    def __init__(self, labels: StationLabels, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels = labels
        self._rows: list[StationRow] = []
        self._now = utcnow()

    def set_rows(self, rows: Sequence[StationRow], now: datetime | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._now = now or utcnow()
        self.endResetModel()

    def row_at(self, row: int) -> StationRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def is_active(self, row: StationRow) -> bool:
        return (
            row.last_seen_at is not None
            and (self._now - row.last_seen_at).total_seconds() <= ACTIVE_SECONDS
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == STATION_ID_ROLE:
            return row.station_id
        if role == Qt.ItemDataRole.ForegroundRole and not self.is_active(row):
            return QBrush(INACTIVE)
        if role == Qt.ItemDataRole.FontRole and row.this_station:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, row: StationRow, column: str) -> str:
        if column == "name":
            return self._labels.this_station(row.name) if row.this_station else row.name
        if column == "desk":
            return row.desk or ""
        if column == "last_seen":
            return local_time(row.last_seen_at) if row.last_seen_at else self._labels.never()
        return self._labels.active() if self.is_active(row) else self._labels.inactive()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return self._labels.header(COLUMNS[section])
        return None
