"""Today at the counter (Alt+2): who is booked to come, the calls to make, the no-shows.

The arrivals list: today's bookings in time order, with what each booked, whether the
customer waits, the reminder's outcome and the state. Enter or F4 on a booking turns it
into an intake: the desk emits ``intake_requested(IntakePrefill)`` with the customer, the
vehicle, the booked items and the notes (:func:`app.services.appointments.intake_prefill`);
a cancelled booking, or one already arrived, is refused with the reason.

The call list: bookings starting within the hour not confirmed by a call yet. The outcome of
a call is recorded on the current booking of the list used last (the call list or the
arrivals): Alt+C confirmed, Alt+U unreachable, Alt+L will be late, Alt+M wants to move.

The no-shows: bookings 30 minutes past their slot. Type the reason (Alt+R), then Ctrl+D
records it and releases the slot, or choose a new slot (the wanted time, 1 / 2 / 3) and
Ctrl+B records it and rebooks there. Ctrl+Shift+Del cancels the booking chosen last in any of
the lists (the customer called to cancel), with the reason typed.
"""

from __future__ import annotations

from datetime import date, tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import AppointmentState, ConfirmationOutcome
from app.domain.permissions import Permission
from app.services import appointments as ap
from app.services.appointments import AppointmentRow, IntakePrefill
from app.services.context import ServiceContext
from ui.appointments import texts
from ui.appointments.slot_picker import SlotPicker
from ui.auth.rights import Gate
from ui.common.calls import call
from ui.common.commands import Commands
from ui.common.errors import error_text
from ui.common.field_errors import FieldErrors
from ui.common.keys import add_key, connect_action, show_key
from ui.common.row_model import Column, RowTableModel
from ui.common.widgets import MessageKind, MessageLine, setup_table, title
from ui.stations.live import LiveSync

CANCEL_KEY = "Ctrl+Shift+Del"  # (Ctrl+Del deletes a word in the reason field)


class ArrivalsModel(RowTableModel[AppointmentRow]):
    def columns(self) -> list[Column[AppointmentRow]]:
        return [
            Column(lambda: QCoreApplication.translate("TodayTab", "Time"), texts.slot_time),
            Column(
                lambda: QCoreApplication.translate("TodayTab", "Customer"), lambda r: r.customer
            ),
            Column(
                lambda: QCoreApplication.translate("TodayTab", "Vehicle / device"),
                lambda r: r.asset,
            ),
            Column(lambda: QCoreApplication.translate("TodayTab", "Booked work"), texts.items_text),
            Column(
                lambda: QCoreApplication.translate("TodayTab", "Hours"),
                lambda r: texts.hours_text(r.hours),
                align_right=True,
            ),
            Column(
                lambda: QCoreApplication.translate("TodayTab", "Waits"),
                lambda r: texts.yes_no(r.waiting),
            ),
            Column(
                lambda: QCoreApplication.translate("TodayTab", "Reminder"),
                lambda r: texts.outcome_text(r.confirmation),
            ),
            Column(
                lambda: QCoreApplication.translate("TodayTab", "State"),
                lambda r: texts.state_text(r.state),
            ),
        ]

    def row_background(self, row: AppointmentRow) -> QColor | None:
        if row.state is AppointmentState.ARRIVED:
            return QColor("#e8f5e9")
        if row.state in (AppointmentState.CANCELLED, AppointmentState.NO_SHOW):
            return QColor("#f5f5f5")
        return None


class CallsModel(RowTableModel[AppointmentRow]):
    def columns(self) -> list[Column[AppointmentRow]]:
        return [
            Column(lambda: QCoreApplication.translate("TodayTab", "Time"), lambda r: r.local[5:]),
            Column(
                lambda: QCoreApplication.translate("TodayTab", "Customer"), lambda r: r.customer
            ),
            Column(
                lambda: QCoreApplication.translate("TodayTab", "Phone"), lambda r: r.phone or ""
            ),
            Column(
                lambda: QCoreApplication.translate("TodayTab", "Vehicle / device"),
                lambda r: r.asset,
            ),
        ]


class TodayTab(QWidget):
    """Emits ``intake_requested(IntakePrefill)`` (Enter / F4 on a booking)."""

    intake_requested = Signal(object)

    def __init__(
        self, ctx: ServiceContext, parent: QWidget | None = None, *, live: LiveSync | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.live = live
        self.commands = Commands(ctx, live, self)
        self.gate = Gate()
        self.zone: tzinfo | None = None
        self.day: date | None = None
        self._stale = True
        self._serial = 0
        self.rebooking: AppointmentRow | None = None  # recorded as not come, to rebook
        self.errors = FieldErrors(self)

        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.refresh_button = QPushButton()
        show_key(self.refresh_button, self.tr("Refresh"), "F5")
        self.arrive_button = QPushButton()
        show_key(self.arrive_button, self.tr("Arrived: start the intake"), "F4",
                 self.tr("Enter or F4 on a booking"))  # fmt: skip
        self.cancel_button = QPushButton()
        show_key(self.cancel_button, self.tr("Cancel the booking"), CANCEL_KEY,
                 self.tr("The booking chosen in a list, with the reason typed below"))  # fmt: skip
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.arrive_button)
        top.addWidget(self.cancel_button)
        top.addWidget(self.refresh_button)

        self.arrivals_model = ArrivalsModel(self)
        self.arrivals = QTableView()
        self.arrivals.setObjectName("todayArrivals")
        self.arrivals.setModel(self.arrivals_model)
        setup_table(self.arrivals, 3, flexible=[1, 2])

        self.calls_model = CallsModel(self)
        self.calls = QTableView()
        self.calls.setObjectName("hourBeforeCalls")
        self.calls.setModel(self.calls_model)
        setup_table(self.calls, 1)
        self.outcome_buttons: dict[ConfirmationOutcome, QPushButton] = {}
        outcome_grid = QGridLayout()
        for n, (outcome, key) in enumerate(texts.OUTCOME_KEYS.items()):
            button = QPushButton()
            show_key(button, texts.outcome_text(outcome), key)
            button.setAutoDefault(False)
            connect_action(self, button, key, lambda o=outcome: self.record_outcome(o))
            self.outcome_buttons[outcome] = button
            outcome_grid.addWidget(button, n // 2, n % 2)

        self.late_model = CallsModel(self)
        self.late = QTableView()
        self.late.setObjectName("noShows")
        self.late.setModel(self.late_model)
        setup_table(self.late, 1)
        self.late.setMinimumHeight(110)
        self.reason = QLineEdit()
        self.reason.setObjectName("noShowReason")
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("Why: not come, or cancelled"))
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason)
        self.picker = SlotPicker(ctx, self)
        self.picker.list.setMaximumHeight(66)
        picker_label = QLabel(self.tr("Re&book at:"))
        picker_label.setBuddy(self.picker.wanted)
        self.release_button = QPushButton()
        show_key(self.release_button, self.tr("Not come: release"), "Ctrl+D",
                 self.tr("Record the reason; the slot's hours go back"))  # fmt: skip
        self.rebook_button = QPushButton()
        show_key(self.rebook_button, self.tr("Not come: rebook"), "Ctrl+B",
                 self.tr("Record the reason and book the slot chosen"))  # fmt: skip
        self.message = MessageLine()
        self.message.setObjectName("todayMessage")

        calls_box = QVBoxLayout()
        calls_box.addWidget(title(self.tr("Call an hour before")))
        calls_box.addWidget(self.calls, 1)
        calls_box.addLayout(outcome_grid)
        late_box = QVBoxLayout()
        late_box.addWidget(title(self.tr("Not come (30 minutes past the slot)")))
        late_box.addWidget(self.late, 1)
        reason_row = QHBoxLayout()
        reason_row.addWidget(reason_label)
        reason_row.addWidget(self.errors.wrap("reason", self.reason), 1)
        late_box.addLayout(reason_row)
        late_box.addWidget(picker_label)
        late_box.addWidget(self.picker)
        late_buttons = QHBoxLayout()
        late_buttons.addWidget(self.release_button)
        late_buttons.addWidget(self.rebook_button)
        late_box.addLayout(late_buttons)
        bottom = QHBoxLayout()
        bottom.addLayout(calls_box, 1)
        bottom.addSpacing(12)
        bottom.addLayout(late_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.arrivals, 1)
        layout.addLayout(bottom, 1)
        layout.addWidget(self.message)

        connect_action(self, self.refresh_button, "F5", self.reload)
        # F4 anywhere on the tab; Enter on the arrivals list (one binding per key: two
        # shortcuts on one key are ambiguous and neither acts)
        connect_action(self, self.arrive_button, "F4", self.arrive)
        add_key(self.arrivals, "Enter", self.arrive, Qt.ShortcutContext.WidgetShortcut)
        connect_action(self, self.release_button, "Ctrl+D", self.release)
        connect_action(self, self.cancel_button, CANCEL_KEY, self.cancel_booking)
        self.last_view: QTableView = self.arrivals  # the list whose booking the keys act on
        for view in (self.arrivals, self.calls, self.late):
            view.installEventFilter(self)
        connect_action(self, self.rebook_button, "Ctrl+B", self.rebook)
        self.late.selectionModel().currentRowChanged.connect(lambda *_a: self._on_late_row())
        self.gate.need(self.release_button, Permission.APPOINTMENTS)
        self.gate.need(self.rebook_button, Permission.APPOINTMENTS)
        self.gate.need(self.arrive_button, Permission.INTAKE)
        self.gate.need(self.cancel_button, Permission.APPOINTMENTS)
        for button in self.outcome_buttons.values():
            self.gate.need(button, Permission.APPOINTMENTS)

    # --- the workspace's interface -------------------------------------------------------
    def activate(self) -> None:
        if self._stale:
            self.reload()

    def focus_primary(self) -> None:
        self.arrivals.setFocus(Qt.FocusReason.OtherFocusReason)

    def apply_rights(self, who: Any) -> None:
        self.gate.set_who(who)

    def on_changes(self, changes: list[Any], *, visible: bool) -> None:
        if not any(getattr(c, "entity", None) == "appointment" for c in changes):
            return
        if visible:
            self.reload()
        else:
            self._stale = True

    # --- reading -------------------------------------------------------------------------
    def reload(self) -> None:
        self._stale = False
        self._serial += 1
        serial, ctx, zone = self._serial, self.ctx, self.zone

        def fetch() -> tuple[tzinfo, date, list[AppointmentRow], dict[str, list[AppointmentRow]]]:
            z = zone or texts.shop_zone(ctx)
            now = texts.now()
            day = texts.local_day(now, z)
            return z, day, ap.day_list(ctx, day), ap.calls_due(ctx, now=now)

        def done(result: Any) -> None:
            if serial == self._serial:
                self.show_lists(*result)

        call(self, fetch, done, lambda e: self.message.say(error_text(e)))

    def show_lists(
        self,
        zone: tzinfo,
        day: date,
        rows: list[AppointmentRow],
        due: dict[str, list[AppointmentRow]],
    ) -> None:
        self.zone, self.day = zone, day
        self.heading.setText(
            self.tr("Today, %1 %2: %n booking(s)", "", len(rows))
            .replace("%1", day.isoformat())
            .replace("%2", texts.weekday_text(day))
        )
        for view, model, new in (
            (self.arrivals, self.arrivals_model, rows),
            (self.calls, self.calls_model, due["hour_before"]),
            (self.late, self.late_model, due["no_show"]),
        ):
            current = view.currentIndex()
            keep = model.row_at(current.row()) if current.isValid() else None
            model.set_rows(new)
            ids = [r.id for r in new]
            if new:
                row = ids.index(keep.id) if keep is not None and keep.id in ids else 0
                view.setCurrentIndex(model.index(row, 0))
        self._on_late_row()

    # --- arrivals ------------------------------------------------------------------------
    def current(self, view: QTableView) -> AppointmentRow | None:
        index = view.currentIndex()
        model = view.model()
        assert isinstance(model, RowTableModel)
        return model.row_at(index.row()) if index.isValid() else None

    def arrive(self) -> None:
        row = self.current(self.arrivals)
        if row is None:
            self.message.say(self.tr("Choose a booking in today's list first."))
            return
        ctx, appointment_id = self.ctx, row.id
        call(
            self,
            lambda: ap.intake_prefill(ctx, appointment_id),
            self._on_prefill,
            lambda e: self.message.say(error_text(e)),
        )

    def _on_prefill(self, prefill: IntakePrefill) -> None:
        self.message.say(self.tr("Starting the intake…"), MessageKind.INFO)
        self.intake_requested.emit(prefill)

    # --- the reminder call ---------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QTableView):
            self.last_view = watched
        return super().eventFilter(watched, event)

    def record_outcome(self, outcome: ConfirmationOutcome) -> None:
        row = self.current(self.last_view)
        if row is None:
            self.message.say(self.tr("Choose a booking in the call list first."))
            return
        self.commands.run(
            "record_appointment_confirmation",
            {"appointment_id": row.id, "version": row.version, "outcome": outcome},
            lambda r: self._done(
                self.tr("%1: %2 recorded.").replace("%1", r.customer)
                .replace("%2", texts.outcome_text(r.confirmation))
            ),
            self._refused,
        )  # fmt: skip

    def cancel_booking(self) -> None:
        """The customer cancels (a call, the reminder's answer): the reason is required."""
        row = self.current(self.last_view)
        if row is None:
            self.message.say(self.tr("Choose a booking in today's list first."))
            return
        self.errors.clear()
        self.commands.run(
            "cancel_appointment",
            {"appointment_id": row.id, "version": row.version, "reason": self.reason.text()},
            lambda r: self._done(
                self.tr("%1: the booking is cancelled, its slot is free again.")
                .replace("%1", r.customer)
            ),
            self._refused,
        )  # fmt: skip

    # --- no-shows ------------------------------------------------------------------------
    def _on_late_row(self) -> None:
        row = self.rebooking or self.current(self.late)
        self.picker.set_need(row.hours if row else None, row.asset_kind if row else None)

    def release(self) -> None:
        row = self.current(self.late)
        if row is None:
            self.message.say(self.tr("Choose a booking in the no-show list first."))
            return
        self.errors.clear()
        self.commands.run(
            "appointment_no_show",
            {"appointment_id": row.id, "version": row.version, "reason": self.reason.text(),
             "now": texts.now()},
            lambda r: self._done(
                self.tr("%1: not come, the slot is free again.").replace("%1", r.customer)
            ),
            self._refused,
        )  # fmt: skip

    def rebook(self) -> None:
        slot = self.picker.chosen()
        row = self.rebooking or self.current(self.late)
        if row is None:
            self.message.say(self.tr("Choose a booking in the no-show list first."))
            return
        if slot is None:
            self.picker.error.say(self.tr("Choose the new slot (1 / 2 / 3)."))
            return
        self.errors.clear()
        if self.rebooking is not None:  # the no-show is recorded: only the move is left
            self._move(self.rebooking, slot.starts_at)
            return
        self.commands.run(
            "appointment_no_show",
            {"appointment_id": row.id, "version": row.version, "reason": self.reason.text(),
             "now": texts.now()},
            lambda r: self._move(r, slot.starts_at),
            self._refused,
        )  # fmt: skip

    def _move(self, row: AppointmentRow, starts_at: Any) -> None:
        self.rebooking = row

        def moved(new: AppointmentRow) -> None:
            self.rebooking = None
            self._done(
                self.tr("%1: rebooked for %2.").replace("%1", new.customer).replace("%2", new.local)
            )

        def refused(exc: Exception) -> None:
            self.picker.error.say(error_text(exc))
            self.picker.refresh()

        # queued: the no-show's own answer is still being delivered
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: self.commands.run(
            "move_appointment",
            {"appointment_id": row.id, "version": row.version, "starts_at": starts_at,
             "reason": self.reason.text(), "now": texts.now()},
            moved, refused,
        ))  # fmt: skip

    # --- answers -------------------------------------------------------------------------
    def _done(self, text: str) -> None:
        self.message.say(text, MessageKind.SUCCESS)
        if self.rebooking is None:
            self.reason.clear()
        self.reload()

    def _refused(self, exc: Exception) -> None:
        unplaced = self.errors.show(exc)
        if unplaced or not self.errors.text_of("reason"):
            self.message.say(error_text(exc))
