"""The base of the Setup desk's pages that edit shared settings (money, numbers, hours,
security): load the page's keys with their versions, show them, and save only the keys the
user changed, each with the version it was loaded at (so two managers editing different
settings do not collide, and the same setting is refused to the second with who saved it).

Also :class:`RecordsTable`: an editable table for a list of records, keyboard first
(Ins adds a row, Del removes it, Ctrl+Up / Ctrl+Down move it, F2 or typing edits a cell,
Space ticks a box, Tab leaves the table).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QWidget,
)

from app.services import settings as settings_service
from app.services.context import ServiceContext
from app.services.settings import SettingsSnapshot
from app.settings.declared import SETTINGS
from ui.common.cell_editing import CheckedCellDelegate
from ui.models.setup_rows import RecordsModel
from ui.setup.page import FormPage


class SettingsForm(FormPage):
    """Subclasses set ``keys``, and implement ``show_values(values)`` and ``collect()``
    (the typed input by key, in any form the registry accepts)."""

    keys: tuple[str, ...] = ()
    entities = frozenset({"settings"})

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.snapshot: SettingsSnapshot | None = None
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        self.below.addLayout(row)

    # --- to implement ---
    def show_values(self, values: dict[str, Any]) -> None:
        raise NotImplementedError

    def collect(self) -> dict[str, Any]:
        raise NotImplementedError

    # --- load / save ---
    def load(self) -> None:
        keys = list(self.keys)
        self.run(lambda: settings_service.settings_snapshot(self.ctx, keys), self._on_snapshot)

    def _on_snapshot(self, snapshot: SettingsSnapshot) -> None:
        self.snapshot = snapshot
        self.show_values(snapshot.values)
        self.set_dirty(False)
        self.loaded.emit()

    def changed_values(self) -> dict[str, Any]:
        """The keys whose input differs from what was loaded (input the registry refuses
        counts as changed: the service says why)."""
        loaded = self.snapshot.values if self.snapshot else {}
        changed: dict[str, Any] = {}
        for key, value in self.collect().items():
            option = SETTINGS[key]
            try:
                same = key in loaded and option.to_text(option.clean(value)) == option.to_text(
                    loaded[key]
                )
            except Exception:  # refused input: let the service name the problem
                same = False
            if not same:
                changed[key] = value
        return changed

    def save(self) -> None:
        commit_edits()
        values = self.changed_values()
        if not values:
            self.errors.clear()
            self.notice.say(self.tr("Nothing to save: nothing was changed."))
            return
        versions = {
            k: self.snapshot.versions.get(k, 0) for k in values if self.snapshot is not None
        }
        self.send(
            "write_settings",
            {"values": values, "versions": versions or None},
            lambda _v: self._on_saved(),
        )

    def _on_saved(self) -> None:
        self.show_saved()
        self.load()


def commit_edits() -> None:
    """A cell being edited keeps what was typed (Ctrl+S while typing in a table)."""
    widget = QApplication.focusWidget()
    view = widget
    while view is not None and not isinstance(view, QAbstractItemView):
        view = view.parentWidget()
    if isinstance(view, QAbstractItemView) and view.state() == QAbstractItemView.State.EditingState:
        view.setFocus()  # the delegate commits the editor when it loses the focus


class RecordsTable(QTableView):
    """The keyboard of an editable list; ``model`` is a :class:`RecordsModel`.
    ``new_record()`` gives the record Ins adds."""

    def __init__(
        self, model: RecordsModel, new_record: dict[str, Any], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setModel(model)
        self.records = model
        self._new = new_record
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        CheckedCellDelegate(self)  # Enter keeps a cell and stays, Esc cancels, Tab goes on
        header = self.horizontalHeader()
        for n, column in enumerate(model.columns()):
            mode = (
                QHeaderView.ResizeMode.ResizeToContents
                if column.check
                else QHeaderView.ResizeMode.Stretch
            )
            header.setSectionResizeMode(n, mode)
        self.verticalHeader().setDefaultSectionSize(28)

    def add_row(self) -> int:
        current = self.currentIndex()
        row = self.records.add_record(
            dict(self._new), current.row() + 1 if current.isValid() else None
        )
        self.setCurrentIndex(self.records.index(row, 0))
        self.setFocus()
        return row

    def remove_row(self) -> None:
        current = self.currentIndex()
        if current.isValid():
            self.records.remove_record(current.row())
            row = min(current.row(), self.records.rowCount() - 1)
            if row >= 0:
                self.setCurrentIndex(self.records.index(row, current.column()))

    def move_row(self, delta: int) -> None:
        current = self.currentIndex()
        if current.isValid():
            row = self.records.move_record(current.row(), delta)
            self.setCurrentIndex(self.records.index(row, current.column()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and key == Qt.Key.Key_Insert:
            self.add_row()
        elif not editing and key == Qt.Key.Key_Delete:
            self.remove_row()
        elif mods & Qt.KeyboardModifier.ControlModifier and key == Qt.Key.Key_Up:
            self.move_row(-1)
        elif mods & Qt.KeyboardModifier.ControlModifier and key == Qt.Key.Key_Down:
            self.move_row(1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()
