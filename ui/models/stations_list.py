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

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.domain.types import utcnow
from ui.common.format import local_time
from ui.common.row_model import RowModel

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


class StationsListModel(RowModel[StationRow, str]):
    """One station per row, in the order given (by name)."""

    def __init__(self, labels: StationLabels, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, parent)
        self._labels = labels
        self._now = utcnow()

    def set_rows(self, rows: Sequence[StationRow], now: datetime | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._now = now or utcnow()
        self.endResetModel()

    def is_active(self, row: StationRow) -> bool:
        return (
            row.last_seen_at is not None
            and (self._now - row.last_seen_at).total_seconds() <= ACTIVE_SECONDS
        )

    def header(self, key: str) -> str:
        return self._labels.header(key)

    def cell(self, row: StationRow, column: str, role: int) -> Any:
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
