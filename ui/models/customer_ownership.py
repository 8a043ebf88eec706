"""Who owned an asset when (the current owner has no end date)."""

from __future__ import annotations

from app.domain.models import Ownership
from ui.common import format as fmt
from ui.common.columns import text as col
from ui.common.row_model import Column, RowTableModel


class OwnershipModel(RowTableModel[Ownership]):
    def columns(self) -> list[Column[Ownership]]:
        return [
            Column(lambda: col("Owner"), lambda o: o.customer.name),
            Column(lambda: col("Since"), lambda o: fmt.local_time(o.since)),
            Column(lambda: col("Until"), lambda o: fmt.local_time(o.until) or col("now")),
            Column(lambda: col("Note"), lambda o: o.note or ""),
        ]
