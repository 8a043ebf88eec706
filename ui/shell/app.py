"""Start-up of the desktop client: Qt application, language, fonts, database, main window."""

from __future__ import annotations

import sys
from dataclasses import dataclass

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox

from app.bootstrap import start
from app.config import station_identity
from app.db.sync import ChangeListener
from app.domain.errors import WorkbayError
from app.services.context import ServiceContext
from ui.changes import ChangeAdapter
from ui.common.errors import error_text
from ui.shell import fonts, i18n
from ui.shell.main_window import MainWindow
from ui.shell.style import STYLESHEET


@dataclass
class Session:
    """What one running client holds: the context, the change adapter, the listener for
    other stations' changes, and the window."""

    ctx: ServiceContext
    changes: ChangeAdapter
    listener: ChangeListener | None
    window: MainWindow

    def switch_language(self, language: str) -> None:
        """Live retranslation: install the language and rebuild the window in it (same desk,
        same place; an intake under way is kept as a draft and offered again)."""
        old = self.window
        old.keep_work()
        _lang, family = prepare_look(language)
        window = MainWindow(self.ctx, self.changes, old.station, old.user, family)
        window.setGeometry(old.geometry())
        window.switch_to(old.current_key())
        window.language_requested.connect(self.switch_language)
        self.window = window
        window.show()
        window.start()
        old.close()
        old.deleteLater()

    def close(self) -> None:
        self.window.close()
        if self.listener is not None:
            self.listener.stop()
        self.changes.close()
        QThreadPool.globalInstance().waitForDone(5000)
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
    ident = station_identity()
    changes = ChangeAdapter(ctx.db.feed)
    listener = ChangeListener(ctx.db) if listen else None
    if listener is not None:
        listener.start()
    window = MainWindow(ctx, changes, ident.station, ident.user, cjk_family)
    session = Session(ctx, changes, listener, window)
    window.language_requested.connect(session.switch_language)
    return session


def run() -> int:
    app = application()
    _language, family = prepare_look()
    try:
        ctx = start()
    except WorkbayError as err:
        QMessageBox.critical(None, "Workbay", error_text(err))
        return 2
    session = open_session(ctx, family)
    session.window.show()
    session.window.start()
    code = app.exec()
    session.close()
    return code
