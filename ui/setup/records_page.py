"""The electronic health record (汽车维修电子健康档案, JT/T 1132): where settled repairs are
uploaded (``records.upload_url`` and its token), sending the waiting records now, and
exporting the records of a period as JSON or CSV for filing.

Every settled vehicle repair becomes a record (``app.services.health_records``); one the
endpoint refused or could not take waits and is sent again with the next "Send now" (or
``python -m app records upload``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.services import health_records
from app.services.context import ServiceContext
from ui.common.widgets import title
from ui.setup.settings_form import SettingsForm

KEYS = ("records.upload_url", "records.upload_token")


def _day(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class RecordsPage(SettingsForm):
    keys = KEYS

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_intro(
            self.tr(
                "Every settled vehicle repair becomes an electronic health record (JT/T 1132). "
                "Records wait here until the endpoint takes them; none is lost while it is "
                "down."
            )
        )
        self.url = QLineEdit()
        self.url.setObjectName("uploadUrl")
        self.url.setPlaceholderText("https://…")
        self.token = QLineEdit()
        self.token.setObjectName("uploadToken")
        self.token.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.add_row(self.tr("Upload &address"), KEYS[0], self.url)
        self.add_row(self.tr("Access &key"), KEYS[1], self.token)
        self.dirty_on(self.url.textEdited, self.token.textEdited)
        self.send_now = QPushButton(self.tr("Send &now"))
        self.send_now.setObjectName("sendRecords")
        self.add_row("", None, self.send_now)
        self.form.addRow(title(self.tr("Export")))
        today = QDate.currentDate()
        self.start = QDateEdit(today.addDays(1 - today.day()))
        self.end = QDateEdit(today)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        period = QWidget()
        row = QHBoxLayout(period)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.start)
        row.addWidget(QLabel("–"))
        row.addWidget(self.end)
        row.addStretch(1)
        self.add_row(self.tr("Settled &from / to"), None, period)
        self._buddy(period, self.start)
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        self.format.addItem("CSV", "csv")
        self.format.addItem("JSON", "json")
        self.add_row(self.tr("F&ormat"), None, self.format)
        self._buddy(self.format, self.format)
        self.export = QPushButton(self.tr("&Export…"))
        self.export.setObjectName("exportRecords")
        self.add_row("", None, self.export)
        self.export.clicked.connect(self.export_to_file)
        self.send_now.clicked.connect(self.upload)
        #: where an export goes when no dialog is wanted (tests)
        self.target: str | None = None

    def _buddy(self, field: QWidget, focus: QWidget) -> None:
        """The row's label (its underlined letter) focuses ``focus``."""
        label = self.form.labelForField(field)
        if isinstance(label, QLabel):
            label.setBuddy(focus)

    def title(self) -> str:
        return self.tr("Health records")

    def focus_first(self) -> None:
        self.url.setFocus()

    def show_values(self, values: dict[str, Any]) -> None:
        self.url.setText(values[KEYS[0]])
        self.token.setText(values[KEYS[1]])

    def collect(self) -> dict[str, Any]:
        return {KEYS[0]: self.url.text().strip(), KEYS[1]: self.token.text().strip()}

    # --- export and upload ---
    def export_to_file(self) -> None:
        fmt = self.format.currentData()
        start, end = _day(self.start), _day(self.end)
        path = self.target
        if path is None:
            suggested = f"health-records-{start.isoformat()}-{end.isoformat()}.{fmt}"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export health records"), suggested)
        if not path:
            return
        ctx = self.ctx
        target = Path(path)

        def write() -> int:
            data = health_records.export_records(ctx, start, end, fmt)
            target.write_bytes(data)
            return len(data)

        self.run(
            write,
            lambda size: self.notice.say(
                self.tr("Exported to %1 (%2 bytes).")
                .replace("%1", str(target))
                .replace("%2", f"{size:,}")
            ),
        )

    def upload(self) -> None:
        self.send("upload_health_records", {}, self._on_uploaded)

    def _on_uploaded(self, result: health_records.UploadResult) -> None:
        if not result.configured:
            self.notice.say(self.tr("Set the upload address first."), error=True)
            return
        text = (
            self.tr("Sent %1, failed %2.")
            .replace("%1", str(result.sent))
            .replace("%2", str(result.failed))
        )
        if result.errors:
            text += " " + "; ".join(f"{name}: {reason}" for name, reason in result.errors[:3])
        self.notice.say(text, error=bool(result.failed))
