"""Document numbers and warranty: the prefix of each numbered document (WO-20261201-0001)
and the manufacturer warranty the desk assumes per kind of asset (months and kilometres,
whichever comes first)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from app.domain.enums import AssetKind, DocumentKind
from app.domain.text import parse_int
from app.services.context import ServiceContext
from ui.common import labels as common_labels
from ui.common.widgets import title
from ui.setup import labels
from ui.setup.settings_form import SettingsForm


class NumbersPage(SettingsForm):
    keys = ("numbering.prefixes", "warranty.defaults")

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.form.addRow(title(self.tr("Document number prefixes")))
        self.prefixes: dict[DocumentKind, QLineEdit] = {}
        for kind in DocumentKind:
            edit = QLineEdit()
            edit.setObjectName(f"prefix_{kind.value}")
            edit.setMaxLength(6)
            edit.setMaximumWidth(120)
            self.prefixes[kind] = edit
            self.add_row(labels.document(kind), f"numbering.prefixes.{kind.value}", edit)
            self.dirty_on(edit.textEdited)
        self.errors.alias(
            "numbering.prefixes", f"numbering.prefixes.{DocumentKind.WORK_ORDER.value}"
        )
        self.form.addRow(title(self.tr("Manufacturer warranty")))
        self.warranty: dict[AssetKind, tuple[QLineEdit, QLineEdit]] = {}
        for kind in AssetKind:
            months, km = QLineEdit(), QLineEdit()
            months.setObjectName(f"months_{kind.value}")
            km.setObjectName(f"km_{kind.value}")
            km.setPlaceholderText(self.tr("no limit"))
            months.setMaximumWidth(80)
            km.setMaximumWidth(120)
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(months)
            row.addWidget(QLabel(self.tr("months or")))
            row.addWidget(km)
            row.addWidget(QLabel(self.tr("km, whichever comes first")))
            row.addStretch(1)
            self.warranty[kind] = (months, km)
            self.add_row(common_labels.name(kind), f"warranty.defaults.{kind.value}", box)
            self.errors.focus_at(f"warranty.defaults.{kind.value}", months)
            self.dirty_on(months.textEdited, km.textEdited)

    def title(self) -> str:
        return self.tr("Numbers & warranty")

    def focus_first(self) -> None:
        self.prefixes[DocumentKind.WORK_ORDER].setFocus()

    def show_values(self, values: dict[str, Any]) -> None:
        for kind, edit in self.prefixes.items():
            edit.setText(values["numbering.prefixes"].get(kind, kind.value))
        for kind, (months, km) in self.warranty.items():
            term = values["warranty.defaults"].get(kind)
            months.setText(str(term.months) if term else "")
            km.setText(str(term.km) if term and term.km else "")

    @staticmethod
    def _int(text: str) -> int | str | None:
        text = text.strip()
        if not text:
            return None
        value = parse_int(text)  # full-width digits too; not a number: the service says so
        return text if value is None else value

    def collect(self) -> dict[str, Any]:
        return {
            "numbering.prefixes": {k.value: e.text().strip() for k, e in self.prefixes.items()},
            "warranty.defaults": {
                k.value: {"months": self._int(m.text()), "km": self._int(km.text())}
                for k, (m, km) in self.warranty.items()
            },
        }
