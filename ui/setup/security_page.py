"""Security for every station: minutes without a key or a click before a station locks,
and how many wrong passwords lock an account for how long."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from app.services.context import ServiceContext
from ui.setup.settings_form import SettingsForm

KEYS = ("security.idle_lock_minutes", "security.lockout_attempts", "security.lockout_minutes")


class SecurityPage(SettingsForm):
    keys = KEYS

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_intro(
            self.tr(
                "These apply to every station. A locked station opens again with the "
                "password or PIN of whoever is signed in; another member of staff switches "
                "in with their PIN or staff card."
            )
        )
        self.edits: dict[str, QLineEdit] = {}
        for key, text in (
            (KEYS[0], self.tr("Lock a station after &idle minutes")),
            (KEYS[1], self.tr("&Wrong passwords before an account locks")),
            (KEYS[2], self.tr("Account &locked for minutes")),
        ):
            edit = QLineEdit()
            edit.setObjectName(key)
            edit.setMaximumWidth(120)
            self.edits[key] = edit
            self.add_row(text, key, edit)
            self.dirty_on(edit.textEdited)

    def title(self) -> str:
        return self.tr("Security")

    def focus_first(self) -> None:
        self.edits[KEYS[0]].setFocus()

    def show_values(self, values: dict[str, Any]) -> None:
        for key, edit in self.edits.items():
            edit.setText(str(values[key]))

    def collect(self) -> dict[str, Any]:
        return {key: edit.text().strip() for key, edit in self.edits.items()}
