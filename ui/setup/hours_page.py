"""Working hours and holidays: per weekday open and close (or closed), the holidays the
shop is closed and the make-up working days (调休) it opens although it is a weekend.
Dates are typed (2026-10-01) and added with Enter; Del removes the chosen date."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ValidationError
from app.services.context import ServiceContext
from app.settings.values import WEEKDAYS
from ui.common.widgets import title
from ui.setup import labels
from ui.setup.messages import field_message
from ui.setup.settings_form import SettingsForm


class DateList(QWidget):
    """A list of dates with a field to add one (Enter) and Del to remove the chosen one."""

    def __init__(self, on_change: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = QLineEdit()
        self.entry.setPlaceholderText("YYYY-MM-DD")
        self.entry.setMaximumWidth(140)
        self.add = QPushButton(self.tr("Add"))
        self.remove = QPushButton(self.tr("Remove (Del)"))
        self.list = QListWidget()
        self.list.setMaximumHeight(130)
        self.list.installEventFilter(self)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.hide()
        self._on_change = on_change
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.entry)
        row.addWidget(self.add)
        row.addWidget(self.remove)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.list)
        self.setFocusProxy(self.entry)
        self.entry.returnPressed.connect(self.add_typed)
        self.add.clicked.connect(self.add_typed)
        self.remove.clicked.connect(self.remove_chosen)

    def set_dates(self, days: list[date] | tuple[date, ...]) -> None:
        self.list.clear()
        self.list.addItems([d.isoformat() for d in sorted(days)])

    def dates(self) -> list[str]:
        return [self.list.item(n).text() for n in range(self.list.count())]

    def add_typed(self) -> None:
        text = self.entry.text().strip()
        try:
            day = date.fromisoformat(text)
        except ValueError:
            self.error.setText(
                field_message(ValidationError("date", "bad_date", "a date like 2026-10-01", text))
            )
            self.error.show()
            return
        self.error.hide()
        days = set(self.dates()) | {day.isoformat()}
        self.set_dates([date.fromisoformat(d) for d in days])
        self.entry.clear()
        self._on_change()

    def remove_chosen(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._on_change()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if (
            watched is self.list
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Delete
        ):
            self.remove_chosen()
            return True
        return super().eventFilter(watched, event)


class HoursPage(SettingsForm):
    keys = ("hours.week", "hours.holidays", "hours.workdays")

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.form.addRow(title(self.tr("Opening hours")))
        self.days: dict[str, tuple[QCheckBox, QLineEdit, QLineEdit]] = {}
        for n, day in enumerate(WEEKDAYS):
            closed = QCheckBox(self.tr("closed"))
            opens, closes = QLineEdit(), QLineEdit()
            for edit in (opens, closes):
                edit.setPlaceholderText("08:30")
                edit.setMaximumWidth(80)
                self.dirty_on(edit.textEdited)
            opens.setObjectName(f"opens_{day}")
            closes.setObjectName(f"closes_{day}")
            closed.setObjectName(f"closed_{day}")
            closed.toggled.connect(
                lambda on, o=opens, c=closes: (o.setDisabled(on), c.setDisabled(on))
            )
            self.dirty_on(closed.toggled)
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(opens)
            row.addWidget(QLabel("–"))
            row.addWidget(closes)
            row.addSpacing(12)
            row.addWidget(closed)
            row.addStretch(1)
            self.days[day] = (closed, opens, closes)
            self.add_row(labels.weekday(n), f"hours.week.{day}", box)
            self.errors.focus_at(f"hours.week.{day}", opens)
        self.form.addRow(title(self.tr("Holidays and make-up working days")))
        self.holidays = DateList(lambda: self.set_dirty(True))
        self.holidays.setObjectName("holidays")
        self.workdays = DateList(lambda: self.set_dirty(True))
        self.workdays.setObjectName("workdays")
        self.add_row(self.tr("&Holidays (closed)"), "hours.holidays", self.holidays)
        self.errors.focus_at("hours.holidays", self.holidays.entry)
        self.add_row(self.tr("&Make-up working days"), "hours.workdays", self.workdays)
        self.errors.focus_at("hours.workdays", self.workdays.entry)

    def title(self) -> str:
        return self.tr("Working hours & holidays")

    def focus_first(self) -> None:
        self.days[WEEKDAYS[0]][1].setFocus()

    def show_values(self, values: dict[str, Any]) -> None:
        week = values["hours.week"]
        for day, (closed, opens, closes) in self.days.items():
            hours = week.get(day)
            closed.setChecked(hours is None)
            opens.setText(hours.opens.strftime("%H:%M") if hours else "")
            closes.setText(hours.closes.strftime("%H:%M") if hours else "")
        self.holidays.set_dates(values["hours.holidays"])
        self.workdays.set_dates(values["hours.workdays"])

    def collect(self) -> dict[str, Any]:
        week: dict[str, Any] = {}
        for day, (closed, opens, closes) in self.days.items():
            week[day] = (
                None if closed.isChecked() else [opens.text().strip(), closes.text().strip()]
            )
        return {
            "hours.week": week,
            "hours.holidays": self.holidays.dates(),
            "hours.workdays": self.workdays.dates(),
        }
