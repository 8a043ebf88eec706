"""What every page of the Setup desk shares: a title, a form whose refused fields say why
next to themselves, a message line, loading through services off the GUI thread
(:meth:`SetupPage.run`) and saving through the desks' command path (:meth:`SetupPage.send`),
and the desk's keys (Ctrl+S saves, Esc puts back what was loaded).

A page declares which change-feed entities it shows (``entities``); the desk reloads it when
any station commits one of them, unless the user is in the middle of an edit there (then
the page says that another station saved, and the user's input stays).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ConflictError, ValidationError
from app.services.context import ServiceContext
from ui.common.calls import call
from ui.common.commands import run_command
from ui.common.errors import validation_errors
from ui.common.field_errors import ErrorLabel, FieldErrors, mark, with_error_label
from ui.common.widgets import hint
from ui.setup.messages import error_message, field_message


class SetupFieldErrors(FieldErrors):
    """:class:`FieldErrors` speaking the Setup desk's codes (:mod:`ui.setup.messages`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: dict[str, tuple[QWidget, ErrorLabel]] = {}

    def bind(self, field: str, widget: QWidget, label: ErrorLabel) -> None:
        super().bind(field, widget, label)
        self._entries[field] = (widget, label)

    def focus_at(self, field: str, widget: QWidget) -> None:
        """A refusal of ``field`` marks and focuses ``widget`` (its label stays)."""
        self.bind(field, widget, self._entries[field][1])

    def alias(self, alias: str, field: str) -> None:
        """Errors named ``alias`` show at ``field`` (a service may say either)."""
        self.bind(alias, *self._entries[field])

    def show(self, err: BaseException, *, focus: bool = True) -> list[ValidationError]:
        self.clear()
        unplaced: list[ValidationError] = []
        first: QWidget | None = None
        for e in validation_errors(err):
            entry = self._entries.get(e.field) or self._entries.get(e.field.split("[")[0])
            if entry is None:
                unplaced.append(e)
                continue
            widget, label = entry
            if not label.isVisibleTo(label.parentWidget()):
                label.say(field_message(e))
            mark(widget, True)
            first = first or widget
        if focus and first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return unplaced


class Notice(QLabel):
    """The page's message line: green for done, red for refused; hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def say(self, text: str, *, error: bool = False) -> None:
        self.setProperty("kind", "error" if error else "")
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText(text)
        self.setVisible(bool(text))


class SetupPage(QWidget):
    """One page of the desk. Subclasses lay out in ``__init__`` and implement ``load``
    (ask services, then show), and, if they edit, ``save`` and ``revert``."""

    #: the page finished a load or a save (tests and the desk wait on it)
    loaded = Signal()
    saved = Signal()
    refused = Signal(str)

    #: change-feed entities whose commits this page shows
    entities: frozenset[str] = frozenset()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = SetupFieldErrors(self)
        self.notice = Notice()
        self._dirty = False
        self._busy = 0

    # --- to implement ---
    def title(self) -> str:
        raise NotImplementedError

    def load(self) -> None:
        """Reload what the page shows from the services."""

    def save(self) -> None:
        """Ctrl+S: send what was typed."""

    def revert(self) -> None:
        """Esc: forget what was typed, show what was loaded."""
        self.errors.clear()
        self.notice.say("")
        self.set_dirty(False)
        self.load()

    def focus_first(self) -> None:
        self.setFocus()

    # --- state ---
    def is_dirty(self) -> bool:
        return self._dirty

    def set_dirty(self, dirty: bool = True) -> None:
        self._dirty = dirty

    def dirty_on(self, *signals: Any) -> None:
        """Typing in these widgets' change signals marks the page edited."""
        for signal in signals:
            signal.connect(lambda *_: self.set_dirty(True))

    def changed_elsewhere(self) -> None:
        """Another station committed something this page shows."""
        if self._dirty:
            self.notice.say(
                self.tr(
                    "Another station saved this page meanwhile. Your input is kept: Esc shows "
                    "theirs; saving is refused where you both changed the same thing."
                )
            )
        else:
            self.load()

    # --- calling services ---
    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        """``fn`` off the GUI thread; the answer comes back here, refusals to ``on_error``
        (default: :meth:`show_error`)."""
        self._busy += 1

        def done(result: Any) -> None:
            self._busy -= 1
            on_done(result)

        def failed(err: Exception) -> None:
            self._busy -= 1
            (on_error or self.show_error)(err)

        call(self, fn, done, failed)

    def send(
        self,
        action: str,
        kwargs: dict[str, Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        """A change through the desks' command path (:mod:`ui.common.commands`): off the
        GUI thread; the answer comes back here, refusals to ``on_error`` (default:
        :meth:`show_error`)."""
        self._busy += 1

        def done(result: Any) -> None:
            self._busy -= 1
            on_done(result)

        def failed(err: Exception) -> None:
            self._busy -= 1
            (on_error or self.show_error)(err)

        run_command(self, self.ctx, action, kwargs, done, failed)

    def busy(self) -> bool:
        return self._busy > 0

    def show_error(self, err: BaseException) -> None:
        """Field errors next to their fields; the rest (and conflicts) on the message line."""
        unplaced = self.errors.show(err)
        if isinstance(err, ConflictError):
            self.set_dirty(False)
            self.load()
        if unplaced or not validation_errors(err):
            text = (
                error_message(err)
                if not unplaced
                else "\n".join(field_message(e) for e in unplaced)
            )
            self.notice.say(text, error=True)
            self.refused.emit(text)
        else:
            self.notice.say(self.tr("Not saved: see the marked fields."), error=True)
            self.refused.emit(self.notice.text())

    def show_saved(self, text: str = "") -> None:
        self.errors.clear()
        self.set_dirty(False)
        self.notice.say(text or self.tr("Saved. Every station uses it from now on."))
        self.saved.emit()


class FormPage(SetupPage):
    """A page that is one form in a scroll area: ``add_row(label, field, widget)``."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        body = QWidget()
        body.setMaximumWidth(820)
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        self.intro = hint("")
        self.intro.hide()
        inner.addWidget(self.intro)
        inner.addLayout(self.form)
        self.below = QVBoxLayout()
        inner.addLayout(self.below)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addWidget(scroll, 1)

    def set_intro(self, text: str) -> None:
        """A line above the form saying what the page is for."""
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def add_row(self, label: str, field: str | None, widget: QWidget) -> QWidget:
        """A form row; with ``field`` its errors appear under it. Returns ``widget``."""
        if field is None:
            self.form.addRow(label, widget)
            return widget
        box, error = with_error_label(widget)
        self.errors.bind(field, widget, error)
        self.form.addRow(label, box)
        lab = self.form.labelForField(box)
        if isinstance(lab, QLabel):
            lab.setBuddy(widget)
        return widget
