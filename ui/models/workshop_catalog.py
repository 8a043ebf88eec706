"""Catalog search results (labor operations and parts with public prices) for picking lines
of a technician's finding."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.domain.enums import LineKind
from app.domain.models import CatalogItem

Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("code", "description", "kind", "unit_price")


class CatalogLabels(Protocol):
    def line_kind(self, value: LineKind) -> str: ...
    def line_header(self, key: str) -> str: ...


class CatalogModel(QAbstractTableModel):
    """Hits of :func:`app.services.catalog.search_catalog`, best first."""

    def __init__(
        self, labels: CatalogLabels, chinese: bool = True, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._labels = labels
        self._chinese = chinese
        self._items: list[CatalogItem] = []

    def set_items(self, items: Sequence[CatalogItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> CatalogItem:
        return self._items[row]

    def name(self, item: CatalogItem) -> str:
        return item.name_zh if self._chinese else item.name_en

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return self._labels.line_header(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item = self._items[index.row()]
        key = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if key == "code":
                return item.code
            if key == "description":
                return self.name(item)
            if key == "kind":
                return self._labels.line_kind(item.kind)
            return f"{item.unit_price:,.2f}"
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "unit_price":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
