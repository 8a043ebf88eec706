"""A customer's vehicles and devices (current and former), with kind and identifiers."""

from __future__ import annotations

from PySide6.QtGui import QColor

from app.domain.models import Asset
from ui.common import labels
from ui.common.columns import text as col
from ui.common.row_model import Column, RowTableModel


def _ident(a: Asset) -> str:
    return " / ".join(x for x in (a.plate, a.vin, a.imei, a.serial, a.frame_no) if x)


class AssetsModel(RowTableModel[Asset]):
    """``owner_id``: the customer whose file this is; assets they no longer own are greyed."""

    owner_id: int | None = None

    def columns(self) -> list[Column[Asset]]:
        return [
            Column(lambda: col("Kind"), lambda a: labels.name(a.kind)),
            Column(lambda: col("Identifier"), _ident),
            Column(
                lambda: col("Make / model"),
                lambda a: " ".join(x for x in (a.make, a.model) if x),
            ),
            Column(lambda: col("Year"), lambda a: str(a.year or "")),
            Column(lambda: col("Mileage"), lambda a: str(a.mileage_km or ""), True),
            Column(lambda: col("Owner"), self._owner_text),
        ]

    def _owner_text(self, a: Asset) -> str:
        if self.owner_id is not None and a.customer_id != self.owner_id:
            return col("former owner")
        return col("current")

    def row_background(self, row: Asset) -> QColor | None:
        if self.owner_id is not None and row.customer_id != self.owner_id:
            return QColor("#f5f5f5")
        return None
