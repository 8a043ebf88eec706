"""The progress board (维修进度看板) as a table model, and the filter the workshop puts on it.

Rows are :class:`app.services.views.BoardRow`. The model holds no words of its own: the desk
passes a ``labels`` object (``ui.workshop.labels``) that translates states, pause reasons and
headers. A late order is marked three ways: row colour, a warning icon and the text "LATE".
An order with an action kept on this station (not yet sent, :mod:`ui.common.kept`) has its
state marked: "· unsent" after it, in italics, an arrow icon and a tooltip saying why.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from app.domain.enums import OrderState
from app.domain.privacy import PublicProgress, mask_asset_label, mask_name, public_progress
from app.services.views import BoardRow
from ui.common.kept import kept_icon, kept_tip, marked_state
from ui.common.row_model import Index, RowModel

ORDER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
TECHNICIAN_ROLE = Qt.ItemDataRole.UserRole + 3
LATE_ROLE = Qt.ItemDataRole.UserRole + 4

ALL_COLUMNS = (
    "number",
    "state",
    "waiting",
    "asset",
    "customer",
    "technician",
    "promised",
    "on_site",
)
#: the lounge's TV: what a waiting customer may see (masked, no reasons)
TV_COLUMNS = ("asset", "customer", "progress", "technician", "promised")

LATE_BACKGROUND = QColor("#f9d6d5")
LATE_FOREGROUND = QColor("#8a1c17")
PAUSED_BACKGROUND = QColor("#fff1c7")
PAUSED_FOREGROUND = QColor("#4a3800")


class BoardLabels(Protocol):
    def state(self, value: OrderState) -> str: ...
    def pause_reason(self, value: Any) -> str: ...
    def board_header(self, key: str) -> str: ...
    def unassigned(self) -> str: ...
    def on_site(self) -> str: ...
    def late(self, promised: str) -> str: ...
    def late_tooltip(self, promised: str) -> str: ...
    def local_time(self, value: Any) -> str: ...


class BoardModel(RowModel[BoardRow, str]):
    """Open orders, one per row, in the order the service gives (most urgent first)."""

    def __init__(
        self,
        labels: BoardLabels,
        columns: Sequence[str] = ALL_COLUMNS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(columns, parent)
        self._labels = labels
        self._kept: frozenset[str] = frozenset()

    def row_of(self, order_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.order_id == order_id), None)

    def set_kept(self, numbers: frozenset[str]) -> None:
        """The order numbers with an action kept on this station, waiting to be sent."""
        if numbers == self._kept:
            return
        self._kept = frozenset(numbers)
        if self._rows and "state" in self._columns:
            col = self._columns.index("state")
            self.dataChanged.emit(self.index(0, col), self.index(len(self._rows) - 1, col))

    def is_kept(self, row: int) -> bool:
        return self._rows[row].number in self._kept

    def keys(self) -> list[str]:
        """The column keys, in order."""
        return list(self._columns)

    def board_row(self, row: int) -> BoardRow:
        return self._rows[row]

    # --- RowModel ------------------------------------------------------------------------

    def header(self, key: str) -> str:
        return self._labels.board_header(key)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Vertical
            and 0 <= section < len(self._rows)
        ):
            return str(section + 1)
        return super().headerData(section, orientation, role)

    def cell(self, row: BoardRow, key: str, role: int) -> Any:
        kept = key == "state" and row.number in self._kept
        if role == Qt.ItemDataRole.DisplayRole:
            return marked_state(self._text(row, key)) if kept else self._text(row, key)
        if kept and role == Qt.ItemDataRole.DecorationRole:
            return kept_icon()
        if kept and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if kept:
                return kept_tip()
            if row.late:
                return self._labels.late_tooltip(self._labels.local_time(row.promised_at))
            return self._text(row, key) or None
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.late:
                return QBrush(LATE_BACKGROUND)
            if row.state is OrderState.PAUSED:
                return QBrush(PAUSED_BACKGROUND)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            # dark text on the tinted rows, also on a dark (TV) palette
            if row.late:
                return QBrush(LATE_FOREGROUND)
            if row.state is OrderState.PAUSED:
                return QBrush(PAUSED_FOREGROUND)
            return None
        if role == Qt.ItemDataRole.DecorationRole and row.late and key == self._columns[0]:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == ORDER_ID_ROLE:
            return row.order_id
        if role == STATE_ROLE:
            return row.state.value
        if role == TECHNICIAN_ROLE:
            return row.technician or ""
        if role == LATE_ROLE:
            return row.late
        return None

    def _text(self, row: BoardRow, key: str) -> str:
        labels = self._labels
        if key == "number":
            return row.number
        if key == "state":
            return labels.state(row.state)
        if key == "waiting":
            return labels.pause_reason(row.pause_reason) if row.state is OrderState.PAUSED else ""
        if key == "asset":
            return row.asset_label
        if key == "customer":
            return row.customer_name
        if key == "technician":
            return row.technician or labels.unassigned()
        if key == "promised":
            when = labels.local_time(row.promised_at)
            return labels.late(when) if row.late else when
        if key == "on_site":
            return labels.on_site() if row.waits_on_site else ""
        raise KeyError(key)


class TvLabels(Protocol):
    def progress(self, value: PublicProgress) -> str: ...
    def header(self, key: str) -> str: ...
    def unassigned(self) -> str: ...
    def local_time(self, value: Any) -> str: ...


#: the lounge's colours per progress (a dark screen: light text on a tint)
PROGRESS_FOREGROUND = {
    PublicProgress.CHECKED_IN: QColor("#cfd8dc"),
    PublicProgress.IN_PROGRESS: QColor("#f2f2f2"),
    PublicProgress.QUALITY_CHECK: QColor("#b3e5fc"),
    PublicProgress.READY: QColor("#a5d6a7"),
}


class TvBoardModel(RowModel[BoardRow, str]):
    """The board as the lounge's TV shows it to waiting customers: the asset with its
    identifier partly masked (:func:`app.domain.privacy.mask_asset_label`), the customer
    by an initial (:func:`~app.domain.privacy.mask_name`: 吴*, W.), the visit's
    state in the customer's words (:class:`PublicProgress`), the technician and the promised
    time as promised. Nothing says late, paused or why; rows the lounge does not show
    (released, cancelled) are left out by ``set_rows``."""

    def __init__(self, labels: TvLabels, parent: QObject | None = None) -> None:
        super().__init__(TV_COLUMNS, parent)
        self._labels = labels

    def set_rows(self, rows: Sequence[BoardRow]) -> None:
        super().set_rows([r for r in rows if public_progress(r.state) is not None])

    def row_of(self, order_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.order_id == order_id), None)

    def progress_of(self, row: int) -> PublicProgress | None:
        return public_progress(self._rows[row].state)

    def header(self, key: str) -> str:
        return self._labels.header(key)

    def cell(self, row: BoardRow, key: str, role: int) -> Any:
        progress = public_progress(row.state)
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "asset":
                return mask_asset_label(row.asset_label)
            if key == "customer":
                return mask_name(row.customer_name)
            if key == "progress":
                return self._labels.progress(progress) if progress is not None else ""
            if key == "technician":
                return row.technician or self._labels.unassigned()
            if key == "promised":
                return self._labels.local_time(row.promised_at)
            raise KeyError(key)
        if role == Qt.ItemDataRole.ForegroundRole and progress is not None:
            return QBrush(PROGRESS_FOREGROUND[progress])
        return None


class BoardFilter(QSortFilterProxyModel):
    """Which board rows a tab shows: by states, by technician name, late ones only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._states: frozenset[str] | None = None
        self._technician: str | None = None  # "" = unassigned, None = anyone
        self._late_only = False

    def set_states(self, states: Sequence[OrderState] | None) -> None:
        self.beginFilterChange()
        self._states = None if states is None else frozenset(s.value for s in states)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_technician(self, name: str | None) -> None:
        self.beginFilterChange()
        self._technician = name
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_late_only(self, late_only: bool) -> None:
        self.beginFilterChange()
        self._late_only = late_only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._states is not None and model.data(index, STATE_ROLE) not in self._states:
            return False
        if self._technician is not None and model.data(index, TECHNICIAN_ROLE) != self._technician:
            return False
        return not (self._late_only and not model.data(index, LATE_ROLE))
