"""``python -m app catalog import | export`` as an administrator runs it (real processes,
real databases), and the catalog import benchmark on a small file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from app.bench.catalog_import import measure_catalog_import
from tests.conftest import BACKENDS, create_pg_database, drop_pg_database

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(params=BACKENDS)
def cli_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database of its own (the commands migrate it themselves)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'cli.sqlite3'}"
        return
    name = f"wb_catalog_cli_{os.getpid()}"
    yield create_pg_database(name)
    drop_pg_database(name)


def run(url: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "WORKBAY_DATABASE_URL": url,
        "WORKBAY_DATA_DIR": str(tmp_path / "data"),
        "WORKBAY_STATION": "CLI test",
    }
    return subprocess.run(
        [sys.executable, "-m", "app", "catalog", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def prices(url: str) -> dict[str, str]:
    engine = create_engine(url)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT code, unit_price FROM catalog_items")).all()
    engine.dispose()
    return {code: f"{price:.2f}" for code, price in rows}


def test_export_then_import_a_changed_price_with_dry_run_and_json(cli_url, tmp_path):
    out = tmp_path / "价目表.csv"
    done = run(cli_url, tmp_path, "export", str(out), "--encoding", "gbk")
    assert done.returncode == 0, done.stderr
    assert "items written" in done.stdout
    lines = out.read_bytes().decode("gbk").split("\r\n")
    assert lines[0].startswith("编码,类别,中文名称")
    oil = next(i for i, line in enumerate(lines) if line.startswith("P-OILFLT,"))
    lines[oil] = lines[oil].replace(",68.00,", ",70.00,")
    lines.insert(oil + 1, "P-NEW,配件,新配件,New part,个,pc,9.90,,,,是")
    out.write_bytes("\r\n".join(lines).encode("gbk"))

    done = run(cli_url, tmp_path, "import", str(out), "--dry-run")
    assert done.returncode == 0, done.stderr
    assert "changed   P-OILFLT  (price 68.00 -> 70.00)" in done.stdout
    assert "new       P-NEW" in done.stdout
    assert "dry run: nothing written" in done.stdout
    assert prices(cli_url)["P-OILFLT"] == "68.00" and "P-NEW" not in prices(cli_url)

    done = run(cli_url, tmp_path, "import", str(out), "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert (report["written"], report["new"], report["changed"], report["encoding"]) == (
        True,
        1,
        1,
        "gb18030",
    )
    assert report["unchanged"] == len(report["rows"]) - 2 and report["errors"] == []
    changed = next(r for r in report["rows"] if r["status"] == "changed")
    assert changed == {
        "row": oil + 1,
        "code": "P-OILFLT",
        "status": "changed",
        "changes": {"price": ["68.00", "70.00"]},
    }
    assert prices(cli_url)["P-OILFLT"] == "70.00" and prices(cli_url)["P-NEW"] == "9.90"

    xlsx = tmp_path / "catalog.xlsx"
    done = run(cli_url, tmp_path, "export", str(xlsx), "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert xlsx.read_bytes().startswith(b"PK")
    done = run(cli_url, tmp_path, "import", str(xlsx), "--json")
    report = json.loads(done.stdout)
    assert (report["format"], report["new"], report["changed"]) == ("xlsx", 0, 0)


def test_a_bad_file_lists_each_problem_with_row_and_column_and_writes_nothing(cli_url, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "编码,类别,中文名称,英文名称,单价\nP-A,配件,甲,A,abc\nP-B,配件,乙,B,5\nP-A,配件,丙,C,1\n",
        encoding="utf-8",
    )
    done = run(cli_url, tmp_path, "import", str(bad))
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        "row 2, 单价: this is not an amount [money_format]",
        "row 4, 编码: the code P-A is already on row 2 [duplicate_code]",
        "2 problem(s) in bad.csv: nothing was imported",
    ]
    assert done.stdout == ""
    assert "P-B" not in prices(cli_url)

    done = run(cli_url, tmp_path, "import", str(bad), "--json")
    assert done.returncode == 2
    report = json.loads(done.stdout)
    assert report["written"] is False
    assert [(e["row"], e["column"], e["code"]) for e in report["errors"]] == [
        (2, "单价", "money_format"),
        (4, "编码", "duplicate_code"),
    ]
    assert report["errors"][1]["params"] == {"value": "P-A", "first_row": 2}


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_import_benchmark_times_preview_apply_and_the_bare_libraries(backend, tmp_path):
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'bench.sqlite3'}"
    else:
        url = create_pg_database(f"wb_catalog_bench_{os.getpid()}")
    try:
        figures = measure_catalog_import(url, parts=300)
        left = prices(url)
    finally:
        if backend != "sqlite":
            drop_pg_database(f"wb_catalog_bench_{os.getpid()}")
    assert left and not any("BENCH-" in code for code in left)  # its parts are gone again
    assert (figures["backend"], figures["parts"]) == (backend, 300)
    assert (figures["added"], figures["updated"]) == (300, 300)
    for key in ("preview_ms", "apply_new_ms", "apply_update_ms", "raw_ms"):
        assert isinstance(figures[key], float) and figures[key] > 0
    ratio = figures["apply_new_ms"] / figures["raw_ms"]
    assert figures["apply_over_raw"] == pytest.approx(ratio, rel=0.05, abs=0.005)  # (2 places)
    assert figures["file_bytes"] > 300 * 20
