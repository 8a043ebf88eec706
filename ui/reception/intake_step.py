"""Base of one intake step: lays out its fields, reads/writes the intake state, and moves
the keyboard forward (Enter: next field, on the last field the next step)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QPlainTextEdit, QWidget

from app.domain.errors import ValidationError, ValidationErrors
from app.services.context import ServiceContext
from ui.common.errors import field_text
from ui.common.field_errors import FieldErrors, with_error_label
from ui.reception.intake_state import IntakeState


class Step(QWidget):
    """``advance`` asks the flow for the next step. Subclasses list their ``inputs`` in
    keyboard order and implement ``load``/``store``/``check``."""

    advance = Signal()
    changed = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FieldErrors(self)
        self.general_error = QLabel()
        self.general_error.setObjectName("formError")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.inputs: list[QWidget] = []

    # --- to implement ---
    def title(self) -> str:
        raise NotImplementedError

    def load(self, state: IntakeState) -> None:
        """Fill the widgets from ``state``."""

    def store(self, state: IntakeState) -> None:
        """Write the widgets into ``state``."""

    def check(self, state: IntakeState) -> list[ValidationError]:
        """This step's input rules (the services' own, run without writing anything)."""
        return []

    def entered(self, state: IntakeState) -> None:
        """Called each time the step is shown."""

    # --- helpers for subclasses ---
    def add_field(
        self, form: QFormLayout, label: str, widget: QWidget, field: str | None = None
    ) -> QWidget:
        box, error = with_error_label(widget)
        caption = QLabel(label)
        caption.setBuddy(widget)
        form.addRow(caption, box)
        if field:
            self.errors.bind(field, widget, error)
        self.inputs.append(widget)
        widget.installEventFilter(self)
        return box

    def column(self, layout: QLayout, width: int = 760) -> QWidget:
        """``layout`` in a column of readable width (forms do not stretch across the screen)."""
        box = QWidget()
        box.setLayout(layout)
        box.setMaximumWidth(width)
        return box

    def show_errors(self, errors: list[ValidationError], *, focus: bool = True) -> None:
        """Each error next to its field; those without one (or handled by a prefix handler
        that adds to it) in the step's general message."""
        self.general_error.setText("")
        if not errors:
            self.errors.clear()
            self.general_error.hide()
            return
        unplaced = self.errors.show(ValidationErrors(errors), focus=focus)
        lines = [self.general_error.text()] if self.general_error.text() else []
        lines += [field_text(e) for e in unplaced]
        self.general_error.setText("\n".join(lines))
        self.general_error.setVisible(bool(lines))

    def show_message(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.setVisible(bool(text))

    def focus_first(self) -> None:
        for widget in self.inputs:
            if widget.isVisibleTo(self) and widget.isEnabled():
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _visible_inputs(self) -> list[QWidget]:
        return [w for w in self.inputs if w.isVisibleTo(self) and w.isEnabled()]

    def focus_next_from(self, widget: QWidget) -> None:
        chain = self._visible_inputs()
        if widget in chain and chain.index(widget) + 1 < len(chain):
            chain[chain.index(widget) + 1].setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.advance.emit()

    # --- keyboard ---
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(obj, QWidget):
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers()
                & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
            ):
                if self.enter_pressed(obj):
                    return True
                self.focus_next_from(obj)
                return True
            if (
                isinstance(obj, QPlainTextEdit)
                and event.key() == Qt.Key.Key_Tab
                and not event.modifiers()
            ):
                self.focus_next_from(obj)
                return True
        return super().eventFilter(obj, event)

    def enter_pressed(self, widget: QWidget) -> bool:
        """A step's own meaning of Enter in ``widget`` (e.g. add the catalog hit); True if
        it handled it."""
        return False
