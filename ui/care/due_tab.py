"""The care desk's due lists (提醒, Alt+3): whom to call today and why, worked by keyboard.

Pick the list (maintenance, first service, warranty expiring, 年检, insurance, birthday,
inactive, lost) with Ctrl+PgUp / Ctrl+PgDn or in its box (Alt+L); the window (days ahead,
Alt+D). Each row shows the customer, phone, vehicle or device, the date that makes the row
(or the mileage projected from the asset's own pace) and the last visit.

On a row: Enter starts the call (the outcome box takes the focus and a timer runs);
Ctrl+Enter logs the call with its outcome, note and length (:func:`due_lists.log_call`);
Ctrl+M puts a service reminder in the outbox (:func:`messages.queue_message`, the
service-reminder template) — refused, with the reason, without the customer's SMS consent
or when the template needs a value the row does not have. Ctrl+B books an appointment for
the row's customer and vehicle (the appointments desk's booking dialog, source "outbound");
once booked, the call is logged as "will come in" with the appointment's time. Ctrl+P
copies the list (tab separated, for a spreadsheet or to print from there), Ctrl+S saves it
as CSV.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import AppointmentSource, MessageEvent
from app.domain.errors import ValidationError
from app.domain.permissions import Permission
from app.services import due_lists
from app.services.context import ServiceContext
from app.services.due_lists import DueRow
from ui.appointments.booking_dialog import BookingDialog
from ui.auth.rights import Gate
from ui.common import format as fmt
from ui.common.calls import call
from ui.common.commands import Commands
from ui.common.errors import error_text
from ui.common.keys import add_key, connect_action, show_key
from ui.common.row_model import Column, RowTableModel
from ui.common.widgets import MessageKind, MessageLine, hint, setup_table
from ui.stations.live import LiveSync

_CTX = "DueTab"

#: the lists, in the order of the box (Ctrl+PgUp / Ctrl+PgDn)
KIND_NAMES: dict[str, str] = {
    "maintenance": QT_TRANSLATE_NOOP("DueTab", "Maintenance due"),
    "first_service": QT_TRANSLATE_NOOP("DueTab", "First service"),
    "warranty": QT_TRANSLATE_NOOP("DueTab", "Warranty expiring"),
    "inspection": QT_TRANSLATE_NOOP("DueTab", "Annual inspection (年检)"),
    "insurance": QT_TRANSLATE_NOOP("DueTab", "Insurance renewal"),
    "birthday": QT_TRANSLATE_NOOP("DueTab", "Birthdays"),
    "inactive": QT_TRANSLATE_NOOP("DueTab", "Inactive (5 months)"),
    "lost": QT_TRANSLATE_NOOP("DueTab", "Lost (over 6 months)"),
}
#: the title of the date column, per list
DUE_TITLES: dict[str, str] = {
    "maintenance": QT_TRANSLATE_NOOP("DueTab", "Service due"),
    "first_service": QT_TRANSLATE_NOOP("DueTab", "First service due"),
    "warranty": QT_TRANSLATE_NOOP("DueTab", "Warranty ends"),
    "inspection": QT_TRANSLATE_NOOP("DueTab", "Inspection due"),
    "insurance": QT_TRANSLATE_NOOP("DueTab", "Insurance due"),
    "birthday": QT_TRANSLATE_NOOP("DueTab", "Birthday"),
    "inactive": QT_TRANSLATE_NOOP("DueTab", "Last visit"),
    "lost": QT_TRANSLATE_NOOP("DueTab", "Last visit"),
}
OUTCOME_NAMES: dict[str, str] = {
    "reached": QT_TRANSLATE_NOOP("DueTab", "Reached"),
    "booked": QT_TRANSLATE_NOOP("DueTab", "Will come in"),
    "declined": QT_TRANSLATE_NOOP("DueTab", "Declined"),
    "unreachable": QT_TRANSLATE_NOOP("DueTab", "Unreachable"),
    "wrong_number": QT_TRANSLATE_NOOP("DueTab", "Wrong number"),
}


#: lists of customers, not of vehicles or devices
PER_CUSTOMER = ("birthday", "inactive", "lost")
COL_ASSET, COL_KM, COL_LAST_VISIT = 2, 4, 5

#: the reminder's placeholders a row fills (the others are the customer's and the shop's)
ROW_VALUES = ("asset", "due_date", "due_km")


def _tr(source: str) -> str:
    """A string marked elsewhere (QT_TRANSLATE_NOOP), translated in this context."""
    return QCoreApplication.translate(_CTX, source)


def mileage_text(row: DueRow) -> str:
    if row.due_km is None:
        return ""
    km = f"{row.due_km:,}"
    if row.km_per_day:
        return (
            QCoreApplication.translate("DueTab", "%1 km (%2 km/day)")
            .replace("%1", km)
            .replace("%2", str(row.km_per_day))
        )
    return QCoreApplication.translate("DueTab", "%1 km").replace("%1", km)


def last_visit_text(row: DueRow) -> str:
    return row.last_visit.astimezone().date().isoformat() if row.last_visit else ""


def last_call_text(row: DueRow) -> str:
    if row.last_call_at is None:
        return ""
    outcome = OUTCOME_NAMES.get(row.last_call_outcome or "")
    said = _tr(outcome) if outcome else (row.last_call_outcome or "")
    return f"{fmt.short_time(row.last_call_at)} {said}"


def _key(row: DueRow) -> tuple[int, int | None]:
    """A row of a due list: its customer and asset."""
    return (row.customer_id, row.asset_id)


class DueModel(RowTableModel[DueRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind = "maintenance"

    def columns(self) -> list[Column[DueRow]]:
        return [
            Column(lambda: QCoreApplication.translate("DueTab", "Customer"), lambda r: r.customer),
            Column(lambda: QCoreApplication.translate("DueTab", "Phone"), lambda r: r.phone or ""),
            Column(
                lambda: QCoreApplication.translate("DueTab", "Vehicle / device"),
                lambda r: r.asset or "",
            ),
            Column(
                lambda: _tr(DUE_TITLES[self.kind]), lambda r: r.due.isoformat() if r.due else ""
            ),
            Column(
                lambda: QCoreApplication.translate("DueTab", "Mileage"),
                mileage_text,
                align_right=True,
            ),
            Column(lambda: QCoreApplication.translate("DueTab", "Last visit"), last_visit_text),
            Column(lambda: QCoreApplication.translate("DueTab", "Last call"), last_call_text),
        ]

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns()) - 1)


def table_rows(kind: str, rows: list[DueRow]) -> list[list[str]]:
    """The list as the desk shows it, with its titles: the copied and the saved list."""
    head = [
        QCoreApplication.translate("DueTab", "Customer"),
        QCoreApplication.translate("DueTab", "Phone"),
        QCoreApplication.translate("DueTab", "Vehicle / device"),
        _tr(DUE_TITLES[kind]),
        QCoreApplication.translate("DueTab", "Mileage"),
        QCoreApplication.translate("DueTab", "Last visit"),
        QCoreApplication.translate("DueTab", "Last call"),
    ]
    body = [
        [r.customer, r.phone or "", r.asset or "", r.due.isoformat() if r.due else "",
         mileage_text(r), last_visit_text(r), last_call_text(r)]
        for r in rows
    ]  # fmt: skip
    return [head, *body]


def csv_bytes(kind: str, rows: list[DueRow]) -> bytes:
    """UTF-8 with a BOM, so a spreadsheet on a Chinese Windows opens it right."""
    out = io.StringIO()
    csv.writer(out).writerows(table_rows(kind, rows))
    return out.getvalue().encode("utf-8-sig")


class DueTab(QWidget):
    def __init__(
        self,
        ctx: ServiceContext,
        parent: QWidget | None = None,
        *,
        live: LiveSync | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.live = live
        self.commands = Commands(ctx, live, self)
        self.gate = Gate()
        self.rows: list[DueRow] = []
        self._stale = True
        self._loading = False
        self._loaded_days: int | None = None
        self._calling: DueRow | None = None  # the row whose call is running
        self._soon = QTimer(self)  # calls logged elsewhere: read together, a moment later
        self._soon.setSingleShot(True)
        self._soon.setInterval(150)
        self._soon.timeout.connect(self._patch_calls)
        self._clock = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_call)

        self.kind_box = QComboBox()
        for kind in due_lists.KINDS:
            self.kind_box.addItem(_tr(KIND_NAMES[kind]), kind)
        kind_label = QLabel(self.tr("&List:"))
        kind_label.setBuddy(self.kind_box)
        self.days = QSpinBox()
        self.days.setRange(0, 366)
        self.days.setValue(30)
        self.days.setSuffix(self.tr(" days"))
        days_label = QLabel(self.tr("&Days ahead:"))
        days_label.setBuddy(self.days)
        self.refresh_button = QPushButton()
        show_key(self.refresh_button, self.tr("Refresh"), "F5")
        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(kind_label)
        top.addWidget(self.kind_box)
        top.addSpacing(12)
        top.addWidget(days_label)
        top.addWidget(self.days)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        top.addWidget(self.count)

        self.model = DueModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table, 2, flexible=[0])

        self.calling = QLabel()
        self.calling.setObjectName("sectionTitle")
        self.outcome = QComboBox()
        for key, name in OUTCOME_NAMES.items():
            self.outcome.addItem(_tr(name), key)
        outcome_label = QLabel(self.tr("&Outcome:"))
        outcome_label.setBuddy(self.outcome)
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        self.note.setPlaceholderText(self.tr("What the customer said"))
        note_label = QLabel(self.tr("&Note:"))
        note_label.setBuddy(self.note)
        self.log_button = QPushButton()
        show_key(self.log_button, self.tr("Log call"), "Ctrl+Enter")
        self.sms_button = QPushButton()
        show_key(self.sms_button, self.tr("SMS reminder"), "Ctrl+M",
                 self.tr("Put a service reminder for this customer in the outbox"))  # fmt: skip
        self.book_button = QPushButton()
        show_key(self.book_button, self.tr("Book appointment…"), "Ctrl+B",
                 self.tr("Book an appointment for this customer and vehicle"))  # fmt: skip
        self.booking: BookingDialog | None = None
        work = QHBoxLayout()
        work.addWidget(outcome_label)
        work.addWidget(self.outcome)
        work.addWidget(note_label)
        work.addWidget(self.note, 1)
        work.addWidget(self.log_button)
        work.addWidget(self.sms_button)
        work.addWidget(self.book_button)

        self.copy_button = QPushButton()
        show_key(self.copy_button, self.tr("Copy list"), "Ctrl+P",
                 self.tr("Copy the list to paste into a spreadsheet or print"))  # fmt: skip
        self.save_button = QPushButton()
        show_key(self.save_button, self.tr("Save as CSV…"), "Ctrl+S")
        out = QHBoxLayout()
        out.addWidget(
            hint(
                self.tr(
                    "Ctrl+PgUp / Ctrl+PgDn: the list · Enter on a row: start the call · "
                    "a booked appointment logs the call"
                )
            ),
            1,
        )
        out.addWidget(self.copy_button)
        out.addWidget(self.save_button)

        self.message = MessageLine()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.calling)
        layout.addLayout(work)
        layout.addWidget(self.message)
        layout.addLayout(out)

        self.kind_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.days.editingFinished.connect(self._on_days)
        self.table.activated.connect(lambda _index: self.start_call())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show_call())
        connect_action(self, self.refresh_button, "F5", self.reload)
        connect_action(self, self.log_button, "Ctrl+Enter", self.log_call)
        connect_action(self, self.sms_button, "Ctrl+M", self.send_sms)
        connect_action(self, self.book_button, "Ctrl+B", self.book)
        connect_action(self, self.copy_button, "Ctrl+P", self.copy_list)
        connect_action(self, self.save_button, "Ctrl+S", self.save_list)
        add_key(self, "Ctrl+PgDown", lambda: self.step_list(1))
        add_key(self, "Ctrl+PgUp", lambda: self.step_list(-1))
        self.gate.need(self.log_button, Permission.FOLLOW_UP)
        self.gate.need(self.sms_button, Permission.MESSAGES)
        self.gate.need(self.book_button, Permission.APPOINTMENTS)
        self._show_call()

    # --- the workspace's interface -------------------------------------------------------
    def activate(self) -> None:
        if self._stale:
            self.reload()

    def focus_primary(self) -> None:
        if self.model.rowCount() > 0:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.kind_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def apply_rights(self, who: Any) -> None:
        for button in (self.log_button, self.sms_button, self.book_button):
            button.setEnabled(True)  # the gate only greys out: the next user may
        self.gate.set_who(who)

    def on_changes(self, changes: list[Any], *, visible: bool) -> None:
        """A visible list keeps its rows under the agent's hands (F5 reads it again); a call
        logged on it anywhere is patched in: the rows' last calls are read again and only
        the rows whose last call changed are repainted, so two agents working the same list
        see who was called. A hidden list is read again when shown."""
        if not visible:
            self._stale = True
        elif any(getattr(c, "entity", None) == "care_call" for c in changes):
            self._soon.start()

    def _patch_calls(self) -> None:
        rows = self.model.rows()
        if self._stale or self._loading or not rows:
            return
        ctx, kind = self.ctx, self.kind()
        call(
            self,
            lambda: due_lists.with_last_calls(ctx, kind, rows),
            lambda fresh: self._on_calls(kind, rows, fresh),
            lambda exc: self.message.say(error_text(exc)),
        )

    def _on_calls(self, kind: str, asked: list[DueRow], fresh: list[DueRow]) -> None:
        shown = self.model.rows()
        if (
            kind != self.kind()
            or self._loading
            or [_key(r) for r in shown] != [_key(r) for r in asked]
        ):
            return  # the list was read again meanwhile
        changed = [new for old, new in zip(shown, fresh, strict=True) if old != new]
        if not changed:
            return
        place = {_key(r): i for i, r in enumerate(shown)}
        self.model.patch(
            changed, [_key(r) for r in changed], key=_key, order=lambda r: place[_key(r)]
        )
        self.rows = self.model.rows()
        if self._calling is not None:  # the call under way goes on, on its row as it is now
            calling = _key(self._calling)
            self._calling = next((r for r in self.rows if _key(r) == calling), self._calling)
        self._show_call()

    # --- the list ------------------------------------------------------------------------
    def kind(self) -> str:
        return str(self.kind_box.currentData())

    def step_list(self, step: int) -> None:
        n = self.kind_box.count()
        self.kind_box.setCurrentIndex((self.kind_box.currentIndex() + step) % n)

    def show_kind(self, kind: str) -> None:
        self.kind_box.setCurrentIndex(self.kind_box.findData(kind))

    def _on_days(self) -> None:
        if self.days.value() != self._loaded_days:
            self.reload()

    def reload(self) -> None:
        kind, days = self.kind(), self.days.value()
        self._stale = False
        self._loading = True
        self.count.setText(self.tr("Loading…"))

        def done(rows: list[DueRow]) -> None:
            self._loading = False
            self._loaded_days = days
            if kind != self.kind() or days != self.days.value():
                return  # the choice moved on meanwhile: its own answer follows
            self.show_rows(kind, rows)

        def failed(exc: Exception) -> None:
            self._loading = False
            self.count.setText("")
            self.message.say(error_text(exc))

        call(self, lambda: due_lists.due_list(self.ctx, kind, days=days), done, failed)

    def show_rows(self, kind: str, rows: list[DueRow]) -> None:
        current = self.current()
        key = (current.customer_id, current.asset_id) if current else None
        self.rows = rows
        self.model.kind = kind
        self.model.set_rows(rows)
        self.model.set_kind(kind)
        # the customer lists have no vehicle or mileage; inactive and lost are by last visit
        per_customer = kind in PER_CUSTOMER
        for column in (COL_ASSET, COL_KM):
            self.table.setColumnHidden(column, per_customer)
        self.table.setColumnHidden(COL_LAST_VISIT, kind in ("inactive", "lost"))
        n = len(rows)
        self.count.setText(self.tr("%n row(s)", "", n))
        if rows:
            at = next((i for i, r in enumerate(rows) if (r.customer_id, r.asset_id) == key), 0)
            self.table.setCurrentIndex(self.model.index(at, 0))
        if self._calling is not None and self._calling not in rows:
            self._end_call()
        self._show_call()

    def current(self) -> DueRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    # --- working a row -------------------------------------------------------------------
    def start_call(self) -> None:
        """Enter on a row: the call starts (its timer runs) and the outcome takes the focus."""
        row = self.current()
        if row is None:
            return
        if self._calling != row:
            self._calling = row
            self._clock.start()
            self._tick.start()
            self.note.clear()
        self.message.say("")
        self._show_call()
        self.outcome.setFocus(Qt.FocusReason.OtherFocusReason)

    def _end_call(self) -> None:
        self._calling = None
        self._tick.stop()

    def _seconds(self, row: DueRow) -> int:
        if self._calling == row and self._clock.isValid():
            return min(int(self._clock.elapsed() / 1000), 4 * 3600)
        return 0

    def _show_call(self) -> None:
        row = self.current()
        if row is None:
            self.calling.setText(self.tr("Choose a row: Enter starts the call."))
            return
        who = f"{row.customer}  {row.phone or self.tr('(no phone)')}"
        if self._calling == row:
            s = self._seconds(row)
            self.calling.setText(
                self.tr("Calling %1 — %2")
                .replace("%1", who)
                .replace("%2", f"{s // 60}:{s % 60:02d}")
            )
        else:
            self.calling.setText(self.tr("%1 — Enter starts the call").replace("%1", who))

    def _run(self, action: str, kwargs: dict[str, Any], done: Callable[[Any], None]) -> None:
        if not self.commands.run(action, kwargs, done, lambda e: self.message.say(error_text(e))):
            self.message.say(self.tr("The last action is still on its way."), MessageKind.WARNING)

    def log_call(self) -> None:
        row = self.current()
        if row is None:
            self.message.say(self.tr("Choose a row first."), MessageKind.WARNING)
            return
        outcome = str(self.outcome.currentData())
        kwargs = {
            "kind": self.kind(), "customer_id": row.customer_id, "asset_id": row.asset_id,
            "outcome": outcome, "note": self.note.text(), "duration_s": self._seconds(row),
        }  # fmt: skip

        def done(_id: Any) -> None:
            self._end_call()
            self.note.clear()
            self.message.say(
                self.tr("Call with %1 logged: %2.")
                .replace("%1", row.customer)
                .replace("%2", _tr(OUTCOME_NAMES[outcome])),
                MessageKind.SUCCESS,
            )
            self._next_row()
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self._patch_calls()  # the row shows its call; the next row stays chosen

        self._run("log_due_call", kwargs, done)

    def _next_row(self) -> None:
        r = self.table.currentIndex().row()
        if 0 <= r < self.model.rowCount() - 1:
            self.table.setCurrentIndex(self.model.index(r + 1, 0))
        self._show_call()

    def send_sms(self) -> None:
        row = self.current()
        if row is None:
            self.message.say(self.tr("Choose a row first."), MessageKind.WARNING)
            return
        values: dict[str, Any] = {}
        if row.asset:
            values["asset"] = row.asset
        if row.due is not None:
            values["due_date"] = row.due.isoformat()
        if row.due_km is not None:
            values["due_km"] = row.due_km
        kwargs = {"customer_id": row.customer_id, "event": MessageEvent.SERVICE_REMINDER,
                  "values": values}  # fmt: skip

        def done(m: Any) -> None:
            self.message.say(
                self.tr("Reminder to %1 (%2) is in the outbox.")
                .replace("%1", row.customer)
                .replace("%2", m.phone),
                MessageKind.SUCCESS,
            )

        def failed(exc: Exception) -> None:
            name = str(getattr(exc, "params", {}).get("name", ""))
            if (
                isinstance(exc, ValidationError)
                and exc.code == "missing_value"
                and name in ROW_VALUES
            ):
                self.message.say(
                    self.tr(
                        "The service reminder's text needs {%1}, which this row does not have: "
                        "call instead, or change the template at Setup."
                    ).replace("%1", name)
                )
                return
            self.message.say(error_text(exc))

        if not self.commands.run("queue_due_reminder", kwargs, done, failed):
            self.message.say(self.tr("The last action is still on its way."), MessageKind.WARNING)

    def book(self) -> None:
        """Ctrl+B: the booking dialog for the row's customer (and vehicle), one at a time."""
        row = self.current()
        if row is None:
            self.message.say(self.tr("Choose a row first."), MessageKind.WARNING)
            return
        if self.booking is not None:
            self.booking.raise_()
            self.booking.activateWindow()
            return
        dialog = BookingDialog(
            self.ctx, self, row.customer_id, row.asset_id, live=self.live,
            source=AppointmentSource.OUTBOUND,
        )  # fmt: skip
        kind = self.kind()
        dialog.booked.connect(lambda booked: self._on_booked(kind, row, booked))
        dialog.finished.connect(lambda _r: self._booking_closed(dialog))
        self.booking = dialog
        dialog.open()

    def _booking_closed(self, dialog: BookingDialog) -> None:
        if self.booking is dialog:
            self.booking = None
        dialog.deleteLater()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_booked(self, kind: str, row: DueRow, booked: Any) -> None:
        """The appointment is the call's outcome: logged as "will come in" with its time."""
        note = self.tr("Appointment %1").replace("%1", str(booked.local))
        kwargs = {
            "kind": kind, "customer_id": row.customer_id, "asset_id": row.asset_id,
            "outcome": "booked", "note": note, "duration_s": self._seconds(row),
        }  # fmt: skip

        def done(_id: Any) -> None:
            if self._calling == row:
                self._end_call()
            self.message.say(
                self.tr("Booked for %1: %2. The call is logged.")
                .replace("%1", row.customer)
                .replace("%2", str(booked.local)),
                MessageKind.SUCCESS,
            )
            self._patch_calls()

        self._run("log_due_call", kwargs, done)

    # --- the list on paper ---------------------------------------------------------------
    def copy_list(self) -> None:
        rows = table_rows(self.kind(), self.rows)
        QGuiApplication.clipboard().setText("\n".join("\t".join(r) for r in rows) + "\n")
        n = len(self.rows)
        self.message.say(
            self.tr("%n row(s) copied: paste them into a spreadsheet.", "", n),
            MessageKind.SUCCESS,
        )

    def save_list(self, path: str | None = None) -> None:
        if path is None:
            name = f"{self.kind()}-{date.today().isoformat()}.csv"
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the list"), name, self.tr("CSV files (*.csv)")
            )
        if not path:
            return
        try:
            with open(path, "wb") as f:
                f.write(csv_bytes(self.kind(), self.rows))
        except OSError as exc:
            self.message.say(self.tr("Could not save the list: %1").replace("%1", str(exc)))
            return
        self.message.say(self.tr("Saved to %1.").replace("%1", path), MessageKind.SUCCESS)
