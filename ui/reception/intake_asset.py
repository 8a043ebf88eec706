"""Intake step 2: the vehicle or device — with the fields of its kind (vehicle: plate, VIN,
make, model, year, colour, mileage, purchase and invoice dates; device: brand, model, IMEI,
serial, purchase date; e-bike: frame, motor, battery, purchase date). Typing an identifier
that is already on file offers that record. Dates are typed as the core reads them
(2026-03-01, 2026/3/1, 20260301; a date in the future is refused at the field).

Leaving an identifier field (or the step) asks the core, off the GUI thread, whether a plate,
VIN, IMEI, serial or frame number is already on file (``customers.check_asset``): the answer
names the vehicle and its owner next to the field, here, not at the last step, and offers it
in the list (Down, Enter). A VIN whose position 9 is no check digit (European makes) is a
warning: a tick box under the VIN (Alt+C, or Enter then Space) confirms it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import AssetKind
from app.domain.errors import ValidationError
from app.domain.validation import confirmation_flag
from app.services.context import ServiceContext
from app.services.customers import Collector, check_asset, clean_asset
from app.services.lookup import lookup
from app.services.views import LookupHit
from ui.common import labels
from ui.common.calls import call
from ui.common.latest import LatestQuery
from ui.common.lookup_box import HitDelegate
from ui.common.typed_numbers import WholeNumberValidator
from ui.common.widgets import hint, title
from ui.models.lookup_hits import LookupHitsModel
from ui.reception.intake_state import ASSET_FIELDS, IntakeState
from ui.reception.intake_step import Step

#: which fields each kind shows, in keyboard order
KIND_FIELDS: dict[AssetKind, tuple[str, ...]] = {
    AssetKind.VEHICLE: (
        "plate",
        "vin",
        "make",
        "model",
        "year",
        "colour",
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
IDENT_FIELDS = ("plate", "vin", "imei", "serial", "frame_no")


class AssetStep(Step):
    """``on_file`` is emitted when the core says a typed identifier is already on file (the
    flow brings the user back here if they have moved on meanwhile)."""

    on_file = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        #: the identifiers last sent to the core, and its answer about them
        self._asked: tuple[str, ...] | None = None
        self._answered: tuple[str, ...] | None = None
        self._on_file: list[ValidationError] = []
        self._shown: list[ValidationError] = []
        self._showing = False
        self._asset_id: int | None = None
        self._asset_label = ""
        self._customer_id: int | None = None
        self._switch_customer: tuple[int, str] | None = None
        self.kind = QComboBox()
        self.kind.setObjectName("assetKind")
        for k in AssetKind:
            self.kind.addItem(labels.name(k), k.value)
        captions = {
            "plate": self.tr("Plate"),
            "vin": self.tr("VIN"),
            "make": self.tr("Make / brand"),
            "model": self.tr("Model"),
            "year": self.tr("Year"),
            "colour": self.tr("Colour"),
            "mileage_km": self.tr("Mileage (km)"),
            "imei": self.tr("IMEI"),
            "serial": self.tr("Serial number"),
            "frame_no": self.tr("Frame number"),
            "motor_no": self.tr("Motor number"),
            "battery_serial": self.tr("Battery serial"),
            "purchase_date": self.tr("Purchase date"),
            "invoice_date": self.tr("Invoice date (三包 from)"),
        }
        form = QFormLayout()
        self.add_field(form, self.tr("Kind"), self.kind, "asset.kind")
        self.fields: dict[str, QLineEdit] = {}
        self._rows: dict[str, QWidget] = {}
        for name in ASSET_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"asset_{name}")
            if name in ("year", "mileage_km"):
                edit.setValidator(WholeNumberValidator(0, 9_999_999, edit))
            if name in ("purchase_date", "invoice_date"):  # read by the core's check_date
                edit.setPlaceholderText(self.tr("YYYY-MM-DD, blank if unknown"))
                edit.setMaxLength(20)
            self.fields[name] = edit
            self._rows[name] = self.add_field(form, captions[name], edit, f"asset.{name}")
            if name == "vin":
                self.vin_confirm = QCheckBox(
                    self.tr("Confirmed: the VIN is as on the papers (no check digit)  (Alt+C)")
                )
                self.vin_confirm.setObjectName("confirmVin")
                self.vin_confirm.installEventFilter(self)
                form.addRow("", self.vin_confirm)
                self.inputs.append(self.vin_confirm)
        confirm_key = QShortcut(QKeySequence("Alt+C"), self)
        confirm_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        confirm_key.activated.connect(self._on_confirm_key)
        self._form = form
        self.existing = QLabel()
        self.existing.setObjectName("chosen")
        self.matches_model = LookupHitsModel(self)
        self.matches = QListView()
        self.matches.setModel(self.matches_model)
        self.matches.setItemDelegate(HitDelegate(self.matches))
        self.matches.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(title(self.tr("Which vehicle or device?")))
        left.addWidget(self.existing)
        left.addLayout(form)
        left.addWidget(self.general_error)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(hint(self.tr("Already on file (Down, then Enter takes it):")))
        right.addWidget(self.matches, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.column(left), 3)
        layout.addSpacing(24)
        layout.addLayout(right, 2)
        self._query = LatestQuery(
            lambda text: lookup(self.ctx, text, 5, ["plate", "vin", "ident"]),
            self._on_matches,
            lambda exc: None,
            150,
            self,
        )
        self._connect_signals()
        self._on_kind()

    def _connect_signals(self) -> None:
        self.kind.currentIndexChanged.connect(self._on_kind)
        for name in IDENT_FIELDS:
            self.fields[name].textEdited.connect(self._on_ident_typed)
            self.fields[name].editingFinished.connect(self._on_ident_left)
        self.fields["vin"].textEdited.connect(self._on_vin_typed)
        self.matches.activated.connect(lambda i: self._take(self.matches_model.hit(i.row())))

    def title(self) -> str:
        return self.tr("Vehicle / device")

    def current_kind(self) -> AssetKind:
        return AssetKind(self.kind.currentData())

    # --- state ---
    def load(self, state: IntakeState) -> None:
        self._asset_id = state.asset_id
        self._asset_label = state.asset_label
        self._customer_id = state.customer_id
        self.kind.setCurrentIndex(max(0, self.kind.findData(state.asset_kind)))
        for name, edit in self.fields.items():
            edit.setText(state.asset.get(name, ""))
        self.vin_confirm.setChecked(state.confirm_vin)
        self._on_file = []
        self._asked = self._answered = None
        self._on_kind()

    def store(self, state: IntakeState) -> None:
        if self._switch_customer is not None:
            state.customer_id, state.customer_label = self._switch_customer
            self._switch_customer = None
        state.asset_id = self._asset_id
        state.asset_label = self._asset_label
        state.asset_kind = self.kind.currentData()
        state.asset = {n: e.text() for n, e in self.fields.items() if e.text().strip()}
        state.confirm_vin = self.vin_confirm.isChecked()

    def check(self, state: IntakeState) -> list[ValidationError]:
        """The core's input rules, and what it said about identifiers on file (while they
        are still the ones typed)."""
        data = state.asset_input()
        if data is None:
            return []
        c = Collector()
        clean_asset(data, c, "asset.")
        if self._answered is not None and self._answered == self._idents():
            known = {e.field for e in c.errors}
            c.errors += [e for e in self._on_file if e.field not in known]
        return c.errors

    def show_errors(self, errors: list[ValidationError], *, focus: bool = True) -> None:
        """As every step; a VIN warning also shows the tick box that confirms it."""
        # the core's "already on file" (say on saving) names the asset and owner here too
        errors = [
            self._on_file_error(e) if e.code == "asset_exists" and "owner" in e.params else e
            for e in errors
        ]
        self._shown = list(errors)
        warned = any(confirmation_flag(e) == "confirm_vin" for e in errors)
        self.vin_confirm.setVisible(
            self.current_kind() is AssetKind.VEHICLE
            and self._asset_id is None
            and (warned or self.vin_confirm.isChecked())
        )
        self._showing = True  # moving the focus to a refused field leaves another one
        try:
            super().show_errors(errors, focus=focus)
        finally:
            self._showing = False

    # --- asking the core about identifiers on file ---
    def _idents(self) -> tuple[str, ...]:
        kind = self.current_kind()
        shown = KIND_FIELDS[kind]
        return (kind.value,) + tuple(
            self.fields[n].text().strip() if n in shown else "" for n in IDENT_FIELDS
        )

    def _stored(self) -> IntakeState:
        """What :meth:`store` would write, without touching the flow's state."""
        state = IntakeState(asset_kind=self.kind.currentData())
        state.asset = {n: e.text() for n, e in self.fields.items() if e.text().strip()}
        state.confirm_vin = self.vin_confirm.isChecked()
        return state

    def _on_ident_left(self) -> None:
        """Leaving an identifier field: what is wrong with the identifiers typed so far is
        said now (not a field still empty), and the core is asked whether they are on file."""
        if self._asset_id is None and not self._showing:
            idents = {f"asset.{n}" for n in IDENT_FIELDS}
            typed = {f"asset.{n}" for n in IDENT_FIELDS if self.fields[n].text().strip()}
            errors = [e for e in self._shown if e.field not in idents]
            errors += [e for e in self.check(self._stored()) if e.field in typed]
            self.show_errors(errors, focus=False)
        self.check_on_file()

    def check_on_file(self) -> None:
        """Ask the core (in the background) whether the typed identifiers are on file;
        nothing to ask for a vehicle chosen from the file or identifiers asked already."""
        idents = self._idents()
        if self._asset_id is not None or not any(idents[1:]) or idents == self._asked:
            return
        data = self._stored().asset_input()
        if data is None:
            return
        self._asked = idents
        ctx = self.ctx
        call(
            self,
            lambda: check_asset(ctx, data),
            lambda errors: self._on_checked(idents, errors),
            lambda _exc: self._forget(idents),  # offline: the core checks again on saving
        )

    def _forget(self, idents: tuple[str, ...]) -> None:
        if self._asked == idents:
            self._asked = None

    def _on_checked(self, idents: tuple[str, ...], errors: list[ValidationError]) -> None:
        if idents != self._idents() or self._asset_id is not None:
            return  # typed on meanwhile: that is asked on its own
        self._answered = idents
        self._on_file = [self._on_file_error(e) for e in errors if e.code == "asset_exists"]
        if not self._on_file:
            return
        first = self._on_file[0]
        self.matches_model.set_hits(
            [
                LookupHit(
                    "asset",
                    int(first.params["asset_id"]),
                    str(first.params.get("label", "")),
                    str(first.params.get("owner", "")),
                    first.field.removeprefix("asset."),
                    first.params.get("customer_id"),
                    int(first.params["asset_id"]),
                )
            ]
        )
        if self.isVisible():
            self.show_errors(self.check(self._stored()), focus=False)
        self.on_file.emit()

    def _on_file_error(self, err: ValidationError) -> ValidationError:
        """The core's ``asset_exists`` said in the desk's words: whose it is, and what to do."""
        owner = str(err.params.get("owner", ""))
        label = str(err.params.get("label", ""))
        mine = self._customer_id is None or err.params.get("customer_id") == self._customer_id
        text = (
            self.tr("On file for %1: %2. Down, then Enter takes it.")
            if mine
            else self.tr("On file for %1: %2. Transfer it in the customer file first.")
        )
        return ValidationError(
            err.field,
            "asset_on_file",
            text.replace("%1", owner).replace("%2", label),
            err.value,
            **err.params,
        )

    def entered(self, state: IntakeState) -> None:
        self._customer_id = state.customer_id

    # --- slots ---
    def _on_kind(self) -> None:
        chosen = self._asset_id is not None
        shown = set(KIND_FIELDS[self.current_kind()])
        for name, row in self._rows.items():
            visible = name in shown and not chosen
            row.setVisible(visible)
            label = self._form.labelForField(row)
            if label is not None:
                label.setVisible(visible)
        self.existing.setVisible(chosen)
        self.existing.setText(
            self.tr("On file: %1  (Ctrl+Backspace: enter another)").replace("%1", self._asset_label)
        )
        if self.current_kind() is not AssetKind.VEHICLE or chosen:
            self.vin_confirm.hide()
        order: list[QWidget] = [self.kind]
        for n in KIND_FIELDS[self.current_kind()]:
            order.append(self.fields[n])
            if n == "vin":
                order.append(self.vin_confirm)  # right under the VIN it confirms
        self.inputs = order + [w for w in self.inputs if w not in order]

    def _on_vin_typed(self, _text: str) -> None:
        """A confirmation was for the VIN as it was: another one is confirmed anew."""
        self.vin_confirm.setChecked(False)

    def _on_ident_typed(self, text: str) -> None:
        if len(text.strip()) >= 4:
            self._query.ask(text.strip())
        else:
            self.matches_model.set_hits([])

    def _on_matches(self, _text: str, hits: list[LookupHit]) -> None:
        self.matches_model.set_hits([h for h in hits if h.kind == "asset"])

    def _take(self, hit: LookupHit | None) -> None:
        if hit is None:
            return
        if self._customer_id is not None and hit.customer_id != self._customer_id:
            self.show_errors(
                [ValidationError("asset", "asset_other_owner", "belongs to another customer")]
            )
            self.show_message(
                self.tr("%1 belongs to %2. Transfer it in the customer file first.")
                .replace("%1", hit.title)
                .replace("%2", hit.subtitle)
            )
            return
        if self._customer_id is None and hit.customer_id is not None:
            self._switch_customer = (hit.customer_id, hit.subtitle)
        self._asset_id = hit.id
        self._asset_label = hit.title
        self.matches_model.set_hits([])
        self._on_kind()
        self.changed.emit()
        self.advance.emit()

    def _clear_choice(self) -> None:
        self._asset_id = None
        self._asset_label = ""
        self._on_kind()
        self.changed.emit()
        self.focus_first()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() == Qt.Key.Key_Backspace
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and self._asset_id is not None
        ):
            self._clear_choice()
            return
        super().keyPressEvent(event)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and obj in self.fields.values():
            assert isinstance(event, QKeyEvent)
            rows = self.matches_model.rowCount()
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and rows:
                row = self.matches.currentIndex().row()
                row = min(rows - 1, row + 1) if event.key() == Qt.Key.Key_Down else row - 1
                self.matches.setCurrentIndex(self.matches_model.index(max(row, -1)))
                if row < 0:
                    self.matches.clearSelection()
                return True
        return super().eventFilter(obj, event)

    def enter_pressed(self, widget: QWidget) -> bool:
        current = self.matches.currentIndex()
        if (
            widget in self.fields.values()
            and current.isValid()
            and self.matches.selectionModel().isSelected(current)
        ):
            self._take(self.matches_model.hit(current.row()))
            return True
        return False

    def _on_confirm_key(self) -> None:
        """Alt+C ticks (or unticks) the confirmation while a warning shows it."""
        if self.vin_confirm.isVisibleTo(self):
            self.vin_confirm.toggle()
            self.vin_confirm.setFocus(Qt.FocusReason.ShortcutFocusReason)
