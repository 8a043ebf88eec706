"""A customer's contact data, edited with a version check.

If someone else saved the customer since it was loaded, the save is refused
(``ConflictError``): the form keeps what the user typed, shows what the other writer changed
(field by field, and which station when known), and offers to save over it or take theirs.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import CustomerKind
from app.domain.errors import ConflictError
from app.domain.models import Customer
from app.services.context import ServiceContext
from app.services.customers import customer_file
from app.services.inputs import CustomerInput
from ui.common.calls import call
from ui.common.commands import run_command
from ui.common.errors import error_text, validation_errors
from ui.common.field_errors import FieldErrors, with_error_label
from ui.common.widgets import MessageKind, MessageLine


def customer_values(c: Customer) -> dict[str, Any]:
    return {
        "name": c.name,
        "phones": ", ".join(p.number for p in c.phones),
        "company": c.kind is CustomerKind.COMPANY,
        "contact_person": c.contact_person or "",
        "email": c.email or "",
        "address": c.address or "",
        "notes": c.notes or "",
        "sms_consent": bool(c.sms_consent),
        "birthday": c.birthday.isoformat() if c.birthday is not None else "",
    }


class ContactForm(QWidget):
    """Emits ``saved(customer)`` after a save went through."""

    saved = Signal(object)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: int | None = None
        self.version: int | None = None
        self.loaded_values: dict[str, Any] = {}
        self.who_changed: str | None = None  # set by the workspace from the change feed
        self._theirs: Customer | None = None
        self.errors = FieldErrors(self)
        self.name = QLineEdit()
        self.phones = QLineEdit()
        self.phones.setPlaceholderText(self.tr("several numbers separated by commas"))
        self.company = QCheckBox(self.tr("Company"))
        self.contact_person = QLineEdit()
        self.email = QLineEdit()
        self.address = QLineEdit()
        self.birthday = QLineEdit()
        self.birthday.setObjectName("customer_birthday")
        self.birthday.setMaxLength(20)
        self.birthday.setPlaceholderText(self.tr("YYYY-MM-DD, blank if unknown"))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(90)
        self.notes.setTabChangesFocus(True)
        self.sms = QCheckBox(self.tr("Agrees to SMS reminders"))
        form = QFormLayout()
        for label, widget, field in (
            (self.tr("Name"), self.name, "name"),
            (self.tr("Phones"), self.phones, "phones.0"),
            (self.tr("Contact person"), self.contact_person, "contact_person"),
            (self.tr("E-mail"), self.email, "email"),
            (self.tr("Address"), self.address, "address"),
            (self.tr("Birthday"), self.birthday, "birthday"),
            (self.tr("Notes"), self.notes, "notes"),
        ):
            box, error = with_error_label(widget)
            form.addRow(label, box)
            self.errors.bind(field, widget, error)
            if field == "phones.0":  # every number of the list is refused in the same place
                for i in range(1, 6):
                    self.errors.bind(f"phones.{i}", widget, error)
        form.addRow("", self.company)
        # the old single flag is kept as it was loaded (saves do not change it) but not
        # offered: consents per channel, with date and source, are on their own tab and are
        # what calls and messages honour
        self.sms.hide()
        consent_note = QLabel(
            self.tr(
                "Consent to calls and SMS, with its date and source: the “Consent and privacy” tab."
            )
        )
        consent_note.setObjectName("hint")
        consent_note.setWordWrap(True)
        form.addRow("", consent_note)
        self.conflict = QLabel()
        self.conflict.setObjectName("banner")
        self.conflict.setWordWrap(True)
        self.conflict.setTextFormat(Qt.TextFormat.RichText)
        self.conflict.hide()
        self.overwrite = QPushButton(self.tr("Save mine over theirs"))
        self.take_theirs = QPushButton(self.tr("Take theirs"))
        self.overwrite.hide()
        self.take_theirs.hide()
        self.message = MessageLine()
        self.save = QPushButton(self.tr("Save  (Ctrl+S)"))
        self.save.setObjectName("primary")
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.take_theirs)
        buttons.addWidget(self.overwrite)
        buttons.addWidget(self.save)
        content = QWidget()
        content.setMaximumWidth(820)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addWidget(self.conflict)
        column.addLayout(buttons)
        column.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(content)
        layout.addStretch(1)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.save.clicked.connect(self._on_save)
        self.overwrite.clicked.connect(self._on_overwrite)
        self.take_theirs.clicked.connect(self._on_take_theirs)
        shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self._on_save)

    # --- data ---
    def show_customer(self, customer: Customer) -> None:
        self.customer_id = customer.id
        self.version = customer.version
        self.loaded_values = customer_values(customer)
        self._fill(self.loaded_values)
        self._hide_conflict()
        self.errors.clear()
        self.message.say("")

    def _fill(self, v: dict[str, Any]) -> None:
        self.name.setText(v["name"])
        self.phones.setText(v["phones"])
        self.company.setChecked(v["company"])
        self.contact_person.setText(v["contact_person"])
        self.email.setText(v["email"])
        self.address.setText(v["address"])
        self.notes.setPlainText(v["notes"])
        self.sms.setChecked(v["sms_consent"])
        self.birthday.setText(v["birthday"])

    def typed(self) -> CustomerInput:
        return CustomerInput(
            name=self.name.text(),
            phones=[p.strip() for p in self.phones.text().replace("，", ",").split(",")],
            kind=CustomerKind.COMPANY if self.company.isChecked() else CustomerKind.PERSON,
            contact_person=self.contact_person.text() or None,
            email=self.email.text() or None,
            address=self.address.text() or None,
            notes=self.notes.toPlainText() or None,
            sms_consent=self.sms.isChecked(),
            birthday=self.birthday.text().strip(),  # (blank clears it)
        )

    # --- saving ---
    def _on_save(self) -> None:
        if self.customer_id is None or self.version is None:
            return
        cid, version, data = self.customer_id, self.version, self.typed()
        self.message.say("")
        run_command(
            self,
            self.ctx,
            "update_customer",
            {"customer_id": cid, "data": data, "version": version},
            self._on_saved,
            self._on_error,
        )

    def _on_saved(self, customer: Customer) -> None:
        self.version = customer.version
        self.loaded_values = customer_values(customer)
        self.errors.clear()
        self._hide_conflict()
        self.message.say(self.tr("Saved."), MessageKind.SUCCESS)
        self.saved.emit(customer)

    def _on_error(self, exc: Exception) -> None:
        if isinstance(exc, ConflictError):
            cid = self.customer_id
            assert cid is not None
            call(
                self,
                lambda: customer_file(self.ctx, cid).customer,
                lambda c: self._on_conflict(exc, c),
            )
            return
        unplaced = self.errors.show(exc)
        if validation_errors(exc) and not unplaced:
            self.message.say("")
        else:
            self.message.say(error_text(exc))

    def _values_on_screen(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "phones": self.phones.text(),
            "company": self.company.isChecked(),
            "contact_person": self.contact_person.text(),
            "email": self.email.text(),
            "address": self.address.text(),
            "notes": self.notes.toPlainText(),
            "sms_consent": self.sms.isChecked(),
            "birthday": self.birthday.text().strip(),
        }

    def _on_conflict(self, exc: ConflictError, theirs: Customer) -> None:
        """Merge: fields only they changed take their value; fields both changed keep the
        user's input, and the message lists what they changed."""
        self._theirs = theirs
        their_values = customer_values(theirs)
        mine = self._values_on_screen()
        captions = {
            "name": self.tr("Name"),
            "phones": self.tr("Phones"),
            "company": self.tr("Company"),
            "contact_person": self.tr("Contact person"),
            "email": self.tr("E-mail"),
            "address": self.tr("Address"),
            "notes": self.tr("Notes"),
            "sms_consent": self.tr("Agrees to SMS reminders"),
            "birthday": self.tr("Birthday"),
        }
        rows = []
        merged = dict(mine)
        for key, value in their_values.items():
            before = self.loaded_values.get(key)
            if value == before:
                continue
            both = mine[key] != before and mine[key] != value
            if not both:
                merged[key] = value  # only they changed it: take theirs
            rows.append(
                f"<li>{escape(captions[key])}: <s>{escape(str(before))}</s> → "
                f"<b>{escape(str(value))}</b>"
                + (
                    f" — {escape(self.tr('you typed'))} <b>{escape(str(mine[key]))}</b>"
                    if both
                    else ""
                )
                + "</li>"
            )
        self._fill(merged)
        who = "; ".join(f"{c.user} @ {c.station}" for c in exc.changes) or self.who_changed
        head = self.tr("Someone else saved this customer meanwhile") + (
            f" ({escape(who)})" if who else ""
        )
        body = "".join(rows) or "<li>" + escape(self.tr("no visible field changed")) + "</li>"
        self.conflict.setText(
            f"<b>{escape(head)}</b><ul>{body}</ul>"
            + escape(self.tr("Your input is kept. Save it over theirs, or take theirs."))
        )
        self.conflict.show()
        self.overwrite.show()
        self.take_theirs.show()
        self.message.say(error_text(exc))

    def _hide_conflict(self) -> None:
        self.conflict.hide()
        self.overwrite.hide()
        self.take_theirs.hide()
        self._theirs = None

    def _on_overwrite(self) -> None:
        if self._theirs is not None:
            self.version = self._theirs.version
            self.loaded_values = customer_values(self._theirs)
            self._on_save()

    def _on_take_theirs(self) -> None:
        if self._theirs is not None:
            self.show_customer(self._theirs)
