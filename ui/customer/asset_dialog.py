"""Edit a vehicle or device in the customer file: its identifiers, make and model, the
purchase and invoice dates (a vehicle's invoice date starts its 三包 period), and what
customer care reads: its status (in use, sold, stolen, scrapped), its use (private, company,
staff), the next 年检, the insurance renewal and the manufacturer warranty's end.

The fields are those of the asset's kind (the kind itself does not change). Dates are typed
as the core reads them (``2026-03-01``, ``2026/3/1``, ``20260301``, full-width digits too;
blank when unknown) and checked where they are typed: a date that is no date, or one in the
future, is said next to its field when the field is left, and again by the core on saving.
A VIN whose position 9 is no check digit (European makes) is a warning the core names: a
tick box under the VIN confirms it against the papers (Alt+C, or Tab to it and Space), and a
VIN saved so before comes ticked until it is changed. Save (Ctrl+S or Enter) sends the change
through the desks' command path, off the GUI thread, with the version read.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import AssetKind, AssetStatus, AssetUse
from app.domain.errors import ConflictError
from app.domain.models import Asset
from app.domain.text import parse_int
from app.domain.validation import confirmation_flag
from app.services.context import ServiceContext
from app.services.customers import Collector, clean_asset, vin_confirmed
from app.services.inputs import AssetInput
from ui.common import labels
from ui.common.commands import run_command
from ui.common.errors import error_text, field_text, validation_errors
from ui.common.field_errors import ErrorLabel, FieldErrors, mark, with_error_label
from ui.common.keys import add_key
from ui.common.typed_numbers import WholeNumberValidator
from ui.common.widgets import MessageLine, hint

#: the fields each kind shows, in keyboard order (the others are kept as they are)
KIND_FIELDS: dict[AssetKind, tuple[str, ...]] = {
    AssetKind.VEHICLE: (
        "plate",
        "vin",
        "make",
        "model",
        "year",
        "colour",
        "engine_no",
        "mileage_km",
        "purchase_date",
        "invoice_date",
    ),
    AssetKind.DEVICE: ("make", "model", "imei", "serial", "colour", "purchase_date"),
    AssetKind.EBIKE: (
        "frame_no",
        "make",
        "model",
        "motor_no",
        "battery_serial",
        "colour",
        "purchase_date",
    ),
}
TEXT_FIELDS = (
    "plate",
    "vin",
    "make",
    "model",
    "colour",
    "engine_no",
    "imei",
    "serial",
    "frame_no",
    "motor_no",
    "battery_serial",
    "notes",
)
DATE_FIELDS = ("purchase_date", "invoice_date")
#: customer care dates (any date: an overdue 年检 is what the due list is for), by kind
CARE_DATES: dict[AssetKind, tuple[str, ...]] = {
    AssetKind.VEHICLE: ("inspection_due", "insurance_due", "warranty_until"),
    AssetKind.DEVICE: ("warranty_until",),
    AssetKind.EBIKE: ("insurance_due", "warranty_until"),
}
ALL_CARE_DATES = ("inspection_due", "insurance_due", "warranty_until")


def asset_texts(asset: Asset) -> dict[str, str]:
    """What the dialog shows of ``asset``, field by field."""
    out = {f: getattr(asset, f) or "" for f in TEXT_FIELDS}
    out["year"] = str(asset.year) if asset.year is not None else ""
    out["mileage_km"] = str(asset.mileage_km) if asset.mileage_km is not None else ""
    for f in DATE_FIELDS + ALL_CARE_DATES:
        value = getattr(asset, f)
        out[f] = value.isoformat() if value is not None else ""
    return out


class AssetDialog(QDialog):
    """Emits ``saved(asset)`` once the core took the change (the dialog then closes)."""

    saved = Signal(object)

    def __init__(self, ctx: ServiceContext, asset: Asset, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.asset = asset
        self.kind = AssetKind(asset.kind)
        self.loaded = asset_texts(asset)
        self.setWindowTitle(
            self.tr("Edit %1: %2").replace("%1", labels.name(self.kind)).replace("%2", asset.label)
        )
        captions = {
            "plate": self.tr("&Plate"),
            "vin": self.tr("&VIN"),
            "make": self.tr("&Make / brand"),
            "model": self.tr("M&odel"),
            "year": self.tr("&Year"),
            "colour": self.tr("Colo&ur"),
            "engine_no": self.tr("&Engine number"),
            "mileage_km": self.tr("Mileage (&km)"),
            "imei": self.tr("&IMEI"),
            "serial": self.tr("&Serial number"),
            "frame_no": self.tr("&Frame number"),
            "motor_no": self.tr("Mo&tor number"),
            "battery_serial": self.tr("&Battery serial"),
            "purchase_date": self.tr("Pu&rchase date"),
            "invoice_date": self.tr("&Invoice date (三包 from)"),
            "inspection_due": self.tr("Next 年检 (annual inspection)"),
            "insurance_due": self.tr("Insurance renewal"),
            "warranty_until": self.tr("Manufacturer warranty until"),
        }
        self.errors = FieldErrors(self)
        self.message = MessageLine()
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        self.labels: dict[str, ErrorLabel] = {}
        for name in KIND_FIELDS[self.kind] + CARE_DATES[self.kind]:
            edit = QLineEdit(self.loaded[name])
            edit.setObjectName(f"asset_{name}")
            if name in ("year", "mileage_km"):
                edit.setValidator(WholeNumberValidator(0, 9_999_999, edit))
            if name in DATE_FIELDS + ALL_CARE_DATES:
                edit.setPlaceholderText(self.tr("YYYY-MM-DD, blank if unknown"))
                edit.setMaxLength(20)
                edit.editingFinished.connect(lambda n=name: self.check_field(n))
            self.fields[name] = edit
            box, label = with_error_label(edit)
            self.errors.bind(name, edit, label)
            self.labels[name] = label
            form.addRow(captions[name], box)
            caption = form.labelForField(box)
            if isinstance(caption, QLabel):
                caption.setBuddy(edit)
            if name == "vin":
                self.vin_confirm = QCheckBox(
                    self.tr("Confirmed: the VIN is as on the papers (no check digit)  (Alt+C)")
                )
                self.vin_confirm.setObjectName("confirmVin")
                form.addRow("", self.vin_confirm)
                # a VIN saved on a confirmation stays confirmed until it is changed
                self.vin_confirm.setChecked(vin_confirmed(asset.vin))
                self.vin_confirm.setVisible(self.vin_confirm.isChecked())
                edit.textEdited.connect(lambda _t: self.vin_confirm.setChecked(False))
        if "vin" not in self.fields:
            self.vin_confirm = QCheckBox()
            self.vin_confirm.hide()
        # customer care: gone (sold, stolen, scrapped) or a company/staff vehicle leaves the
        # due lists and follow-ups
        self.status = QComboBox()
        self.status.setObjectName("asset_status")
        for status in AssetStatus:
            self.status.addItem(labels.name(status), status)
        self.status.setCurrentIndex(self.status.findData(AssetStatus(asset.status)))
        self.use = QComboBox()
        self.use.setObjectName("asset_use")
        for use in AssetUse:
            self.use.addItem(labels.name(use), use)
        self.use.setCurrentIndex(self.use.findData(AssetUse(asset.use)))
        for combo, caption in (
            (self.status, self.tr("St&atus")),
            (self.use, self.tr("Use (private, compa&ny, staff)")),
        ):
            form.addRow(caption, combo)
            label = form.labelForField(combo)
            if isinstance(label, QLabel):
                label.setBuddy(combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            hint(self.tr("Dates: 2026-03-01, 2026/3/1 or 20260301. Ctrl+S or Enter saves."))
        )
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        add_key(self, "Ctrl+S", self.save)
        add_key(self, "Alt+C", self._on_confirm_key)
        self.setMinimumWidth(520)
        self._sending = False

    # --- what was typed ---
    def typed(self) -> AssetInput:
        """The asset as typed; fields the kind does not show are sent as they were."""
        text = dict(self.loaded)
        text.update({n: e.text() for n, e in self.fields.items()})
        blank = lambda f: text[f].strip() or None  # noqa: E731
        return AssetInput(
            kind=self.kind,
            make=blank("make"),
            model=blank("model"),
            year=parse_int(text["year"]) if text["year"].strip() else None,
            colour=blank("colour"),
            purchase_date=blank("purchase_date"),
            invoice_date=blank("invoice_date"),
            plate=blank("plate"),
            vin=blank("vin"),
            engine_no=blank("engine_no"),
            mileage_km=parse_int(text["mileage_km"]) if text["mileage_km"].strip() else None,
            imei=blank("imei"),
            serial=blank("serial"),
            frame_no=blank("frame_no"),
            motor_no=blank("motor_no"),
            battery_serial=blank("battery_serial"),
            notes=blank("notes"),
            confirm_vin=self.vin_confirm.isChecked(),
            status=self.status.currentData(),
            use=self.use.currentData(),
            inspection_due=blank("inspection_due"),
            insurance_due=blank("insurance_due"),
            warranty_until=blank("warranty_until"),
            care_dates=True,
        )

    def check_field(self, name: str) -> None:
        """Leaving a field: the core's rule for it, said next to it (nothing is sent)."""
        c = Collector()
        clean_asset(self.typed(), c)
        mine = [e for e in c.errors if e.field == name]
        label = self.labels[name]
        mark(self.fields[name], bool(mine))
        label.say(field_text(mine[0]) if mine else "")

    # --- saving ---
    def save(self) -> None:
        if self._sending:
            return
        self._sending = True
        self.message.say("")
        self.buttons.setEnabled(False)
        run_command(
            self,
            self.ctx,
            "update_asset",
            {"asset_id": self.asset.id, "data": self.typed(), "version": self.asset.version},
            self._on_saved,
            self._on_refused,
        )

    def _on_saved(self, asset: Asset) -> None:
        self._sending = False
        self.buttons.setEnabled(True)
        self.saved.emit(asset)
        self.accept()

    def _on_refused(self, exc: Exception) -> None:
        self._sending = False
        self.buttons.setEnabled(True)
        errors = validation_errors(exc)
        warned = any(confirmation_flag(e) == "confirm_vin" for e in errors)
        if warned:
            self.vin_confirm.show()
        if isinstance(exc, ConflictError):
            self.message.say(
                self.tr("Another station changed this record meanwhile: close and open it again.")
            )
            return
        unplaced = self.errors.show(exc)
        if unplaced or not errors:
            self.message.say(error_text(exc))
        if warned:
            self.message.say(
                self.tr("Check the VIN against the papers, tick the box (Alt+C) and save again."),
            )

    def _on_confirm_key(self) -> None:
        """Alt+C ticks (or unticks) the confirmation while the warning shows it."""
        if self.vin_confirm.isVisibleTo(self):
            self.vin_confirm.toggle()
            self.vin_confirm.setFocus(Qt.FocusReason.ShortcutFocusReason)
