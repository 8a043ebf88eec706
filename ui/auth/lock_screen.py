"""The lock screen that covers the window after the idle time or Ctrl+L.

Nothing of the desks shows or reacts behind it. The user who is signed in comes back with
their password or PIN (``auth.unlock_station``; a wrong one counts towards the account's
lock); someone else takes over with their login and PIN or a staff card scan
(``auth.switch_user``), and the session rebuilds the window for them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.credentials import is_card_code
from app.services.context import ServiceContext
from ui.auth.switch_dialog import Credentials
from ui.common.calls import call
from ui.common.errors import refusal_text
from ui.common.field_errors import MessageLabel


def _auth() -> Any:
    from app.services import auth

    return auth


class LockScreen(QWidget):
    """Emits ``unlocked`` (the same user is back), ``switched(SignedIn)`` (someone else)
    and ``sign_out_requested``."""

    unlocked = Signal()
    switched = Signal(object)
    sign_out_requested = Signal()

    def __init__(self, ctx: ServiceContext, who: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.busy = False
        self.setObjectName("lockScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "#lockScreen { background: #263238; }"
            "#lockScreen QLabel { color: #eceff1; }"
            "#lockCard { background: #37474f; border-radius: 8px; }"
        )
        title = QLabel(self.tr("This station is locked"))
        title.setObjectName("lockTitle")
        title.setStyleSheet("font-size: 22pt; font-weight: 700;")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.who = QLabel(self.tr("Signed in: %1").replace("%1", who))
        self.who.setObjectName("lockWho")
        self.who.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.secret = QLineEdit()
        self.secret.setObjectName("unlockSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(self.tr("Your password or PIN, then Enter"))
        secret_label = QLabel(self.tr("&Password or PIN:"))
        secret_label.setBuddy(self.secret)
        self.message = MessageLabel()
        self.message.setObjectName("unlockMessage")
        self.message.setStyleSheet("color: #ffab91;")
        self.unlock_button = QPushButton(self.tr("Unlock  (Enter)"))
        back = QFrame()
        back.setObjectName("lockCard")
        back_layout = QFormLayout(back)
        back_layout.addRow(secret_label, self.secret)
        back_layout.addRow(self.message)
        back_layout.addRow(self.unlock_button)

        other_title = QLabel(self.tr("Someone else takes over:"))
        self.other = Credentials(ctx, self)
        self.other.message.setStyleSheet("color: #ffab91;")
        self.switch_button = QPushButton(self.tr("Switch user"))
        self.sign_out_button = QPushButton(self.tr("Sign out  (Ctrl+Shift+Q)"))
        other = QFrame()
        other.setObjectName("lockCard")
        other_layout = QVBoxLayout(other)
        other_layout.addWidget(other_title)
        other_layout.addWidget(self.other)
        row = QHBoxLayout()
        row.addWidget(self.switch_button)
        row.addStretch(1)
        row.addWidget(self.sign_out_button)
        other_layout.addLayout(row)

        column = QVBoxLayout()
        column.addStretch(2)
        column.addWidget(title)
        column.addWidget(self.who)
        column.addSpacing(18)
        column.addWidget(back)
        column.addSpacing(12)
        column.addWidget(other)
        column.addStretch(3)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 2)
        outer.addStretch(1)

        self.secret.returnPressed.connect(self.unlock)
        self.unlock_button.clicked.connect(self.unlock)
        self.switch_button.clicked.connect(self.other.submit)
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        self.other.switched.connect(self.switched)

    def focus(self) -> None:
        self.secret.setFocus(Qt.FocusReason.OtherFocusReason)

    def reset(self) -> None:
        """Cleared for the next lock."""
        for field in (self.secret, self.other.who, self.other.pin):
            field.clear()
        self.message.say("")
        self.other.message.say("")

    def unlock(self) -> None:
        if self.busy:
            return
        secret = self.secret.text()
        if is_card_code(secret.strip()):  # a card scanned here: that person takes over
            self.secret.clear()
            self.other.who.setText(secret.strip())
            self.other.submit()
            return
        if not secret:
            self.message.say(self.tr("Type your password or PIN."))
            self.focus()
            return
        self.busy = True
        self.unlock_button.setEnabled(False)
        self.message.say(self.tr("Checking…"))
        ctx = self.ctx
        call(self, lambda: _auth().unlock_station(ctx, secret), self._on_unlocked, self._on_refused)

    def _on_unlocked(self, _result: object) -> None:
        self.busy = False
        self.unlock_button.setEnabled(True)
        self.reset()
        self.unlocked.emit()

    def _on_refused(self, exc: Exception) -> None:
        self.busy = False
        self.unlock_button.setEnabled(True)
        self.secret.clear()
        self.message.say(refusal_text(exc, "unlock"))
        self.focus()
