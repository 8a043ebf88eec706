"""Refused input shown next to the field that caused it.

A form wraps each input with :func:`with_error_label` and registers it under the service's
field name (``"customer.name"``, ``"asset.plate"``, ``"lines.0.quantity"``). ``show(err)``
puts each :class:`~app.domain.errors.ValidationError` under its widget, marks the widget and
moves the keyboard focus to the first refused field; errors without a widget are returned
for the caller to show in a general place.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.domain.errors import ValidationError
from ui.common.errors import field_text, validation_errors
from ui.common.widgets import MessageLine


class ErrorLabel(QLabel):
    """The red line under a field; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class MessageLabel(MessageLine):
    """A dialog's line for a refusal no field explains (an error unless told otherwise:
    ``say(text, MessageKind.SUCCESS)`` reads green); hidden while there is nothing to say."""


def with_error_label(widget: QWidget) -> tuple[QWidget, ErrorLabel]:
    """``widget`` with an :class:`ErrorLabel` right under it, as one widget for a form row."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    label = ErrorLabel(box)
    layout.addWidget(label)
    return box, label


def mark(widget: QWidget, bad: bool) -> None:
    """Give ``widget`` (or take away) the red frame of a refused field."""
    if bool(widget.property("error")) == bad:
        return
    widget.setProperty("error", bad)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class FieldErrors(QObject):
    """The error labels of one form, by service field name."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fields: dict[str, tuple[QWidget, ErrorLabel]] = {}
        self._prefix_handlers: list[tuple[str, Callable[[ValidationError], bool]]] = []

    def bind(self, field: str, widget: QWidget, label: ErrorLabel) -> None:
        self._fields[field] = (widget, label)

    def wrap(self, field: str, widget: QWidget) -> QWidget:
        """``widget`` with its error label under it (to lay out), bound to ``field``."""
        box, label = with_error_label(widget)
        self.bind(field, widget, label)
        return box

    def handle_prefix(self, prefix: str, handler: Callable[[ValidationError], bool]) -> None:
        """Errors whose field starts with ``prefix`` (e.g. ``"lines."``) go to ``handler``;
        it returns whether it showed them."""
        self._prefix_handlers.append((prefix, handler))

    def fields(self) -> list[str]:
        return list(self._fields)

    def clear(self) -> None:
        for widget, label in self._fields.values():
            label.say("")
            mark(widget, False)

    def text_of(self, field: str) -> str:
        entry = self._fields.get(field)
        return entry[1].text() if entry and entry[1].isVisibleTo(entry[1].parentWidget()) else ""

    def show(self, err: BaseException, *, focus: bool = True) -> list[ValidationError]:
        """Show the field errors of ``err``; returns those that have no place in this form."""
        self.clear()
        unplaced: list[ValidationError] = []
        first: QWidget | None = None
        for e in validation_errors(err):
            entry = self._fields.get(e.field)
            if entry is None:
                if not any(e.field.startswith(p) and h(e) for p, h in self._prefix_handlers):
                    unplaced.append(e)
                continue
            widget, label = entry
            # one message per field: the first (most basic) reason wins
            if not label.text() or not label.isVisibleTo(label.parentWidget()):
                label.say(field_text(e))
            mark(widget, True)
            first = first or widget
        if focus and first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return unplaced

    def show_refusal(
        self,
        err: BaseException,
        message: MessageLabel,
        describe: Callable[[BaseException], str],
    ) -> None:
        """The field errors of ``err`` under their fields, and ``describe(err)`` in
        ``message`` when a field of it has no place here or no field explains the refusal."""
        unplaced = self.show(err)
        if unplaced or not any(self.text_of(f) for f in self._fields):
            message.say(describe(err))

    def owns(self, field: str) -> bool:
        return field in self._fields
