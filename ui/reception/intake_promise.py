"""Intake step 6: when the job is promised, whether the customer waits on site, keeps the
old parts, wants a wash; notes for the workshop.

The promise's quick choices have keys, shown on their buttons: Alt+1 in an hour, Alt+2 in
two, Alt+3 in four, Alt+4 tomorrow at 17:00 (from any field of the step)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ValidationError
from app.services.context import ServiceContext
from app.services.customers import Collector
from app.services.intake import clean_details
from ui.common.keys import add_key, key_label
from ui.common.widgets import hint, title
from ui.reception.intake_state import IntakeState
from ui.reception.intake_step import Step

PROMISE_FIELDS = ("promised_at", "notes")


def default_promise(now: datetime | None = None) -> datetime:
    """Three hours from now, on the next half hour."""
    local = (now or datetime.now().astimezone()) + timedelta(hours=3)
    minutes = 30 if local.minute <= 30 else 60
    return (
        local.replace(minute=0, second=0, microsecond=0) + timedelta(minutes=minutes)
    ).astimezone(UTC)


class PromiseStep(Step):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.promised = QDateTimeEdit()
        self.promised.setObjectName("promisedAt")
        self.promised.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.promised.setCalendarPopup(True)
        quick = QHBoxLayout()
        self.quick: list[QPushButton] = []
        choices = [
            (self.tr("+1 h"), lambda: self._set_in(1)),
            (self.tr("+2 h"), lambda: self._set_in(2)),
            (self.tr("+4 h"), lambda: self._set_in(4)),
            (self.tr("Tomorrow 17:00"), self._set_tomorrow),
        ]
        for n, (text, slot) in enumerate(choices, start=1):
            key = f"Alt+{n}"
            b = QPushButton(key_label(text, key))
            b.setObjectName("quickPromise")
            b.clicked.connect(slot)
            add_key(self, key, slot)
            quick.addWidget(b)
            self.quick.append(b)
        quick.addStretch(1)
        self.waits = QCheckBox(self.tr("Customer waits on site (lounge)"))
        self.keep_parts = QCheckBox(self.tr("Customer keeps the old parts"))
        self.wash = QCheckBox(self.tr("Free wash"))
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(self.tr("Notes for the workshop"))
        form = QFormLayout()
        self.add_field(form, self.tr("Promised for"), self.promised, "promised_at")
        form.addRow("", quick)
        for box in (self.waits, self.keep_parts, self.wash):
            form.addRow("", box)
            box.installEventFilter(self)
            self.inputs.append(box)
        self.add_field(form, self.tr("Notes"), self.notes, "notes")
        content = QVBoxLayout()
        content.setContentsMargins(0, 0, 0, 0)
        content.addWidget(title(self.tr("Promise and wishes")))
        content.addLayout(form)
        content.addWidget(self.general_error)
        content.addWidget(hint(self.tr("Space ticks a box; Enter goes on.")))
        content.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.column(content, 860), 3)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Promise")

    def _set_in(self, hours: int) -> None:
        self.promised.setDateTime(QDateTime.currentDateTime().addSecs(hours * 3600))

    def _set_tomorrow(self) -> None:
        d = QDateTime.currentDateTime().addDays(1)
        d.setTime(d.time().fromString("17:00", "HH:mm"))
        self.promised.setDateTime(d)

    def load(self, state: IntakeState) -> None:
        when = state.promised() or default_promise()
        self.promised.setDateTime(QDateTime.fromSecsSinceEpoch(int(when.timestamp())))
        self.waits.setChecked(state.waits_on_site)
        self.keep_parts.setChecked(state.keep_old_parts)
        self.wash.setChecked(state.wash)
        self.notes.setText(state.notes)

    def store(self, state: IntakeState) -> None:
        secs = self.promised.dateTime().toSecsSinceEpoch()
        state.promised_at = datetime.fromtimestamp(secs, UTC).isoformat()
        state.waits_on_site = self.waits.isChecked()
        state.keep_old_parts = self.keep_parts.isChecked()
        state.wash = self.wash.isChecked()
        state.notes = self.notes.text()

    def check(self, state: IntakeState) -> list[ValidationError]:
        c = Collector()
        clean_details(state.details(), c)
        return [e for e in c.errors if e.field in PROMISE_FIELDS]
