"""The main window: assembles one workspace per desk, the desk switcher and the status bar.

It holds no desk logic: pages are built from :mod:`ui.shell.desks`, and every connection
between them is made in ``_connect_signals``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.context import ServiceContext
from ui.changes import ChangeAdapter
from ui.printing import preview_and_print
from ui.shell import desks, prefs
from ui.shell.settings_page import SettingsWorkspace
from ui.shell.status import StatusBar
from ui.stations.live import LiveSync
from ui.stations.stations_view import StationsPage
from ui.workshop.tv import TvBoardWindow
from ui.workspace import Workspace


class MainWindow(QMainWindow):
    """Emits ``language_requested(lang)``: the session rebuilds the window in that language.

    ``live`` is the station's live link to the database (``None`` in tests and pictures):
    the status bar and the stations page show it, the reception submits intakes through it.
    """

    language_requested = Signal(str)

    def __init__(
        self,
        ctx: ServiceContext,
        changes: ChangeAdapter,
        station: str,
        user: str,
        cjk_family: str | None = None,
        parent: QWidget | None = None,
        *,
        live: LiveSync | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.changes = changes
        self.live = live
        self.station, self.user = station, user
        self.setWindowTitle(self.tr("Workbay — %1").replace("%1", station))
        self.workspaces: dict[str, Workspace] = {}
        for spec in desks.work_desks():
            self.workspaces[spec.key] = spec.build(ctx, changes, live)
        self.workspaces["settings"] = SettingsWorkspace(
            ctx, changes, {k: desks.title(k) for k in prefs.DESKS}, cjk_family
        )
        self.workspaces["stations"] = StationsPage(ctx, changes, live=live)
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
            button = QPushButton(f"{desks.title(key)}   Ctrl+{n}")
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
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.status = StatusBar(ctx, station, user)
        if live is not None:
            self.status.follow(live)
        self.setStatusBar(self.status)
        if cjk_family is None:
            from ui.shell.fonts import INSTALL_HINT

            self.status.show_font_warning(INSTALL_HINT)
        self._tv: QWidget | None = None
        self._connect_signals()
        self.switch_to(prefs.desk())
        self.resize(1360, 860)

    def _connect_signals(self) -> None:
        self.switcher.idClicked.connect(lambda i: self.switch_to(self.keys[i]))
        self.tv_button.clicked.connect(self.open_tv_board)
        self.status.stations_requested.connect(lambda: self.switch_to("stations"))
        for n, key in enumerate(self.keys, start=1):
            QShortcut(QKeySequence(f"Ctrl+{n}"), self, lambda k=key: self.switch_to(k))
        for seq in ("Ctrl+F", "F3"):
            QShortcut(QKeySequence(seq), self, self.focus_lookup)
        reception = self.workspaces["reception"]
        customer = self.workspaces["customer"]
        reception.print_requested.connect(self.print_document)  # type: ignore[attr-defined]
        reception.open_customer_file.connect(self.open_customer_file)  # type: ignore[attr-defined]
        customer.open_order.connect(self.open_order)  # type: ignore[attr-defined]
        settings = self.workspaces["settings"]
        settings.language_chosen.connect(self.language_requested)  # type: ignore[attr-defined]
        for key in ("workshop", "cashier"):
            ws = self.workspaces[key]
            if hasattr(ws, "print_requested"):
                ws.print_requested.connect(self.print_document)

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

    # --- lifetime ---
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._tv is not None:
            self._tv.close()
        super().closeEvent(event)
