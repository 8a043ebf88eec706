"""Appointments (预约): the slot length and, per asset kind, the bays (lifts, benches) and
the technicians on duty through the opening hours (the Hours page). A slot takes in
min(bays, technicians) x slot length labor hours of booked work; 0 bays or technicians
takes no bookings for that kind."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from app.domain.enums import AssetKind
from app.domain.text import parse_int
from app.services.context import ServiceContext
from ui.common import labels
from ui.common.typed_numbers import WholeNumberValidator
from ui.setup.settings_form import SettingsForm

SLOT_KEY = "appointments.slot_minutes"
CAPACITY_KEY = "appointments.capacity"
KEYS = (SLOT_KEY, CAPACITY_KEY)
PARTS = ("bays", "technicians")


def _count(text: str) -> int | str:
    """A whole number as typed (full-width digits too); anything else as it was typed, for
    the registry to refuse next to its field."""
    value = parse_int(text) if text.strip() else None
    return value if value is not None else text


class AppointmentsPage(SettingsForm):
    keys = KEYS

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_intro(
            self.tr(
                "Appointments fill slots of this length through the opening hours (the Hours "
                "page). Per kind, a slot takes min(bays, technicians) x its length in labor "
                "hours of booked work; 0 takes no bookings for that kind."
            )
        )
        self.slot = QLineEdit()
        self.slot.setObjectName(SLOT_KEY)
        self.slot.setMaximumWidth(120)
        self.slot.setValidator(WholeNumberValidator(0, 999, self.slot))
        self.add_row(self.tr("&Slot length (minutes)"), SLOT_KEY, self.slot)
        self.dirty_on(self.slot.textEdited)
        self.counts: dict[tuple[AssetKind, str], QLineEdit] = {}
        captions = {"bays": self.tr("%1: bays or lifts"), "technicians": self.tr("%1: technicians")}
        for kind in AssetKind:
            for part in PARTS:
                edit = QLineEdit()
                edit.setObjectName(f"{CAPACITY_KEY}.{kind.value}.{part}")
                edit.setMaximumWidth(120)
                edit.setValidator(WholeNumberValidator(0, 200, edit))
                self.counts[(kind, part)] = edit
                text = captions[part].replace("%1", labels.name(kind))
                self.add_row(text, f"{CAPACITY_KEY}.{kind.value}.{part}", edit)
                self.dirty_on(edit.textEdited)

    def title(self) -> str:
        return self.tr("Appointments")

    def focus_first(self) -> None:
        self.slot.setFocus()

    def show_values(self, values: dict[str, Any]) -> None:
        self.slot.setText(str(values[SLOT_KEY]))
        capacity = values[CAPACITY_KEY]
        for (kind, part), edit in self.counts.items():
            found = capacity.get(kind)
            edit.setText(str(getattr(found, part)) if found is not None else "0")

    def collect(self) -> dict[str, Any]:
        capacity = {
            kind.value: {part: _count(self.counts[(kind, part)].text()) for part in PARTS}
            for kind in AssetKind
        }
        return {SLOT_KEY: self.slot.text().strip(), CAPACITY_KEY: capacity}
