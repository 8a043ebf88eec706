"""The walk-around checklist of the intake: one row per item, its result set by keys 1-4."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain.enums import InspectionResult
from ui.common import labels, lang
from ui.common.columns import text as col

Index = QModelIndex | QPersistentModelIndex

#: keys 1..4 in this order
RESULTS = (
    InspectionResult.OK,
    InspectionResult.ATTENTION,
    InspectionResult.DAMAGED,
    InspectionResult.MISSING,
)


class ChecklistModel(QAbstractTableModel):
    """Rows are (code, label_zh, label_en, result or None, note); results are set in place."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[dict[str, Any]] = []

    def set_items(self, items: list[tuple[str, str, str]]) -> None:
        """``items``: (code, label_zh, label_en) in checklist order; results start unset."""
        self.beginResetModel()
        self._items = [
            {"code": c, "zh": zh, "en": en, "result": None, "note": ""} for c, zh, en in items
        ]
        self.endResetModel()

    def set_result(self, row: int, result: InspectionResult | None) -> None:
        if 0 <= row < len(self._items):
            self._items[row]["result"] = result
            self.dataChanged.emit(self.index(row, 0), self.index(row, 1))

    def set_note(self, row: int, note: str) -> None:
        if 0 <= row < len(self._items):
            self._items[row]["note"] = note
            self.dataChanged.emit(self.index(row, 0), self.index(row, 2))

    def results(self) -> dict[str, InspectionResult]:
        return {i["code"]: i["result"] for i in self._items if i["result"] is not None}

    def notes(self) -> dict[str, str]:
        return {i["code"]: i["note"] for i in self._items if i["note"]}

    def apply(self, results: dict[str, str], notes: dict[str, str] | None = None) -> None:
        """Restore results (from a draft) by item code."""
        for row, item in enumerate(self._items):
            raw = results.get(item["code"])
            item["result"] = InspectionResult(raw) if raw else None
            item["note"] = (notes or {}).get(item["code"], "")
            self.dataChanged.emit(self.index(row, 0), self.index(row, 2))

    def code(self, row: int) -> str:
        return self._items[row]["code"]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        result: InspectionResult | None = item["result"]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return lang.pick(item["zh"], item["en"])
            if index.column() == 1:
                return labels.name(result) if result else "—"
            return item["note"]
        if role == Qt.ItemDataRole.BackgroundRole and result is not None:
            return QBrush(QColor(labels.RESULT_COLOURS[result]))
        if role == Qt.ItemDataRole.UserRole:
            return result
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (col("Item"), col("Result (1-4)"), col("Note"))
        return titles[section] if 0 <= section < 3 else None
