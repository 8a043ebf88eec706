"""``python -m app bench --only printing``: warm renders of every document of a released
vehicle order, and whole ``python -m app print`` processes next to the bare interpreter and
bare reportlab, in one run (one round here: the test stays quick)."""

from __future__ import annotations

import json

import pytest

from app.cli import main
from app.printing import bench
from app.services.context import ServiceContext
from app.services.views import OrderDetail


def test_the_printing_group_reports_renders_and_whole_processes(
    released: OrderDetail,
    ctx: ServiceContext,
    db_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    if not db_url.startswith("sqlite"):
        pytest.skip("whole processes are timed on the SQLite file")
    monkeypatch.setenv("WORKBAY_DATABASE_URL", db_url)
    assert main(["bench", "--only", "printing", "--samples", "1", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    metrics, checks = report["metrics"], report["checks"]
    assert report["dataset"] is None
    kinds = {"intake_slip", "settlement", "release_slip", "receipt", "completion_certificate"}
    for kind in kinds:
        m = metrics[f"render_{kind}"]
        assert 0 < m["p50_ms"] <= m["p95_ms"]
    for name in ("print_cli", "python_bare", "python_reportlab", "render_bare_reportlab"):
        assert metrics[name]["p50_ms"] > 0, name
        assert 0 < metrics[name]["cpu_p50_ms"] <= metrics[name]["cpu_p95_ms"], name
    # a whole print costs more than the bare interpreter it runs in
    assert metrics["print_cli"]["p50_ms"] > metrics["python_bare"]["p50_ms"]
    assert checks["print_order"] == released.order.number
    met = checks["targets_met"]
    assert set(met) == {"print_cli", *(f"render_{k}" for k in bench.SLIPS)}
    assert met["print_cli"] == (metrics["print_cli"]["p50_ms"] <= bench.CLI_TARGET_MS)


def test_the_text_report_names_the_targets() -> None:
    from app import bench as bench_cli

    metrics = {
        "render_receipt": {"p50_ms": 9.0, "p95_ms": 12.0},
        "print_cli": {"p50_ms": 450.0, "p95_ms": 700.0},
        "python_bare": {"p50_ms": 40.0, "p95_ms": 45.0},
    }
    checks = {"targets_met": {"render_receipt": True, "print_cli": True}}
    text = bench_cli._report(None, metrics, checks)
    assert "render_receipt" in text and "<= 20: pass" in text
    assert "p95 <= 20: pass" in text and "p50 <= 600: pass" in text
