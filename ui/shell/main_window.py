"""The main window: assembles one workspace per desk, the desk switcher and the status bar,
for the user signed in; locks behind the lock screen.

It holds no desk logic: pages are built from :mod:`ui.shell.desks`, and every connection
between them is made in ``_connect_signals``. Each desk that can say what the user may do
(``apply_rights(who)``) greys out the actions the user's roles lack, with the reason.

Ctrl+U switches user (PIN or staff card), Ctrl+L locks, Ctrl+Shift+Q signs out, Ctrl+Q (the
platform's Quit key) ends the program; the lock also comes by itself after the shop's idle
time. Switching and signing out are the session's (:mod:`ui.shell.app`): the window only
asks for them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Role
from app.domain.permissions import Permission, may
from app.services.context import ServiceContext
from ui.auth.idle import IdleWatch
from ui.auth.who import Who
from ui.care.escalations import EscalationWatch
from ui.changes import ChangeAdapter
from ui.common.calls import call
from ui.common.keys import standard_keys
from ui.printing import preview_and_print
from ui.shell import desks, prefs
from ui.shell.settings_page import SettingsWorkspace
from ui.shell.status import StatusBar
from ui.stations.live import LiveSync
from ui.stations.stations_view import StationsPage
from ui.workshop.tv import TvBoardWindow
from ui.workspace import Workspace


class MainWindow(QMainWindow):
    """Emits ``language_requested(lang)``: the session rebuilds the window in that language;
    ``user_switched(SignedIn)``: someone else took over (switch dialog or lock screen);
    ``sign_out_requested``.

    ``user`` is who is signed in (:class:`~ui.auth.who.Who`; a bare name in tests and
    pictures made without a sign-in: then nothing is greyed out and nothing locks by
    itself). ``live`` is the station's live link to the database (``None`` in tests and
    pictures): the status bar and the stations page show it, the reception submits intakes
    through it.
    """

    language_requested = Signal(str)
    user_switched = Signal(object)
    sign_out_requested = Signal()

    def __init__(
        self,
        ctx: ServiceContext,
        changes: ChangeAdapter,
        station: str,
        user: str | Who,
        cjk_family: str | None = None,
        parent: QWidget | None = None,
        *,
        live: LiveSync | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.changes = changes
        self.live = live
        self.who = user if isinstance(user, Who) else Who(user)
        self.station, self.user = station, self.who.name
        self.setWindowTitle(self.tr("Workbay — %1").replace("%1", station))
        self.workspaces: dict[str, Workspace] = {}
        for spec in desks.work_desks():
            self.workspaces[spec.key] = spec.build(ctx, changes, live)
        self.workspaces["settings"] = SettingsWorkspace(
            ctx, changes, {k: desks.title(k) for k in prefs.DESKS}, cjk_family
        )
        self.workspaces["stations"] = StationsPage(ctx, changes, live=live)
        self.workspaces["setup"] = desks.setup_desk().build(ctx, changes, live)
        self.workspaces["care"] = desks.care_desk().build(ctx, changes, live)
        self.workspaces["appointments"] = desks.appointments_desk().build(ctx, changes, live)
        self.keys = list(self.workspaces)
        self.stack = QStackedWidget()
        self.switcher = QButtonGroup(self)
        bar = QWidget()
        bar.setObjectName("deskBar")
        bar_layout = QHBoxLayout(bar)
        bar_layout.setContentsMargins(8, 0, 8, 0)
        bar_layout.setSpacing(0)
        brand = QLabel("Workbay")
        brand.setStyleSheet("font-weight:700; color:#1e88e5; padding-right:18px;")
        bar_layout.addWidget(brand)
        for n, key in enumerate(self.keys, start=1):
            self.stack.addWidget(self.workspaces[key])
            button = QPushButton(f"{desks.title(key)}\nCtrl+{n}")  # the key under the name
            button.setObjectName("deskButton")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.switcher.addButton(button, n - 1)
            bar_layout.addWidget(button)
        bar_layout.addStretch(1)
        self.tv_button = QPushButton(self.tr("TV board"))
        self.tv_button.setObjectName("deskButton")
        self.tv_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        bar_layout.addWidget(self.tv_button)
        self.switch_action = QAction(self.tr("&Switch user…"), self)
        self.switch_action.setShortcut(QKeySequence("Ctrl+U"))
        self.lock_action = QAction(self.tr("&Lock the station"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.sign_out_action = QAction(self.tr("Sign &out"), self)
        self.sign_out_action.setShortcut(QKeySequence("Ctrl+Shift+Q"))
        self.quit_action = QAction(self.tr("&Quit Workbay"), self)
        self.quit_action.setShortcuts(standard_keys(QKeySequence.StandardKey.Quit, "Ctrl+Q"))
        self.user_menu = QMenu(self)
        self.user_button = QToolButton()
        self.user_button.setObjectName("deskButton")
        self.user_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.user_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.user_button.setText(self.who.label() + "  ▾")
        self.user_button.setToolTip(
            self.tr("Switch user (Ctrl+U), lock the station (Ctrl+L), sign out (Ctrl+Shift+Q)")
        )
        self.user_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        self.user_button.setMenu(self.user_menu)
        for action in (
            self.switch_action,
            self.lock_action,
            self.sign_out_action,
            self.quit_action,
        ):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.user_menu.addAction(action)
            self.addAction(action)
        bar_layout.addWidget(self.user_button)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.stack, 1)
        self.content = content
        self.screens = QStackedWidget()
        self.screens.addWidget(content)
        self.setCentralWidget(self.screens)
        self.lock_screen: Any = None
        self._hidden_dialogs: list[QDialog] = []
        self._shortcuts: list[QShortcut] = []
        self.idle = IdleWatch(self)
        self.status = StatusBar(ctx, station, self.who.label())
        if live is not None:
            self.status.follow(live)
        self.setStatusBar(self.status)
        if cjk_family is None:
            from ui.shell.fonts import INSTALL_HINT

            self.status.show_font_warning(INSTALL_HINT)
        self._tv: QWidget | None = None
        # complaints' missed deadlines: escalated from every signed-in station, counted live
        # on a manager's status bar (ui.care.escalations)
        self.escalations = EscalationWatch(ctx, changes, self, live=live)
        self._connect_signals()
        self.apply_rights()
        self.start_escalations()
        self.switch_to(prefs.desk())
        self.resize(1360, 860)
        if self.who.roles is not None:  # a signed-in user: the shop's idle lock applies
            self.read_idle_time()

    def _connect_signals(self) -> None:
        self.switcher.idClicked.connect(lambda i: self.switch_to(self.keys[i]))
        self.tv_button.clicked.connect(self.open_tv_board)
        self.status.stations_requested.connect(lambda: self.switch_to("stations"))
        self.status.switch_requested.connect(self.open_switch_user)
        self.status.escalations_requested.connect(self.open_overdue_complaints)
        self.escalations.count_changed.connect(self.status.show_escalations)
        self.switch_action.triggered.connect(self.open_switch_user)
        self.lock_action.triggered.connect(self.lock)
        self.sign_out_action.triggered.connect(self.sign_out_requested)
        self.quit_action.triggered.connect(self.quit_app)
        self.idle.idle.connect(self.lock)
        self.changes.changed.connect(self._on_changes)
        for n, key in enumerate(self.keys, start=1):
            self._shortcuts.append(
                QShortcut(QKeySequence(f"Ctrl+{n}"), self, lambda k=key: self.switch_to(k))
            )
        for seq in ("Ctrl+F", "F3"):
            self._shortcuts.append(QShortcut(QKeySequence(seq), self, self.focus_lookup))
        self._shortcuts.append(
            QShortcut(QKeySequence("Ctrl+Shift+E"), self, self.open_overdue_complaints)
        )
        reception = self.workspaces["reception"]
        customer = self.workspaces["customer"]
        reception.print_requested.connect(self.print_document)  # type: ignore[attr-defined]
        reception.open_customer_file.connect(self.open_customer_file)  # type: ignore[attr-defined]
        customer.open_order.connect(self.open_order)  # type: ignore[attr-defined]
        # a booked customer arrives: the reception's intake opens pre-filled from the booking
        self.workspaces["appointments"].intake_requested.connect(  # type: ignore[attr-defined]
            self.receive_booked
        )
        settings = self.workspaces["settings"]
        settings.language_chosen.connect(self.language_requested)  # type: ignore[attr-defined]
        for key in ("workshop", "cashier"):
            ws = self.workspaces[key]
            if hasattr(ws, "print_requested"):
                ws.print_requested.connect(self.print_document)

    def receive_booked(self, prefill: Any) -> None:
        """Enter / F4 on an arrival at the appointments desk: on to the reception's intake."""
        self.switch_to("reception")
        self.workspaces["reception"].start_from_appointment(prefill)  # type: ignore[attr-defined]

    # --- who is signed in ---
    def apply_rights(self) -> None:
        """Each desk greys out what the user's roles lack (the services refuse anyway)."""
        for ws in self.workspaces.values():
            hook = getattr(ws, "apply_rights", None)
            if hook is not None:
                hook(self.who)

    def read_idle_time(self) -> None:
        """The shop's idle time (``auth.idle_lock_minutes``); the clock starts with it."""
        from app.services import auth

        ctx = self.ctx
        call(self, lambda: auth.idle_lock_minutes(ctx), self._on_idle_minutes, lambda _e: None)

    def _on_idle_minutes(self, minutes: int) -> None:
        if not self.is_locked():
            self.idle.set_minutes(minutes)

    def _on_changes(self, changes: list[Any]) -> None:
        if self.who.roles is not None and any(
            getattr(c, "entity", None) == "settings" for c in changes
        ):
            self.read_idle_time()  # the shop may have changed the idle time

    def open_switch_user(self) -> None:
        """Ctrl+U: the next person's login and PIN, or their staff card."""
        if self.is_locked():
            return
        from ui.auth.switch_dialog import SwitchUserDialog

        dialog = SwitchUserDialog(self.ctx, self.who.label(), self)
        dialog.switched.connect(self.user_switched)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def is_locked(self) -> bool:
        return self.lock_screen is not None and self.screens.currentWidget() is self.lock_screen

    def lock(self) -> None:
        """Ctrl+L or the idle time: the lock screen covers the desks (open dialogs hide
        until it is unlocked); no desk key works behind it."""
        if self.is_locked():
            return
        from ui.auth.lock_screen import LockScreen

        if self.lock_screen is None:
            self.lock_screen = LockScreen(self.ctx, self.who.label(), self)
            self.lock_screen.unlocked.connect(self.unlock)
            self.lock_screen.switched.connect(self.user_switched)
            self.lock_screen.sign_out_requested.connect(self.sign_out_requested)
            self.screens.addWidget(self.lock_screen)
        self.idle.pause()
        self._hidden_dialogs = [
            d for d in self.findChildren(QDialog) if d.isVisible() and d is not self.lock_screen
        ]
        for dialog in self._hidden_dialogs:
            dialog.hide()
        self.lock_screen.reset()
        self.screens.setCurrentWidget(self.lock_screen)
        for shortcut in self._shortcuts:
            shortcut.setEnabled(False)
        self.switch_action.setEnabled(False)
        self.lock_action.setEnabled(False)
        self.quit_action.setEnabled(False)  # not by whoever passes the locked station
        self.status.switch_user.setEnabled(False)  # the lock screen has its own
        self.lock_screen.focus()

    def unlock(self) -> None:
        """The same user is back: the desks as they were."""
        self.screens.setCurrentWidget(self.content)
        for shortcut in self._shortcuts:
            shortcut.setEnabled(True)
        self.switch_action.setEnabled(True)
        self.lock_action.setEnabled(True)
        self.quit_action.setEnabled(True)
        self.status.switch_user.setEnabled(True)
        for dialog in self._hidden_dialogs:
            dialog.show()
        self._hidden_dialogs = []
        self.idle.restart()
        self.workspaces[self.current_key()].focus_primary()

    # --- desks ---
    def current_key(self) -> str:
        return self.keys[self.stack.currentIndex()]

    def workspace(self, key: str) -> Workspace:
        return self.workspaces[key]

    def switch_to(self, key: str) -> None:
        if key not in self.workspaces:
            key = "reception"
        index = self.keys.index(key)
        self.stack.setCurrentIndex(index)
        self.switcher.button(index).setChecked(True)
        ws = self.workspaces[key]
        ws.activate()
        ws.focus_primary()
        if key in prefs.DESKS and key != "settings":
            prefs.set_desk(key)

    def focus_lookup(self) -> None:
        """Ctrl+F / F3 from anywhere: the reception's lookup field."""
        self.switch_to("reception")
        self.workspaces["reception"].focus_lookup()  # type: ignore[attr-defined]

    def start_escalations(self) -> None:
        """A signed-in station escalates missed complaint deadlines every minute; a
        manager's (or a window made without a sign-in) also shows the count."""
        manager = self.who.roles is None or Role.MANAGER in self.who.roles
        daily = self.who.roles is not None and may(self.who.roles, Permission.FOLLOW_UP)
        self.escalations.start(escalate=self.who.roles is not None, count=manager, daily=daily)

    def open_overdue_complaints(self) -> None:
        """Ctrl+Shift+E or a click on the notice: the care desk's overdue complaints."""
        if self.is_locked():
            return
        self.switch_to("care")
        care = self.workspaces["care"]
        care.show_tab(1)  # type: ignore[attr-defined]
        care.complaints.show_overdue()  # type: ignore[attr-defined]

    def open_order(self, order_id: int) -> None:
        self.switch_to("reception")
        self.workspaces["reception"].open_order(order_id)  # type: ignore[attr-defined]

    def open_customer_file(self, customer_id: int) -> None:
        self.switch_to("customer")
        self.workspaces["customer"].show_customer(customer_id)  # type: ignore[attr-defined]

    def open_tv_board(self) -> None:
        if self._tv is None:
            self._tv = TvBoardWindow(self.ctx, self.changes)
            self._tv.destroyed.connect(lambda: setattr(self, "_tv", None))
            self._tv.showFullScreen()
        else:
            self._tv.raise_()

    # --- printing ---
    def print_document(self, order_id: int, kind: str) -> None:
        """The print preview of document ``kind`` (default: the work order) of an order."""
        preview_and_print(self, self.ctx, kind or "work-order", order_id)

    def keep_work(self) -> None:
        """Before this window goes (language switch): an intake under way becomes a draft."""
        self.workspaces["reception"].keep_draft()  # type: ignore[attr-defined]

    # --- quitting ---
    def unsaved_pages(self) -> list[QWidget]:
        """Pages holding changes not saved yet (a setup page edited, not saved)."""
        return [
            w
            for w in self.findChildren(QWidget)
            if callable(getattr(w, "is_dirty", None)) and w.is_dirty()  # type: ignore[attr-defined]
        ]

    def quit_app(self) -> None:
        """Ctrl+Q: end the program. An intake under way is kept as its draft (offered again
        at the next start), so nothing is asked for it; only changes that would be lost
        (a setup page not saved) are asked about."""
        if self.is_locked():
            return
        unsaved = self.unsaved_pages()
        if unsaved and not self.confirm_quit(unsaved):
            return
        self.keep_work()
        self.close()

    def confirm_quit(self, unsaved: list[QWidget]) -> bool:
        names = ", ".join(
            str(w.title()) if callable(getattr(w, "title", None)) else ""  # type: ignore[attr-defined]
            for w in unsaved
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Quit Workbay"),
            self.tr("Changes on %1 are not saved. Quit without saving them?").replace("%1", names),
            parent=self,
        )
        quit_button = box.addButton(
            self.tr("&Quit without saving"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(self.tr("&Stay"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is quit_button

    # --- lifetime ---
    def closeEvent(self, event: QCloseEvent) -> None:
        self.idle.stop()
        self.escalations.stop()
        if self._tv is not None:
            self._tv.close()
        super().closeEvent(event)
