"""What the settlement list and the 三包 record need besides the work, recorded before the
vehicle leaves (``legal.set_legal_facts``): 维修类别, mileage out, the old parts' fate
(客户带走 / 回收 / 无) and the 三包 costs (towing, transport compensation, courtesy car).

Opened from the reception's order panel (Ctrl+G). A refused value is shown next to its field;
any other refusal (the order was released or changed meanwhile) under the fields.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import OldParts
from app.domain.text import parse_int
from app.services.context import ServiceContext
from app.services.legal import LegalFacts, default_old_parts
from app.services.views import OrderDetail
from ui.common import format as fmt
from ui.common.cell_editing import normalise_number
from ui.common.commands import run_command
from ui.common.errors import error_text, field_text, validation_errors
from ui.common.field_errors import FieldErrors, with_error_label
from ui.common.typed_numbers import WholeNumberValidator
from ui.reception.intake_visit import repair_categories


def old_parts_choices() -> list[tuple[str, str]]:
    return [
        (
            OldParts.CUSTOMER.value,
            QCoreApplication.translate("OldParts", "Taken by the customer (客户带走)"),
        ),
        (
            OldParts.RECYCLED.value,
            QCoreApplication.translate("OldParts", "Recycled by the shop (回收)"),
        ),
        (OldParts.NONE.value, QCoreApplication.translate("OldParts", "No old parts (无)")),
    ]


def _money_text(value: Decimal | None) -> str:
    return fmt.money(value) if value is not None else ""


class LegalFactsDialog(QDialog):
    """Emits ``saved(OrderDetail)`` with the order as it is after the change."""

    saved = Signal(object)

    def __init__(
        self, ctx: ServiceContext, detail: OrderDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail = detail
        self.busy = False
        o = detail.order
        self.setWindowTitle(self.tr("Repair category, mileage out, old parts"))
        self.category = QComboBox()
        self.category.setObjectName("repairCategory")
        self.category.addItem(self.tr("not chosen yet"), "")
        for value, text in repair_categories():
            self.category.addItem(text, value)
        self.category.setCurrentIndex(
            max(0, self.category.findData(o.repair_category.value if o.repair_category else ""))
        )
        self.mileage_out = QLineEdit("" if o.mileage_out is None else str(o.mileage_out))
        self.mileage_out.setObjectName("mileageOut")
        self.mileage_out.setValidator(WholeNumberValidator(0, 9_999_999, self.mileage_out))
        self.old_parts = QComboBox()
        self.old_parts.setObjectName("oldParts")
        for value, text in old_parts_choices():
            self.old_parts.addItem(text, value)
        self.old_parts.setCurrentIndex(self.old_parts.findData(default_old_parts(o).value))
        self.towing = QLineEdit(_money_text(o.towing_fee))
        self.towing.setObjectName("towingFee")
        self.transport = QLineEdit(_money_text(o.transport_compensation))
        self.transport.setObjectName("transportCompensation")
        self.courtesy = QLineEdit(o.courtesy_car or "")
        self.courtesy.setObjectName("courtesyCar")
        self.courtesy.setPlaceholderText(self.tr("plate and model of the car lent"))
        self.errors = FieldErrors(self)
        form = QFormLayout()
        for field, caption, widget in (
            ("repair_category", self.tr("&Repair category:"), self.category),
            ("mileage_out", self.tr("&Mileage out (km):"), self.mileage_out),
            ("old_parts", self.tr("&Old parts:"), self.old_parts),
            ("towing_fee", self.tr("&Towing fee (三包):"), self.towing),
            ("transport_compensation", self.tr("&Transport compensation:"), self.transport),
            ("courtesy_car", self.tr("&Courtesy car:"), self.courtesy),
        ):
            box, error = with_error_label(widget)
            label = QLabel(caption)
            label.setBuddy(widget)
            form.addRow(label, box)
            self.errors.bind(field, widget, error)
        self.general_error = QLabel()
        self.general_error.setObjectName("formError")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Order %1").replace("%1", o.number)))
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.category.setFocus()

    def facts(self) -> LegalFacts:
        """What the fields say: an emptied field is cleared, an untouched one kept."""
        clear: list[str] = []
        mileage = parse_int(self.mileage_out.text())
        if not self.mileage_out.text().strip():
            clear.append("mileage_out")
        money: dict[str, str | None] = {}
        for name, edit in (("towing_fee", self.towing), ("transport_compensation", self.transport)):
            text = normalise_number(edit.text()).strip()
            money[name] = text or None
            if not text:
                clear.append(name)
        courtesy = self.courtesy.text().strip()
        if not courtesy:
            clear.append("courtesy_car")
        category = self.category.currentData() or None
        if category is None:
            clear.append("repair_category")
        return LegalFacts(
            repair_category=category,
            mileage_out=mileage,
            old_parts=self.old_parts.currentData(),
            towing_fee=money["towing_fee"],
            transport_compensation=money["transport_compensation"],
            courtesy_car=courtesy or None,
            clear=tuple(clear),
        )

    def submit(self) -> None:
        if self.busy:
            return
        self.busy = True
        self.buttons.setEnabled(False)
        run_command(
            self,
            self.ctx,
            "set_legal_facts",
            {"order_id": self.detail.id, "facts": self.facts(), "version": self.detail.version},
            self._on_saved,
            self._on_refused,
        )

    def _on_saved(self, detail: OrderDetail) -> None:
        self.busy = False
        self.saved.emit(detail)
        self.accept()

    def _on_refused(self, exc: Exception) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        if validation_errors(exc):
            texts = [field_text(e) for e in self.errors.show(exc)]
        else:  # e.g. released or changed at another desk meanwhile
            self.errors.clear()
            texts = [error_text(exc)]
        self.general_error.setText("\n".join(texts))
        self.general_error.setVisible(bool(texts))
