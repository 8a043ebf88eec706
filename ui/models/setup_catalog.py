"""The catalog's table at the Setup desk: labor items, parts and sundries, one a row; an
inactive item is greyed. Column titles come translated from the page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from app.domain.enums import AssetKind
from app.domain.models import CatalogItem
from ui.common import format as fmt
from ui.common import labels
from ui.common.row_model import ALIGN_RIGHT, ROW_ROLE, RowModel

COLUMNS = (
    "code",
    "kind",
    "name_zh",
    "name_en",
    "unit",
    "price",
    "standard_hours",
    "asset_kinds",
    "active",
)
_RIGHT = {"price", "standard_hours"}
GREY = QColor("#9e9e9e")


def asset_kinds_text(item: CatalogItem) -> str:
    if not item.asset_kinds:
        return ""
    return ", ".join(labels.name(AssetKind(k)) for k in item.asset_kinds.split(",") if k)


class CatalogModel(RowModel[CatalogItem, str]):
    """``titles``: column key -> title; ``words``: "flat", "per_hour", "yes", "no", "all"
    -> translated word."""

    def __init__(self, titles: dict[str, str], words: dict[str, str], parent: Any = None):
        super().__init__(COLUMNS, parent)
        self._titles = titles
        self._words = words

    def header(self, column: str) -> str:
        return self._titles.get(column, column)

    def text(self, item: CatalogItem, column: str) -> str:
        w = self._words
        if column == "kind":
            return labels.name(item.kind)
        if column == "unit":
            return " / ".join(u for u in (item.unit, item.unit_en) if u)
        if column == "price":
            if item.kind.value == "labor":
                suffix = w.get("flat", "") if item.flat else w.get("per_hour", "")
                return f"{fmt.money(item.unit_price)} {suffix}".strip()
            return fmt.money(item.unit_price)
        if column == "standard_hours":
            return fmt.quantity(item.standard_hours) if item.standard_hours is not None else ""
        if column == "asset_kinds":
            return asset_kinds_text(item) or w.get("all", "")
        if column == "active":
            return w.get("yes", "") if item.active else w.get("no", "")
        return str(getattr(item, column) or "")

    def cell(self, row: CatalogItem, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QBrush(GREY)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _RIGHT:
            return ALIGN_RIGHT
        return None

    def row_of(self, item_id: int) -> int:
        return next((n for n, r in enumerate(self._rows) if r.id == item_id), -1)
