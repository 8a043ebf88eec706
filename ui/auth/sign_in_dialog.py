"""Sign-in before the main window: login and password (``auth.sign_in_with_password``).

Enter in the login field goes to the password; a staff card scanned into the login field
signs in at once where the services support it. A refusal (wrong password, account locked
until when, switched off) is said under the fields in the station's language, which can be
switched right here (F12 or the language box) before anyone signs in. There is no built-in
account and no default password: the first start creates the owner's account instead.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db.engine import Database
from app.domain.credentials import is_card_code
from ui.common.calls import call
from ui.common.errors import refusal_text
from ui.common.field_errors import MessageLabel

#: the languages a station offers before sign-in, each named in itself
LANGUAGE_CHOICES = (("zh_CN", "中文"), ("en", "English"))


def _auth() -> Any:
    from app.services import auth

    return auth


class SignInDialog(QDialog):
    """``signed_in`` holds the ``SignedIn`` once accepted. Emits ``language_chosen(lang)``
    when the user switches the language here (the caller installs it, then calls
    :meth:`retranslate`)."""

    language_chosen = Signal(str)

    def __init__(
        self,
        db: Database,
        station: str,
        *,
        desk: str | None = None,
        language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.station_name = station
        self.desk = desk
        self.busy = False
        self.signed_in: Any = None
        self.setObjectName("signInDialog")
        self.setMinimumWidth(440)
        self.brand = QLabel("Workbay")
        self.brand.setStyleSheet("font-weight:700; color:#1e88e5; font-size:20pt;")
        self.language = QComboBox()
        self.language.setObjectName("signInLanguage")
        self.language.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        for code, name in LANGUAGE_CHOICES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.station = QLabel()
        self.login = QLineEdit()
        self.login.setObjectName("signInLogin")
        self.password = QLineEdit()
        self.password.setObjectName("signInPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.login_label = QLabel()
        self.login_label.setBuddy(self.login)
        self.password_label = QLabel()
        self.password_label.setBuddy(self.password)
        self.message = MessageLabel()
        self.message.setObjectName("signInMessage")
        self.sign_in_button = QPushButton()
        self.sign_in_button.setDefault(True)
        self.quit_button = QPushButton()
        self.quit_button.setAutoDefault(False)
        head = QHBoxLayout()
        head.addWidget(self.brand)
        head.addStretch(1)
        head.addWidget(self.language)
        form = QFormLayout()
        form.addRow(self.login_label, self.login)
        form.addRow(self.password_label, self.password)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.sign_in_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.station)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.login.returnPressed.connect(self._on_login_entered)
        self.password.returnPressed.connect(self.submit)
        self.sign_in_button.clicked.connect(self.submit)
        self.quit_button.clicked.connect(self.reject)
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(self.language.currentData())
        )
        QShortcut(QKeySequence("F12"), self, self._next_language)
        self._last_error: Exception | None = None
        self.retranslate()
        self.login.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        """Every text again, in the language installed now (a refusal shown stays shown)."""
        self.setWindowTitle(self.tr("Workbay — sign in"))
        self.station.setText(self.tr("Station: %1").replace("%1", self.station_name))
        self.login_label.setText(self.tr("&Login:"))
        self.password_label.setText(self.tr("&Password:"))
        self.login.setPlaceholderText(self.tr("Your login, or scan your staff card"))
        self.sign_in_button.setText(self.tr("Sign in  (Enter)"))
        self.quit_button.setText(self.tr("&Quit"))
        self.language.setToolTip(self.tr("Language of this station (F12)"))
        if self._last_error is not None:
            self.message.say(refusal_text(self._last_error, "password"))

    def _next_language(self) -> None:
        self.language.setCurrentIndex((self.language.currentIndex() + 1) % self.language.count())

    def _on_login_entered(self) -> None:
        text = self.login.text().strip()
        if is_card_code(text):
            self._sign_in_by_card(text)
        else:
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def _sign_in_by_card(self, code: str) -> None:
        self.login.clear()  # the card's code is a secret: never leave it on screen
        auth = _auth()
        by_card = getattr(auth, "sign_in_with_card", None)
        if by_card is None:
            self.message.say(
                self.tr(
                    "A staff card switches users at a signed-in station. Type your login "
                    "and password to sign in."
                )
            )
            return
        db, station, desk = self.db, self.station_name, self.desk
        self._send(lambda: by_card(db, station, code, desk=desk))

    def submit(self) -> None:
        login, password = self.login.text().strip(), self.password.text()
        if not login:
            self.message.say(self.tr("Type your login."))
            self.login.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if is_card_code(login):
            self._sign_in_by_card(login)
            return
        if not password:
            self.message.say(self.tr("Type your password."))
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        db, station, desk = self.db, self.station_name, self.desk
        self._send(lambda: _auth().sign_in_with_password(db, station, login, password, desk=desk))

    def _send(self, fn: Any) -> None:
        if self.busy:
            return
        self.busy = True
        self.sign_in_button.setEnabled(False)
        self._last_error = None
        self.message.say(self.tr("Checking…"))
        call(self, fn, self._on_signed_in, self._on_refused)

    def _on_signed_in(self, signed_in: Any) -> None:
        self.busy = False
        self.signed_in = signed_in
        self.message.say("")
        self.accept()

    def _on_refused(self, exc: Exception) -> None:
        self.busy = False
        self.sign_in_button.setEnabled(True)
        self._last_error = exc
        self.message.say(refusal_text(exc, "password"))
        self.password.clear()
        if self.login.text().strip():
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.login.setFocus(Qt.FocusReason.OtherFocusReason)
