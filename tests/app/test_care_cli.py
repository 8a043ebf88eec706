"""``python -m app followups | due --kind K | classes | figures``: the care desk's lists on the command
line, on both backends. The JSON keys are a contract for scripts."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from app.cli import main
from app.domain.types import utcnow
from tests.app._care import asset, customer, released

FOLLOWUP_KEYS = [
    "id", "version", "kind", "seq", "due_at", "next_try_at", "attempts", "state", "outcome",
    "sms_due", "order", "customer_id", "customer", "phone", "asset", "released_at",
]  # fmt: skip
DUE_KEYS = ["kind", "customer_id", "customer", "phone", "asset_id", "asset", "due", "detail"]


@pytest.fixture
def shop(ctx, db_url, tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBAY_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("WORKBAY_STATION", "Back office")
    monkeypatch.setenv("WORKBAY_DATABASE_URL", db_url)
    c = customer(ctx, "Chen Jie", phone="13912345678")
    car = asset(ctx, c, inspection_due=date.today() + timedelta(days=3))
    order = released(ctx, c, car, utcnow() - timedelta(days=5), due="300")
    return {"customer": c, "asset": car, "order": order}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(list(args))
    out, _ = capsys.readouterr()
    return code, out


def test_followups_json_fills_the_list_from_the_release(shop, capsys):
    code, out = run(capsys, "followups", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 1
    assert list(rows[0]) == FOLLOWUP_KEYS
    row = rows[0]
    assert (row["kind"], row["state"], row["attempts"], row["customer"], row["phone"]) == (
        "release", "open", 0, "Chen Jie", "13912345678"
    )  # fmt: skip
    # run again: the same one follow-up, nothing added
    assert json.loads(run(capsys, "followups", "--json")[1]) == rows
    code, out = run(capsys, "followups")
    assert code == 0 and "Chen Jie" in out


def test_due_json_lists_the_rows_with_the_agreed_keys(shop, capsys):
    code, out = run(capsys, "due", "--kind", "inspection", "--json")
    rows = json.loads(out)
    assert code == 0 and [list(r) for r in rows] == [DUE_KEYS]
    assert (rows[0]["asset_id"], rows[0]["due"]) == (
        shop["asset"], (date.today() + timedelta(days=3)).isoformat()
    )  # fmt: skip
    assert json.loads(run(capsys, "due", "--kind", "birthday", "--json")[1]) == []
    with pytest.raises(SystemExit):
        main(["due", "--kind", "weather"])


def test_classes_json_counts_every_customer(shop, capsys):
    code, out = run(capsys, "classes", "--json", "--list")
    data = json.loads(out)
    assert code == 0 and set(data) == {
        "computed_at", "counts", "seconds", "km_projections", "km_seconds", "customers"
    }  # fmt: skip
    assert data["counts"] == {"A": 0, "B": 1, "C": 0, "D": 0}
    [mine] = data["customers"]
    assert (mine["customer_id"], mine["class"], mine["spend"], mine["visits"]) == (
        shop["customer"], "B", "300.00", 1
    )  # fmt: skip


def test_figures_json_by_week_and_staff(shop, capsys, ctx):
    from app.domain.enums import FollowUpKind, FollowUpOutcome, FollowUpState
    from app.domain.models import FollowUp

    due = utcnow() - timedelta(days=1)
    with ctx.db.write() as session:
        session.add(
            FollowUp(
                order_id=shop["order"], customer_id=shop["customer"], asset_id=shop["asset"],
                kind=FollowUpKind.RELEASE, seq=1, due_at=due, state=FollowUpState.DONE,
                outcome=FollowUpOutcome.SATISFIED, done_at=due + timedelta(hours=1),
                attempts=1,
            )
        )  # fmt: skip
    code, out = run(capsys, "figures", "--weeks", "2", "--json")
    data = json.loads(out)
    assert code == 0 and set(data) == {"computed_at", "total", "weeks", "staff", "cells"}
    assert len(data["weeks"]) == 2
    assert data["total"]["answered"] == 1 and data["total"]["satisfaction_pct"] == 100.0
    assert data["total"]["on_time_pct"] is None
    code, out = run(capsys, "figures", "--until", "2020-01-01", "--weeks", "1")
    assert code == 0 and "2020-W01" in out
    with pytest.raises(SystemExit):
        main(["figures", "--weeks", "0"])


def test_bench_care_group_measures_every_list_beside_its_raw_sql(db, monkeypatch):
    from sqlalchemy import func, select

    from app.bench import GROUPS, care
    from app.domain.models import KmProjection

    monkeypatch.setattr(care, "MIN_CUSTOMERS", 40)
    metrics, checks = GROUPS["care"](db, 2)
    for kind in ("maintenance", "warranty", "inspection", "insurance", "birthday", "inactive",
                 "lost", "first_service"):  # fmt: skip
        assert metrics[f"due_{kind}"]["n"] == 2 and metrics[f"due_{kind}_raw"]["n"] == 2
        assert f"due_{kind}" in checks["targets_met"]
    assert metrics["value_classes"]["customers"] >= 40
    # the first run from an empty table, two daily runs; the SELECT alone three times
    assert metrics["value_classes"]["n"] == 3 and metrics["value_classes_daily"]["n"] == 2
    assert metrics["value_classes_raw"]["n"] == 3
    # the km projections: refreshed by each daily run, timed apart from the lists
    assert metrics["km_projections_refresh"]["n"] == 3
    with db.read() as s:
        written = s.scalar(select(func.count()).select_from(KmProjection))
    assert metrics["km_projections_refresh"]["rows"] == written
    assert checks["due_rows"]["inspection"] > 0
