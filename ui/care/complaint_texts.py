"""What the complaints tab and its dialogs call things, in the user's language: the eight
steps, kinds, severities, channels, deadlines, what the journal records, and the working
time left before a deadline ("1 h 30 min", "missed 30 min ago": opening time only)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.enums import (
    ComplaintChannel,
    ComplaintDeadline,
    ComplaintKind,
    ComplaintSeverity,
    ComplaintState,
    ComplaintWait,
)

_CTX = "Complaints"

STEPS: dict[ComplaintState, str] = {
    ComplaintState.RECORDED: QT_TRANSLATE_NOOP("Complaints", "1 Recorded"),
    ComplaintState.JUDGED: QT_TRANSLATE_NOOP("Complaints", "2 Judged"),
    ComplaintState.ASSIGNED: QT_TRANSLATE_NOOP("Complaints", "3 Owner assigned"),
    ComplaintState.INVESTIGATING: QT_TRANSLATE_NOOP("Complaints", "4 Investigating"),
    ComplaintState.PROPOSED: QT_TRANSLATE_NOOP("Complaints", "5 Resolution proposed"),
    ComplaintState.NOTIFIED: QT_TRANSLATE_NOOP("Complaints", "6 Customer notified"),
    ComplaintState.ACCOUNTED: QT_TRANSLATE_NOOP("Complaints", "7 Accountability"),
    ComplaintState.CLOSED: QT_TRANSLATE_NOOP("Complaints", "8 Closed (improvement)"),
}
KINDS: dict[ComplaintKind, str] = {
    ComplaintKind.SERVICE: QT_TRANSLATE_NOOP("Complaints", "Service"),
    ComplaintKind.REPAIR_QUALITY: QT_TRANSLATE_NOOP("Complaints", "Repair quality"),
    ComplaintKind.PRODUCT: QT_TRANSLATE_NOOP("Complaints", "Product quality"),
    ComplaintKind.PARTS: QT_TRANSLATE_NOOP("Complaints", "Parts"),
    ComplaintKind.WARRANTY: QT_TRANSLATE_NOOP("Complaints", "Warranty claim"),
    ComplaintKind.SALES: QT_TRANSLATE_NOOP("Complaints", "Sales"),
}
SEVERITIES: dict[ComplaintSeverity, str] = {
    ComplaintSeverity.GENERAL: QT_TRANSLATE_NOOP("Complaints", "General"),
    ComplaintSeverity.SERIOUS: QT_TRANSLATE_NOOP("Complaints", "Serious"),
    ComplaintSeverity.CRITICAL: QT_TRANSLATE_NOOP("Complaints", "Critical"),
}
CHANNELS: dict[ComplaintChannel, str] = {
    ComplaintChannel.PHONE: QT_TRANSLATE_NOOP("Complaints", "Phone"),
    ComplaintChannel.IN_PERSON: QT_TRANSLATE_NOOP("Complaints", "In person"),
    ComplaintChannel.HOTLINE_12315: QT_TRANSLATE_NOOP("Complaints", "12315 hotline"),
    ComplaintChannel.MANUFACTURER: QT_TRANSLATE_NOOP("Complaints", "Manufacturer"),
    ComplaintChannel.MEDIA: QT_TRANSLATE_NOOP("Complaints", "Media"),
}
DEADLINES: dict[ComplaintDeadline, str] = {
    ComplaintDeadline.RESPOND: QT_TRANSLATE_NOOP("Complaints", "Respond (2 h)"),
    ComplaintDeadline.FEEDBACK: QT_TRANSLATE_NOOP("Complaints", "First feedback (24 h)"),
    ComplaintDeadline.CLOSE: QT_TRANSLATE_NOOP("Complaints", "Close"),
    ComplaintDeadline.UPDATE: QT_TRANSLATE_NOOP("Complaints", "Update (48 h)"),
}
#: the same, short, for the list's column
DEADLINES_SHORT: dict[ComplaintDeadline, str] = {
    ComplaintDeadline.RESPOND: QT_TRANSLATE_NOOP("Complaints", "Respond"),
    ComplaintDeadline.FEEDBACK: QT_TRANSLATE_NOOP("Complaints", "Feedback"),
    ComplaintDeadline.CLOSE: QT_TRANSLATE_NOOP("Complaints", "Close"),
    ComplaintDeadline.UPDATE: QT_TRANSLATE_NOOP("Complaints", "Update"),
}
WAITS: dict[ComplaintWait, str] = {
    ComplaintWait.PARTS: QT_TRANSLATE_NOOP("Complaints", "Waiting for parts"),
    ComplaintWait.VERDICT: QT_TRANSLATE_NOOP("Complaints", "Waiting for a technical verdict"),
}
#: the journal's actions (app.services.complaints): what the history column says
ACTIONS: dict[str, str] = {
    "record": QT_TRANSLATE_NOOP("Complaints", "Recorded"),
    "response": QT_TRANSLATE_NOOP("Complaints", "Response to the customer"),
    "feedback": QT_TRANSLATE_NOOP("Complaints", "First feedback"),
    "update": QT_TRANSLATE_NOOP("Complaints", "Update"),
    "handover": QT_TRANSLATE_NOOP("Complaints", "Handed over"),
    "wait": QT_TRANSLATE_NOOP("Complaints", "Waiting"),
    "resume": QT_TRANSLATE_NOOP("Complaints", "Resumed"),
    "reopen": QT_TRANSLATE_NOOP("Complaints", "Reopened"),
    **{state.value: source for state, source in STEPS.items()},
}
#: what another agent did, in a refusal ("Zhou Yan at Care 1 (14:05) handed it over")
DONE: dict[str, str] = {
    "record": QT_TRANSLATE_NOOP("Complaints", "recorded it"),
    "response": QT_TRANSLATE_NOOP("Complaints", "noted the response to the customer"),
    "feedback": QT_TRANSLATE_NOOP("Complaints", "noted the first feedback"),
    "update": QT_TRANSLATE_NOOP("Complaints", "added an update"),
    "handover": QT_TRANSLATE_NOOP("Complaints", "handed it over"),
    "wait": QT_TRANSLATE_NOOP("Complaints", "put it on hold"),
    "resume": QT_TRANSLATE_NOOP("Complaints", "resumed it"),
    "reopen": QT_TRANSLATE_NOOP("Complaints", "reopened it"),
}


def tr(source: str) -> str:
    return QCoreApplication.translate(_CTX, source)


def name(table: dict, value: object) -> str:
    """The translated name of ``value`` in one of the tables above (as stored if unknown)."""
    source = table.get(value)
    return tr(source) if source else str(getattr(value, "value", value or ""))


def action_text(action: str) -> str:
    source = ACTIONS.get(action)
    return tr(source) if source else action


def done_text(action: str) -> str:
    """What someone did to the complaint, for a refusal that names them."""
    source = DONE.get(action)
    if source:
        return tr(source)
    try:
        step = ComplaintState(action)
    except ValueError:
        return action
    return QCoreApplication.translate("Complaints", "moved it to “%1”").replace(
        "%1", name(STEPS, step)
    )


def duration(minutes: int) -> str:
    """Working minutes as "2 h 05 min" / "45 min"."""
    minutes = abs(minutes)
    if minutes < 60:
        return QCoreApplication.translate("Complaints", "%1 min").replace("%1", str(minutes))
    return (
        QCoreApplication.translate("Complaints", "%1 h %2 min")
        .replace("%1", str(minutes // 60))
        .replace("%2", f"{minutes % 60:02d}")
    )


def time_left(minutes: int | None) -> str:
    """The working time left before the next deadline, or how long ago it was missed."""
    if minutes is None:
        return ""
    if minutes < 0:
        return QCoreApplication.translate("Complaints", "missed %1 ago").replace(
            "%1", duration(minutes)
        )
    return QCoreApplication.translate("Complaints", "%1 left").replace("%1", duration(minutes))
