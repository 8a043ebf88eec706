"""The stations page: every station of the installation and when it was last seen, this
station's connection to the database, and the actions typed offline that wait to be sent.

Reloads when a station signs in (a ``station`` change from any station) and every
``REFRESH_MS`` while shown, since heartbeats move "last seen" without a change event.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.db.changes import Change
from app.domain.models import Station
from app.services.context import ServiceContext
from app.services.outbox import OutboxEntry
from app.services.people import list_stations
from ui.changes import ChangeAdapter
from ui.common.calls import call
from ui.common.errors import error_text
from ui.common.format import local_time
from ui.common.widgets import hint, title
from ui.models.stations_list import StationRow, StationsListModel
from ui.stations.connection_dialog import ConnectionDialog
from ui.stations.labels import StationLabels
from ui.stations.live import LiveSync
from ui.workspace import Workspace

REFRESH_MS = 15_000
ENTRY_SEQ_ROLE = Qt.ItemDataRole.UserRole + 1


class StationsView(Workspace):
    """Lays the page out; :class:`StationsPage` reacts."""

    def __init__(
        self, ctx: ServiceContext, changes: ChangeAdapter, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, changes, parent)
        self.labels = StationLabels()
        self.model = StationsListModel(self.labels, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.connection = QLabel()
        self.connection.setObjectName("connection")
        self.error = QLabel()
        self.error.setObjectName("offline")
        self.error.setWordWrap(True)
        self.error.hide()
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.refresh = QPushButton(self.tr("&Refresh (F5)"))
        self.settings = QPushButton(self.tr("Database &connection…"))
        self.waiting = QLabel()
        self.waiting.setObjectName("sectionTitle")
        self.entries = QListWidget()
        self.entries.setObjectName("outbox")
        self.retry = QPushButton(self.tr("Send &again"))
        self.discard = QPushButton(self.tr("&Discard"))
        top = QHBoxLayout()
        top.addWidget(self.connection)
        top.addStretch(1)
        top.addWidget(self.refresh)
        top.addWidget(self.settings)
        waiting_buttons = QHBoxLayout()
        waiting_buttons.addStretch(1)
        waiting_buttons.addWidget(self.retry)
        waiting_buttons.addWidget(self.discard)
        self.entries_hint = hint(
            self.tr(
                "Intakes, payments and lines typed while the database could not be reached "
                "are sent by themselves when it is back. One it refused stays here: send it "
                "again after fixing the cause, or discard it."
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addWidget(title(self.tr("Stations")))
        layout.addWidget(self.table, 3)
        layout.addWidget(self.waiting)
        layout.addWidget(self.entries_hint)
        layout.addWidget(self.entries, 1)
        layout.addLayout(waiting_buttons)

    def title(self) -> str:
        return self.tr("Stations")

    def focus_primary(self) -> None:
        self.table.setFocus()


class StationsPage(StationsView):
    """The stations page; with ``live`` it also shows the connection and the outbox."""

    def __init__(
        self,
        ctx: ServiceContext,
        changes: ChangeAdapter,
        parent: QWidget | None = None,
        *,
        live: LiveSync | None = None,
    ) -> None:
        super().__init__(ctx, changes, parent)
        self.live = live
        self.loading = False
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._connect_signals()
        self._show_connection(live.state if live is not None else "online")
        for w in (
            self.connection, self.waiting, self.entries_hint, self.entries, self.retry,
            self.discard,
        ):  # fmt: skip
            w.setVisible(live is not None)
        self.reload()

    def _connect_signals(self) -> None:
        self.changes.changed.connect(self._on_changes)
        self.refresh.clicked.connect(self.reload)
        # only while the page has the focus: F5 is the cashier's "cash in full" elsewhere
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.settings.clicked.connect(self._on_settings)
        self.retry.clicked.connect(self._on_retry)
        self.discard.clicked.connect(self._on_discard)
        self._timer.timeout.connect(self.reload)
        if self.live is not None:
            self.live.connection_state_changed.connect(self._show_connection)
            # bound methods, not lambdas: the link outlives this page (a language switch
            # rebuilds the window), and Qt drops a destroyed page's slots by itself
            self.live.outbox_changed.connect(self._on_outbox_changed)

    def activate(self) -> None:
        self.reload()
        self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self._timer.stop()
        super().hideEvent(event)

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        if self.loading:
            return
        self.loading = True
        ctx = self.ctx
        call(self, lambda: list_stations(ctx), self._on_loaded, self._on_failed)
        self._reload_outbox()

    def _on_loaded(self, stations: list[Station]) -> None:
        self.loading = False
        self.error.hide()
        here = self.ctx.actor.station_id
        self.model.set_rows(
            [StationRow(s.id, s.name, s.desk, s.last_seen_at, s.id == here) for s in stations]
        )

    def _on_failed(self, exc: Exception) -> None:
        self.loading = False
        self.error.setText(error_text(exc))
        self.error.show()

    def _reload_outbox(self) -> None:
        if self.live is None:
            return
        outbox, db = self.live.outbox, self.ctx.db
        call(self, lambda: outbox.entries(db), self._on_outbox)

    def _on_outbox_changed(self, _pending: int) -> None:
        self._reload_outbox()

    def _on_outbox(self, entries: list[OutboxEntry]) -> None:
        self.entries.clear()
        pending = 0
        for entry in entries:
            when = local_time(_parse(entry.created_at))
            if entry.status == "failed":
                text = self.tr("%1 — %2 — refused: %3")
                text = text.replace("%3", entry.error or "")
            else:
                pending += 1
                text = self.tr("%1 — %2 — waiting")
            what = f"{self.labels.action(entry.action)}: {entry.subject}"
            item = QListWidgetItem(text.replace("%1", when).replace("%2", what))
            item.setData(ENTRY_SEQ_ROLE, entry.seq)
            self.entries.addItem(item)
        self.waiting.setText(self.labels.waiting(pending))

    # -- reactions -------------------------------------------------------------------------

    def _on_changes(self, changes: list[Change]) -> None:
        if any(c.entity == "station" for c in changes):
            self.reload()

    def _show_connection(self, state: str) -> None:
        self.connection.setText(self.labels.connection(state))
        self.connection.setProperty("state", state)
        self.connection.style().unpolish(self.connection)
        self.connection.style().polish(self.connection)

    def _on_settings(self) -> None:
        dialog = ConnectionDialog(parent=self)
        dialog.accepted.connect(lambda: self._on_connection_saved(dialog.saved_text()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _on_connection_saved(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def _selected_seq(self) -> int | None:
        item = self.entries.currentItem()
        return int(item.data(ENTRY_SEQ_ROLE)) if item is not None else None

    def _on_retry(self) -> None:
        seq = self._selected_seq()
        if self.live is None or seq is None:
            return
        outbox, db = self.live.outbox, self.ctx.db

        def again() -> object:
            outbox.retry(seq)
            return outbox.replay(db)

        call(self, again, lambda _r: self._reload_outbox(), self._on_failed)

    def _on_discard(self) -> None:
        seq = self._selected_seq()
        if self.live is None or seq is None:
            return
        outbox = self.live.outbox
        call(self, lambda: outbox.discard(seq), lambda _r: self._reload_outbox(), self._on_failed)


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))
