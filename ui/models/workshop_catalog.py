"""Catalog search results (labor operations and parts with public prices) for picking lines
of a technician's finding."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt

from app.domain.enums import LineKind
from app.domain.models import CatalogItem
from ui.common import format as fmt
from ui.common.row_model import ALIGN_RIGHT, RowModel

COLUMNS = ("code", "description", "kind", "unit_price")


class CatalogLabels(Protocol):
    def line_kind(self, value: LineKind) -> str: ...
    def line_header(self, key: str) -> str: ...


class CatalogModel(RowModel[CatalogItem, str]):
    """Hits of :func:`app.services.catalog.search_catalog`, best first."""

    def __init__(
        self, labels: CatalogLabels, chinese: bool = True, parent: QObject | None = None
    ) -> None:
        super().__init__(COLUMNS, parent)
        self._labels = labels
        self._chinese = chinese

    def set_items(self, items: Sequence[CatalogItem]) -> None:
        self.set_rows(items)

    def item(self, row: int) -> CatalogItem:
        return self._rows[row]

    def name(self, item: CatalogItem) -> str:
        return item.name_zh if self._chinese else item.name_en

    def header(self, key: str) -> str:
        return self._labels.line_header(key)

    def cell(self, item: CatalogItem, key: str, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if key == "code":
                return item.code
            if key == "description":
                return self.name(item)
            if key == "kind":
                return self._labels.line_kind(item.kind)
            return fmt.money(item.unit_price)
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "unit_price":
            return ALIGN_RIGHT
        return None
