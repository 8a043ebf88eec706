"""The stations list model: Qt's model checks, and what it says about each station."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from app.domain.types import utcnow
from ui.models.stations_list import STATION_ID_ROLE, StationRow, StationsListModel
from ui.stations.labels import StationLabels

Display = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def model(qapp: object) -> StationsListModel:
    now = utcnow()
    m = StationsListModel(StationLabels())
    m.set_rows(
        [
            StationRow(1, "Cashier", "cashier", now - timedelta(seconds=20)),
            StationRow(2, "Counter 1", "reception", now - timedelta(minutes=10), this_station=True),
            StationRow(3, "Workshop TV", None, None),
        ],
        now,
    )
    return m


def test_the_model_passes_qts_checks(qtmodeltester, model: StationsListModel) -> None:
    qtmodeltester.check(model, force_py=True)


def test_each_station_says_when_it_was_last_seen(model: StationsListModel) -> None:
    def text(r: int, c: int) -> str:
        return model.data(model.index(r, c), Display)

    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Station",
        "Desk",
        "Last seen",
        "Status",
    ]
    assert [text(r, 3) for r in range(3)] == ["active", "not seen lately", "not seen lately"]
    assert text(1, 0) == "Counter 1 (this station)"
    assert model.data(model.index(1, 0), Qt.ItemDataRole.FontRole).bold()
    assert text(2, 2) == "never" and text(2, 1) == ""
    assert len(text(0, 2)) == len("2026-11-23 08:00")
    assert model.data(model.index(2, 0), STATION_ID_ROLE) == 3
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(2, 0), Qt.ItemDataRole.ForegroundRole) is not None
