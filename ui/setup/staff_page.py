"""Staff at the Setup desk: who may sign in, with which roles and language; add and edit
(Ins / Enter), set a password (Ctrl+W) or a PIN (Ctrl+N), issue and print a staff card
(Ctrl+K), unlock an account locked by wrong tries (Ctrl+Shift+U)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.printing.staff_card import StaffCard, render_staff_card
from app.services import shop, staff
from app.services.context import ServiceContext
from app.services.staff import StaffView
from ui.common import lang
from ui.common.row_model import ROW_ROLE
from ui.common.widgets import setup_table
from ui.models.setup_staff import StaffModel
from ui.setup import labels
from ui.setup.page import SetupPage
from ui.setup.staff_dialogs import SecretDialog, StaffCardDialog, StaffDialog, confirm_text


class StaffPage(SetupPage):
    entities = frozenset({"user", "staff"})

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = StaffModel(
            {
                "login": self.tr("Login"),
                "name": self.tr("Name"),
                "roles": self.tr("Roles"),
                "language": self.tr("Language"),
                "active": self.tr("Active"),
                "locked": self.tr("Locked"),
                "card": self.tr("Staff card"),
            },
            {
                "yes": self.tr("yes"),
                "no": self.tr("no"),
                "zh_CN": "中文",
                "en": "English",
                "default": self.tr("station's"),
                "until": self.tr("until %1"),
            },
            lambda roles: labels.roles(list(roles)),
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("staffTable")
        self.table.setModel(self.model)
        setup_table(self.table, stretch_column=2)
        self.inactive = QCheckBox(self.tr("Show &inactive"))
        self.inactive.setChecked(True)
        self.add = QPushButton(self.tr("&Add (Ins)"))
        self.edit = QPushButton(self.tr("&Edit (Enter)"))
        self.password = QPushButton(self.tr("Pass&word… (Ctrl+W)"))
        self.pin = QPushButton(self.tr("PI&N… (Ctrl+N)"))
        self.card = QPushButton(self.tr("Staff &card… (Ctrl+K)"))
        self.unlock = QPushButton(self.tr("&Unlock (Ctrl+Shift+U)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.inactive)
        buttons.addStretch(1)
        for button in (self.add, self.edit, self.password, self.pin, self.card, self.unlock):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.inactive.toggled.connect(self.load)
        self.add.clicked.connect(self.add_person)
        self.edit.clicked.connect(self.edit_current)
        self.table.activated.connect(lambda _i: self.edit_current())
        self.password.clicked.connect(lambda: self.set_secret("password"))
        self.pin.clicked.connect(lambda: self.set_secret("pin"))
        self.card.clicked.connect(self.issue_card)
        self.unlock.clicked.connect(self.unlock_current)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._follow_row())
        for seq, slot in (
            ("Ins", self.add_person),
            ("Ctrl+W", lambda: self.set_secret("password")),
            ("Ctrl+N", lambda: self.set_secret("pin")),
            ("Ctrl+K", self.issue_card),
            ("Ctrl+Shift+U", self.unlock_current),
        ):
            QShortcut(QKeySequence(seq), self, slot).setContext(
                Qt.ShortcutContext.WidgetWithChildrenShortcut
            )

    def title(self) -> str:
        return self.tr("Staff")

    def focus_first(self) -> None:
        self.table.setFocus()

    # --- loading ---
    def load(self) -> None:
        include = self.inactive.isChecked()
        self.run(lambda: staff.list_staff(self.ctx, include_inactive=include), self._on_loaded)

    def _on_loaded(self, people: list[StaffView]) -> None:
        chosen = self.current()
        self.model.set_rows(people)
        row = self.model.row_of(chosen.id) if chosen is not None else -1
        self.table.selectRow(max(row, 0))
        self._follow_row()
        self.loaded.emit()

    def current(self) -> StaffView | None:
        index = self.table.currentIndex()
        person = self.model.data(index, ROW_ROLE) if index.isValid() else None
        return person if isinstance(person, StaffView) else None

    def select(self, user_id: int) -> None:
        self.table.selectRow(max(self.model.row_of(user_id), 0))

    def _follow_row(self) -> None:
        person = self.current()
        for button in (self.edit, self.password, self.pin, self.card):
            button.setEnabled(person is not None)
        self.unlock.setEnabled(person is not None and person.locked_until is not None)

    # --- actions ---
    def add_person(self) -> StaffDialog:
        return self._open(StaffDialog(self.ctx, None, self), self.tr("%1 added."))

    def edit_current(self) -> StaffDialog | None:
        person = self.current()
        if person is None:
            return None
        return self._open(StaffDialog(self.ctx, person, self), self.tr("%1 saved."))

    def _open(self, dialog: StaffDialog, done_text: str) -> StaffDialog:
        def done(person: StaffView) -> None:
            self.show_saved(done_text.replace("%1", person.name))
            self.load()

        dialog.done_with.connect(done)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def set_secret(self, kind: str) -> SecretDialog | None:
        person = self.current()
        if person is None:
            return None
        dialog = SecretDialog(self.ctx, person, kind, self)
        text = self.tr("Password of %1 set.") if kind == "password" else self.tr("PIN of %1 set.")
        dialog.done_with.connect(lambda _r: self._after(text.replace("%1", person.name)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _after(self, text: str) -> None:
        self.show_saved(text)
        self.load()

    def unlock_current(self) -> None:
        person = self.current()
        if person is None or person.locked_until is None:
            return
        self.send(
            "unlock_account",
            {"user_id": person.id},
            lambda _r: self._after(self.tr("%1 may sign in again.").replace("%1", person.name)),
        )

    def issue_card(self) -> None:
        person = self.current()
        if person is None:
            return
        if person.has_card:
            confirm_text(
                self,
                self.tr(
                    "%1 already has a staff card. A new card makes the old one stop working. "
                    "Issue a new card?"
                ).replace("%1", person.name),
                lambda: self.print_card(person),
            )
        else:
            self.print_card(person)

    def print_card(self, person: StaffView) -> None:
        card_lang = "zh_CN" if lang.is_chinese() else "en"

        def render(code: str) -> bytes:
            profile = shop.shop_profile(self.ctx)
            return render_staff_card(
                StaffCard(person.name, person.login, person.role, code, profile.name or "Workbay"),
                sheet="a4",
                lang=card_lang,
            )

        # the card is issued through the command path, then drawn off the GUI thread
        self.send(
            "issue_card",
            {"user_id": person.id},
            lambda code: self.run(lambda: render(code), lambda pdf: self._show_card(pdf, person)),
        )

    def _show_card(self, pdf: bytes, person: StaffView) -> None:
        self.last_card_pdf = pdf
        self._after(self.tr("New staff card issued to %1.").replace("%1", person.name))
        dialog = StaffCardDialog(pdf, person.name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.card_dialog = dialog
        dialog.open()
