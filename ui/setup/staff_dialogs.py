"""The staff page's dialogs: add or edit a member of staff (roles as check boxes with one
main role, language, active), set a password (typed twice) or a PIN, and the printed staff
card (preview, print, save as PDF)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Role
from app.domain.errors import ValidationError, ValidationErrors
from app.services.context import ServiceContext
from app.services.staff import StaffView
from ui.common.commands import run_command
from ui.common.errors import role_text
from ui.common.field_errors import with_error_label
from ui.printing.pages import rasterize
from ui.setup.messages import error_message
from ui.setup.page import Notice, SetupFieldErrors


class _Form(QDialog):
    """A dialog whose Save sends ``command()`` through the desks' command path (off the GUI
    thread); refusals show at fields."""

    done_with = Signal(object)
    ctx: ServiceContext

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = SetupFieldErrors(self)
        self.notice = Notice()
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(460)

    def row(self, text: str, field: str, widget: QWidget) -> QWidget:
        box, error = with_error_label(widget)
        self.errors.bind(field, widget, error)
        self.form.addRow(text, box)
        label = self.form.labelForField(box)
        if isinstance(label, QLabel):
            label.setBuddy(widget)
        return widget

    def command(self) -> tuple[str, dict[str, Any]]:
        """The desk action Save sends (:mod:`ui.common.commands`) and its arguments."""
        raise NotImplementedError

    def check(self) -> None:
        """Checks of the form itself (e.g. both passwords alike) before sending."""

    def save(self) -> None:
        try:
            self.check()
        except ValidationErrors as err:
            self.refused(err)
            return
        action, kwargs = self.command()
        run_command(self, self.ctx, action, kwargs, self._on_done, self.refused)

    def _on_done(self, result: Any) -> None:
        self.done_with.emit(result)
        self.accept()

    def refused(self, err: Exception) -> None:
        unplaced = self.errors.show(err)
        if unplaced or not any(self.errors.text_of(f) for f in self.errors.fields()):
            self.notice.say(error_message(err), error=True)
        else:
            self.notice.say("")


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class StaffDialog(_Form):
    """Add (``person`` None) or edit a member of staff. Emits ``done_with(StaffView)``."""

    def __init__(
        self, ctx: ServiceContext, person: StaffView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person = person
        self.setWindowTitle(self.tr("Edit member of staff") if person else self.tr("Add staff"))
        self.login = QLineEdit()
        self.login.setObjectName("login")
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.main_role = QComboBox()
        self.role_boxes: dict[Role, QCheckBox] = {}
        roles_box = QWidget()
        grid = QGridLayout(roles_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for n, role in enumerate(Role):
            self.main_role.addItem(role_text(role), role)
            box = QCheckBox(role_text(role))
            self.role_boxes[role] = box
            grid.addWidget(box, n // 3, n % 3)
        self.language = QComboBox()
        self.language.addItem(self.tr("Station's language"), None)
        self.language.addItem("中文（简体）", "zh_CN")
        self.language.addItem("English", "en")
        self.active = QCheckBox(self.tr("Ac&tive: may sign in"))
        self.active.setChecked(True)
        self.row(self.tr("&Login"), "login", self.login)
        self.row(self.tr("&Name"), "name", self.name)
        self.row(self.tr("&Main role"), "role", self.main_role)
        self.row(self.tr("&Roles"), "extra_roles", roles_box)
        self.row(self.tr("Lan&guage"), "language", self.language)
        self.password = _password_edit()
        self.password_again = _password_edit()
        self.pin = _password_edit()
        if person is None:
            self.row(self.tr("&Password"), "password", self.password)
            self.row(self.tr("Password &again"), "password_again", self.password_again)
            self.row(self.tr("P&IN (optional)"), "pin", self.pin)
        else:
            self.login.setText(person.login)
            self.login.setReadOnly(True)
            self.name.setText(person.name)
            self.main_role.setCurrentIndex(self.main_role.findData(person.role))
            for role in person.roles:
                self.role_boxes[role].setChecked(True)
            self.language.setCurrentIndex(max(0, self.language.findData(person.language)))
            self.active.setChecked(person.active)
            self.row("", "active", self.active)
        self.main_role.currentIndexChanged.connect(self._follow_main_role)
        self._follow_main_role()

    def _follow_main_role(self) -> None:
        """The main role is always one of the roles (its box ticked and fixed)."""
        main = self.main_role.currentData()
        previous = getattr(self, "_main", None)
        if previous is not None and previous != main:
            # the old main role was ticked because it was the main one, not by choice
            self.role_boxes[Role(previous)].setChecked(False)
        self._main = main
        for role, box in self.role_boxes.items():
            box.setEnabled(role != main)
            if role == main:
                box.setChecked(True)

    def extra_roles(self) -> list[Role]:
        main = self.main_role.currentData()
        return [r for r, box in self.role_boxes.items() if box.isChecked() and r != main]

    def check(self) -> None:
        if self.person is None and self.password.text() != self.password_again.text():
            raise ValidationErrors(
                [ValidationError("password_again", "mismatch", "the two entries differ")]
            )

    def command(self) -> tuple[str, dict[str, Any]]:
        if self.person is None:
            return "add_user", {
                "login": self.login.text(),
                "name": self.name.text(),
                "role": self.main_role.currentData(),
                "extra_roles": self.extra_roles(),
                "language": self.language.currentData(),
                "password": self.password.text() or None,
                "pin": self.pin.text() or None,
            }
        return "update_user", {
            "user_id": self.person.id,
            "version": self.person.version,
            "name": self.name.text(),
            "role": self.main_role.currentData(),
            "extra_roles": self.extra_roles(),
            "language": self.language.currentData() or "",
            "active": self.active.isChecked(),
        }


class SecretDialog(_Form):
    """Set a password (typed twice) or a PIN for ``person``."""

    def __init__(
        self,
        ctx: ServiceContext,
        person: StaffView,
        kind: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.person, self.kind = ctx, person, kind
        self.first = _password_edit()
        self.again = _password_edit()
        #: one's own password or PIN takes the current password (the service insists)
        self.current = _password_edit() if person.id == ctx.actor.user_id else None
        if self.current is not None and person.has_password:
            self.row(self.tr("&Current password"), "current", self.current)
        if kind == "password":
            self.setWindowTitle(self.tr("Set the password of %1").replace("%1", person.name))
            self.row(self.tr("New &password"), "password", self.first)
            self.row(self.tr("Password &again"), "again", self.again)
        else:
            self.setWindowTitle(self.tr("Set the PIN of %1").replace("%1", person.name))
            self.first.setMaxLength(8)
            self.row(self.tr("New &PIN (4-8 digits)"), "pin", self.first)
            self.row(self.tr("PIN &again"), "again", self.again)

    def check(self) -> None:
        if self.first.text() != self.again.text():
            raise ValidationErrors([ValidationError("again", "mismatch", "the entries differ")])

    def command(self) -> tuple[str, dict[str, Any]]:
        current = self.current.text() if self.current is not None else None
        secret = "password" if self.kind == "password" else "pin"
        return f"set_{secret}", {
            "user_id": self.person.id,
            secret: self.first.text(),
            "current": current,
        }


class StaffCardDialog(QDialog):
    """The printed staff card: preview, Print… (Ctrl+P), Save as PDF… (Ctrl+S). The card's
    code exists only in this PDF (the database keeps its hash)."""

    def __init__(self, pdf: bytes, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.name = name
        self.setWindowTitle(self.tr("Staff card: %1").replace("%1", name))
        self.page = QLabel()
        self.page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page.setStyleSheet("background: #cfd8dc; padding: 12px;")
        images = rasterize(pdf, 110)
        if images:
            self.page.setPixmap(QPixmap.fromImage(images[0]))
        self.note = QLabel(
            self.tr(
                "The previous card of %1 no longer works. Print this one now: it cannot be "
                "shown again (only a new card can be issued)."
            ).replace("%1", name)
        )
        self.note.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Print… (Ctrl+P)"))
        self.print_button.setObjectName("primary")
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_card)
        self.save_button.clicked.connect(self.choose_file)
        self.print_button.setShortcut("Ctrl+P")
        self.save_button.setShortcut("Ctrl+S")
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.page, 1)
        layout.addWidget(buttons)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the staff card"), "staff-card.pdf", self.tr("PDF (*.pdf)")
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        path.write_bytes(self.pdf)

    def print_card(self) -> None:
        from ui.printing.pages import print_pdf

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            print_pdf(self.pdf, printer)


def confirm_text(parent: QWidget, text: str, on_yes: Callable[[], None]) -> None:
    """Ask yes / no (Enter = yes, Esc = no) before an action that cannot be taken back."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Question,
        parent.windowTitle() or "Workbay",
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.accepted.connect(on_yes)
    box.open()
