"""Settling and releasing every kind of asset: a car's statement queues its health record
(JT/T 1132) with the statement's number; a phone's and an e-bike's have none, and their
statements are numbered and released all the same (the number is taken last, after a
stand-in that nothing else needed)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.domain.enums import AssetKind, OrderState
from app.domain.models import HealthRecord
from app.services.inputs import AssetInput
from tests.factories import order_in_state, phone_device, vehicle


def _ebike() -> AssetInput:
    return AssetInput(kind=AssetKind.EBIKE, make="雅迪", model="冠能", frame_no="YD2026EB000123")


@pytest.mark.parametrize("asset", [vehicle, phone_device, _ebike], ids=["car", "phone", "ebike"])
def test_each_kind_settles_numbered_and_releases(ctx, tech, db, asset):
    d = order_in_state(ctx, tech, OrderState.RELEASED, asset=asset())
    assert d.order.state is OrderState.RELEASED
    assert d.settlement is not None and d.settlement.number.startswith("ST-")
    with db.read() as s:
        records = s.scalars(select(HealthRecord.payload)).all()
    if d.asset.kind is AssetKind.VEHICLE:
        assert len(records) == 1 and d.settlement.number in records[0]
        assert "~" not in records[0]  # no stand-in left in what is uploaded
    else:
        assert records == []
