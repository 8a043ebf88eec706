"""Intake step 3: the symptom in the customer's words, mileage and fuel, what was left in
the vehicle (accessories, valuables)."""

from __future__ import annotations

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import AssetKind
from app.domain.errors import ValidationError
from app.services.context import ServiceContext
from app.services.customers import Collector
from app.services.intake import clean_details
from ui.common.widgets import hint, title
from ui.reception.intake_state import IntakeState
from ui.reception.intake_step import Step

VISIT_FIELDS = ("symptom", "mileage_in", "fuel_level", "accessories_left", "valuables_left")


class VisitStep(Step):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.symptom = QPlainTextEdit()
        self.symptom.setObjectName("symptom")
        self.symptom.setPlaceholderText(
            self.tr("What does the customer notice? When, how often, under which conditions?")
        )
        self.symptom.setTabChangesFocus(True)
        self.symptom.setMinimumHeight(110)
        self.mileage = QLineEdit()
        self.mileage.setObjectName("mileage")
        self.mileage.setValidator(QIntValidator(0, 9_999_999, self.mileage))
        self.fuel = QComboBox()
        self.fuel.addItem(self.tr("not noted"), None)
        for pct, text in ((0, "E"), (25, "1/4"), (50, "1/2"), (75, "3/4"), (100, "F")):
            self.fuel.addItem(f"{text}  ({pct} %)", pct)
        self.accessories = QLineEdit()
        self.accessories.setPlaceholderText(self.tr("e.g. charger, case, floor mats"))
        self.valuables = QLineEdit()
        self.valuables.setPlaceholderText(self.tr("e.g. none / sunglasses in the glovebox"))
        form = QFormLayout()
        self.add_field(form, self.tr("Symptom"), self.symptom, "symptom")
        self._mileage_row = self.add_field(
            form, self.tr("Mileage (km)"), self.mileage, "mileage_in"
        )
        self._fuel_row = self.add_field(form, self.tr("Fuel"), self.fuel, "fuel_level")
        self.add_field(form, self.tr("Accessories left"), self.accessories, "accessories_left")
        self.add_field(form, self.tr("Valuables left"), self.valuables, "valuables_left")
        self._form = form
        content = QVBoxLayout()
        content.setContentsMargins(0, 0, 0, 0)
        self.heading = title(self.tr("What brings the customer in?"))
        content.addWidget(self.heading)
        content.addLayout(form)
        content.addWidget(self.general_error)
        content.addWidget(
            hint(self.tr("Enter goes to the next field; Shift+Enter starts a new line."))
        )
        content.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.column(content, 860), 3)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Visit")

    def load(self, state: IntakeState) -> None:
        self.symptom.setPlainText(state.symptom)
        self.mileage.setText(state.mileage_in)
        self.fuel.setCurrentIndex(max(0, self.fuel.findData(state.fuel_level)))
        self.accessories.setText(state.accessories_left)
        self.valuables.setText(state.valuables_left)
        self.entered(state)

    def entered(self, state: IntakeState) -> None:
        vehicle = state.kind is AssetKind.VEHICLE
        for row in (self._mileage_row, self._fuel_row):
            row.setVisible(vehicle)
            label = self._form.labelForField(row)
            if label is not None:
                label.setVisible(vehicle)
        who = state.customer_label or state.customer_name
        what = state.asset_label or state.asset.get("plate") or ""
        if who or what:
            self.heading.setText(
                self.tr("What brings %1 in?").replace("%1", " · ".join(x for x in (who, what) if x))
            )

    def store(self, state: IntakeState) -> None:
        state.symptom = self.symptom.toPlainText()
        state.mileage_in = self.mileage.text()
        state.fuel_level = self.fuel.currentData()
        state.accessories_left = self.accessories.text()
        state.valuables_left = self.valuables.text()

    def check(self, state: IntakeState) -> list[ValidationError]:
        c = Collector()
        clean_details(state.details(), c)
        return [e for e in c.errors if e.field in VISIT_FIELDS]
