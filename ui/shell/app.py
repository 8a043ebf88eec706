"""Start-up of the desktop client: Qt application, language, fonts, database, then the
first start (the owner's account) or the sign-in, then the main window for the signed-in
user and the station's one live link to the database (:class:`ui.stations.live.LiveSync`).

Nobody is signed in by default: there is no built-in account. The session rebuilds the
window when the language changes or someone else takes over the station (switch user, the
lock screen), keeping work under way, and goes back to the sign-in on sign-out.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QThreadPool
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.bootstrap import open_database
from app.config import station_identity
from app.db.engine import Database
from app.domain.errors import WorkbayError
from app.services.context import ServiceContext
from ui.auth.who import Who
from ui.changes import ChangeAdapter
from ui.common.errors import error_text
from ui.shell import fonts, i18n, prefs
from ui.shell.main_window import MainWindow
from ui.shell.style import SELECTION_BACKGROUND, SELECTION_TEXT, STYLESHEET
from ui.stations.config import configured_database_url
from ui.stations.connection_dialog import ConnectionDialog, ask_password_at_start
from ui.stations.live import LiveSync


@dataclass
class Session:
    """What one running client holds: the signed-in context, the change adapter, the live
    link (other stations' changes, the connection state, actions kept offline), the window,
    who is signed in and the CJK font family in use."""

    ctx: ServiceContext
    changes: ChangeAdapter
    live: LiveSync | None
    window: MainWindow
    who: Who | None = None
    family: str | None = None
    sign_in_dialog: Any = None

    def connect_window(self, window: MainWindow) -> None:
        window.installEventFilter(_PLACE_KEEPER)
        window.language_requested.connect(self.switch_language)
        window.user_switched.connect(self.switch_user)
        window.sign_out_requested.connect(self.sign_out)

    def _rebuild(self) -> MainWindow:
        """A new window for the session's context and user, in the language installed
        now, at the same desk and place; an intake under way is kept as a draft and
        offered again."""
        old = self.window
        old.keep_work()
        window = MainWindow(
            self.ctx,
            self.changes,
            old.station,
            self.who if self.who is not None else old.who,
            self.family,
            live=self.live,
        )
        window.restoreGeometry(old.saveGeometry())
        window.switch_to(old.current_key())
        self.connect_window(window)
        self.window = window
        if old.isMaximized():
            window.showMaximized()
        else:
            window.show()
        old.close()
        old.deleteLater()
        return window

    def switch_language(self, language: str) -> None:
        """Live retranslation: install the language and rebuild the window in it."""
        _lang, self.family = prepare_look(language)
        self._rebuild()

    def switch_user(self, signed_in: Any) -> None:
        """Someone else took over the station (``SignedIn``): their context, their rights,
        their language if they have one (else the station's), the same desk."""
        self.ctx = signed_in.ctx
        self.who = Who.of(signed_in.user)
        if self.live is not None:
            self.live.ctx = self.ctx  # what is kept offline from now on is theirs
        _lang, self.family = prepare_look(self.who.language)
        self._rebuild()

    def sign_out(self) -> None:
        """Back to the sign-in (work under way is kept as a draft); quitting there ends
        the application. ``sign_in_dialog`` is the dialog while it is open."""
        from ui.auth.sign_in_dialog import SignInDialog

        old = self.window
        old.keep_work()
        remember_window(old)
        old.hide()
        _lang, self.family = prepare_look()
        dialog = SignInDialog(
            self.ctx.db, old.station, desk=prefs.desk(), language=i18n.chosen_language()
        )
        self.sign_in_dialog = dialog
        dialog.language_chosen.connect(lambda language: _choose_language(dialog, language))

        def done(result: int) -> None:
            self.sign_in_dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted and dialog.signed_in is not None:
                self.switch_user(dialog.signed_in)
                return
            old.close()
            app = QCoreApplication.instance()
            if app is not None:
                app.quit()

        dialog.finished.connect(done)
        dialog.open()

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


WINDOW_STATE_KEY = "ui.window_state"


def remember_window(window: MainWindow) -> None:
    """Keep the window's normal geometry and whether it is maximised (this station's
    ``ui.geometry`` and ``ui.window_state``), for :func:`restore_window` at the next start."""
    store = prefs.store()
    store.set(WINDOW_STATE_KEY, "maximized" if window.isMaximized() else "normal")
    prefs.set_geometry(bytes(window.saveGeometry().data()))


class _PlaceKeeper(QObject):
    """Remembers a main window's place whenever it closes (the user's ✕, a quit, a rebuild)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and isinstance(watched, MainWindow):
            remember_window(watched)
        return False


_PLACE_KEEPER = _PlaceKeeper()


def restore_window(window: MainWindow) -> None:
    """Show ``window`` where it was last: maximised if it was, else at its saved geometry
    (a saved place off every screen falls back to Qt's placement on the primary one). With
    nothing saved, maximised on a screen smaller than the window's first size."""
    saved = prefs.geometry()
    if saved:
        window.restoreGeometry(QByteArray(saved))
    maximised = prefs.store().get(WINDOW_STATE_KEY) == "maximized"
    screen = window.screen().availableGeometry()
    if not saved and (window.width() > screen.width() or window.height() > screen.height()):
        maximised = True  # the first start on a small screen (1366×768): all of it
    if maximised:
        window.showMaximized()
    else:
        window.show()


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
    # set only when different: each call re-polishes every widget of the application (a
    # user switch with the old window not yet deleted took seconds, under load minutes)
    palette = selection_palette(app.palette())
    if palette != app.palette():
        app.setPalette(palette)
    if app.styleSheet() != STYLESHEET:
        app.setStyleSheet(STYLESHEET)
    return chosen, family


def selection_palette(palette: QPalette) -> QPalette:
    """``palette`` with the style's selection colours, for what the style sheet does not
    reach (a line edit's selected text, menus): white on a blue dark enough to read."""
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor(SELECTION_BACKGROUND))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor(SELECTION_TEXT))
    return palette


def open_session(
    ctx: ServiceContext,
    cjk_family: str | None,
    *,
    listen: bool = True,
    who: Who | str | None = None,
) -> Session:
    """The window for a signed-in ``ctx`` (``who``: the user, as the sign-in answered);
    with ``listen``, the live link starts too (after the window follows it, so the first
    connection state and outbox count reach it)."""
    ident = station_identity()
    changes = ChangeAdapter(ctx.db.feed)
    live = LiveSync(ctx) if listen else None
    user = who if who is not None else ident.user
    window = MainWindow(ctx, changes, ident.station, user, cjk_family, live=live)
    session = Session(
        ctx, changes, live, window, who=user if isinstance(user, Who) else None, family=cjk_family
    )
    session.connect_window(window)
    if live is not None:
        live.start()
    return session


def open_database_at_start() -> Database | None:
    """Open the configured database (``WORKBAY_DATABASE_URL``, else the one saved by the
    connection dialog, else the embedded one), migrated. If that fails, say why and offer
    the connection dialog; ``None`` if the user gives up."""
    if not ask_password_at_start():  # a server password this computer does not keep
        return None
    while True:
        try:
            return open_database(configured_database_url())
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


def sign_in_at_start(db: Database, station: str) -> Any | None:
    """The first start (no one can sign in yet: create the owner's account, then the shop)
    or the sign-in; the ``SignedIn``, or ``None`` if the user quits."""
    from app.services import auth
    from ui.auth.first_start import FirstStartWizard
    from ui.auth.sign_in_dialog import SignInDialog

    if auth.needs_first_start(db):
        wizard = FirstStartWizard(db, station)
        wizard.exec()
        if wizard.signed_in is not None:  # the account exists even if the shop step waits
            return wizard.signed_in
        return None
    dialog = SignInDialog(db, station, desk=prefs.desk(), language=i18n.chosen_language())
    dialog.language_chosen.connect(lambda language: _choose_language(dialog, language))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.signed_in


def _choose_language(dialog: Any, language: str) -> None:
    """The language switched at the sign-in: this station's from now on."""
    prefs.set_language(language)
    prepare_look(language)
    dialog.retranslate()


def run() -> int:
    app = application()
    prepare_look()
    db = open_database_at_start()
    if db is None:
        return 2
    station = station_identity().station
    signed_in = sign_in_at_start(db, station)
    if signed_in is None:
        db.dispose()
        return 2
    who = Who.of(signed_in.user)
    _language, family = prepare_look(who.language)  # the user's own language, if set
    session = open_session(signed_in.ctx, family, who=who)
    restore_window(session.window)
    code = app.exec()
    session.close()
    return code
