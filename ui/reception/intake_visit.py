"""Intake step 3: the symptom in the customer's words, mileage and fuel, what was left in
the vehicle (accessories, valuables).

For a vehicle on file the mileage field shows the last visit's reading ("last visit:
45,210 km on 2026-10-02", asked off the GUI thread); a mileage below it is said next to the
field and needs the tick box under it (Alt+C, or Enter then Space), which the order's journal
records."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import AssetKind, RepairCategory
from app.domain.errors import ValidationError
from app.domain.validation import confirmation_flag
from app.services.context import ServiceContext
from app.services.customers import Collector
from app.services.intake import MileageReading, check_mileage, clean_details, last_mileage
from app.services.legal import Comeback, comeback_for
from ui.common.calls import call
from ui.common.typed_numbers import WholeNumberValidator
from ui.common.widgets import hint, title
from ui.reception.intake_state import IntakeState, typed_int
from ui.reception.intake_step import Step

VISIT_FIELDS = ("symptom", "mileage_in", "fuel_level", "accessories_left", "valuables_left")


def repair_categories() -> list[tuple[str, str]]:
    """维修类别 as the desks name them: (value, text)."""
    return [
        (
            RepairCategory.WHOLE.value,
            QCoreApplication.translate("RepairCategory", "Whole-vehicle repair (整车修理)"),
        ),
        (
            RepairCategory.ASSEMBLY.value,
            QCoreApplication.translate("RepairCategory", "Assembly repair (总成修理)"),
        ),
        (
            RepairCategory.LEVEL2.value,
            QCoreApplication.translate("RepairCategory", "Level-2 maintenance (二级维护)"),
        ),
        (
            RepairCategory.MINOR.value,
            QCoreApplication.translate("RepairCategory", "Minor repair (小修)"),
        ),
        (
            RepairCategory.SPECIAL.value,
            QCoreApplication.translate("RepairCategory", "Special repair (专项修理)"),
        ),
    ]


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
        self.mileage.setValidator(WholeNumberValidator(0, 9_999_999, self.mileage))
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
        self.mileage_confirm = QCheckBox(
            self.tr("Confirmed: the odometer reads less than at the last visit  (Alt+C)")
        )
        self.mileage_confirm.setObjectName("confirmMileage")
        self.mileage_confirm.installEventFilter(self)
        confirm_key = QShortcut(QKeySequence("Alt+C"), self)
        confirm_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        confirm_key.activated.connect(self._on_confirm_key)
        self.mileage_confirm.hide()
        form.addRow("", self.mileage_confirm)
        self.inputs.append(self.mileage_confirm)
        #: the last visit's reading of the vehicle on file (asked when the step is entered)
        self._last: MileageReading | None = None
        self._last_for: int | None = None
        self._fuel_row = self.add_field(form, self.tr("Fuel"), self.fuel, "fuel_level")
        #: 维修类别 (vehicles): sets the quality guarantee on the settlement list
        self.category = QComboBox()
        self.category.setObjectName("repairCategory")
        self.category.addItem(self.tr("not chosen yet"), "")
        for value, text in repair_categories():
            self.category.addItem(text, value)
        self._category_row = self.add_field(
            form, self.tr("Repair category"), self.category, "repair_category"
        )
        #: 返修: the vehicle is back within an earlier repair's quality guarantee
        self.comeback = hint("")
        self.comeback.setObjectName("comeback")
        self.comeback.hide()
        self.add_field(form, self.tr("Accessories left"), self.accessories, "accessories_left")
        self.add_field(form, self.tr("Valuables left"), self.valuables, "valuables_left")
        self._form = form
        content = QVBoxLayout()
        content.setContentsMargins(0, 0, 0, 0)
        self.heading = title(self.tr("What brings the customer in?"))
        content.addWidget(self.heading)
        content.addWidget(self.comeback)
        content.addLayout(form)
        content.addWidget(self.general_error)
        content.addWidget(
            hint(self.tr("Enter goes to the next field; Shift+Enter starts a new line."))
        )
        content.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.column(content, 860), 3)
        layout.addStretch(1)
        self.mileage.textEdited.connect(self._on_mileage_edited)
        self.mileage.editingFinished.connect(self._ask_comeback)
        self._comeback_for: int | None = None
        self._comeback_number = ""

    def title(self) -> str:
        return self.tr("Visit")

    def load(self, state: IntakeState) -> None:
        self.symptom.setPlainText(state.symptom)
        self.mileage.setText(state.mileage_in)
        self.mileage_confirm.setChecked(state.confirm_mileage)
        self.mileage_confirm.hide()
        self.fuel.setCurrentIndex(max(0, self.fuel.findData(state.fuel_level)))
        self.accessories.setText(state.accessories_left)
        self.valuables.setText(state.valuables_left)
        self.category.setCurrentIndex(max(0, self.category.findData(state.repair_category)))
        self.entered(state)

    def entered(self, state: IntakeState) -> None:
        vehicle = state.kind is AssetKind.VEHICLE
        for row in (self._mileage_row, self._fuel_row, self._category_row):
            row.setVisible(vehicle)
            label = self._form.labelForField(row)
            if label is not None:
                label.setVisible(vehicle)
        self._ask_last_mileage(state.asset_id if vehicle else None)
        self._comeback_for = state.asset_id if vehicle else None
        self._ask_comeback()
        who = state.customer_label or state.customer_name
        what = state.asset_label or state.asset.get("plate") or ""
        if who or what:
            self.heading.setText(
                self.tr("What brings %1 in?").replace("%1", " · ".join(x for x in (who, what) if x))
            )

    def store(self, state: IntakeState) -> None:
        state.symptom = self.symptom.toPlainText()
        state.mileage_in = self.mileage.text()
        state.confirm_mileage = self.mileage_confirm.isChecked()
        state.fuel_level = self.fuel.currentData()
        state.accessories_left = self.accessories.text()
        state.valuables_left = self.valuables.text()
        state.repair_category = self.category.currentData() or ""
        state.comeback_of = self._comeback_number if self._comeback_for == state.asset_id else ""

    def check(self, state: IntakeState) -> list[ValidationError]:
        c = Collector()
        clean_details(state.details(), c)
        errors = [e for e in c.errors if e.field in VISIT_FIELDS]
        last = (
            self._last if state.asset_id is not None and state.asset_id == self._last_for else None
        )
        if not any(e.field == "mileage_in" for e in errors) and (
            err := check_mileage(typed_int(state.mileage_in), last, state.confirm_mileage)
        ):
            errors.append(err)
        return errors

    def show_errors(self, errors: list[ValidationError], *, focus: bool = True) -> None:
        """As every step; a mileage below the last visit also shows the box confirming it."""
        warned = any(confirmation_flag(e) == "confirm_mileage" for e in errors)
        self.mileage_confirm.setVisible(warned or self.mileage_confirm.isChecked())
        super().show_errors(errors, focus=focus)

    # --- a comeback within an earlier repair's guarantee ---
    def _ask_comeback(self) -> None:
        asset_id = self._comeback_for
        if asset_id is None:
            self._comeback_number = ""
            self.comeback.hide()
            return
        ctx, km = self.ctx, typed_int(self.mileage.text())
        call(
            self,
            lambda: comeback_for(ctx, asset_id, km),
            lambda found: self._show_comeback(asset_id, found),
            lambda _exc: None,  # offline: the core links it on saving
        )

    def _show_comeback(self, asset_id: int, found: Comeback | None) -> None:
        if asset_id != self._comeback_for:
            return
        self._comeback_number = found.number if found is not None else ""
        if found is None:
            self.comeback.hide()
            return
        self.comeback.setText(
            self.tr("Comeback (返修): within the quality guarantee of %1 (until %2)")
            .replace("%1", found.number)
            .replace("%2", found.until_date.isoformat())
        )
        self.comeback.show()

    # --- the last visit's mileage ---
    def _ask_last_mileage(self, asset_id: int | None) -> None:
        if asset_id == self._last_for:
            return
        self._last, self._last_for = None, asset_id
        self._show_last()
        if asset_id is None:
            return
        ctx = self.ctx
        call(
            self,
            lambda: last_mileage(ctx, asset_id),
            lambda reading: self._on_last_mileage(asset_id, reading),
            lambda _exc: None,  # offline: the core checks the mileage on saving
        )

    def _on_last_mileage(self, asset_id: int, reading: MileageReading | None) -> None:
        if asset_id != self._last_for:
            return
        self._last = reading
        self._show_last()

    def _show_last(self) -> None:
        reading = self._last
        if reading is None:
            text = ""
        elif reading.on is not None:
            text = (
                self.tr("last visit: %1 km on %2")
                .replace("%1", f"{reading.km:,}")
                .replace("%2", reading.on.isoformat())
            )
        else:
            text = self.tr("on file: %1 km").replace("%1", f"{reading.km:,}")
        self.mileage.setPlaceholderText(text)
        self.mileage.setToolTip(text)

    def _on_mileage_edited(self, _text: str) -> None:
        """A confirmation was for the mileage as it was typed."""
        self.mileage_confirm.setChecked(False)

    def _on_confirm_key(self) -> None:
        """Alt+C ticks (or unticks) the confirmation while a warning shows it."""
        if self.mileage_confirm.isVisibleTo(self):
            self.mileage_confirm.toggle()
            self.mileage_confirm.setFocus(Qt.FocusReason.ShortcutFocusReason)
