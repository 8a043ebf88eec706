"""Editing an order line in a table cell, checked as its form checks it.

A cell of a lines table (the intake estimate, a technician's finding) takes what the form
would take: the typed text goes through the core's own line rules
(:func:`app.services.lines.clean_line`), after the normalisation an input method needs
(full-width digits, full-width point or minus, a leading ¥). A refused value is never
written: the editor stays open, red, with the reason as its tooltip and beside the table,
until it is corrected or Esc puts the old value back. An empty price is refused too: a
line given free says so (0, or who pays it instead: warranty, goodwill...), it never
becomes 0.00 by itself.

Keys in an editor: Enter commits and stays on the cell (it never reaches the step's or the
dialog's default action), Esc cancels, Tab / Shift+Tab commit and go to the next / previous
editable cell, and past the last (first) one leave the table. The commit is made at once,
inside the key press, by the view's own delegate (one per view): never later, when the
editor may no longer belong to the view.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import replace
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.domain.errors import ValidationError
from app.services.customers import Collector
from app.services.inputs import LineInput
from app.services.lines import clean_line, clean_lines
from ui.common.errors import field_text
from ui.common.field_errors import mark

Index = QModelIndex | QPersistentModelIndex

#: the fields of a line typed as numbers (normalised from what an input method sends)
NUMERIC_FIELDS = frozenset({"quantity", "unit_price", "discount_percent"})
#: the code of an empty price: a free line must be said, not left blank
PRICE_EMPTY = "price_empty"
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_TAB = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


def normalise_number(text: str) -> str:
    """``"１２．５"`` -> ``"12.5"``; ``"￥ 80"`` -> ``"80"``: what a Chinese input method
    types for a number, as the core reads it (NFKC folds full-width forms)."""
    folded = unicodedata.normalize("NFKC", text).strip()
    folded = folded.replace("\u2212", "-")  # the minus sign
    for sign in ("¥", "￥"):
        folded = folded.removeprefix(sign).strip()
    return folded


def _shown(field: str, value: Any) -> str:
    """The checked value as the cell keeps it (text, as typed but normalised)."""
    if field == "unit_price":
        return f"{value:.2f}"
    if field == "quantity":
        return f"{value.normalize():f}"
    return str(value)


def check_line_cell(line: LineInput, field: str, text: str) -> tuple[str, ValidationError | None]:
    """``text`` typed into ``field`` of ``line``: what the cell keeps, or why the core's
    line rules refuse it (only this field's reasons, and a line too large for a
    statement when a number changes)."""
    typed = normalise_number(text) if field in NUMERIC_FIELDS else text.strip()
    if field == "unit_price" and not typed:
        return typed, price_empty_error(field)
    c = Collector()
    cleaned = clean_line(replace(line, **{field: typed}), c)
    for err in c.errors:
        if err.field == field or (field in NUMERIC_FIELDS and err.code == "line_too_large"):
            return typed, err
    return _shown(field, cleaned[field]), None


def price_empty_error(field: str = "unit_price") -> ValidationError:
    return ValidationError(field, PRICE_EMPTY, "type a price; 0 for a line given free", "")


def check_lines(lines: list[LineInput], prefix: str = "lines") -> list[ValidationError]:
    """The core's rules on whole lines before sending (an empty price named as such)."""
    c = Collector()
    clean_lines(lines, c, prefix)
    errors = []
    for err in c.errors:
        parts = err.field.split(".")
        if (
            parts[-1] == "unit_price"
            and err.code == "money_format"
            and not str(err.value or "").strip()
        ):
            err = price_empty_error(err.field)
        errors.append(err)
    return errors


class CheckedCells(Protocol):
    """A model whose editable cells are checked: ``check_cell(index, text)`` gives what
    the cell would keep and the core's reason to refuse it (``None``: accepted)."""

    def check_cell(self, index: Index, text: str) -> tuple[str, ValidationError | None]: ...


class CellEditor(QLineEdit):
    """The editor of one cell; knows its cell (the view may be reset meanwhile)."""

    def __init__(self, index: Index, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cell = QPersistentModelIndex(index)
        self.setFrame(False)


class CheckedCellDelegate(QStyledItemDelegate):
    """The delegate of one view (it installs itself): editors checked by the model's
    ``check_cell``. ``refused(message)`` when a value is refused (shown beside the table
    by the owner), ``accepted()`` when a cell took its value or the edit was cancelled."""

    refused = Signal(str)
    accepted = Signal()

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        view.setItemDelegate(self)
        # Tab leaves the table (arrows move between cells); in an editor it goes on to
        # the next editable cell first
        view.setTabKeyNavigation(False)

    # --- the editor ---
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = CellEditor(index, parent)
        align = index.data(Qt.ItemDataRole.TextAlignmentRole)
        if align is not None:  # a number is typed where it is shown: on the right
            editor.setAlignment(Qt.AlignmentFlag(int(align)))
        editor.textEdited.connect(lambda _t: self._unmark(editor))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QLineEdit):
            value = index.data(Qt.ItemDataRole.EditRole)
            editor.setText("" if value is None else str(value))
            editor.selectAll()
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if not isinstance(editor, QLineEdit):
            super().setModelData(editor, model, index)
            return
        error = self.check(index, editor.text())
        if error is None:
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def check(self, index: Index, text: str) -> str | None:
        """The reason ``text`` is refused in the cell ``index``, or None."""
        model = index.model()
        checker: Callable[[Index, str], tuple[str, ValidationError | None]] | None = getattr(
            model, "check_cell", None
        )
        if checker is None:
            return None
        _value, err = checker(index, text)
        return field_text(err) if err is not None else None

    # --- keys and focus ---
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if not isinstance(obj, CellEditor):
            return super().eventFilter(obj, event)
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            if event.key() in (*_ENTER, *_TAB, Qt.Key.Key_Escape):
                event.accept()  # the editor's key, not a shortcut of the step or dialog
                return True
        if kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.accepted.emit()
                self.closeEditor.emit(obj, QAbstractItemDelegate.EndEditHint.RevertModelCache)
                return True
            if key in _ENTER:
                self._commit(obj)
                return True
            if key in _TAB:
                back = key == Qt.Key.Key_Backtab or bool(
                    event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                )
                if self._commit(obj):
                    self._move(obj.cell, back)
                return True
        if (
            kind == QEvent.Type.FocusOut
            and obj.cell.isValid()
            and QApplication.activePopupWidget() is None
            and not _holds_focus(obj)
        ):
            # focus went elsewhere (a click): a good value is kept, a bad one is not
            if not self._commit(obj):
                self.closeEditor.emit(obj, QAbstractItemDelegate.EndEditHint.RevertModelCache)
            return False
        return super().eventFilter(obj, event)

    def _commit(self, editor: CellEditor) -> bool:
        """Write the editor's value now and close it; False (editor open, marked) if the
        value is refused."""
        if not editor.cell.isValid():  # its row went away meanwhile
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)
            return True
        message = self.check(editor.cell, editor.text())
        if message is not None:
            editor.setToolTip(message)
            mark(editor, True)
            self.refused.emit(message)
            return False
        self.commitData.emit(editor)
        self.accepted.emit()
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        return True

    def _unmark(self, editor: CellEditor) -> None:
        if editor.property("error"):
            editor.setToolTip("")
            mark(editor, False)

    def _move(self, cell: QPersistentModelIndex, back: bool) -> None:
        """To the next (previous) editable cell, editing it; past the end, out of the table."""
        view = self.view
        target = next_editable(view, QModelIndex(cell), back) if cell.isValid() else None
        if target is not None:
            view.setCurrentIndex(target)
            view.edit(target)
            return
        view.setFocus(Qt.FocusReason.TabFocusReason)
        leave_view(view, back)


def _holds_focus(editor: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and editor.isAncestorOf(focus)


def next_editable(view: QAbstractItemView, index: QModelIndex, back: bool) -> QModelIndex | None:
    """The editable cell after (before) ``index``, row by row, or None past the end."""
    model = view.model()
    columns = model.columnCount()
    rows = model.rowCount()
    hidden = getattr(view, "isColumnHidden", lambda _c: False)
    position = index.row() * columns + index.column()
    step = -1 if back else 1
    position += step
    while 0 <= position < rows * columns:
        candidate = model.index(position // columns, position % columns)
        if not hidden(candidate.column()) and (candidate.flags() & Qt.ItemFlag.ItemIsEditable):
            return candidate
        position += step
    return None


def leave_view(view: QAbstractItemView, back: bool = False) -> None:
    """Focus to the widget after (before) ``view`` in the tab chain."""
    key = Qt.Key.Key_Backtab if back else Qt.Key.Key_Tab
    mods = Qt.KeyboardModifier.ShiftModifier if back else Qt.KeyboardModifier.NoModifier
    # the view's own Tab handling (tab key navigation off): the window's focus chain
    QApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyPress, key, mods))
