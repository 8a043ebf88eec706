"""The read-only progress board for a TV in the lounge (维修进度看板).

Large type, no controls, for waiting customers' eyes: the plate or device with its
identifier partly masked, the customer by an initial (吴*, W.), the state in the customer's words (checked in, being repaired,
quality check, ready for pickup), the technician and the promised time. Nothing on it says
late, paused or why, and no full name, plate, IMEI or VIN is shown
(:mod:`app.domain.privacy`). It refreshes when the change feed says something changed and
every 30 seconds; Esc closes it. When the rows do not fit the screen, it pages through them.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import OrderState
from app.domain.privacy import PublicProgress
from app.services import queries
from app.services.context import ServiceContext
from app.services.queries import BOARD_STATES
from app.services.views import BoardRow
from ui.changes import ChangeAdapter
from ui.common import format as fmt
from ui.common.calls import call
from ui.common.errors import order_error_text
from ui.models.workshop_board import TV_COLUMNS, TvBoardModel

#: share of the width per column (the vehicle or device needs the most)
COLUMN_SHARES = {"asset": 38, "customer": 9, "progress": 22, "technician": 14, "promised": 17}
REFRESH_MS = 30_000
PAGE_MS = 10_000


_CTX = "TvBoard"
_PROGRESS = {
    PublicProgress.CHECKED_IN: QT_TRANSLATE_NOOP("TvBoard", "Checked in"),
    PublicProgress.IN_PROGRESS: QT_TRANSLATE_NOOP("TvBoard", "Being repaired"),
    PublicProgress.QUALITY_CHECK: QT_TRANSLATE_NOOP("TvBoard", "Quality check"),
    PublicProgress.READY: QT_TRANSLATE_NOOP("TvBoard", "Ready for pickup"),
}
_HEADERS = {
    "asset": QT_TRANSLATE_NOOP("TvBoard", "Vehicle / device"),
    "customer": QT_TRANSLATE_NOOP("TvBoard", "Customer"),
    "progress": QT_TRANSLATE_NOOP("TvBoard", "Status"),
    "technician": QT_TRANSLATE_NOOP("TvBoard", "Technician"),
    "promised": QT_TRANSLATE_NOOP("TvBoard", "Expected"),
}


class TvLabels:
    """The lounge's words for :class:`~ui.models.workshop_board.TvBoardModel`."""

    @staticmethod
    def progress(value: PublicProgress) -> str:
        return QCoreApplication.translate(_CTX, _PROGRESS[value])

    @staticmethod
    def header(key: str) -> str:
        return QCoreApplication.translate(_CTX, _HEADERS[key])

    @staticmethod
    def unassigned() -> str:
        return "—"

    local_time = staticmethod(fmt.short_time)


class TvBoardWindow(QWidget):
    """A top-level, full-screen capable board; construct, then ``showFullScreen()``."""

    def __init__(
        self,
        ctx: ServiceContext,
        changes: ChangeAdapter,
        parent: QWidget | None = None,
        point_size: float = 26.0,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.changes = changes
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Repair progress board"))
        self.setStyleSheet("background: #101418; color: #f2f2f2;")
        font = self.font()
        font.setPointSizeF(point_size)
        self.setFont(font)

        self.heading = QLabel(self.tr("Repair progress board"))
        heading_font = self.font()
        heading_font.setPointSizeF(point_size * 1.3)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.clock = QLabel()
        self.clock.setFont(heading_font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        summary_font = self.font()
        summary_font.setPointSizeF(point_size * 0.7)
        self.summary.setFont(summary_font)

        self.model = TvBoardModel(TvLabels(), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setStyleSheet(
            "QTableView { background: #101418; color: #f2f2f2; border: none; }"
            "QHeaderView::section { background: #1f2a33; color: #9fb3c8; border: none;"
            " padding: 6px; }"
        )
        self.table.setFont(font)
        self.table.verticalHeader().setDefaultSectionSize(int(QFontMetrics(font).height() * 1.5))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setIconSize(QSize(int(point_size * 1.3), int(point_size * 1.3)))
        header_font = self.font()
        header_font.setPointSizeF(point_size * 0.6)
        header.setFont(header_font)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.clock)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

        self._page = 0
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self.reload)
        self.refresh_timer.start()
        self.page_timer = QTimer(self)
        self.page_timer.setInterval(PAGE_MS)
        self.page_timer.timeout.connect(self._next_page)
        self.page_timer.start()
        self.changes.changed.connect(self._on_changed)
        # the columns follow the table's own width (the window's resize comes before the
        # layout has given the table its new size)
        self.table.viewport().installEventFilter(self)
        self.reload()

    def reload(self) -> None:
        self._tick_clock()
        call(self, lambda: queries.board(self.ctx), self._on_rows, self._on_error)

    def _on_changed(self, _changes: object) -> None:
        self.reload()

    def _on_rows(self, rows: list[BoardRow]) -> None:
        # the lounge sees what is being worked on, not the reception's drafts
        shown = sorted(
            (r for r in rows if r.state is not OrderState.OPEN),
            key=lambda r: BOARD_STATES.index(r.state),
        )
        self.model.set_rows(shown)
        rows = range(self.model.rowCount())
        ready = sum(1 for r in rows if self.model.progress_of(r) is PublicProgress.READY)
        self.summary.setText(
            self.tr("%n visit(s) in the workshop", "", self.model.rowCount() - ready)
            + " · "
            + self.tr("%n ready for pickup", "", ready)
        )
        self._show_page()

    def _on_error(self, exc: Exception) -> None:
        self.summary.setText(order_error_text(exc))

    def _tick_clock(self) -> None:
        self.clock.setText(datetime.now().astimezone().strftime("%H:%M"))

    # --- paging when the rows do not fit -------------------------------------------------

    def rows_per_page(self) -> int:
        height = max(self.table.verticalHeader().defaultSectionSize(), 1)
        visible = self.table.viewport().height() // height
        return max(visible, 1)

    def _next_page(self) -> None:
        self._page += 1
        self._show_page()

    def _show_page(self) -> None:
        per_page = self.rows_per_page()
        pages = max(1, -(-self.model.rowCount() // per_page))
        self._page %= pages
        first = self._page * per_page
        for row in range(self.model.rowCount()):
            self.table.setRowHidden(row, not first <= row < first + per_page)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
            self._show_page()
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()
        self._show_page()

    def _fit_columns(self) -> None:
        width = self.table.viewport().width()
        total = sum(COLUMN_SHARES[key] for key in TV_COLUMNS)
        for column, key in enumerate(TV_COLUMNS):
            self.table.setColumnWidth(column, width * COLUMN_SHARES[key] // total)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: object) -> None:
        self.refresh_timer.stop()
        self.page_timer.stop()
        super().closeEvent(event)  # type: ignore[arg-type]
