"""Start-up of the desktop client: Qt application, language, fonts, database, main window,
and the station's one live link to the database (:class:`ui.stations.live.LiveSync`)."""

from __future__ import annotations

import sys
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.bootstrap import start
from app.config import station_identity
from app.domain.errors import WorkbayError
from app.services.context import ServiceContext
from ui.changes import ChangeAdapter
from ui.common.errors import error_text
from ui.shell import fonts, i18n, prefs
from ui.shell.main_window import MainWindow
from ui.shell.style import STYLESHEET
from ui.stations.config import configured_database_url
from ui.stations.connection_dialog import ConnectionDialog
from ui.stations.live import LiveSync


@dataclass
class Session:
    """What one running client holds: the context, the change adapter, the live link (other
    stations' changes, the connection state, actions kept offline) and the window."""

    ctx: ServiceContext
    changes: ChangeAdapter
    live: LiveSync | None
    window: MainWindow

    def switch_language(self, language: str) -> None:
        """Live retranslation: install the language and rebuild the window in it (same desk,
        same place; an intake under way is kept as a draft and offered again)."""
        old = self.window
        old.keep_work()
        _lang, family = prepare_look(language)
        window = MainWindow(self.ctx, self.changes, old.station, old.user, family, live=self.live)
        window.setGeometry(old.geometry())
        window.switch_to(old.current_key())
        window.language_requested.connect(self.switch_language)
        self.window = window
        window.show()
        old.close()
        old.deleteLater()

    def close(self) -> None:
        self.window.close()
        if self.live is not None:
            self.live.stop()
        self.changes.close()
        # answers already queued (say the outbox count) may start one more call: let them
        for _ in range(3):
            QThreadPool.globalInstance().waitForDone(5000)
            QCoreApplication.processEvents()
        self.ctx.db.dispose()


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("Workbay")
    app.setOrganizationName("Workbay")
    return app


def prepare_look(language: str | None = None) -> tuple[str, str | None]:
    """Install translations and fonts and the style; returns (language, CJK family)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    chosen = i18n.install(language)
    family = fonts.apply_fonts(chosen.startswith("zh"))
    app.setStyleSheet(STYLESHEET)
    return chosen, family


def open_session(ctx: ServiceContext, cjk_family: str | None, *, listen: bool = True) -> Session:
    """The window for a signed-in ``ctx``; with ``listen``, the live link starts too (after
    the window follows it, so the first connection state and outbox count reach it)."""
    ident = station_identity()
    changes = ChangeAdapter(ctx.db.feed)
    live = LiveSync(ctx) if listen else None
    window = MainWindow(ctx, changes, ident.station, ident.user, cjk_family, live=live)
    session = Session(ctx, changes, live, window)
    window.language_requested.connect(session.switch_language)
    if live is not None:
        live.start()
    return session


def sign_in_at_start() -> ServiceContext | None:
    """Open the configured database (``WORKBAY_DATABASE_URL``, else the one saved by the
    connection dialog, else the embedded one) and sign in. If that fails, say why and offer
    the connection dialog; ``None`` if the user gives up."""
    while True:
        try:
            return start(configured_database_url(), desk=prefs.desk())
        except WorkbayError as err:
            box = QMessageBox(QMessageBox.Icon.Critical, "Workbay", error_text(err))
            change = box.addButton(
                QCoreApplication.translate("Startup", "Database &connection…"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            box.addButton(
                QCoreApplication.translate("Startup", "&Quit"), QMessageBox.ButtonRole.RejectRole
            )
            box.exec()
            if box.clickedButton() is not change:
                return None
            if ConnectionDialog().exec() != QDialog.DialogCode.Accepted:
                return None


def run() -> int:
    app = application()
    _language, family = prepare_look()
    ctx = sign_in_at_start()
    if ctx is None:
        return 2
    session = open_session(ctx, family)
    session.window.show()
    code = app.exec()
    session.close()
    return code
