"""Catalog search results at the estimate step: code, name, unit price."""

from __future__ import annotations

from app.domain.models import CatalogItem
from ui.common import format as fmt
from ui.common import labels, lang
from ui.common.columns import text as col
from ui.common.row_model import Column, RowTableModel


class CatalogResultsModel(RowTableModel[CatalogItem]):
    def columns(self) -> list[Column[CatalogItem]]:
        return [
            Column(lambda: col("Code"), lambda i: i.code),
            Column(lambda: col("Item name"), lambda i: lang.pick(i.name_zh, i.name_en)),
            Column(lambda: col("Kind"), lambda i: labels.name(i.kind)),
            Column(lambda: col("Price"), lambda i: fmt.money(i.unit_price), align_right=True),
        ]
