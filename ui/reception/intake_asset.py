"""Intake step 2: the vehicle or device — with the fields of its kind (vehicle: plate, VIN,
make, model, year, colour, mileage; device: brand, model, IMEI, serial; e-bike: frame,
motor, battery). Typing an identifier that is already on file offers that record."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QIntValidator, QKeyEvent
from PySide6.QtWidgets import (
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
from app.services.context import ServiceContext
from app.services.customers import Collector, clean_asset
from app.services.lookup import lookup
from app.services.views import LookupHit
from ui.common import labels
from ui.common.latest import LatestQuery
from ui.common.lookup_box import HitDelegate
from ui.common.widgets import hint, title
from ui.models.lookup_hits import LookupHitsModel
from ui.reception.intake_state import ASSET_FIELDS, IntakeState
from ui.reception.intake_step import Step

#: which fields each kind shows, in keyboard order
KIND_FIELDS: dict[AssetKind, tuple[str, ...]] = {
    AssetKind.VEHICLE: ("plate", "vin", "make", "model", "year", "colour", "mileage_km"),
    AssetKind.DEVICE: ("make", "model", "imei", "serial", "colour"),
    AssetKind.EBIKE: ("frame_no", "make", "model", "motor_no", "battery_serial", "colour"),
}
IDENT_FIELDS = ("plate", "vin", "imei", "serial", "frame_no")


class AssetStep(Step):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
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
        }
        form = QFormLayout()
        self.add_field(form, self.tr("Kind"), self.kind, "asset.kind")
        self.fields: dict[str, QLineEdit] = {}
        self._rows: dict[str, QWidget] = {}
        for name in ASSET_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"asset_{name}")
            if name in ("year", "mileage_km"):
                edit.setValidator(QIntValidator(0, 9_999_999, edit))
            self.fields[name] = edit
            self._rows[name] = self.add_field(form, captions[name], edit, f"asset.{name}")
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
        self._on_kind()

    def store(self, state: IntakeState) -> None:
        if self._switch_customer is not None:
            state.customer_id, state.customer_label = self._switch_customer
            self._switch_customer = None
        state.asset_id = self._asset_id
        state.asset_label = self._asset_label
        state.asset_kind = self.kind.currentData()
        state.asset = {n: e.text() for n, e in self.fields.items() if e.text().strip()}

    def check(self, state: IntakeState) -> list[ValidationError]:
        data = state.asset_input()
        if data is None:
            return []
        c = Collector()
        clean_asset(data, c, "asset.")
        return c.errors

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
        order: list[QWidget] = [self.kind]
        order += [self.fields[n] for n in KIND_FIELDS[self.current_kind()]]
        self.inputs = order + [w for w in self.inputs if w not in order]

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
