"""Words and small helpers the appointments desk shares: states, reminder outcomes, hours,
the shop's clock and zone.

The desk reads "now" through :func:`now` (tests set it) and passes it to the services that
take it; the shop's day is counted in the shop's zone (``hours.timezone``, else this
computer's), as the services count it.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.enums import AppointmentSource, AppointmentState, ConfirmationOutcome
from app.domain.types import utcnow
from app.services.appointments import AppointmentRow
from app.services.context import ServiceContext
from app.services.settings import read_settings

STATES: dict[AppointmentState, str] = {
    AppointmentState.BOOKED: QT_TRANSLATE_NOOP("AppointmentTexts", "Booked"),
    AppointmentState.ARRIVED: QT_TRANSLATE_NOOP("AppointmentTexts", "Arrived"),
    AppointmentState.NO_SHOW: QT_TRANSLATE_NOOP("AppointmentTexts", "Not come"),
    AppointmentState.CANCELLED: QT_TRANSLATE_NOOP("AppointmentTexts", "Cancelled"),
}
OUTCOMES: dict[ConfirmationOutcome, str] = {
    ConfirmationOutcome.CONFIRMED: QT_TRANSLATE_NOOP("AppointmentTexts", "Confirmed"),
    ConfirmationOutcome.UNREACHABLE: QT_TRANSLATE_NOOP("AppointmentTexts", "Unreachable"),
    ConfirmationOutcome.WILL_BE_LATE: QT_TRANSLATE_NOOP("AppointmentTexts", "Will be late"),
    ConfirmationOutcome.WANTS_TO_MOVE: QT_TRANSLATE_NOOP("AppointmentTexts", "Wants to move"),
    ConfirmationOutcome.CANCELS: QT_TRANSLATE_NOOP("AppointmentTexts", "Cancels"),
    ConfirmationOutcome.SMS_QUEUED: QT_TRANSLATE_NOOP("AppointmentTexts", "SMS sent"),
}
SOURCES: dict[AppointmentSource, str] = {
    AppointmentSource.INBOUND: QT_TRANSLATE_NOOP("AppointmentTexts", "Inbound (customer called)"),
    AppointmentSource.OUTBOUND: QT_TRANSLATE_NOOP("AppointmentTexts", "Outbound (we called)"),
}
#: the reminder call's outcomes on keys (the Today tab)
OUTCOME_KEYS: dict[ConfirmationOutcome, str] = {
    ConfirmationOutcome.CONFIRMED: "Alt+C",
    ConfirmationOutcome.UNREACHABLE: "Alt+U",
    ConfirmationOutcome.WILL_BE_LATE: "Alt+L",
    ConfirmationOutcome.WANTS_TO_MOVE: "Alt+M",
}


def tr(source: str) -> str:
    return QCoreApplication.translate("AppointmentTexts", source)


def state_text(state: AppointmentState) -> str:
    return tr(STATES[state])


def outcome_text(outcome: ConfirmationOutcome | None) -> str:
    return tr(OUTCOMES[outcome]) if outcome is not None else "—"


def minutes_of(hours: Decimal) -> int:
    return int((Decimal(hours) * 60).to_integral_value())


def hours_text(hours: Decimal) -> str:
    """Labor hours as the desk says them: "1 h 15 min", "45 min", "2 h" (a bare 0.75 reads as
    money on these screens)."""
    total = minutes_of(hours)
    h, m = divmod(abs(total), 60)
    sign = "-" if total < 0 else ""
    if h and m:
        text = QCoreApplication.translate("AppointmentTexts", "%1 h %2 min")
    elif h:
        text = QCoreApplication.translate("AppointmentTexts", "%1 h")
    else:
        text = QCoreApplication.translate("AppointmentTexts", "%2 min")
    return sign + text.replace("%1", str(h)).replace("%2", str(m))


def clock_text(hours: Decimal) -> str:
    """Labor hours as h:mm, for the bars: "0:45"."""
    total = minutes_of(hours)
    return f"{total // 60}:{total % 60:02d}"


def items_text(row: AppointmentRow) -> str:
    return "; ".join(i.description for i in row.items)


YES_NO = {
    True: QT_TRANSLATE_NOOP("AppointmentTexts", "Yes"),
    False: QT_TRANSLATE_NOOP("AppointmentTexts", "No"),
}


def yes_no(value: bool) -> str:
    return tr(YES_NO[bool(value)])


def now() -> datetime:
    """The desk's clock (UTC); tests replace it."""
    return utcnow()


def shop_zone(ctx: ServiceContext) -> tzinfo:
    """The shop's zone (blocks: run it off the GUI thread)."""
    name = str(read_settings(ctx, ["hours.timezone"]).get("hours.timezone") or "")
    try:
        return ZoneInfo(name) if name else local_zone()
    except (ZoneInfoNotFoundError, ValueError):
        return local_zone()


def local_zone() -> tzinfo:
    return datetime.now().astimezone().tzinfo or ZoneInfo("UTC")


def local_day(moment: datetime, zone: tzinfo) -> date:
    return moment.astimezone(zone).date()


def slot_time(row: Any) -> str:
    """ "09:30" of a row's or slot's shop-local "YYYY-MM-DD HH:MM"."""
    return str(row.local)[11:16]


WEEKDAYS = (
    QT_TRANSLATE_NOOP("AppointmentTexts", "Mon"),
    QT_TRANSLATE_NOOP("AppointmentTexts", "Tue"),
    QT_TRANSLATE_NOOP("AppointmentTexts", "Wed"),
    QT_TRANSLATE_NOOP("AppointmentTexts", "Thu"),
    QT_TRANSLATE_NOOP("AppointmentTexts", "Fri"),
    QT_TRANSLATE_NOOP("AppointmentTexts", "Sat"),
    QT_TRANSLATE_NOOP("AppointmentTexts", "Sun"),
)
WAITS = QT_TRANSLATE_NOOP("AppointmentTexts", "waits")
OVERBOOKED = QT_TRANSLATE_NOOP("AppointmentTexts", "overbooked")


def weekday_text(day: date) -> str:
    return tr(WEEKDAYS[day.weekday()])


PICK_FIRST = QT_TRANSLATE_NOOP(
    "AppointmentTexts", "Choose the vehicle and the work first: the slots offered fit its hours."
)
NO_OFFERS = QT_TRANSLATE_NOOP(
    "AppointmentTexts", "No slot with room for this work in the next three weeks."
)
OFFER_LINE = QT_TRANSLATE_NOOP("AppointmentTexts", "%1   %2 %3   %4 free of %5")
SMS_QUEUED = QT_TRANSLATE_NOOP("AppointmentTexts", "The confirmation SMS is in the outbox.")
SMS_NOT_SENT = QT_TRANSLATE_NOOP("AppointmentTexts", "No confirmation SMS: %1")
WANTED_HINT = QT_TRANSLATE_NOOP(
    "AppointmentTexts", "Day and time, e.g. 12-24 10:00, or 10:00; empty: the soonest slots"
)
WANTED_FORMAT = QT_TRANSLATE_NOOP(
    "AppointmentTexts",
    "Not a time: type the day and time, e.g. 2027-01-04 10:00, 01-04 10:00 or 10:00.",
)
