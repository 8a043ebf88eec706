"""The appointments desk (预约): calendar, today's arrivals and calls, reminders, figures."""

from ui.appointments.booking_dialog import BookingDialog
from ui.appointments.workspace import AppointmentsWorkspace

__all__ = ["AppointmentsWorkspace", "BookingDialog"]
