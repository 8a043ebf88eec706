"""Intake step 4: the walk-around checklist of the asset's kind (keys 1-4 set ok / attention
/ damaged / missing, Up/Down move) and, for vehicles, damage marks on the car diagram."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import AssetKind, DamageType
from app.domain.errors import ValidationError
from app.domain.models import ChecklistItem
from app.services.context import ServiceContext
from app.services.intake import checklist
from ui.common import labels
from ui.common.calls import call
from ui.common.errors import error_text, field_text
from ui.common.widgets import hint, setup_table, title
from ui.models.reception_checklist import RESULTS, ChecklistModel
from ui.reception.damage_diagram import DamageDiagram
from ui.reception.intake_state import IntakeState
from ui.reception.intake_step import Step

RESULT_KEYS = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2, Qt.Key.Key_4: 3}


class InspectionStep(Step):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._kind: AssetKind | None = None
        self._pending: IntakeState | None = None
        self._codes: list[str] = []  # item codes in the order they are sent (error "items.N")
        self.model = ChecklistModel(self)
        self.table = QTableView()
        self.table.setObjectName("checklist")
        self.table.setModel(self.model)
        setup_table(self.table, 0)
        self.table.installEventFilter(self)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note on the selected item (optional)"))
        self.note.installEventFilter(self)
        self.diagram = DamageDiagram()
        self.damage = QComboBox()
        for d in DamageType:
            self.damage.addItem(labels.name(d), d.value)
        self.diagram_box = QWidget()
        side = QVBoxLayout(self.diagram_box)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(title(self.tr("Damage marks")))
        side.addWidget(self.damage)
        side.addWidget(self.diagram, 1)
        side.addWidget(
            hint(
                self.tr(
                    "Arrows move the cross, Enter places a mark; "
                    "S D C H R M O choose the damage; Delete removes."
                )
            )
        )
        left = QVBoxLayout()
        left.addWidget(title(self.tr("Walk-around checklist")))
        left.addWidget(self.table, 1)
        left.addWidget(self.note)
        left.addWidget(self.general_error)
        left.addWidget(
            hint(
                self.tr(
                    "1 = OK, 2 = attention, 3 = damaged, 4 = missing (then the next item). "
                    "Tab goes to the diagram; Enter on the list goes on."
                )
            )
        )
        self.status = QLabel()
        left.addWidget(self.status)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(self.diagram_box, 2)
        self.inputs = [self.table, self.diagram]
        # Tab from the checklist goes straight to the diagram, then its damage type, the note
        QWidget.setTabOrder(self.table, self.diagram)
        QWidget.setTabOrder(self.diagram, self.damage)
        QWidget.setTabOrder(self.damage, self.note)
        self.errors.handle_prefix("inspection.items.", self._show_item_error)
        self.errors.handle_prefix("inspection.marks.", self._show_mark_error)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.damage.currentIndexChanged.connect(self._on_damage_chosen)
        self.diagram.damage_changed.connect(self._on_damage_typed)
        self.diagram.marks_changed.connect(self.changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        self.note.textEdited.connect(self._on_note)
        self.model.dataChanged.connect(self._update_status)
        self.model.modelReset.connect(self._update_status)

    def title(self) -> str:
        return self.tr("Inspection")

    # --- state ---
    def entered(self, state: IntakeState) -> None:
        self._codes = list(state.checklist)
        vehicle = state.kind is AssetKind.VEHICLE
        self.diagram_box.setVisible(vehicle)
        if self._kind is not state.kind:
            self._kind = state.kind
            self._pending = state
            kind = state.kind
            call(self, lambda: checklist(self.ctx, kind), self._on_checklist, self._on_error)

    def load(self, state: IntakeState) -> None:
        self.diagram.set_marks(
            [(float(m["x"]), float(m["y"]), DamageType(m["damage"])) for m in state.marks]
        )
        self._pending = state
        self.model.apply(state.checklist, state.checklist_notes)
        self.entered(state)

    def store(self, state: IntakeState) -> None:
        state.checklist = {code: r.value for code, r in self.model.results().items()}
        self._codes = list(state.checklist)
        state.checklist_notes = self.model.notes()
        state.marks = [{"x": x, "y": y, "damage": d.value} for x, y, d in self.diagram.marks]

    def ready(self) -> bool:
        return self.model.rowCount() > 0

    def focus_first(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    # --- slots ---
    def _on_checklist(self, items: list[ChecklistItem]) -> None:
        self.model.set_items([(i.code, i.label_zh, i.label_en) for i in items])
        if self._pending is not None:
            self.model.apply(self._pending.checklist, self._pending.checklist_notes)
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._update_status()

    def _on_error(self, exc: Exception) -> None:
        self.show_message(error_text(exc))

    # --- refused at confirm: "inspection.items.N.note", "inspection.marks.N.x" ---
    def _show_item_error(self, err: ValidationError) -> bool:
        parts = err.field.split(".")
        if len(parts) < 3 or not parts[2].isdigit() or int(parts[2]) >= len(self._codes):
            return False
        code = self._codes[int(parts[2])]
        rows = [r for r in range(self.model.rowCount()) if self.model.code(r) == code]
        if rows:
            self.table.setCurrentIndex(self.model.index(rows[0], 0))
        item = self.model.index(rows[0], 0).data() if rows else code
        self._add_general(self.tr("%1: %2").replace("%1", item).replace("%2", field_text(err)))
        return True

    def _show_mark_error(self, err: ValidationError) -> bool:
        parts = err.field.split(".")
        if len(parts) < 3 or not parts[2].isdigit():
            return False
        text = self.tr("Damage mark %1: %2").replace("%1", str(int(parts[2]) + 1))
        self._add_general(text.replace("%2", field_text(err)))
        return True

    def _add_general(self, line: str) -> None:
        text = self.general_error.text()
        self.general_error.setText((text + "\n" if text else "") + line)

    def _on_row(self) -> None:
        row = self.table.currentIndex().row()
        notes = self.model.notes()
        self.note.setText(notes.get(self.model.code(row), "") if row >= 0 else "")

    def _on_note(self, text: str) -> None:
        row = self.table.currentIndex().row()
        if row >= 0:
            self.model.set_note(row, text)
            self.changed.emit()

    def _on_damage_chosen(self) -> None:
        self.diagram.set_damage(DamageType(self.damage.currentData()))

    def _on_damage_typed(self, damage: DamageType) -> None:
        self.damage.setCurrentIndex(self.damage.findData(damage.value))

    def _update_status(self) -> None:
        done = len(self.model.results())
        self.status.setText(
            self.tr("%1 of %n item(s) checked", "", self.model.rowCount()).replace("%1", str(done))
        )

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in RESULT_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                row = self.table.currentIndex().row()
                if row < 0:
                    return True
                self.model.set_result(row, RESULTS[RESULT_KEYS[Qt.Key(key)]])
                if row + 1 < self.model.rowCount():
                    self.table.setCurrentIndex(self.model.index(row + 1, 0))
                self.changed.emit()
                return True
            if key in (Qt.Key.Key_0, Qt.Key.Key_Delete):
                row = self.table.currentIndex().row()
                self.model.set_result(row, None)
                self.changed.emit()
                return True
        return super().eventFilter(obj, event)

    def enter_pressed(self, widget: QWidget) -> bool:
        if widget is self.table:
            self.advance.emit()
            return True
        if widget is self.note:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False
