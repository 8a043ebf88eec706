"""The customer file's consent and privacy tab (个人信息保护法, PIPL).

- Consent per channel (phone calls, SMS): the one in force with its date and source, and
  the whole history (rows are never changed); a new consent or its withdrawal is recorded
  with where it was given (``followups.record_consent``). Follow-up calls, due-list calls
  and messages honour the latest one.
- "Export this customer's data" (Ctrl+E) saves everything Workbay keeps about the customer
  as one JSON file; "Anonymise on request" (Ctrl+Shift+A) asks the reason, says what will
  happen, and replaces the personal data (``privacy_requests``, audited). Both need the
  right to handle PIPL requests (service manager, administrator).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ContactChannel
from app.domain.permissions import Permission
from app.services import privacy_requests
from app.services.context import ServiceContext
from app.services.privacy_requests import ConsentRow, Consents
from ui.auth.rights import Gate
from ui.care.message_labels import channel_text
from ui.cashier.reason_dialog import ReasonDialog
from ui.common import format as fmt
from ui.common.calls import call
from ui.common.commands import run_command
from ui.common.errors import error_text
from ui.common.field_errors import FieldErrors
from ui.common.keys import add_key, show_key
from ui.common.widgets import MessageKind, MessageLine, hint, setup_table, title


class ConsentTab(QWidget):
    """``loaded`` after each load; ``anonymised(customer_id)`` once a customer was
    anonymised (the file reloads)."""

    loaded = Signal()
    anonymised = Signal(int)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: int | None = None
        self.customer_name = ""
        self.consents: Consents | None = None
        self.gate = Gate()
        self.dialog: ReasonDialog | None = None
        #: where the export goes when no file dialog is wanted (tests, screenshots)
        self.target: str | None = None
        self.errors = FieldErrors(self)
        self.in_force = QLabel()
        self.in_force.setObjectName("consentsInForce")
        self.in_force.setTextFormat(Qt.TextFormat.PlainText)
        self.in_force.setWordWrap(True)
        self.channel = QComboBox()
        self.channel.setObjectName("consentChannel")
        for channel in ContactChannel:
            self.channel.addItem(channel_text(channel), channel.value)
        self.answer = QComboBox()
        self.answer.setObjectName("consentAnswer")
        self.answer.addItem(self.tr("Agrees"), True)
        self.answer.addItem(self.tr("Withdraws (no more contact this way)"), False)
        self.source = QLineEdit()
        self.source.setObjectName("consentSource")
        self.source.setPlaceholderText(self.tr("where it was given: intake form, phone call…"))
        self.record = QPushButton()
        self.record.setObjectName("primary")
        show_key(self.record, self.tr("Record"), "Ctrl+Enter")
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Channel"), self.channel),
            (self.tr("&Answer"), self.answer),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        source_label = QLabel(self.tr("&Source"))
        source_label.setBuddy(self.source)
        form.addRow(source_label, self.errors.wrap("source", self.source))
        form.addRow("", self.record)
        self.history_model = QStandardItemModel(0, 5, self)
        self.history_model.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Channel"),
                self.tr("Answer"),
                self.tr("Source"),
                self.tr("Recorded by"),
            ]
        )
        self.history = QTableView()
        self.history.setObjectName("consentHistory")
        self.history.setModel(self.history_model)
        self.history.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        setup_table(self.history, stretch_column=3)
        self.export = QPushButton()
        show_key(self.export, self.tr("Export this customer's data…"), "Ctrl+E")
        self.anonymise = QPushButton()
        self.anonymise.setObjectName("danger")
        show_key(self.anonymise, self.tr("Anonymise on request…"), "Ctrl+Shift+A")
        self.message = MessageLine()
        pipl = QHBoxLayout()
        pipl.addWidget(self.export)
        pipl.addWidget(self.anonymise)
        pipl.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(title(self.tr("Consent to be contacted")))
        left.addWidget(self.in_force)
        left.addLayout(form)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(title(self.tr("History")))
        right.addWidget(self.history, 1)
        top = QHBoxLayout()
        top.addLayout(left, 2)
        top.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(title(self.tr("Personal data requests (PIPL)")))
        layout.addWidget(
            hint(
                self.tr(
                    "On the customer's request: export everything kept about them, or replace "
                    "their personal data (name, phones, address, notes, birthday). Orders and "
                    "amounts stay for the books."
                )
            )
        )
        layout.addLayout(pipl)
        layout.addWidget(self.message)
        self.gate.need(self.record, Permission.EDIT_CUSTOMERS)
        self.gate.need(self.export, Permission.PRIVACY_REQUESTS)
        self.gate.need(self.anonymise, Permission.PRIVACY_REQUESTS)
        for button, key, slot in (
            (self.record, "Ctrl+Enter", self.record_consent),
            (self.export, "Ctrl+E", self.export_data),
            (self.anonymise, "Ctrl+Shift+A", self.ask_anonymise),
        ):
            button.clicked.connect(slot)
            add_key(self, key, slot)
        self.source.returnPressed.connect(self.record_consent)

    # --- data ---
    def show_customer(self, customer_id: int, name: str) -> None:
        if customer_id != self.customer_id:
            self.source.clear()
            self.errors.clear()
            self.message.say("")
        self.customer_id, self.customer_name = customer_id, name
        self.reload()

    def reload(self) -> None:
        cid = self.customer_id
        if cid is None:
            return
        call(
            self,
            lambda: privacy_requests.consents(self.ctx, cid),
            self._on_loaded,
            lambda exc: self.message.say(error_text(exc)),
        )

    def _on_loaded(self, consents: Consents) -> None:
        if consents.customer_id != self.customer_id:
            return
        self.consents = consents
        lines = []
        for channel, row in consents.in_force.items():
            lines.append(f"{channel_text(channel)}: {self.consent_text(row)}")
        if consents.anonymised_at is not None:
            lines.append(
                self.tr("Anonymised on request on %1: no calls or messages.").replace(
                    "%1", fmt.local_time(consents.anonymised_at, True)
                )
            )
        self.in_force.setText("\n".join(lines))
        self.history_model.removeRows(0, self.history_model.rowCount())
        for row in consents.history:
            self.history_model.appendRow(
                [
                    QStandardItem(fmt.local_time(row.at, True)),
                    QStandardItem(channel_text(row.channel)),
                    QStandardItem(self.tr("agrees") if row.granted else self.tr("withdrawn")),
                    QStandardItem(row.source),
                    QStandardItem(row.recorded_by or ""),
                ]
            )
        self._enable()
        self.loaded.emit()

    def consent_text(self, row: ConsentRow | None) -> str:
        if row is None:
            return self.tr("never asked: not contacted this way")
        text = self.tr("agrees since %1 (%2)") if row.granted else self.tr("withdrawn on %1 (%2)")
        return text.replace("%1", fmt.local_time(row.at, True)).replace("%2", row.source)

    def _enable(self) -> None:
        gone = self.consents is not None and self.consents.anonymised_at is not None
        known = self.customer_id is not None
        for widget in (self.record, self.channel, self.answer, self.source, self.anonymise):
            widget.setEnabled(known and not gone)
        self.export.setEnabled(known)
        self.gate.apply()

    def apply_rights(self, who: Any) -> None:
        self.gate.set_who(who)
        self._enable()

    # --- consent ---
    def record_consent(self) -> None:
        if self.customer_id is None or not self.record.isEnabled():
            return
        channel = ContactChannel(self.channel.currentData())
        granted = bool(self.answer.currentData())
        self.errors.clear()
        self.message.say("")
        run_command(
            self,
            self.ctx,
            "record_consent",
            {
                "customer_id": self.customer_id,
                "channel": channel,
                "granted": granted,
                "source": self.source.text(),
            },
            lambda _r: self._on_recorded(channel, granted),
            self._on_refused,
        )

    def _on_recorded(self, channel: ContactChannel, granted: bool) -> None:
        text = self.tr("Recorded: %1, agrees.") if granted else self.tr("Recorded: %1, withdrawn.")
        self.message.say(text.replace("%1", channel_text(channel)), MessageKind.SUCCESS)
        self.source.clear()
        self.reload()

    def _on_refused(self, exc: Exception) -> None:
        unplaced = self.errors.show(exc)
        if unplaced or not self.errors.text_of("source"):
            self.message.say(error_text(exc))

    # --- PIPL requests ---
    def export_data(self) -> None:
        cid = self.customer_id
        if cid is None:
            return
        path = self.target
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the customer's data"), f"customer-{cid}.json", "JSON (*.json)"
            )
        if not path:
            return
        target = Path(path)
        self.message.say("")
        run_command(
            self,
            self.ctx,
            "export_customer",
            {"customer_id": cid},
            lambda data: self._write_export(target, data),
            lambda exc: self.message.say(error_text(exc)),
        )

    def _write_export(self, target: Path, data: dict[str, Any]) -> None:
        try:
            target.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        except OSError as exc:
            self.message.say(
                self.tr("Could not write %1: %2")
                .replace("%1", str(target))
                .replace("%2", exc.strerror or str(exc))
            )
            return
        self.message.say(
            self.tr("Exported to %1 (the export is in the audit log).").replace("%1", str(target)),
            MessageKind.SUCCESS,
        )

    def ask_anonymise(self) -> None:
        cid = self.customer_id
        if cid is None or not self.anonymise.isEnabled():
            return
        self.dialog = ReasonDialog(
            self.tr("Anonymise %1").replace("%1", self.customer_name),
            self.tr(
                "The name, phones, e-mail, address, notes and birthday of %1 are replaced for "
                "good; open follow-ups are cancelled and queued messages dropped. Orders and "
                "amounts stay for the books. This cannot be undone. Write the request's "
                "reason or reference."
            ).replace("%1", self.customer_name),
            self.tr("Anonymise"),
            lambda _amount, reason, _approval, done, failed: self._send_anonymise(
                cid, reason, done, failed
            ),
            parent=self,
        )
        self.dialog.setObjectName("anonymiseDialog")
        self.dialog.open()

    def _send_anonymise(
        self,
        cid: int,
        reason: str,
        done: Callable[[], None],
        failed: Callable[[Exception], None],
    ) -> None:
        def finished(_r: object) -> None:
            done()
            self.message.say(self.tr("The customer was anonymised."), MessageKind.SUCCESS)
            self.anonymised.emit(cid)
            self.reload()

        run_command(
            self,
            self.ctx,
            "anonymise_customer",
            {"customer_id": cid, "reason": reason},
            finished,
            failed,
        )
