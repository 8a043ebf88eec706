"""Reminders and figures (Alt+3).

Ctrl+Enter queues tomorrow's reminder SMS (:func:`app.services.appointments.send_day_before`):
those who agreed to SMS get one, the others go on the phone list. The phone list is a day's
bookings not reminded by SMS (Alt+D the day, tomorrow at first); Ctrl+P copies it (tab
separated, to paste in a spreadsheet or print from there).

The weekly figures of the last 8 weeks: appointment share (booked arrivals out of all
intakes), no-show rate (of the bookings due) and punctuality (arrivals within 15 minutes of
the slot).
"""

from __future__ import annotations

from datetime import date, timedelta, tzinfo
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.permissions import Permission
from app.services import appointments as ap
from app.services.appointments import AppointmentRow, WeekFigures
from app.services.context import ServiceContext
from ui.appointments import texts
from ui.auth.rights import Gate
from ui.common.calls import call
from ui.common.commands import Commands
from ui.common.errors import error_text
from ui.common.keys import connect_action, show_key
from ui.common.row_model import Column, RowTableModel
from ui.common.widgets import MessageKind, MessageLine, setup_table, title
from ui.stations.live import LiveSync

WEEKS = 8


def rate_text(rate: Decimal | None, part: int, whole: int) -> str:
    if rate is None:
        return "—"
    return f"{rate * 100:.1f}% ({part}/{whole})"


PHONE_COLUMNS: list[Column[AppointmentRow]] = [
    Column(lambda: QCoreApplication.translate("RemindersTab", "Time"), texts.slot_time),
    Column(lambda: QCoreApplication.translate("RemindersTab", "Customer"), lambda r: r.customer),
    Column(lambda: QCoreApplication.translate("RemindersTab", "Phone"), lambda r: r.phone or ""),
    Column(
        lambda: QCoreApplication.translate("RemindersTab", "Vehicle / device"), lambda r: r.asset
    ),
    Column(lambda: QCoreApplication.translate("RemindersTab", "Booked work"), texts.items_text),
    Column(
        lambda: QCoreApplication.translate("RemindersTab", "Reminder"),
        lambda r: texts.outcome_text(r.confirmation),
    ),
]


def _weeks(ctx: ServiceContext) -> tuple[date, int]:
    """The figures' range: the first day of the ``WEEKS`` weeks up to this one, and their
    count (blocks: off the GUI thread)."""
    today = texts.local_day(texts.now(), texts.shop_zone(ctx))
    return today - timedelta(weeks=WEEKS - 1), WEEKS


class PhoneListModel(RowTableModel[AppointmentRow]):
    def columns(self) -> list[Column[AppointmentRow]]:
        return PHONE_COLUMNS


class WeeksModel(RowTableModel[WeekFigures]):
    def columns(self) -> list[Column[WeekFigures]]:
        return [
            Column(lambda: QCoreApplication.translate("RemindersTab", "Week"), lambda w: w.week),
            Column(
                lambda: QCoreApplication.translate("RemindersTab", "Intakes"),
                lambda w: str(w.intakes),
                align_right=True,
            ),
            Column(
                lambda: QCoreApplication.translate("RemindersTab", "Appointment share"),
                lambda w: rate_text(w.share, w.booked_arrivals, w.intakes),
                align_right=True,
            ),
            Column(
                lambda: QCoreApplication.translate("RemindersTab", "No-show rate"),
                lambda w: rate_text(w.no_show_rate, w.no_shows, w.due),
                align_right=True,
            ),
            Column(
                lambda: QCoreApplication.translate("RemindersTab", "Punctuality"),
                lambda w: rate_text(w.punctuality, w.on_time, w.booked_arrivals),
                align_right=True,
            ),
            Column(lambda: "", lambda w: ""),  # takes the width left, after the figures
        ]


def phone_list_text(rows: list[AppointmentRow]) -> str:
    """The phone list as copied: a title line, then one booking a line, tab separated."""
    lines = ["\t".join(c.title() for c in PHONE_COLUMNS)]
    lines += ["\t".join(c.text(r) for c in PHONE_COLUMNS) for r in rows]
    return "\n".join(lines) + "\n"


class RemindersTab(QWidget):
    def __init__(
        self, ctx: ServiceContext, parent: QWidget | None = None, *, live: LiveSync | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.commands = Commands(ctx, live, self)
        self.gate = Gate()
        self.zone: tzinfo | None = None
        self._stale = True
        self._serial = 0
        #: the bookings changes named since the last patch (read together, a moment later)
        self._named: set[int] = set()
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(150)
        self._soon.timeout.connect(self._patch_named)

        self.send_button = QPushButton()
        self.send_button.setObjectName("primary")
        show_key(self.send_button, self.tr("Send tomorrow's reminder SMS"), "Ctrl+Enter",
                 self.tr("Customers without SMS consent go on the phone list"))  # fmt: skip
        self.day = QDateEdit()
        self.day.setObjectName("phoneListDay")
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDate(QDate.currentDate().addDays(1))
        day_label = QLabel(self.tr("Phone list for &day:"))
        day_label.setBuddy(self.day)
        self.copy_button = QPushButton()
        show_key(self.copy_button, self.tr("Copy the phone list"), "Ctrl+P",
                 self.tr("Copy the list to paste into a spreadsheet or print"))  # fmt: skip
        self.refresh_button = QPushButton()
        show_key(self.refresh_button, self.tr("Refresh"), "F5")
        top = QHBoxLayout()
        top.addWidget(self.send_button)
        top.addSpacing(16)
        top.addWidget(day_label)
        top.addWidget(self.day)
        top.addWidget(self.copy_button)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        self.phone_model = PhoneListModel(self)
        self.phone = QTableView()
        self.phone.setObjectName("phoneList")
        self.phone.setModel(self.phone_model)
        setup_table(self.phone, 4, flexible=[1, 3])
        self.weeks_model = WeeksModel(self)
        self.weeks = QTableView()
        self.weeks.setObjectName("weekFigures")
        self.weeks.setModel(self.weeks_model)
        setup_table(self.weeks, 5)
        rows = self.weeks.verticalHeader().defaultSectionSize()
        self.weeks.setMinimumHeight(
            rows * WEEKS + self.weeks.horizontalHeader().sizeHint().height() + 6
        )
        self.message = MessageLine()
        self.message.setObjectName("remindersMessage")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(title(self.tr("To remind by phone (no SMS)")))
        layout.addWidget(self.phone, 1)
        layout.addWidget(title(self.tr("The last %1 weeks").replace("%1", str(WEEKS))))
        layout.addWidget(self.weeks)

        connect_action(self, self.send_button, "Ctrl+Enter", self.send_reminders)
        connect_action(self, self.copy_button, "Ctrl+P", self.copy_list)
        connect_action(self, self.refresh_button, "F5", self.reload)
        self.day.dateChanged.connect(lambda _d: self.reload())
        self.gate.need(self.send_button, Permission.APPOINTMENTS)

    # --- the workspace's interface -------------------------------------------------------
    def activate(self) -> None:
        if self._stale:
            self.reload()

    def focus_primary(self) -> None:
        self.send_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def apply_rights(self, who: Any) -> None:
        self.gate.set_who(who)

    def on_changes(self, changes: list[Any], *, visible: bool) -> None:
        """While shown, the phone list asks only for the bookings a change names (they come
        in, change or leave; the chosen row stays) and the weekly figures, sums over eight
        weeks, are read again. A hidden tab is read when shown."""
        named = {c.entity_id for c in changes if getattr(c, "entity", None) == "appointment"}
        if not named:
            return
        if not visible:
            self._stale = True
            return
        self._named |= named
        self._soon.start()

    def _patch_named(self) -> None:
        named, self._named = frozenset(self._named), set()
        if self._stale:
            self.reload()
            return
        if not named:
            return
        serial, ctx, day = self._serial, self.ctx, self.list_day()

        def fetch() -> tuple[list[AppointmentRow], list[WeekFigures]]:
            return ap.reminder_list(ctx, day, ids=named), ap.week_figures(ctx, *_weeks(ctx))

        def done(result: tuple[list[AppointmentRow], list[WeekFigures]]) -> None:
            if serial != self._serial:
                return  # the day moved on meanwhile (its list was read whole)
            rows, weeks = result
            self.phone_model.patch(
                rows, named, key=lambda r: r.id, order=lambda r: (r.starts_at, r.id)
            )
            self._show_weeks(weeks)

        call(self, fetch, done, lambda e: self.message.say(error_text(e)))

    # --- reading -------------------------------------------------------------------------
    def list_day(self) -> date:
        value: date = self.day.date().toPython()  # type: ignore[assignment]
        return value

    def reload(self) -> None:
        self._stale = False
        self._serial += 1
        serial, ctx, day = self._serial, self.ctx, self.list_day()

        def fetch() -> tuple[list[AppointmentRow], list[WeekFigures]]:
            return ap.reminder_list(ctx, day), ap.week_figures(ctx, *_weeks(ctx))

        def done(result: tuple[list[AppointmentRow], list[WeekFigures]]) -> None:
            if serial != self._serial:
                return
            rows, weeks = result
            self.phone_model.set_rows(rows)
            if rows:
                self.phone.setCurrentIndex(self.phone_model.index(0, 0))
            self._show_weeks(weeks)

        call(self, fetch, done, lambda e: self.message.say(error_text(e)))

    def _show_weeks(self, weeks: list[WeekFigures]) -> None:
        chosen = max(self.weeks.currentIndex().row(), 0)
        self.weeks_model.set_rows(list(reversed(weeks)))  # this week first
        if self.weeks_model.rowCount():
            row = min(chosen, self.weeks_model.rowCount() - 1)
            self.weeks.setCurrentIndex(self.weeks_model.index(row, 0))

    # --- actions -------------------------------------------------------------------------
    def send_reminders(self) -> None:
        def sent(counts: dict[str, int]) -> None:
            self.message.say(
                self.tr("Tomorrow's reminders: %1 SMS in the outbox, %2 on the phone list.")
                .replace("%1", str(counts.get("queued", 0)))
                .replace("%2", str(counts.get("listed", 0))),
                MessageKind.SUCCESS,
            )
            self.reload()

        self.commands.run(
            "send_appointment_reminders",
            {"now": texts.now()},
            sent,
            lambda e: self.message.say(error_text(e)),
        )

    def copy_list(self) -> None:
        rows = self.phone_model.rows()
        QGuiApplication.clipboard().setText(phone_list_text(rows))
        self.message.say(
            self.tr("%n booking(s) copied: paste them into a spreadsheet to print.", "", len(rows)),
            MessageKind.SUCCESS,
        )
