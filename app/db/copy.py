"""``python -m app db copy --to URL``: move a single-counter database into a shared one.

A shop that started on one counter (the embedded SQLite file) and adds stations copies its
data into the PostgreSQL server they will share: the target is migrated to head, every
table is copied in dependency order (parents before children, rows in key order so
self-references resolve) with Core bulk inserts in one transaction, and PostgreSQL's id
sequences are moved past the copied ids. A target that already holds data is refused.
"""

from __future__ import annotations

import argparse
import warnings
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, Integer, Table, func, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SAWarning
from sqlalchemy.pool import NullPool

from app.config import database_url
from app.db.engine import make_engine, patient
from app.db.migrate import upgrade
from app.domain.errors import WorkbayError
from app.domain.models import Base

BATCH = 1000


class TargetNotEmpty(WorkbayError):
    code = "target_not_empty"

    def __init__(self, tables: dict[str, int]):
        listed = ", ".join(f"{name} ({n})" for name, n in tables.items())
        super().__init__(
            f"the target database already holds data: {listed}; copy into an empty database",
            tables=tables,
        )
        self.tables = tables


@dataclass(frozen=True)
class CopyReport:
    rows: dict[str, int]  # table -> rows copied

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def row_counts(bind: Engine | Connection) -> dict[str, int]:
    """Rows per Workbay table that exists in the database."""
    if isinstance(bind, Engine):
        with bind.connect() as conn:
            return row_counts(conn)
    present = set(inspect(bind).get_table_names())
    return {
        t.name: int(bind.scalar(select(func.count()).select_from(t)) or 0)
        for t in Base.metadata.sorted_tables
        if t.name in present
    }


#: rows a freshly migrated database holds by itself (the one branch of migration 0004); a
#: target holding only these is empty, and the copy replaces them with the source's
SEEDED = {"branches": 1}


def _refuse_filled(bind: Engine | Connection) -> None:
    filled = {name: n for name, n in row_counts(bind).items() if n > SEEDED.get(name, 0)}
    if filled:
        raise TargetNotEmpty(filled)


def normalize_url(url: str) -> str:
    """``postgresql://`` as people write it, with the driver Workbay uses."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def copy_database(
    source_url: str, target_url: str, progress: Callable[[str, int], None] | None = None
) -> CopyReport:
    """Copy every Workbay table from ``source_url`` into the empty ``target_url``."""
    source = make_engine(source_url, poolclass=NullPool)
    target = make_engine(target_url, poolclass=NullPool)
    try:
        _refuse_filled(target)
        upgrade(source)
        upgrade(target)
        copied: dict[str, int] = {}
        # one long transaction on each side, each idle while the other works
        with patient(), source.connect() as src, target.begin() as dst, warnings.catch_warnings():
            # SQLite has no native DECIMAL; values are quantized on the way out.
            warnings.simplefilter("ignore", SAWarning)
            if dst.dialect.name == "postgresql":
                # No station may write while the copy runs (nor see it half done).
                names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
                dst.execute(text(f"LOCK TABLE {names} IN EXCLUSIVE MODE"))
            _refuse_filled(dst)
            for name in SEEDED:
                dst.execute(text(f'DELETE FROM "{name}"'))
            for table in Base.metadata.sorted_tables:
                copied[table.name] = _copy_table(src, dst, table)
                if progress is not None:
                    progress(table.name, copied[table.name])
            if dst.dialect.name == "postgresql":
                _fix_sequences(dst)
        return CopyReport(copied)
    finally:
        source.dispose()
        target.dispose()


def _copy_table(src: Connection, dst: Connection, table: Table) -> int:
    order = list(table.primary_key.columns)
    result = src.execution_options(yield_per=BATCH).execute(select(table).order_by(*order))
    count = 0
    for batch in result.mappings().partitions(BATCH):
        rows = [dict(r) for r in batch]
        dst.execute(table.insert(), rows)
        count += len(rows)
    return count


def _fix_sequences(dst: Connection) -> None:
    """Move each ``serial``/identity sequence past the highest copied id."""
    for table in Base.metadata.sorted_tables:
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or not isinstance(pk[0].type, Integer):
            continue
        seq = dst.scalar(
            text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": pk[0].name}
        )
        if seq is None:
            continue
        dst.execute(
            text(
                f'SELECT setval(:s, coalesce(max("{pk[0].name}"), 1), max("{pk[0].name}") '
                f'IS NOT NULL) FROM "{table.name}"'
            ),
            {"s": seq},
        )


def _cmd_copy(args: argparse.Namespace) -> int:
    source = normalize_url(args.source) if args.source else database_url()
    target = normalize_url(args.to)
    shown = make_url(target).render_as_string(hide_password=True)
    print(f"copying {make_url(source).render_as_string(hide_password=True)} -> {shown}")
    report = copy_database(source, target, lambda name, n: print(f"  {name:<20} {n:>8}"))
    print(f"done: {report.total} rows in {len(report.rows)} tables")
    return 0


def register(sub: argparse._SubParsersAction, db_sub: argparse._SubParsersAction) -> None:
    p = db_sub.add_parser(
        "copy", help="copy this station's database into an empty (shared) database"
    )
    p.add_argument("--to", required=True, metavar="URL", help="target, e.g. postgresql://...")
    p.add_argument(
        "--from",
        dest="source",
        metavar="URL",
        help="source (default: WORKBAY_DATABASE_URL or the embedded database)",
    )
    p.set_defaults(func=_cmd_copy)
