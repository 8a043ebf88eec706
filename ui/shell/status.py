"""The status bar: station, who is signed in (name and main role) with the switch-user
button (Ctrl+U), database (embedded or shared + host), and — when the
station runs a live link (:class:`ui.stations.live.LiveSync`) — whether the database can be
reached and how many actions typed offline wait to be sent.

The bar only shows what the live link reports; it starts no checks of its own (the live
link's heartbeat and the services' own calls find out when the database is gone).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QStatusBar, QWidget

from app.services.context import ServiceContext
from app.services.outbox import ReplayReport
from ui.stations.live import LiveSync

#: how long a note about actions sent after an outage stays in the bar
REPLAY_NOTE_MS = 20_000


def database_text(ctx: ServiceContext, tr_embedded: str, tr_shared: str) -> str:
    url = ctx.db.engine.url
    if ctx.db.is_embedded:
        return tr_embedded
    return tr_shared.replace("%1", f"{url.host or 'localhost'}:{url.port or 5432}/{url.database}")


class StatusBar(QStatusBar):
    """``state`` is the connection state last shown (``None`` without a live link).
    Emits ``stations_requested`` when the user clicks the count of waiting actions, and
    ``switch_requested`` for the switch-user button. ``user`` is who is signed in, as shown
    ("Li Na (Service advisor)")."""

    stations_requested = Signal()
    switch_requested = Signal()
    escalations_requested = Signal()

    def __init__(
        self, ctx: ServiceContext, station: str, user: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state: str | None = None
        self.waiting_count = 0
        self.station = QLabel(self.tr("Station: %1").replace("%1", station))
        self.user = QLabel(self.tr("User: %1").replace("%1", user))
        self.user.setObjectName("signedInUser")
        self.switch_user = QPushButton(self.tr("Switch user (Ctrl+U)"))
        self.switch_user.setObjectName("switchUser")
        self.switch_user.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.switch_user.setFlat(True)
        self.database = QLabel(
            database_text(ctx, self.tr("Database: embedded"), self.tr("Database: shared, %1"))
        )
        self.connection = QLabel()
        self.connection.setObjectName("connectionState")
        self.connection.hide()
        self.waiting = QPushButton()
        self.waiting.setObjectName("outboxWaiting")
        self.waiting.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.waiting.setFlat(True)
        self.waiting.hide()
        self.font_warning = QLabel()
        self.font_warning.setObjectName("offline")
        self.font_warning.hide()
        # a manager's notice of complaints with a missed deadline (ui.care.escalations)
        self.escalations = QPushButton()
        self.escalations.setObjectName("complaintEscalations")
        self.escalations.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.escalations.setFlat(True)
        self.escalations.setStyleSheet("color: #c62828; font-weight: 700;")
        self.escalations.hide()
        self.escalation_count = 0
        for w in (self.station, self.user, self.switch_user, self.database):
            self.addWidget(w)
        self.addPermanentWidget(self.font_warning)
        self.addPermanentWidget(self.escalations)
        self.addPermanentWidget(self.waiting)
        self.addPermanentWidget(self.connection)
        self.waiting.clicked.connect(self.stations_requested)
        self.switch_user.clicked.connect(self.switch_requested)
        self.escalations.clicked.connect(self.escalations_requested)

    def follow(self, live: LiveSync) -> None:
        """Show what ``live`` reports from now on (connect before ``live.start()``)."""
        live.connection_state_changed.connect(self.show_state)
        live.outbox_changed.connect(self.show_waiting)
        live.replayed.connect(self._on_replayed)
        self.show_state(live.state)

    def show_state(self, state: str) -> None:
        """``"online"``, ``"offline"`` or ``"reconnecting"``; the last two stand out."""
        self.state = state
        texts = {
            "online": self.tr("● connected"),
            "offline": self.tr("● OFFLINE: connection to the database lost"),
            "reconnecting": self.tr("● OFFLINE: reconnecting…"),
        }
        self.connection.setText(texts.get(state, state))
        self.connection.setToolTip(
            ""
            if state == "online"
            else self.tr(
                "Intakes, payments, refunds, extra work and job status changes made now are "
                "kept on this station and sent once when the connection is back."
            )
        )
        self.connection.setProperty("state", state)
        self.connection.show()
        self._repolish(self.connection)

    def show_waiting(self, count: int) -> None:
        self.waiting_count = count
        self.waiting.setText(
            self.tr("%n action(s) kept offline, waiting to be sent (Ctrl+6)", "", count)
        )
        self.waiting.setVisible(count > 0)

    def show_escalations(self, count: int) -> None:
        """Complaints with a missed deadline, escalated to the service manager; a click (or
        Ctrl+Shift+E) opens them on the care desk."""
        self.escalation_count = count
        self.escalations.setText(
            self.tr("⚠ %n complaint(s) overdue, escalated (Ctrl+Shift+E)", "", count)
        )
        self.escalations.setVisible(count > 0)

    def _on_replayed(self, report: ReplayReport) -> None:
        parts = []
        if report.applied:
            parts.append(
                self.tr(
                    "Connection back: %n action(s) kept offline were saved.",
                    "",
                    len(report.applied),
                )
            )
        if report.failed:
            parts.append(self.tr("%n were refused: see Stations (Ctrl+6).", "", len(report.failed)))
        if parts:
            self.showMessage("  ".join(parts), REPLAY_NOTE_MS)

    def _repolish(self, widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def show_font_warning(self, package: str) -> None:
        self.font_warning.setText(
            self.tr("No Chinese font found: install %1").replace("%1", package)
        )
        self.font_warning.show()
