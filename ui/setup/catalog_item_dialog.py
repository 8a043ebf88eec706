"""Add or edit one catalog item: code, kind, names and units in both languages, price (a
rate per hour or a flat price for labor), standard hours, the asset kinds it applies to,
active. Refused fields say why under themselves; a conflict says who saved the item first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import AssetKind, LineKind
from app.domain.models import CatalogItem
from app.services.context import ServiceContext
from ui.common import labels
from ui.common.commands import run_command
from ui.common.field_errors import with_error_label
from ui.setup.messages import error_message
from ui.setup.page import Notice, SetupFieldErrors


class CatalogItemDialog(QDialog):
    """``item`` None adds a new one. Emits ``saved(item)``; the dialog closes itself."""

    saved = Signal(object)

    def __init__(
        self, ctx: ServiceContext, item: CatalogItem | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item = item
        self.setWindowTitle(self.tr("Edit catalog item") if item else self.tr("New catalog item"))
        self.errors = SetupFieldErrors(self)
        self.notice = Notice()
        self.kind = QComboBox()
        for kind in LineKind:
            self.kind.addItem(labels.name(kind), kind)
        self.code = QLineEdit()
        self.name_zh = QLineEdit()
        self.name_en = QLineEdit()
        self.unit = QLineEdit()
        self.unit_en = QLineEdit()
        #: parts: brand / specification, printed on the settlement list (JT/T 1133)
        self.brand_spec = QLineEdit()
        self.brand_spec.setObjectName("brandSpec")
        self.brand_spec.setPlaceholderText(self.tr("e.g. Bosch 0986AB1234"))
        self.price = QLineEdit()
        self.hours = QLineEdit()
        self.flat = QCheckBox(self.tr("&Flat price (one job, not hours × rate)"))
        self.kinds = {k: QCheckBox(labels.name(k)) for k in AssetKind}
        kinds_box = QWidget()
        kinds_row = QHBoxLayout(kinds_box)
        kinds_row.setContentsMargins(0, 0, 0, 0)
        for box in self.kinds.values():
            kinds_row.addWidget(box)
        kinds_row.addStretch(1)
        self.active = QCheckBox(self.tr("Ac&tive (offered at the desks)"))
        self.active.setChecked(True)
        form = QFormLayout()
        rows: list[tuple[str, str, QWidget]] = [
            (self.tr("&Kind"), "kind", self.kind),
            (self.tr("&Code"), "code", self.code),
            (self.tr("Name (&Chinese)"), "name_zh", self.name_zh),
            (self.tr("Name (&English)"), "name_en", self.name_en),
            (self.tr("&Unit (Chinese)"), "unit", self.unit),
            (self.tr("U&nit (English)"), "unit_en", self.unit_en),
            (self.tr("&Brand / spec"), "brand_spec", self.brand_spec),
            (self.tr("&Price"), "unit_price", self.price),
            (self.tr("Standard &hours"), "standard_hours", self.hours),
            ("", "flat", self.flat),
            (self.tr("&Applies to"), "asset_kinds", kinds_box),
            ("", "active", self.active),
        ]
        for text, field, widget in rows:
            box, error = with_error_label(widget)
            self.errors.bind(field, widget, error)
            form.addRow(text, box)
            label = form.labelForField(box)
            if label is not None and hasattr(label, "setBuddy"):
                label.setBuddy(widget)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.kind.currentIndexChanged.connect(self._follow_kind)
        self.flat.toggled.connect(self._follow_kind)
        if item is not None:
            self.show_item(item)
        self._follow_kind()
        self.setMinimumWidth(520)

    def show_item(self, item: CatalogItem) -> None:
        self.kind.setCurrentIndex(self.kind.findData(item.kind))
        self.code.setText(item.code)
        self.name_zh.setText(item.name_zh)
        self.name_en.setText(item.name_en)
        self.unit.setText(item.unit or "")
        self.unit_en.setText(item.unit_en or "")
        self.brand_spec.setText(item.brand_spec or "")
        self.price.setText(f"{item.unit_price:.2f}")
        self.hours.setText(f"{item.standard_hours.normalize():f}" if item.standard_hours else "")
        self.flat.setChecked(bool(item.flat))
        chosen = set((item.asset_kinds or "").split(","))
        for kind, box in self.kinds.items():
            box.setChecked(kind.value in chosen)
        self.active.setChecked(bool(item.active))

    def _follow_kind(self) -> None:
        labor = self.kind.currentData() == LineKind.LABOR
        self.flat.setEnabled(labor)
        self.hours.setEnabled(labor)
        self.brand_spec.setEnabled(not labor)
        if not labor:
            self.flat.setChecked(False)
        self.price.setPlaceholderText(
            self.tr("rate per hour") if labor and not self.flat.isChecked() else self.tr("price")
        )

    def values(self) -> dict[str, Any]:
        """What the form says, in the services' field names."""
        kinds = [k for k, box in self.kinds.items() if box.isChecked()]
        labor = self.kind.currentData() == LineKind.LABOR
        return {
            "kind": LineKind(self.kind.currentData()),
            "code": self.code.text(),
            "name_zh": self.name_zh.text(),
            "name_en": self.name_en.text(),
            "unit": self.unit.text() or None,
            "unit_en": self.unit_en.text() or None,
            "brand_spec": (self.brand_spec.text().strip() or None) if not labor else None,
            "unit_price": self.price.text().strip(),
            "standard_hours": (self.hours.text().strip() or None) if labor else None,
            "flat": self.flat.isChecked() if labor else False,
            "asset_kinds": kinds or None,
            "active": self.active.isChecked(),
        }

    def save(self) -> None:
        values = self.values()
        item = self.item
        if item is None:
            active = values.pop("active")

            def added(new: CatalogItem) -> None:
                if active:
                    self._on_saved(new)
                    return
                run_command(
                    self,
                    self.ctx,
                    "set_catalog_item_active",
                    {"item_id": new.id, "version": new.version, "active": False},
                    self._on_saved,
                    self._on_refused,
                )

            run_command(self, self.ctx, "add_catalog_item", values, added, self._on_refused)
        else:
            run_command(
                self,
                self.ctx,
                "update_catalog_item",
                {"item_id": item.id, "version": item.version, **values},
                self._on_saved,
                self._on_refused,
            )

    def _on_saved(self, item: CatalogItem) -> None:
        self.saved.emit(item)
        self.accept()

    def _on_refused(self, err: Exception) -> None:
        unplaced = self.errors.show(err)
        if (
            unplaced
            or not self.errors.fields()
            or not any(self.errors.text_of(f) for f in self.errors.fields())
        ):
            self.notice.say(error_message(err), error=True)
        else:
            self.notice.say(self.tr("Not saved: see the marked fields."), error=True)
