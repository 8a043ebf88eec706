"""The lookup's result list: orders, customers and assets found by what was typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from app.services.views import LookupHit
from ui.common import labels

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


class LookupHitsModel(QAbstractListModel):
    """One row per hit: title (plate, name, number), then what it is and how it matched."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[LookupHit] = []

    def set_hits(self, hits: list[LookupHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hits(self) -> list[LookupHit]:
        return list(self._hits)

    def hit(self, row: int) -> LookupHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == SUBTITLE_ROLE:
            parts = [labels.lookup_kind(hit.kind), hit.subtitle, labels.matched_by(hit.matched_by)]
            return " · ".join(p for p in parts if p)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{hit.title} — {hit.subtitle}"
        if role == HIT_ROLE:
            return hit
        if role == KIND_ROLE:
            return hit.kind
        return None
