"""The status bar: station, user, database (embedded or shared + host) and whether it can be
reached — checked periodically off the GUI thread with a heartbeat."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from app.services.context import ServiceContext
from app.services.people import heartbeat
from ui.common.calls import call
from ui.common.errors import error_text, is_offline

HEARTBEAT_MS = 15_000


def database_text(ctx: ServiceContext, tr_embedded: str, tr_shared: str) -> str:
    url = ctx.db.engine.url
    if ctx.db.is_embedded:
        return tr_embedded
    return tr_shared.replace("%1", f"{url.host or 'localhost'}:{url.port or 5432}/{url.database}")


class StatusBar(QStatusBar):
    """``online`` is None until the first check answers."""

    def __init__(
        self, ctx: ServiceContext, station: str, user: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.online: bool | None = None
        self.station = QLabel(self.tr("Station: %1").replace("%1", station))
        self.user = QLabel(self.tr("User: %1").replace("%1", user))
        self.database = QLabel(
            database_text(ctx, self.tr("Database: embedded"), self.tr("Database: shared, %1"))
        )
        self.connection = QLabel(self.tr("checking…"))
        self.font_warning = QLabel()
        self.font_warning.setObjectName("offline")
        self.font_warning.hide()
        for w in (self.station, self.user, self.database):
            self.addWidget(w)
        self.addPermanentWidget(self.font_warning)
        self.addPermanentWidget(self.connection)
        self._timer = QTimer(self)
        self._timer.setInterval(HEARTBEAT_MS)
        self._timer.timeout.connect(self.check)
        self._checking = False

    def start(self) -> None:
        self.check()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def check(self) -> None:
        if self._checking:
            return
        self._checking = True
        call(self, lambda: heartbeat(self.ctx), self._on_ok, self._on_failed)

    def _on_ok(self, _result: object) -> None:
        self._checking = False
        self.online = True
        self.connection.setObjectName("online")
        self.connection.setText(self.tr("● connected"))
        self._repolish()

    def _on_failed(self, exc: Exception) -> None:
        self._checking = False
        self.online = False
        self.connection.setObjectName("offline")
        if is_offline(exc):
            self.connection.setText(self.tr("● offline — retrying"))
        else:
            self.connection.setText(error_text(exc))
        self._repolish()

    def _repolish(self) -> None:
        self.connection.style().unpolish(self.connection)
        self.connection.style().polish(self.connection)

    def show_font_warning(self, package: str) -> None:
        self.font_warning.setText(
            self.tr("No Chinese font found: install %1").replace("%1", package)
        )
        self.font_warning.show()
