"""The words for messages to customers, shared by the care desk's outbox and the Setup desk's
templates page: each event (what a message is about), each status, each contact channel."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.enums import ContactChannel, MessageEvent, MessageStatus

_CTX = "Messages"

EVENTS: dict[MessageEvent, str] = {
    MessageEvent.FOLLOW_UP: QT_TRANSLATE_NOOP("Messages", "Follow-up"),
    MessageEvent.SERVICE_REMINDER: QT_TRANSLATE_NOOP("Messages", "Service reminder"),
    MessageEvent.APPOINTMENT_CONFIRMATION: QT_TRANSLATE_NOOP(
        "Messages", "Appointment confirmation"
    ),
    MessageEvent.APPOINTMENT_REMINDER: QT_TRANSLATE_NOOP("Messages", "Appointment reminder"),
    MessageEvent.READY_FOR_PICKUP: QT_TRANSLATE_NOOP("Messages", "Ready for pickup"),
    MessageEvent.EXTRA_WORK: QT_TRANSLATE_NOOP("Messages", "Extra work waiting for an answer"),
}

STATUSES: dict[MessageStatus, str] = {
    MessageStatus.QUEUED: QT_TRANSLATE_NOOP("Messages", "Queued"),
    MessageStatus.SENT: QT_TRANSLATE_NOOP("Messages", "Sent"),
    MessageStatus.FAILED: QT_TRANSLATE_NOOP("Messages", "Failed"),
}

CHANNELS: dict[ContactChannel, str] = {
    ContactChannel.PHONE: QT_TRANSLATE_NOOP("Messages", "Phone calls"),
    ContactChannel.SMS: QT_TRANSLATE_NOOP("Messages", "SMS"),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CTX, source)


def event_text(event: MessageEvent) -> str:
    return _tr(EVENTS[event])


def status_text(status: MessageStatus) -> str:
    return _tr(STATUSES[status])


def channel_text(channel: ContactChannel) -> str:
    return _tr(CHANNELS[channel])
