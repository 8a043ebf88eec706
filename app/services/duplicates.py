"""Assets found sharing a plate, VIN or IMEI when the keys became unique (migration 0005):
what became of each, for the manager to review.

A duplicate of the same customer was merged into the older file (its orders moved there);
one of another customer kept its file but lost the key, and is ``flagged``: the two owners'
files name the same vehicle or phone, and someone has to find out which is right.

Rights: ``VIEW_AUDIT`` (the service manager, an administrator).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import aliased

from app.domain.models import Asset, AssetDuplicate, Customer
from app.domain.permissions import Permission
from app.services.access import require
from app.services.context import ServiceContext

#: the key columns' names as the manager reads them
KEY_NAMES = {"plate_key": "plate", "vin": "vin", "ident_key": "imei/serial"}


@dataclass(frozen=True)
class FileRef:
    """One side of a duplicate: the asset's file as it is now (``label`` and the owner are
    empty when the asset is gone, merged into the other)."""

    asset_id: int
    label: str | None
    customer_id: int | None
    customer: str | None


@dataclass(frozen=True)
class Duplicate:
    id: int
    resolution: str  # "merged" | "flagged"
    key: str  # "plate" | "vin" | "imei/serial"
    value: str
    found_at: datetime
    reviewed_at: datetime | None
    duplicate: FileRef  # the newer file (merged away, or flagged and without the key)
    kept: FileRef  # the older file, which kept the key


def list_duplicates(ctx: ServiceContext, *, include_merged: bool = False) -> list[Duplicate]:
    """The flagged duplicates (with ``include_merged`` the merged ones too), oldest first."""
    dup_asset, kept_asset = aliased(Asset), aliased(Asset)
    dup_owner, kept_owner = aliased(Customer), aliased(Customer)
    stmt = (
        select(AssetDuplicate, dup_asset, dup_owner, kept_asset, kept_owner)
        .outerjoin(dup_asset, dup_asset.id == AssetDuplicate.asset_id)
        .outerjoin(dup_owner, dup_owner.id == dup_asset.customer_id)
        .outerjoin(kept_asset, kept_asset.id == AssetDuplicate.duplicate_of_id)
        .outerjoin(kept_owner, kept_owner.id == kept_asset.customer_id)
        .order_by(AssetDuplicate.id)
    )
    if not include_merged:
        stmt = stmt.where(AssetDuplicate.resolution == "flagged")
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW_AUDIT)
        rows = session.execute(stmt).all()
    return [
        Duplicate(
            d.id,
            d.resolution,
            KEY_NAMES.get(d.key_name, d.key_name),
            d.key_value,
            d.found_at,
            d.reviewed_at,
            _ref(d.asset_id, a, o),
            _ref(d.duplicate_of_id, ka, ko),
        )
        for d, a, o, ka, ko in rows
    ]


def _ref(asset_id: int, asset: Asset | None, owner: Customer | None) -> FileRef:
    return FileRef(
        asset_id,
        asset.label if asset is not None else None,
        owner.id if owner is not None else None,
        owner.name if owner is not None else None,
    )
