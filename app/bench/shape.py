"""The shape of a benchmark dataset: sizes, time span, who owns what, which asset visits when.

Decided once, up front and from a seed, so that the row generators can stream customers,
assets and orders in id order while staying consistent with each other (an asset is on
file before its first visit, a customer before their first asset).
"""

from __future__ import annotations

import random
from array import array
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from app.domain.enums import AssetKind

KINDS = (AssetKind.VEHICLE, AssetKind.DEVICE, AssetKind.EBIKE)
KIND_SHARE = (60, 25, 15)
#: how often an asset of each kind comes back, relative to the others
VISIT_WEIGHT = {AssetKind.VEHICLE: 3.0, AssetKind.DEVICE: 1.0, AssetKind.EBIKE: 2.0}


@dataclass(frozen=True)
class Sizes:
    customers: int
    orders: int
    seed: int = 20261123
    days: int = 3 * 365

    @property
    def open_orders(self) -> int:
        """The newest orders are still in the shop: enough to fill the board."""
        return min(self.orders // 4, max(3000, self.orders // 300))

    @property
    def detailed_orders(self) -> int:
        """The newest orders carry the full trail: history, journal, inspection, documents."""
        return max(self.open_orders, self.orders // 20)


@dataclass
class Shape:
    """Who owns which asset and which asset each order is for, with the order times."""

    sizes: Sizes
    end: datetime
    #: per asset: owner (customer index, 0-based) and kind index into KINDS
    asset_owner: array = field(default_factory=lambda: array("i"))
    asset_kind: bytearray = field(default_factory=bytearray)
    #: per customer: index of the first asset
    first_asset: array = field(default_factory=lambda: array("i"))
    #: per order: asset index
    order_asset: array = field(default_factory=lambda: array("i"))
    #: per asset: index of its first order (or orders count when it never came)
    asset_first_order: array = field(default_factory=lambda: array("i"))

    def __post_init__(self) -> None:
        self.start = self.end - timedelta(days=self.sizes.days)
        self._step = timedelta(days=self.sizes.days).total_seconds() / max(1, self.sizes.orders)

    def order_time(self, i: int, jitter: float) -> datetime:
        """Orders are evenly spread over the span, in id order."""
        return self.start + timedelta(seconds=self._step * (i + jitter))


def build_shape(sizes: Sizes, end: datetime) -> Shape:
    rng = random.Random(sizes.seed)
    shape = Shape(sizes, end)
    for c in range(sizes.customers):
        shape.first_asset.append(len(shape.asset_owner))
        for _ in range(rng.choices((1, 2, 3), (70, 23, 7))[0]):
            shape.asset_owner.append(c)
            shape.asset_kind.append(rng.choices((0, 1, 2), KIND_SHARE)[0])
    n_assets = len(shape.asset_owner)
    weights = [VISIT_WEIGHT[KINDS[k]] for k in shape.asset_kind]
    cum = []
    total = 0.0
    for w in weights:
        total += w
        cum.append(total)
    shape.order_asset = array("i", rng.choices(range(n_assets), cum_weights=cum, k=sizes.orders))
    first = array("i", [sizes.orders]) * n_assets
    for i, a in enumerate(shape.order_asset):
        if first[a] > i:
            first[a] = i
    shape.asset_first_order = first
    return shape
