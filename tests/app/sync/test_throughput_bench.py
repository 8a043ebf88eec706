"""The throughput bench (``bench --only throughput``) reports every metric it promises and
checks the books after its multi-process runs: with tiny numbers (2 stations, about a
second) on a SQLite file and on PostgreSQL. Figures are reported, never asserted; the
books' check is shown to catch a lost journal entry and money out of line."""

from __future__ import annotations

import json
import random

import pytest
from sqlalchemy import text

from app.bench import throughput
from app.bench.actions import JOURNAL, ServiceDesk, next_action
from app.bench.dataset import ensure_dataset
from app.bench.shape import Sizes
from app.cli import main
from app.db.engine import Database
from app.db.numbering import period_of
from app.demo.visits import sign_in_staff
from app.domain.enums import OrderState
from app.domain.types import utcnow

pytestmark = pytest.mark.slow

SIZES = Sizes(customers=40, orders=150, seed=11)


def _quiet(_: str) -> None:
    pass


@pytest.fixture
def bench_db(shared_url: str):
    db = Database(shared_url)
    ensure_dataset(db, SIZES, sign_in_staff(db), log=_quiet)
    yield db
    db.dispose()


def test_every_metric_and_zero_losses_on_both_variants(bench_db: Database) -> None:
    metrics, checks = throughput.measure(bench_db, 6, seconds=1.0, processes=2, log=_quiet)
    for prefix in ("", "raw_"):
        one, many = metrics[f"{prefix}throughput_1"], metrics[f"{prefix}throughput_16"]
        assert one["transitions"] >= 6 and one["per_second"] > 0
        assert 0 < one["p50_ms"] <= one["p95_ms"]
        assert many["processes"] == 2 and many["actions"] > 0 and many["per_second"] > 0
        assert {"transitions_per_second", "conflicts", "busy", "refused_other"} <= set(many)
        for action in JOURNAL:  # every action has its key, percentiles once taken
            m = metrics[f"{prefix}latency_{action}"]
            assert m["n"] == 0 or 0 < m["p50_ms"] <= m["p95_ms"], (prefix, action)
        assert sum(metrics[f"{prefix}latency_{a}"]["n"] for a in JOURNAL) == many["actions"]
        for action in throughput.VISIT:
            trips = metrics[f"{prefix}round_trips_{action}"]
            assert trips["n"] == sum(trips[k] for k in ("statements", "begin", "commit", "ping"))
            assert trips["statements"] >= 3 and trips["commit"] == 1, (prefix, action)
        # the books: nothing lost, said in words too
        assert checks[f"{prefix}throughput_16_losses"] == 0, checks[f"{prefix}throughput_16_books"]
        assert "zero losses" in checks[f"{prefix}throughput_16_verdict"]
        books = checks[f"{prefix}throughput_16_books"]
        assert books["accepted"] == many["actions"] + many["warmup_intakes"]
        assert many["warmup_intakes"] == 2 and books["orders"] > 0
    # plain SQL does the same work in fewer statements (its transitions: BEGIN or not, the
    # lock, the update, history, journal, audit, change log, notify on PostgreSQL, COMMIT)
    assert metrics["raw_round_trips_approve"]["statements"] <= 10
    assert set(checks["throughput_over_raw"]) == {"throughput_1", "throughput_16"}
    # judged when measured (a second on a busy machine may end before a visit is paid)
    assert set(checks["targets_met"]) <= {"latency_intake", "latency_pay"}


def test_the_books_catch_a_lost_journal_entry_and_wrong_money(bench_db: Database) -> None:
    shop = throughput.open_shop(bench_db, 2)
    base = throughput.baseline(bench_db)
    reports, books = throughput.run_stations(bench_db, shop, "raw", 2, 1.0)
    assert books["losses"] == 0 and books["accepted"] > 0
    engine = throughput.raw_engine(bench_db.url)
    desk = shop.raw(0, engine)
    v = desk.intake(shop.assets[-1])  # and one more visit, paid and released
    done = [(v.id, JOURNAL["intake"], v.version)]
    for action in throughput.VISIT[1:]:
        v = desk.act(action, v)
        done.append((v.id, JOURNAL[action], v.version))
    engine.dispose()
    reports.append({"accepted": done, "warmup": []})
    periods = {period_of(utcnow())}
    assert throughput.verify(bench_db, reports, base, periods)["losses"] == 0
    with bench_db.write() as s:  # one accepted action's journal entry goes missing
        s.execute(text("DELETE FROM order_events WHERE id = (SELECT MAX(id) FROM order_events)"))
    again = throughput.verify(bench_db, reports, base, periods)
    assert again["journal_missing"] == 1 and again["losses"] >= 1
    with bench_db.write() as s:  # and the released order got a cent too much
        s.execute(
            text(
                "UPDATE payments SET amount = amount + 0.01 WHERE id = "
                "(SELECT MAX(id) FROM payments WHERE order_id = :o)"
            ),
            {"o": v.id},
        )
    assert throughput.verify(bench_db, reports, base, periods)["money_problems"] == 1


def test_a_visit_is_driven_from_intake_to_release(bench_db: Database) -> None:
    shop = throughput.open_shop(bench_db, 1)
    desk: ServiceDesk = shop.service(0)
    rng = random.Random(3)
    v = desk.intake(shop.assets[0])
    seen = ["intake"]
    while (action := next_action(v, rng)) is not None:
        if action == "cancel":  # a visit may end early; this one goes all the way
            action = "approve"
        v = desk.act(action, v)
        seen.append(action)
    assert v.state is OrderState.RELEASED
    assert {"add_line", "extra", "decide", "settle", "pay", "release"} <= set(seen)


def test_the_command_prints_the_new_keys(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("WORKBAY_DATABASE_URL", sqlite_url)
    args = ["bench", "--json", "--only", "throughput", "--customers", "40", "--orders", "150"]
    assert main([*args, "--samples", "6", "--seconds", "0.5", "--processes", "2"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["dataset"]["orders"] == 150
    assert {"throughput_1", "raw_throughput_1", "throughput_16", "raw_throughput_16"} <= set(
        result["metrics"]
    )
    assert {"round_trips_intake", "round_trips_pay", "latency_intake"} <= set(result["metrics"])
    assert result["checks"]["throughput_16_losses"] == 0
    assert result["checks"]["raw_throughput_16_losses"] == 0
