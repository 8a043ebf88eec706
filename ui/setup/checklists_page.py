"""The walk-around checklists per asset kind: items in order (Ctrl+Up / Ctrl+Down move the
chosen one), labels in Chinese and English, mandatory, active. Saved whole; an item past
inspections used is retired rather than deleted (the service decides)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.enums import AssetKind
from app.domain.errors import ConflictError
from app.services import setup
from app.services.context import ServiceContext
from app.services.setup import Checklist, ChecklistItemInput
from ui.common import labels
from ui.common.errors import validation_errors
from ui.common.widgets import hint
from ui.models.setup_rows import EditColumn, RecordsModel
from ui.setup.messages import error_message, field_message
from ui.setup.page import SetupPage
from ui.setup.settings_form import RecordsTable, commit_edits

_ROW_FIELD = re.compile(r"items\[(\d+)\]\.(\w+)")


class ChecklistsPage(SetupPage):
    entities = frozenset({"settings"})

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.checklist: Checklist | None = None
        self.kind = QComboBox()
        self.kind.setObjectName("checklistKind")
        for kind in AssetKind:
            self.kind.addItem(labels.name(kind), kind)
        kind_label = QLabel(self.tr("Checklist &for"))
        kind_label.setBuddy(self.kind)
        self.model = RecordsModel(
            [
                EditColumn("code", self.tr("Code")),
                EditColumn("label_zh", self.tr("Label (Chinese)")),
                EditColumn("label_en", self.tr("Label (English)")),
                EditColumn("mandatory", self.tr("Mandatory"), check=True),
                EditColumn("active", self.tr("Active"), check=True),
            ],
            self,
            greyed_key="active",
        )
        self.table = RecordsTable(
            self.model,
            {"code": "", "label_zh": "", "label_en": "", "mandatory": False, "active": True},
        )
        self.table.setObjectName("checklistTable")
        self.add = QPushButton(self.tr("&New item (Ins)"))
        self.up = QPushButton(self.tr("&Up (Ctrl+↑)"))
        self.down = QPushButton(self.tr("&Down (Ctrl+↓)"))
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save_button.setObjectName("primary")
        top = QHBoxLayout()
        top.addWidget(kind_label)
        top.addWidget(self.kind)
        top.addStretch(1)
        top.addWidget(self.add)
        top.addWidget(self.up)
        top.addWidget(self.down)
        bottom = QHBoxLayout()
        bottom.addWidget(
            hint(
                self.tr(
                    "Codes: small letters, digits and _. Space ticks a box, F2 edits a cell, "
                    "Del removes an item (one that inspections used is retired instead)."
                )
            ),
            1,
        )
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.model.edited.connect(lambda: self.set_dirty(True))
        self.kind.activated.connect(lambda _i: self.load())
        self.add.clicked.connect(self.table.add_row)
        self.up.clicked.connect(lambda: self.table.move_row(-1))
        self.down.clicked.connect(lambda: self.table.move_row(1))
        self.save_button.clicked.connect(self.save)

    def title(self) -> str:
        return self.tr("Checklists")

    def focus_first(self) -> None:
        self.kind.setFocus()

    def current_kind(self) -> AssetKind:
        return AssetKind(self.kind.currentData())  # Qt keeps a StrEnum as its text

    def load(self) -> None:
        kind = self.current_kind()
        self.run(lambda: setup.checklist_items(self.ctx, kind), self.show_checklist)

    def show_checklist(self, checklist: Checklist) -> None:
        self.checklist = checklist
        self.kind.setCurrentIndex(self.kind.findData(checklist.kind))
        self.model.set_records(
            [
                {
                    "code": e.code,
                    "label_zh": e.label_zh,
                    "label_en": e.label_en,
                    "mandatory": e.mandatory,
                    "active": e.active,
                }
                for e in checklist.items
            ]
        )
        self.set_dirty(False)
        self.loaded.emit()

    def items(self) -> list[ChecklistItemInput]:
        return [
            ChecklistItemInput(
                str(r["code"]),
                str(r["label_zh"]),
                str(r["label_en"]),
                bool(r["mandatory"]),
                bool(r["active"]),
            )
            for r in self.model.records()
        ]

    def save(self) -> None:
        commit_edits()
        kind = self.current_kind()
        items = self.items()
        version = self.checklist.version if self.checklist is not None else None
        self.send(
            "save_checklist",
            {"kind": kind, "items": items, "version": version},
            self._on_saved,
        )

    def _on_saved(self, checklist: Checklist) -> None:
        self.show_checklist(checklist)
        self.show_saved(self.tr("Checklist saved: the next walk-around at any station uses it."))

    def show_error(self, err: BaseException) -> None:
        """Errors of a row name the row and the column, and the cursor goes there."""
        errs = validation_errors(err)
        if not errs or isinstance(err, ConflictError):
            super().show_error(err)
            return
        lines = []
        first: tuple[int, int] | None = None
        for e in errs:
            found = _ROW_FIELD.fullmatch(e.field)
            if found is None:
                lines.append(field_message(e))
                continue
            row, key = int(found.group(1)), found.group(2)
            column = self.model.column_of(key)
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            lines.append(
                self.tr("Row %1, %2: %3")
                .replace("%1", str(row))
                .replace("%2", str(title))
                .replace("%3", field_message(e))
            )
            first = first or (row - 1, column)
        self.notice.say("\n".join(lines) or error_message(err), error=True)
        self.refused.emit(self.notice.text())
        if first is not None:
            self.table.setCurrentIndex(self.model.index(*first))
            self.table.setFocus()
