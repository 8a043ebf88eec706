"""The appointments desk (预约): the calendar, today at the counter, reminders and figures.

Alt+1 the calendar (day and week, a capacity bar per slot), Alt+2 today (arrivals, the
hour-before calls, the no-shows), Alt+3 reminders and figures; Ctrl+N books (the booking
dialog, :class:`ui.appointments.booking_dialog.BookingDialog`). Each tab reloads when shown
and, while visible, when a booking changes on any station (the change feed's
``appointment`` entity).

``intake_requested(IntakePrefill)``: Enter or F4 on a booking of today's list (the main
window hands it to the reception's intake).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.domain.permissions import Permission
from app.services.appointments import AppointmentRow
from app.services.context import ServiceContext
from ui.appointments.booking_dialog import BookingDialog, sms_text
from ui.appointments.calendar_tab import CalendarTab
from ui.appointments.reminders_tab import RemindersTab
from ui.appointments.today_tab import TodayTab
from ui.auth.rights import Gate
from ui.changes import ChangeAdapter
from ui.common.keys import connect_action, show_key
from ui.common.widgets import MessageKind, MessageLine
from ui.stations.live import LiveSync
from ui.workspace import Workspace

BOOK_KEY = "Ctrl+N"


class AppointmentsWorkspace(Workspace):
    intake_requested = Signal(object)

    def __init__(
        self,
        ctx: ServiceContext,
        changes: ChangeAdapter,
        parent: QWidget | None = None,
        *,
        live: LiveSync | None = None,
    ) -> None:
        super().__init__(ctx, changes, parent)
        self.live = live
        self.gate = Gate()
        self.dialog: BookingDialog | None = None
        self.tabs = QTabWidget()
        self.calendar = CalendarTab(ctx)
        self.today = TodayTab(ctx, live=live)
        self.reminders = RemindersTab(ctx, live=live)
        self.pages: list[Any] = [self.calendar, self.today, self.reminders]
        self.tabs.addTab(self.calendar, self.tr("1 Calendar"))
        self.tabs.addTab(self.today, self.tr("2 Today"))
        self.tabs.addTab(self.reminders, self.tr("3 Reminders and figures"))
        self.book_button = QPushButton()
        self.book_button.setObjectName("primary")
        show_key(self.book_button, self.tr("Book an appointment"), BOOK_KEY)
        self.message = MessageLine()
        self.message.setObjectName("appointmentsMessage")
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addStretch(0)
        bottom.addWidget(self.book_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        for n in range(len(self.pages)):
            self.tabs.setTabToolTip(n, f"Alt+{n + 1}")
            QShortcut(QKeySequence(f"Alt+{n + 1}"), self, lambda i=n: self.show_tab(i))
        connect_action(self, self.book_button, BOOK_KEY, self.open_booking)
        self.gate.need(self.book_button, Permission.APPOINTMENTS)
        self.tabs.currentChanged.connect(self._on_tab)
        self.today.intake_requested.connect(self.intake_requested)
        changes.changed.connect(self._on_changes)

    def title(self) -> str:
        return self.tr("Appointments")

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self.pages[index].focus_primary()

    def _on_tab(self, index: int) -> None:
        if self.isVisible():
            self.pages[index].activate()

    def activate(self) -> None:
        self.pages[self.tabs.currentIndex()].activate()

    def focus_primary(self) -> None:
        self.pages[self.tabs.currentIndex()].focus_primary()

    def apply_rights(self, who: Any) -> None:
        self.gate.set_who(who)
        for page in self.pages:
            page.apply_rights(who)

    def _on_changes(self, changes: list[Any]) -> None:
        for page in self.pages:
            page.on_changes(changes, visible=self.isVisible() and page is self.tabs.currentWidget())

    # --- booking -------------------------------------------------------------------------
    def open_booking(
        self, customer_id: int | None = None, asset_id: int | None = None
    ) -> BookingDialog:
        """Ctrl+N: the booking dialog over the desk (one at a time)."""
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        dialog = BookingDialog(self.ctx, self, customer_id, asset_id, live=self.live)
        dialog.booked.connect(self._on_booked)
        dialog.finished.connect(lambda _r: self._closed(dialog))
        self.dialog = dialog
        dialog.open()
        dialog.lookup.focus()
        return dialog

    def _closed(self, dialog: BookingDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self.focus_primary()

    def _on_booked(self, row: AppointmentRow) -> None:
        text = self.tr("Booked: %1, %2.").replace("%1", row.local)
        text = text.replace("%2", f"{row.asset} {row.customer}")
        self.message.say(f"{text} {sms_text(row.sms)}", MessageKind.SUCCESS)
