"""First start: the owner creates the first administrator, then the shop's essentials.

Shown while ``auth.needs_first_start(db)`` (no one can sign in yet); there is no built-in
account. Step 1 creates the owner's account (login, name, password typed twice, PIN for
switching at a shared counter, language) with ``auth.create_first_admin`` — the owner gets
the administrator and manager roles. Step 2 saves the shop's name, address and phone (printed
on every document) with ``shop.save_shop_profile``; it can be skipped and finished later in
the Setup desk. Afterwards the station continues signed in as the owner.

Keyboard: Enter moves to the next field and, on the last, to the next step; Esc quits.
"""

from __future__ import annotations

import importlib.util
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.db.engine import Database
from app.domain.errors import ValidationError, ValidationErrors
from ui.common.calls import call
from ui.common.errors import error_text, validation_errors
from ui.common.field_errors import FieldErrors, MessageLabel

#: the shop profile's fields asked for at the first start (setting key -> field name)
SHOP_FIELDS = ("shop.short_name", "shop.legal_name", "shop.address", "shop.phone")


def shop_service() -> Any | None:
    """``app.services.shop`` if this Workbay has it (with ``save_shop_profile``)."""
    if importlib.util.find_spec("app.services.shop") is None:
        return None
    from app.services import shop

    return shop if hasattr(shop, "save_shop_profile") else None


def _auth() -> Any:
    from app.services import auth

    return auth


class FirstStartWizard(QDialog):
    """``signed_in`` holds the owner's ``SignedIn`` once the account exists (the dialog is
    accepted after the shop step, or when that step is skipped)."""

    def __init__(self, db: Database, station: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.station = station
        self.busy = False
        self.signed_in: Any = None
        self.setObjectName("firstStart")
        self.setWindowTitle(self.tr("Workbay — first start"))
        self.setMinimumWidth(560)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._admin_page())
        self.shop = shop_service()
        self.shop_page = self._shop_page()
        self.pages.addWidget(self.shop_page)
        self.message = MessageLabel()
        self.message.setObjectName("firstStartMessage")
        self.step = QLabel()
        self.step.setObjectName("firstStartStep")
        self.back_button = QPushButton(self.tr("&Quit"))
        self.back_button.setAutoDefault(False)
        self.next_button = QPushButton()
        self.next_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.step)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.next_button.clicked.connect(self.go_next)
        self.back_button.clicked.connect(self._on_back)
        self._show_page(0)

    # --- pages -------------------------------------------------------------------------

    def _admin_page(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("Welcome to Workbay"))
        title.setObjectName("wizardTitle")
        title.setStyleSheet("font-weight:700; font-size:16pt;")
        intro = QLabel(
            self.tr(
                "Nobody can sign in yet. Create the owner's account: it may set up the shop "
                "and its staff, and approve what needs a manager. There is no built-in "
                "password; keep yours safe."
            )
        )
        intro.setWordWrap(True)
        self.admin_errors = FieldErrors(self)
        self.login = QLineEdit()
        self.login.setObjectName("firstLogin")
        self.login.setPlaceholderText(self.tr("e.g. zhang.wei"))
        self.name = QLineEdit()
        self.name.setObjectName("firstName")
        self.password = QLineEdit()
        self.password.setObjectName("firstPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("at least 8 characters"))
        self.password_again = QLineEdit()
        self.password_again.setObjectName("firstPasswordAgain")
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin = QLineEdit()
        self.pin.setObjectName("firstPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("4 to 8 digits, to switch user at a counter"))
        self.language = QComboBox()
        self.language.setObjectName("firstLanguage")
        self.language.addItem(self.tr("As the station"), None)
        self.language.addItem("中文", "zh_CN")
        self.language.addItem("English", "en")
        form = QFormLayout()
        for field, caption, widget in (
            ("login", self.tr("&Login:"), self.login),
            ("name", self.tr("&Name:"), self.name),
            ("password", self.tr("&Password:"), self.password),
            ("password_again", self.tr("Password &again:"), self.password_again),
            ("pin", self.tr("P&IN:"), self.pin),
            ("language", self.tr("L&anguage:"), self.language),
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            form.addRow(label, self.admin_errors.wrap(field, widget))
        chain = [self.login, self.name, self.password, self.password_again, self.pin]
        for here, after in zip(chain, chain[1:], strict=False):
            here.returnPressed.connect(lambda w=after: w.setFocus(Qt.FocusReason.TabFocusReason))
        self.pin.returnPressed.connect(self.go_next)
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _shop_page(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("Your shop"))
        title.setStyleSheet("font-weight:700; font-size:16pt;")
        intro = QLabel(
            self.tr(
                "Printed at the top of every work order, statement and slip. The licence, "
                "credit code, bank account and logo are added in the Setup desk."
            )
        )
        intro.setWordWrap(True)
        self.shop_errors = FieldErrors(self)
        self.shop_fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        captions = {
            "shop.short_name": self.tr("&Short name:"),
            "shop.legal_name": self.tr("Le&gal name:"),
            "shop.address": self.tr("&Address:"),
            "shop.phone": self.tr("&Phone:"),
        }
        for key in SHOP_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(key.replace(".", "_"))
            label = QLabel(captions[key])
            label.setBuddy(edit)
            form.addRow(label, self.shop_errors.wrap(key, edit))
            self.shop_fields[key] = edit
        self.shop_fields["shop.short_name"].setPlaceholderText(self.tr("e.g. 顺达汽修"))
        self.shop_fields["shop.legal_name"].setPlaceholderText(
            self.tr("e.g. 深圳市顺达汽车服务有限公司")
        )
        edits = list(self.shop_fields.values())
        for here, after in zip(edits, edits[1:], strict=False):
            here.returnPressed.connect(lambda w=after: w.setFocus(Qt.FocusReason.TabFocusReason))
        edits[-1].returnPressed.connect(self.go_next)
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.message.say("")
        if index == 0:
            self.step.setText(self.tr("Step 1 of 2: the owner's account"))
            self.next_button.setText(self.tr("Create the account  (Enter)"))
            self.back_button.setText(self.tr("&Quit"))
            self.login.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.step.setText(self.tr("Step 2 of 2: the shop"))
            self.next_button.setText(self.tr("Save and start  (Enter)"))
            self.back_button.setText(self.tr("&Later, in Setup"))
            self.shop_fields["shop.short_name"].setFocus(Qt.FocusReason.OtherFocusReason)

    # --- actions -----------------------------------------------------------------------

    def go_next(self) -> None:
        if self.busy:
            return
        if self.pages.currentIndex() == 0:
            self._create_admin()
        else:
            self._save_shop()

    def _on_back(self) -> None:
        if self.pages.currentIndex() == 0:
            self.reject()
        else:
            self.accept()  # the account exists: the shop can wait for the Setup desk

    def _create_admin(self) -> None:
        self.admin_errors.clear()
        if self.password.text() != self.password_again.text():
            mismatch = ValidationError(
                "password_again", "password_mismatch", "the passwords differ"
            )
            self.admin_errors.show(mismatch)
            self.password_again.clear()
            return
        db, station = self.db, self.station
        values = {
            "login": self.login.text().strip(),
            "name": self.name.text().strip(),
            "password": self.password.text(),
            "pin": self.pin.text() or None,
            "language": self.language.currentData(),
        }
        self._busy(True)
        call(
            self,
            lambda: _auth().create_first_admin(db, station, **values),
            self._on_admin_created,
            self._on_admin_refused,
        )

    def _on_admin_created(self, signed_in: Any) -> None:
        self._busy(False)
        self.signed_in = signed_in
        for secret in (self.password, self.password_again, self.pin):
            secret.clear()
        if self.shop is None:  # this Workbay has no shop profile service: Setup desk later
            self.accept()
            return
        self._show_page(1)

    def _on_admin_refused(self, exc: Exception) -> None:
        self._busy(False)
        self.admin_errors.show_refusal(exc, self.message, error_text)

    def _save_shop(self) -> None:
        assert self.signed_in is not None and self.shop is not None
        self.shop_errors.clear()
        changes = {key: edit.text().strip() for key, edit in self.shop_fields.items()}
        ctx, shop = self.signed_in.ctx, self.shop
        self._busy(True)
        call(
            self,
            lambda: shop.save_shop_profile(ctx, changes),
            lambda _saved: self._on_shop_saved(),
            self._on_shop_refused,
        )

    def _on_shop_saved(self) -> None:
        self._busy(False)
        self.accept()

    def _on_shop_refused(self, exc: Exception) -> None:
        self._busy(False)
        if any(e.field.startswith("shop.") is False for e in validation_errors(exc)):
            exc = _as_shop_fields(exc)
        self.shop_errors.show_refusal(exc, self.message, error_text)

    def _busy(self, busy: bool) -> None:
        self.busy = busy
        self.next_button.setEnabled(not busy)
        self.back_button.setEnabled(not busy)
        if busy:
            self.message.say(self.tr("Saving…"))
        else:
            self.message.say("")


def _as_shop_fields(exc: Exception) -> ValidationErrors:
    """Field errors named without the ``shop.`` prefix (``legal_name``), named with it."""
    renamed = []
    for e in validation_errors(exc):
        field = e.field if e.field.startswith("shop.") else f"shop.{e.field}"
        renamed.append(ValidationError(field, e.code, e.message, e.value, **e.params))
    return ValidationErrors(renamed)
