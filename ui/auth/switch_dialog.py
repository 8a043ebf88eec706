"""Switching user at a shared counter (Ctrl+U): the next person's login and PIN, or a scan
of their staff card (the scanner types the code and Enter). ``auth.switch_user`` checks
them; the session then rebuilds the window for the new user, keeping work under way."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.credentials import is_card_code
from app.services.context import ServiceContext
from ui.common.calls import call
from ui.common.errors import refusal_text
from ui.common.field_errors import MessageLabel


def _auth() -> Any:
    from app.services import auth

    return auth


class Credentials(QWidget):
    """Login (or a scanned card) and PIN, with the refusal under them. Emits
    ``switched(SignedIn)`` once ``auth.switch_user`` accepts them; ``busy`` while checking."""

    switched = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.busy = False
        self.who = QLineEdit()
        self.who.setObjectName("switchLogin")
        self.who.setPlaceholderText(self.tr("Login, or scan the staff card"))
        self.pin = QLineEdit()
        self.pin.setObjectName("switchPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("PIN"))
        who_label = QLabel(self.tr("&Login:"))
        who_label.setBuddy(self.who)
        pin_label = QLabel(self.tr("P&IN:"))
        pin_label.setBuddy(self.pin)
        form = QFormLayout()
        form.addRow(who_label, self.who)
        form.addRow(pin_label, self.pin)
        self.message = MessageLabel()
        self.message.setObjectName("switchMessage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.message)
        self.who.returnPressed.connect(self._on_who_entered)
        self.pin.returnPressed.connect(self.submit)

    def focus(self) -> None:
        self.who.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_who_entered(self) -> None:
        if is_card_code(self.who.text().strip()):
            self.submit()
        else:
            self.pin.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        if self.busy:
            return
        who, pin = self.who.text().strip(), self.pin.text()
        card = is_card_code(who)
        if card:
            self.who.clear()  # a card's code is a secret: never leave it on screen
        if not who:
            self.message.say(self.tr("Type the login, or scan the staff card."))
            self.focus()
            return
        if not card and not pin:
            self.message.say(self.tr("Type the PIN."))
            self.pin.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._set_busy(True)
        self.message.say(self.tr("Checking…"))
        ctx = self.ctx
        call(
            self,
            lambda: _auth().switch_user(ctx, who, "" if card else pin),
            self._on_switched,
            self._on_refused,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_changed.emit(busy)

    def _on_switched(self, signed_in: Any) -> None:
        self._set_busy(False)
        self.message.say("")
        self.pin.clear()
        self.who.clear()
        self.switched.emit(signed_in)

    def _on_refused(self, exc: Exception) -> None:
        self._set_busy(False)
        self.message.say(refusal_text(exc, "pin"))
        self.pin.clear()
        (self.pin if self.who.text() else self.who).setFocus(Qt.FocusReason.OtherFocusReason)


class SwitchUserDialog(QDialog):
    """Emits ``switched(SignedIn)`` and closes when the next user is accepted."""

    switched = Signal(object)

    def __init__(self, ctx: ServiceContext, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("switchUserDialog")
        self.setWindowTitle(self.tr("Switch user"))
        self.setMinimumWidth(420)
        intro = QLabel(
            self.tr("%1 is signed in. Who takes over this station?").replace("%1", current)
        )
        intro.setWordWrap(True)
        self.credentials = Credentials(ctx, self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Switch  (Enter)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Cancel  (Esc)")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.credentials)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.credentials.submit)
        self.buttons.rejected.connect(self.reject)
        self.credentials.busy_changed.connect(lambda busy: self.buttons.setEnabled(not busy))
        self.credentials.switched.connect(self._on_switched)
        self.credentials.focus()

    def _on_switched(self, signed_in: Any) -> None:
        self.switched.emit(signed_in)
        self.accept()
