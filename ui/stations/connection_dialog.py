"""Connecting a station: this computer only (embedded) or a shared PostgreSQL server.

The dialog collects the server's address, tests it off the GUI thread (can we log in, and is
the database empty, current, older or newer than this Workbay?) and saves the choice in the
station's settings for the next start (``ui.stations.config``). The first station that
starts against an empty database sets it up; the others find it ready.

The password is never written to a file: it goes to this computer's password store (the OS
keyring) when there is one; otherwise the dialog says it is not kept and Workbay asks for it
at every start (:func:`ask_password_at_start`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.db.health import ServerAddress, ServerCheck, check_server
from app.domain.errors import DatabaseUnavailable
from app.settings.station import StationStore, station_store
from app.settings.upgrades import PASSWORD_DROPPED
from ui.common.calls import call
from ui.common.errors import error_text
from ui.common.widgets import MessageKind, set_message
from ui.stations.config import (
    environment_overrides,
    keyring_available,
    password_missing,
    remember_password,
    save_database_url,
    saved_password,
    saved_server_url,
)


class ConnectionView(QDialog):
    """Lays the dialog out; :class:`ConnectionDialog` reacts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Database connection"))
        self.embedded = QRadioButton(self.tr("&This computer only (embedded database)"))
        self.shared = QRadioButton(self.tr("&Shared server (PostgreSQL on the shop network)"))
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.embedded)
        self.mode.addButton(self.shared)
        self.host = QLineEdit()
        self.host.setObjectName("host")
        self.host.setPlaceholderText(self.tr("e.g. 192.168.1.10 or server-name"))
        self.port = QSpinBox()
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("workbay")
        self.database.setObjectName("database")
        self.user = QLineEdit("workbay")
        self.user.setObjectName("user")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label, field in (
            ("host", self.tr("&Host:"), self.host),
            ("port", self.tr("&Port:"), self.port),
            ("database", self.tr("&Database:"), self.database),
            ("user", self.tr("&User:"), self.user),
            ("password", self.tr("Pass&word:"), self.password),
        ):
            form.addRow(label, field)
            error = QLabel()
            error.setObjectName("fieldError")
            error.setStyleSheet("color: #b3261e")
            error.hide()
            form.addRow("", error)
            self.errors[key] = error
        self.server = QWidget()
        self.server.setLayout(form)
        self.password_note = QLabel(
            self.tr("The password is kept in this computer's password store (keyring).")
            if keyring_available()
            else self.tr(
                "This computer has no password store: the password is not saved, "
                "Workbay asks for it when it starts."
            )
        )
        self.password_note.setObjectName("passwordNote")
        self.password_note.setWordWrap(True)
        self.env_note = QLabel(
            self.tr(
                "WORKBAY_DATABASE_URL is set on this computer: it is used instead of "
                "what you save here."
            )
        )
        self.env_note.setWordWrap(True)
        self.env_note.setObjectName("offline")
        self.outcome = QLabel()
        self.outcome.setObjectName("outcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test = QPushButton(self.tr("&Test connection"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.addButton(self.test, QDialogButtonBox.ButtonRole.ActionRole)
        restart = QLabel(self.tr("Workbay connects to the chosen database when it next starts."))
        restart.setWordWrap(True)
        layout = QVBoxLayout(self)
        for w in (self.embedded, self.shared, self.server, self.password_note, self.env_note):
            layout.addWidget(w)
        layout.addWidget(self.outcome)
        layout.addWidget(restart)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)


class ConnectionDialog(ConnectionView):
    """Edits the station's ``database.url`` in ``store`` (default: this computer's)."""

    def __init__(self, store: StationStore | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.checking = False
        self.last_check: ServerCheck | None = None
        self.env_note.setVisible(environment_overrides())
        saved = saved_server_url(store)
        address = ServerAddress.from_url(saved) if saved else None
        if address is None:
            self.embedded.setChecked(True)
        else:
            self.shared.setChecked(True)
            self.host.setText(address.host)
            self.port.setValue(address.port)
            self.database.setText(address.database)
            self.user.setText(address.user)
            self.password.setText(saved_password(store))
        self._connect_signals()
        self._on_mode()

    def _connect_signals(self) -> None:
        self.mode.buttonToggled.connect(lambda *_: self._on_mode())
        self.test.clicked.connect(self._on_test)
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)

    # -- input -----------------------------------------------------------------------------

    def address(self) -> ServerAddress | None:
        """The server typed in, or ``None`` (with messages next to the fields) if incomplete."""
        for error in self.errors.values():
            error.hide()
        values = {
            "host": self.host.text().strip(),
            "database": self.database.text().strip(),
            "user": self.user.text().strip(),
        }
        missing = [key for key, value in values.items() if not value]
        for key in missing:
            self.errors[key].setText(self.tr("This field is required."))
            self.errors[key].show()
        if missing:
            {"host": self.host, "database": self.database, "user": self.user}[missing[0]].setFocus()
            return None
        return ServerAddress(
            values["host"], self.port.value(), values["database"], values["user"],
            self.password.text(),
        )  # fmt: skip

    def saved_text(self) -> str:
        """What to tell the user once a connection is saved: when it takes effect."""
        if environment_overrides():
            return self.tr(
                "Saved, but WORKBAY_DATABASE_URL is set on this computer and is used instead."
            )
        return self.tr("Saved. Workbay connects to the chosen database when it is started again.")

    def say_password_dropped(self) -> None:
        """Once, after the upgrade that took the password out of the settings file."""
        self.outcome.setText(
            self.tr(
                "The database password was kept in this station's settings file in clear "
                "text; it has been removed. Type it again: it is not saved."
            )
        )

    # -- slots -----------------------------------------------------------------------------

    def _on_mode(self) -> None:
        shared = self.shared.isChecked()
        self.server.setEnabled(shared)
        self.password_note.setVisible(shared)
        self.test.setEnabled(shared and not self.checking)
        self.outcome.clear()
        if shared:
            self.host.setFocus()

    def _on_test(self) -> None:
        address = self.address()
        if address is None or self.checking:
            return
        self.checking = True
        self.test.setEnabled(False)
        set_message(
            self.outcome,
            self.tr("Connecting to %1…").replace("%1", address.host),
            MessageKind.INFO,
        )
        url = address.url()
        call(self, lambda: check_server(url), self._on_tested, self._on_test_failed)

    def _on_tested(self, check: ServerCheck) -> None:
        self.checking = False
        self.last_check = check
        self.test.setEnabled(self.shared.isChecked())
        texts = {
            "empty": self.tr(
                "Connected to %1. The database is empty: the first station that starts sets it up."
            ),
            "current": self.tr("Connected to %1. The database is ready."),
            "older": self.tr("Connected to %1. The database is upgraded when this station starts."),
            "newer": self.tr(
                "Connected to %1, but the database was set up by a newer Workbay (%2). "
                "Update Workbay on this station first."
            ),
            "foreign": self.tr(
                "Connected to %1, but the database holds tables that are not Workbay's. "
                "Choose an empty database."
            ),
        }
        text = texts[check.schema].replace("%1", check.server).replace("%2", check.revision or "")
        fine = check.schema in ("empty", "current", "older")
        set_message(self.outcome, text, MessageKind.SUCCESS if fine else MessageKind.WARNING)

    def _on_test_failed(self, exc: Exception) -> None:
        self.checking = False
        self.last_check = None
        self.test.setEnabled(self.shared.isChecked())
        # The server's own words say what is wrong (password, database name, ...).
        detail = str(exc) if isinstance(exc, DatabaseUnavailable) else error_text(exc)
        set_message(
            self.outcome, self.tr("Cannot connect: %1").replace("%1", detail), MessageKind.ERROR
        )

    def _on_save(self) -> None:
        if self.embedded.isChecked():
            save_database_url(None, self.store)
            self.accept()
            return
        address = self.address()
        if address is None:
            return
        save_database_url(address.url(), self.store)
        self.accept()


def ask_password_at_start(store: StationStore | None = None, parent: QWidget | None = None) -> bool:
    """At start, when the saved server needs a password this computer does not keep: open
    the dialog on the password (saying why once, after an upgrade dropped a password kept in
    clear text). ``False`` if the user cancels."""
    if not password_missing(store):
        return True
    dialog = ConnectionDialog(store, parent)
    s = store or station_store()
    if PASSWORD_DROPPED in s.notices():
        dialog.say_password_dropped()
        s.dismiss(PASSWORD_DROPPED)
    dialog.password.setFocus()
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    remember_password(dialog.password.text(), store)
    return True
