"""The complaints tab's two dialogs.

:class:`RecordComplaintDialog` records a new complaint: who (a customer, vehicle or order
found by the lookup field, or nobody known: an anonymous caller with an optional name and
phone), when (now unless typed), the channel, against whom or what, what happened and what
the customer asks, kind and severity. :class:`ComplaintActionDialog` is one action on an
open case: a note (response, first feedback, update), the next of the eight steps with what
that step records (kind and severity when judging, the resolution and any compensation, the
accountability, the improvement that closes it), a handover to someone who may handle
complaints, waiting for parts or a verdict, resuming, reopening.

Both send through the desks' command path (off the GUI thread, one at a time); a refusal
keeps the dialog open with the reason next to its field. A save refused because another
agent changed the case meanwhile names who did what; the dialog takes the case's new
version, so saving again is a decision made after reading that.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import (
    ComplaintChannel,
    ComplaintKind,
    ComplaintSeverity,
    ComplaintState,
    ComplaintWait,
)
from app.domain.errors import ConflictError
from app.services.complaints import (
    NOTE_KINDS,
    STEPS,
    ComplaintInput,
    ComplaintRow,
    Handler,
    get_complaint,
)
from app.services.context import ServiceContext
from app.services.views import LookupHit
from ui.care import complaint_texts as texts
from ui.common.calls import call
from ui.common.commands import run_command
from ui.common.errors import conflict_text, error_text
from ui.common.field_errors import FieldErrors, MessageLabel
from ui.common.keys import add_key, show_key
from ui.common.lookup_box import LookupBox
from ui.common.widgets import hint
from ui.stations.live import LiveSync

SAVE_KEY = "Ctrl+Return"


class TextBox(QPlainTextEdit):
    """A few lines of free text, as tall as ``lines`` lines whatever the style sheet says;
    Tab leaves it (Ctrl+Enter saves the dialog)."""

    def __init__(self, lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = lines
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        height = self.fontMetrics().lineSpacing() * self.lines + 16
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


def text_box(name: str, lines: int = 3) -> QPlainTextEdit:
    box = TextBox(lines)
    box.setObjectName(name)
    return box


def choice(values: dict[Any, str], current: Any = None, name: str = "") -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for value in values:
        combo.addItem(texts.name(values, value), value)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def complaint_refusal(exc: BaseException) -> str:
    """A refused complaint action in words; a conflict names who did what meanwhile."""
    if isinstance(exc, ConflictError):
        return conflict_text(exc, texts.done_text)
    return error_text(exc)


class _Buttons(QWidget):
    """Save [Ctrl+Enter] and Cancel [Esc]; never a default button (Enter stays in the
    fields: the lookup field chooses with it)."""

    def __init__(self, save_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        self.save = QPushButton()
        self.save.setObjectName("primary")
        show_key(self.save, save_text, SAVE_KEY)
        self.cancel = QPushButton()
        show_key(self.cancel, self.tr("Cancel"), "Esc")
        for b in (self.save, self.cancel):
            b.setAutoDefault(False)
            b.setDefault(False)
            layout.addWidget(b)


class RecordComplaintDialog(QDialog):
    """Emits ``recorded(ComplaintRow)`` once the core took it (the dialog then closes)."""

    recorded = Signal(object)

    def __init__(
        self,
        ctx: ServiceContext,
        staff: list[Handler] | None = None,
        parent: QWidget | None = None,
        *,
        live: LiveSync | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.live = live
        self.customer_id: int | None = None
        self.asset_id: int | None = None
        self.order_id: int | None = None
        self._sending = False
        self.setWindowTitle(self.tr("Record a complaint"))
        self.errors = FieldErrors(self)
        self.lookup = LookupBox(ctx, compact=True)
        self.lookup.field.setObjectName("complaintWho")
        self.lookup.field.setPlaceholderText(
            self.tr("Customer: phone, name, plate, VIN, order no. (blank: anonymous)")
        )
        self.lookup.list.setMaximumHeight(110)
        self.lookup.list.hide()  # shown while there are hits
        self.lookup.model.modelReset.connect(
            lambda: self.lookup.list.setVisible(self.lookup.model.rowCount() > 0)
        )
        self.linked = QLabel()
        self.linked.setObjectName("complaintLinked")
        self.linked.setWordWrap(True)
        self.anonymous = QPushButton()
        self.anonymous.setAutoDefault(False)
        show_key(self.anonymous, self.tr("Anonymous caller"), "Alt+A")
        self.caller_name = QLineEdit()
        self.caller_name.setObjectName("callerName")
        self.caller_name.setMaxLength(100)
        self.caller_phone = QLineEdit()
        self.caller_phone.setObjectName("callerPhone")
        self.caller_phone.setMaxLength(20)
        self.received = QDateTimeEdit(QDateTime.currentDateTime())
        self.received.setObjectName("receivedAt")
        self.received.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.received.setMaximumDateTime(QDateTime.currentDateTime().addSecs(60))
        self.channel = choice(texts.CHANNELS, ComplaintChannel.PHONE, "channel")
        self.kind = choice(texts.KINDS, ComplaintKind.SERVICE, "kind")
        self.severity = choice(texts.SEVERITIES, ComplaintSeverity.GENERAL, "severity")
        self.against_user = QComboBox()
        self.against_user.setObjectName("againstUser")
        self.against_user.addItem(self.tr("— no one in particular —"), None)
        for person in staff or []:
            self.against_user.addItem(person.name, person.id)
        self.against = QLineEdit()
        self.against.setObjectName("againstDepartment")
        self.against.setMaxLength(60)
        self.against.setPlaceholderText(self.tr("e.g. workshop, parts prices, front desk"))
        self.description = text_box("description", 3)
        self.request = text_box("request", 2)

        who_row = QWidget()
        who_layout = QVBoxLayout(who_row)
        who_layout.setContentsMargins(0, 0, 0, 0)
        who_layout.setSpacing(2)
        who_layout.addWidget(self.errors.wrap("customer_id", self.lookup))
        linked_row = QHBoxLayout()
        linked_row.addWidget(self.linked, 1)
        linked_row.addWidget(self.anonymous)
        who_layout.addLayout(linked_row)
        caller = QHBoxLayout()
        caller.addWidget(self.errors.wrap("caller_name", self.caller_name), 1)
        caller.addWidget(self.errors.wrap("caller_phone", self.caller_phone), 1)
        self.caller_name.setPlaceholderText(self.tr("Caller's name (optional)"))
        self.caller_phone.setPlaceholderText(self.tr("Caller's phone (optional)"))
        form = QFormLayout()
        form.addRow(self._caption(self.tr("&Who"), self.lookup.field), who_row)
        form.addRow(self._caption(self.tr("Calle&r"), self.caller_name), caller)
        form.addRow(
            self._caption(self.tr("Recei&ved"), self.received),
            self.errors.wrap("received_at", self.received),
        )
        kinds = QHBoxLayout()
        for caption, combo in (
            (self.tr("Cha&nnel"), self.channel),
            (self.tr("&Kind"), self.kind),
            (self.tr("&Severity"), self.severity),
        ):
            kinds.addWidget(self._caption(caption, combo))
            kinds.addWidget(combo, 1)
        form.addRow(kinds)
        form.addRow(
            self._caption(self.tr("Against wh&om"), self.against_user),
            self.errors.wrap("against_user_id", self.against_user),
        )
        form.addRow(
            self._caption(self.tr("Against wha&t"), self.against),
            self.errors.wrap("against_department", self.against),
        )
        form.addRow(
            self._caption(self.tr("What &happened"), self.description),
            self.errors.wrap("description", self.description),
        )
        form.addRow(
            self._caption(self.tr("Customer's re&quest"), self.request),
            self.errors.wrap("request", self.request),
        )
        self.message = MessageLabel()
        self.buttons = _Buttons(self.tr("Record"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            hint(
                self.tr(
                    "Whoever records a complaint owns it until handing it over. "
                    "Ctrl+Enter records, Esc closes."
                )
            )
        )
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)
        self.lookup.hit_chosen.connect(self._on_hit)
        self.lookup.order_chosen.connect(self._on_order)
        self.anonymous.clicked.connect(self.set_anonymous)
        self.buttons.save.clicked.connect(self.save)
        self.buttons.cancel.clicked.connect(self.reject)
        add_key(self, SAVE_KEY, self.save)
        add_key(self, "Alt+A", self.set_anonymous)
        self.set_anonymous()

    def _caption(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # --- who ---
    def _on_hit(self, hit: LookupHit) -> None:
        self.customer_id = hit.customer_id if hit.kind != "customer" else hit.id
        self.asset_id = hit.id if hit.kind == "asset" else hit.asset_id
        self.order_id = None
        self._show_link(f"{hit.title} · {hit.subtitle}")

    def _on_order(self, order_id: int) -> None:
        self.customer_id = self.asset_id = None
        self.order_id = order_id
        self._show_link(self.tr("order %1").replace("%1", self.lookup.field.text().strip()))

    def _show_link(self, text: str) -> None:
        self.linked.setText(self.tr("Linked to: %1").replace("%1", text))
        self.kind.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_anonymous(self) -> None:
        """No customer on file: an anonymous caller (name and phone as they gave them)."""
        self.customer_id = self.asset_id = self.order_id = None
        self.linked.setText(self.tr("Anonymous caller: no customer file linked."))
        if self.isVisible() and self.focusWidget() is self.anonymous:
            self.caller_name.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- saving ---
    def typed(self) -> ComplaintInput:
        received: datetime = self.received.dateTime().toPython()  # type: ignore[assignment]
        return ComplaintInput(
            channel=ComplaintChannel(self.channel.currentData()),
            kind=ComplaintKind(self.kind.currentData()),
            severity=ComplaintSeverity(self.severity.currentData()),
            description=self.description.toPlainText(),
            request=self.request.toPlainText(),
            customer_id=self.customer_id,
            caller_name=self.caller_name.text(),
            caller_phone=self.caller_phone.text(),
            asset_id=self.asset_id,
            order_id=self.order_id,
            against_user_id=self.against_user.currentData(),
            against_department=self.against.text(),
            received_at=received.astimezone().astimezone(UTC),
        )

    def save(self) -> None:
        if self._sending:
            return
        self._sending = True
        self.errors.clear()
        self.message.say("")
        self.buttons.save.setEnabled(False)
        run_command(
            self,
            self.ctx,
            "record_complaint",
            {"data": self.typed()},
            self._on_saved,
            self._on_refused,
            live=self.live,
        )

    def _on_saved(self, row: ComplaintRow) -> None:
        self._sending = False
        self.buttons.save.setEnabled(True)
        self.recorded.emit(row)
        self.accept()

    def _on_refused(self, exc: Exception) -> None:
        self._sending = False
        self.buttons.save.setEnabled(True)
        self.errors.show_refusal(exc, self.message, complaint_refusal)


#: the actions of :class:`ComplaintActionDialog` and the command each sends
ACTIONS = {
    "note": "complaint_note",
    "advance": "advance_complaint",
    "handover": "hand_over_complaint",
    "wait": "wait_complaint",
    "resume": "resume_complaint",
    "reopen": "reopen_complaint",
}
NOTE_LABELS = {
    "response": QT_TRANSLATE_NOOP(
        "ComplaintActionDialog", "Response to the customer (meets the 2-hour deadline)"
    ),
    "feedback": QT_TRANSLATE_NOOP(
        "ComplaintActionDialog", "First feedback (meets the 24-hour deadline)"
    ),
    "update": QT_TRANSLATE_NOOP("ComplaintActionDialog", "Update"),
}


class ComplaintActionDialog(QDialog):
    """One action on complaint ``row``; emits ``saved(ComplaintRow)`` once the core took it.
    ``handlers``: who may take a handover."""

    saved = Signal(object)

    def __init__(
        self,
        ctx: ServiceContext,
        row: ComplaintRow,
        action: str,
        handlers: list[Handler] | None = None,
        parent: QWidget | None = None,
        *,
        live: LiveSync | None = None,
    ) -> None:
        super().__init__(parent)
        if action not in ACTIONS:
            raise KeyError(action)
        self.ctx = ctx
        self.live = live
        self.row = row
        self.version = row.version
        self.action = action
        self._sending = False
        self.errors = FieldErrors(self)
        self.target: ComplaintState | None = None
        form = QFormLayout()
        self.note = text_box("complaintNote", 3)
        self.note_kind: QComboBox | None = None
        self.kind: QComboBox | None = None
        self.severity: QComboBox | None = None
        self.resolution: QPlainTextEdit | None = None
        self.compensation: QLineEdit | None = None
        self.accountability: QPlainTextEdit | None = None
        self.improvement: QPlainTextEdit | None = None
        self.to_user: QComboBox | None = None
        self.reason: QComboBox | None = None
        head = QLabel()
        head.setObjectName("complaintHead")
        head.setWordWrap(True)
        head.setText(
            self.tr("Complaint #%1 · %2 · now: %3")
            .replace("%1", str(row.id))
            .replace("%2", row.customer_name or row.caller_name or self.tr("anonymous"))
            .replace("%3", texts.name(texts.STEPS, row.state))
        )
        save_text = self.tr("Save")
        note_caption = self.tr("&Note")
        if action == "note":
            self.setWindowTitle(self.tr("Note on complaint #%1").replace("%1", str(row.id)))
            self.note_kind = QComboBox()
            self.note_kind.setObjectName("noteKind")
            for kind in NOTE_KINDS:
                self.note_kind.addItem(self.tr(str(NOTE_LABELS[kind])), kind)
            if row.responded_at is None:
                self.note_kind.setCurrentIndex(0)
            elif row.feedback_at is None:
                self.note_kind.setCurrentIndex(1)
            else:
                self.note_kind.setCurrentIndex(2)
            form.addRow(self._caption(self.tr("&Type"), self.note_kind), self.note_kind)
        elif action == "advance":
            self.target = STEPS[STEPS.index(row.state) + 1] if row.state in STEPS[:-1] else None
            step = texts.name(texts.STEPS, self.target) if self.target else "—"
            self.setWindowTitle(self.tr("Complaint #%1: next step").replace("%1", str(row.id)))
            form.addRow(self.tr("Next step:"), QLabel(f"<b>{step}</b>"))
            save_text = self.tr("Move to the next step")
            note_caption = self.tr("&Note (optional)")
            if self.target is ComplaintState.JUDGED:
                self.kind = choice(texts.KINDS, row.kind, "kind")
                self.severity = choice(texts.SEVERITIES, row.severity, "severity")
                form.addRow(self._caption(self.tr("&Kind"), self.kind), self.kind)
                form.addRow(
                    self._caption(self.tr("&Severity"), self.severity),
                    self.errors.wrap("severity", self.severity),
                )
            elif self.target is ComplaintState.PROPOSED:
                self.resolution = text_box("resolution", 3)
                self.resolution.setPlainText(row.resolution or "")
                self.compensation = QLineEdit()
                self.compensation.setObjectName("compensation")
                self.compensation.setPlaceholderText(self.tr("¥ amount, blank if none"))
                form.addRow(
                    self._caption(self.tr("&Resolution"), self.resolution),
                    self.errors.wrap("resolution", self.resolution),
                )
                form.addRow(
                    self._caption(self.tr("&Compensation"), self.compensation),
                    self.errors.wrap("compensation", self.compensation),
                )
            elif self.target is ComplaintState.ACCOUNTED:
                self.accountability = text_box("accountability", 3)
                self.accountability.setPlainText(row.accountability or "")
                form.addRow(
                    self._caption(self.tr("&Accountability"), self.accountability),
                    self.errors.wrap("accountability", self.accountability),
                )
            elif self.target is ComplaintState.CLOSED:
                self.improvement = text_box("improvement", 3)
                self.improvement.setPlainText(row.improvement or "")
                form.addRow(
                    self._caption(self.tr("&Improvement"), self.improvement),
                    self.errors.wrap("improvement", self.improvement),
                )
                save_text = self.tr("Close the complaint")
        elif action == "handover":
            self.setWindowTitle(self.tr("Hand over complaint #%1").replace("%1", str(row.id)))
            self.to_user = QComboBox()
            self.to_user.setObjectName("handTo")
            for person in handlers or []:
                if person.id != row.owner_id:
                    self.to_user.addItem(person.name, person.id)
            form.addRow(self.tr("Owner now:"), QLabel(row.owner))
            form.addRow(
                self._caption(self.tr("Hand &to"), self.to_user),
                self.errors.wrap("to_user_id", self.to_user),
            )
            save_text = self.tr("Hand over")
            note_caption = self.tr("&Note for the new owner")
        elif action == "wait":
            self.setWindowTitle(self.tr("Complaint #%1 waits").replace("%1", str(row.id)))
            self.reason = choice(texts.WAITS, ComplaintWait.PARTS, "waitReason")
            form.addRow(self._caption(self.tr("&Waiting for"), self.reason), self.reason)
            form.addRow(
                "",
                hint(
                    self.tr(
                        "The close deadline stops while waiting; an update is due every "
                        "2 working days."
                    )
                ),
            )
            save_text = self.tr("Wait")
        elif action == "resume":
            self.setWindowTitle(self.tr("Resume complaint #%1").replace("%1", str(row.id)))
            save_text = self.tr("Resume")
        elif action == "reopen":
            self.setWindowTitle(self.tr("Reopen complaint #%1").replace("%1", str(row.id)))
            save_text = self.tr("Reopen")
        form.addRow(self._caption(note_caption, self.note), self.errors.wrap("note", self.note))
        self.message = MessageLabel()
        self.buttons = _Buttons(save_text)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addLayout(form)
        layout.addWidget(hint(self.tr("Ctrl+Enter saves, Esc closes.")))
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.buttons.save.clicked.connect(self.save)
        self.buttons.cancel.clicked.connect(self.reject)
        add_key(self, SAVE_KEY, self.save)

    def _caption(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def first_field(self) -> QWidget:
        for w in (
            self.note_kind, self.kind, self.resolution, self.accountability, self.improvement,
            self.to_user, self.reason,
        ):  # fmt: skip
            if w is not None:
                return w
        return self.note

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.first_field().setFocus(Qt.FocusReason.OtherFocusReason)

    # --- saving ---
    def arguments(self) -> dict[str, Any]:
        args: dict[str, Any] = {
            "complaint_id": self.row.id,
            "version": self.version,
            "note": self.note.toPlainText(),
        }
        if self.action == "note" and self.note_kind is not None:
            args["kind"] = self.note_kind.currentData()
        if self.action == "advance":
            if self.kind is not None and self.severity is not None:
                args["kind"] = ComplaintKind(self.kind.currentData())
                args["severity"] = ComplaintSeverity(self.severity.currentData())
            if self.resolution is not None and self.compensation is not None:
                args["resolution"] = self.resolution.toPlainText()
                args["compensation"] = self.compensation.text().strip() or None
            if self.accountability is not None:
                args["accountability"] = self.accountability.toPlainText()
            if self.improvement is not None:
                args["improvement"] = self.improvement.toPlainText()
        if self.action == "handover" and self.to_user is not None:
            args["to_user_id"] = self.to_user.currentData()
        if self.action == "wait" and self.reason is not None:
            args["reason"] = ComplaintWait(self.reason.currentData())
        return args

    def save(self) -> None:
        if self._sending:
            return
        self._sending = True
        self.errors.clear()
        self.message.say("")
        self.buttons.save.setEnabled(False)
        run_command(
            self,
            self.ctx,
            ACTIONS[self.action],
            self.arguments(),
            self._on_saved,
            self._on_refused,
            live=self.live,
        )

    def _on_saved(self, row: ComplaintRow) -> None:
        self._sending = False
        self.buttons.save.setEnabled(True)
        self.saved.emit(row)
        self.accept()

    def _on_refused(self, exc: Exception) -> None:
        self._sending = False
        self.buttons.save.setEnabled(True)
        self.errors.show_refusal(exc, self.message, complaint_refusal)
        if isinstance(exc, ConflictError):
            # the case as it is now: saving again is a decision made after reading who did what
            ctx, cid = self.ctx, self.row.id
            call(self, lambda: get_complaint(ctx, cid), self._on_reloaded, lambda _e: None)

    def _on_reloaded(self, row: ComplaintRow) -> None:
        self.row = row
        self.version = row.version
