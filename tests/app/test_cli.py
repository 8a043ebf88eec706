"""The command line as a user runs it: ``demo`` fills a database that ``orders`` then lists,
``bench --json`` prints one JSON object with every metric. Real processes, real databases
(a temporary SQLite file; PostgreSQL too when ``WORKBAY_TEST_DATABASE_URL`` is set)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.bench.metrics import LOOKUP_KINDS
from app.domain.enums import OrderState
from tests.conftest import BACKENDS, create_pg_database, drop_pg_database

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(params=BACKENDS)
def cli_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database of its own (the commands migrate it themselves)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'cli.sqlite3'}"
        return
    name = f"wb_bench_cli_{os.getpid()}"
    yield create_pg_database(name)
    drop_pg_database(name)


def run(url: str, tmp_path: Path, *args: str) -> str:
    env = {
        **os.environ,
        "WORKBAY_DATABASE_URL": url,
        "WORKBAY_DATA_DIR": str(tmp_path / "data"),
        "WORKBAY_STATION": "CLI test",
    }
    done = subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_demo_creates_orders_in_every_state(cli_url, tmp_path):
    out = run(cli_url, tmp_path, "demo", "--customers", "8", "--orders", "20", "--seed", "7")
    assert "customers: 8" in out and "orders: 20" in out
    orders = json.loads(run(cli_url, tmp_path, "orders", "--json"))
    assert isinstance(orders, list) and len(orders) == 20
    assert {o["state"] for o in orders} == {s.value for s in OrderState}
    for o in orders:
        assert re.fullmatch(r"WO-\d{8}-\d{4}", o["number"])
        assert o["customer"] and o["asset"]
    assert len({o["number"] for o in orders}) == 20


@pytest.mark.slow
def test_bench_prints_one_json_object_with_every_metric(cli_url, tmp_path):
    args = ("bench", "--json", "--customers", "300", "--orders", "1500")
    args += ("--seconds", "1", "--processes", "2", "--samples", "4")  # throughput: tiny
    result = json.loads(run(cli_url, tmp_path, *args))
    dataset, metrics = result["dataset"], result["metrics"]
    assert dataset["customers"] == 300 and dataset["orders"] == 1500
    assert dataset["reused"] is False and dataset["open_orders"] > 0
    names = {f"{p}lookup_{k}" for k in LOOKUP_KINDS for p in ("", "raw_")}
    names |= {"open_order", "board", "visit"}
    assert names <= set(metrics)
    for name, m in metrics.items():
        if "p50_ms" in m:
            assert 0 < m["p50_ms"] <= m["p95_ms"], name
    assert all(isinstance(metrics[n]["p95_ms"], float | int) for n in names)
    assert result["checks"]["lookup_result_mismatches"] == 0
    names = {f"{p}throughput_{n}" for p in ("", "raw_") for n in (1, 16)}
    assert names | {"round_trips_intake", "latency_intake"} <= set(metrics)
    assert result["checks"]["throughput_16_losses"] == 0
    # the second run finds the dataset and reuses it (one quick group that needs it)
    again = json.loads(run(cli_url, tmp_path, *args[:-1], "2", "--only", "throughput"))
    assert again["dataset"]["reused"] is True
    assert again["dataset"]["built_at"] == dataset["built_at"]
