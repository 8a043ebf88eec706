"""How long a big parts list takes to import, next to what the bare libraries need.

:func:`measure_catalog_import` writes a CSV of ``parts`` parts (Chinese headers, UTF-8 with
BOM, as Excel saves it) and times, against the database at ``url``:

- ``preview_ms``: :func:`app.services.catalog_io.preview_import` (read, check, compare);
- ``apply_new_ms``: :func:`apply_import` of the file, every part new;
- ``apply_update_ms``: the same file again with every price changed (bulk update);
- ``raw_ms``: the bare counterpart, the ``csv`` module reading the same file and one
  ``executemany`` INSERT of the same rows through SQLAlchemy Core, no checks.

It is meant for an empty (or dedicated) database: the parts it adds carry codes of their
own (``BENCH-<run>-000001``...) and are deleted again afterwards; the two import entries stay
in the append-only audit log.
"""

from __future__ import annotations

import csv
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert

from app.bench.metrics import summary
from app.bootstrap import open_database
from app.db.engine import Database
from app.domain.enums import LineKind
from app.domain.models import Base, CatalogItem
from app.services.catalog_io import apply_import, preview_import
from app.services.people import system_context

#: the table itself: the bare counterpart goes through SQLAlchemy Core, not the ORM
_TABLE = Base.metadata.tables[CatalogItem.__tablename__]
_HEADER = ["编码", "类别", "中文名称", "英文名称", "单位", "英文单位", "单价", "适用类型"]


def _write_parts(path: Path, prefix: str, parts: int, cents: int) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(_HEADER)
        for i in range(1, parts + 1):
            price = Decimal(cents + i % 5000) / 100
            writer.writerow(
                [
                    f"{prefix}-{i:06d}",
                    "配件",
                    f"测试配件{i}号",
                    f"Bench part {i}",
                    "个",
                    "pc",
                    f"{price:.2f}",
                    "汽车" if i % 3 else "",
                ]
            )


def _raw_insert(db: Any, path: Path) -> float:
    """The bare libraries: csv read + one executemany INSERT, in one transaction."""
    start = time.perf_counter()
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        next(reader)
        rows = [
            {
                "kind": LineKind.PART,
                "code": "R" + code,
                "name_zh": zh,
                "name_en": en,
                "search_text": f"r{code} {zh} {en}".casefold(),
                "unit": unit,
                "unit_en": unit_en,
                "default_quantity": Decimal("1"),
                "unit_price": Decimal(price),
                "standard_hours": None,
                "flat": False,
                "asset_kinds": "vehicle" if kinds else None,
                "active": True,
                "version": 1,
            }
            for code, _kind, zh, en, unit, unit_en, price, kinds in reader
        ]
    with db.engine.begin() as conn:
        conn.execute(insert(_TABLE), rows)
    return (time.perf_counter() - start) * 1000


def measure_catalog_import(url: str, parts: int = 20_000) -> dict[str, Any]:
    """Time preview and apply of a ``parts``-part CSV and the bare-library counterpart on
    the database at ``url``; figures in milliseconds."""
    db = open_database(url)
    prefix = f"BENCH-{int(time.time() * 1000) % 10**8:08d}"
    try:
        ctx = system_context(db, "bench")
        with tempfile.TemporaryDirectory(prefix="workbay-bench-") as tmp:
            path = Path(tmp) / "parts.csv"
            _write_parts(path, prefix, parts, cents=1000)
            size = path.stat().st_size

            start = time.perf_counter()
            preview = preview_import(ctx, path)
            preview_ms = (time.perf_counter() - start) * 1000
            if not preview.ok:
                raise AssertionError(f"the bench file is refused: {preview.errors[:3]}")

            start = time.perf_counter()
            added = apply_import(ctx, path)
            apply_new_ms = (time.perf_counter() - start) * 1000

            _write_parts(path, prefix, parts, cents=1001)  # every price one cent up
            start = time.perf_counter()
            changed = apply_import(ctx, path)
            apply_update_ms = (time.perf_counter() - start) * 1000

            raw_ms = _raw_insert(db, path)
        with db.engine.begin() as conn:
            conn.execute(delete(_TABLE).where(_TABLE.c.code.like(f"%{prefix}-%")))
    finally:
        db.dispose()
    return {
        "backend": db.dialect,
        "parts": parts,
        "file_bytes": size,
        "added": added.added,
        "updated": changed.updated,
        "preview_ms": round(preview_ms, 1),
        "apply_new_ms": round(apply_new_ms, 1),
        "apply_update_ms": round(apply_update_ms, 1),
        "raw_ms": round(raw_ms, 1),
        "apply_over_raw": round(apply_new_ms / raw_ms, 2) if raw_ms else None,
    }


#: the catalog group's runs: one import is seconds, so a few runs make p50/p95
CATALOG_RUNS = 3


def measure(db: Database, samples: int) -> tuple[dict[str, dict], dict[str, Any]]:
    """``python -m app bench --only catalog``: a 20,000-part import (preview, apply as new
    items, apply with every price changed) beside the bare csv + executemany INSERT of the
    same rows, in the same run on the same database."""
    url = db.engine.url.render_as_string(hide_password=False)
    runs = [measure_catalog_import(url) for _ in range(max(1, min(samples, CATALOG_RUNS)))]
    metrics = {
        f"catalog_import_{key}": summary([r[f"{key}_ms"] for r in runs])
        for key in ("preview", "apply_new", "apply_update", "raw")
    }
    new, raw = metrics["catalog_import_apply_new"], metrics["catalog_import_raw"]
    checks: dict[str, Any] = {
        "catalog_import_parts": runs[0]["parts"],
        "catalog_import_over_raw": {
            q: round(new[f"{q}_ms"] / max(raw[f"{q}_ms"], 0.001), 2) for q in ("p50", "p95")
        },
    }
    return metrics, checks
