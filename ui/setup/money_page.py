"""Payments and money: the payment methods the cashier offers, how the amount due is
rounded (抹零), the labor rate for hand-typed labor, an advisor's discount limit, and the
member card levels with their discounts on labor and parts."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLineEdit, QWidget

from app.domain.enums import PaymentMethod, SettlementRounding
from app.services.context import ServiceContext
from ui.common.widgets import hint
from ui.models.setup_rows import EditColumn, RecordsModel
from ui.setup import labels
from ui.setup.settings_form import RecordsTable, SettingsForm


def _number(value: Decimal) -> str:
    return f"{value:.2f}"


class MoneyPage(SettingsForm):
    keys = (
        "payment.methods",
        "settlement.rounding",
        "labor.rate",
        "discount.limit_percent",
        "member.levels",
    )

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.methods = {m: QCheckBox(labels.payment_method(m)) for m in PaymentMethod}
        methods_box = QWidget()
        grid = QGridLayout(methods_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for n, box in enumerate(self.methods.values()):
            grid.addWidget(box, n // 3, n % 3)
            self.dirty_on(box.toggled)
        self.add_row(self.tr("Payment &methods"), "payment.methods", methods_box)
        first_method = next(iter(self.methods.values()))
        self.errors.focus_at("payment.methods", first_method)
        self.rounding = QComboBox()
        for mode in SettlementRounding:
            self.rounding.addItem(labels.rounding(mode), mode)
        self.dirty_on(self.rounding.activated)
        self.add_row(self.tr("&Rounding of the amount due"), "settlement.rounding", self.rounding)
        self.labor_rate = QLineEdit()
        self.labor_rate.setObjectName("laborRate")
        self.labor_rate.setPlaceholderText(self.tr("yuan per hour"))
        self.add_row(self.tr("&Labor rate (¥ per hour)"), "labor.rate", self.labor_rate)
        self.discount_limit = QLineEdit()
        self.discount_limit.setObjectName("discountLimit")
        self.add_row(
            self.tr("Advisors' &discount limit (%)"), "discount.limit_percent", self.discount_limit
        )
        self.dirty_on(self.labor_rate.textEdited, self.discount_limit.textEdited)
        self.levels = RecordsModel(
            [
                EditColumn("name_zh", self.tr("Name (Chinese)")),
                EditColumn("name_en", self.tr("Name (English)")),
                EditColumn("labor_percent", self.tr("Labor discount %")),
                EditColumn("parts_percent", self.tr("Parts discount %")),
            ],
            self,
        )
        self.levels.edited.connect(lambda: self.set_dirty(True))
        self.levels_table = RecordsTable(
            self.levels,
            {"name_zh": "", "name_en": "", "labor_percent": "0.00", "parts_percent": "0.00"},
        )
        self.levels_table.setObjectName("memberLevels")
        self.levels_table.setMinimumHeight(170)
        self.add_row(self.tr("Member &levels"), "member.levels", self.levels_table)
        self.form.addRow(
            "",
            hint(
                self.tr(
                    "Ins adds a level, Del removes it, Ctrl+Up / Ctrl+Down change the order. "
                    "A beyond-limit discount needs a manager's approval at the desk."
                )
            ),
        )

    def title(self) -> str:
        return self.tr("Payments & money")

    def focus_first(self) -> None:
        next(iter(self.methods.values())).setFocus()

    def show_values(self, values: dict[str, Any]) -> None:
        chosen = set(values["payment.methods"])
        for method, box in self.methods.items():
            box.setChecked(method in chosen)
        self.rounding.setCurrentIndex(max(0, self.rounding.findData(values["settlement.rounding"])))
        self.labor_rate.setText(_number(values["labor.rate"]))
        self.discount_limit.setText(_number(values["discount.limit_percent"]))
        self.levels.set_records(
            [
                {
                    "name_zh": lv.name_zh,
                    "name_en": lv.name_en,
                    "labor_percent": _number(lv.labor_percent),
                    "parts_percent": _number(lv.parts_percent),
                }
                for lv in values["member.levels"]
            ]
        )

    def collect(self) -> dict[str, Any]:
        return {
            "payment.methods": [m.value for m, box in self.methods.items() if box.isChecked()],
            "settlement.rounding": self.rounding.currentData(),
            "labor.rate": self.labor_rate.text().strip(),
            "discount.limit_percent": self.discount_limit.text().strip(),
            "member.levels": self.levels.records(),
        }
