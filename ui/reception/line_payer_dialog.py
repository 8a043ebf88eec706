"""Who pays one line of an order (the customer, warranty, goodwill, insurance, internal) and
its discount, changed before the order is settled (``lines.set_line_payer_and_discount``).

The dialog collects the two values and sends them with the order version the advisor saw;
a refused value is shown next to its field, any other refusal (the order was settled or
changed meanwhile) under the fields.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
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

from app.domain.enums import Payer
from app.domain.models import OrderLine
from app.services.context import ServiceContext
from app.services.lines import set_line_payer_and_discount
from app.services.views import OrderDetail
from ui.common import format as fmt
from ui.common import labels
from ui.common.calls import call
from ui.common.errors import error_text, field_text, validation_errors
from ui.common.field_errors import FieldErrors, with_error_label


class LinePayerDialog(QDialog):
    """Emits ``saved(OrderDetail)`` with the order as it is after the change."""

    saved = Signal(object)

    def __init__(
        self,
        ctx: ServiceContext,
        detail: OrderDetail,
        line: OrderLine,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail = detail
        self.line = line
        self.busy = False
        self.setWindowTitle(self.tr("Payer and discount"))
        what = QLabel(
            self.tr("%1 on %2: %3 × %4")
            .replace("%1", line.description)
            .replace("%2", detail.order.number)
            .replace("%3", fmt.quantity(line.quantity))
            .replace("%4", fmt.money(line.unit_price))
        )
        what.setWordWrap(True)
        self.payer = QComboBox()
        self.payer.setObjectName("payer")
        for payer in Payer:
            self.payer.addItem(labels.name(payer), payer.value)
        self.payer.setCurrentIndex(self.payer.findData(line.payer.value))
        self.discount = QLineEdit(fmt.quantity(line.discount_percent))
        self.discount.setObjectName("discount")
        self.errors = FieldErrors(self)
        form = QFormLayout()
        for field, caption, widget in (
            ("payer", self.tr("&Paid by:"), self.payer),
            ("discount_percent", self.tr("&Discount %:"), self.discount),
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
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        self.payer.setFocus()

    def _on_ok(self) -> None:
        if self.busy:
            return
        self.busy = True
        self.buttons.setEnabled(False)
        ctx, order_id, line_id = self.ctx, self.detail.id, self.line.id
        payer, discount, version = (
            self.payer.currentData(),
            self.discount.text(),
            self.detail.version,
        )
        call(
            self,
            lambda: set_line_payer_and_discount(
                ctx, order_id, line_id, payer=payer, discount_percent=discount, version=version
            ),
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
        else:  # e.g. settled or changed at another desk meanwhile
            self.errors.clear()
            texts = [error_text(exc)]
        self.general_error.setText("\n".join(texts))
        self.general_error.setVisible(bool(texts))
