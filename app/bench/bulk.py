"""Bulk loading for the benchmark dataset: millions of rows in minutes, not hours.

Rows are plain tuples of Python values in the column order given. On SQLite they are
converted with each column type's own bind processor (exactly what SQLAlchemy would store)
and written with the driver's ``executemany``; on PostgreSQL they are streamed with
``COPY ... FROM STDIN``. Secondary indexes are dropped before the load and rebuilt after
it, which is several times faster than maintaining them row by row; unique constraints
stay in place. The loader is for a dedicated benchmark database only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Engine,
    Integer,
    Numeric,
    String,
    Table,
    TypeDecorator,
)
from sqlalchemy.schema import CreateIndex

from app.domain.models import Base
from app.domain.types import UTCDateTime

#: tables the benchmark keeps between builds: people, stations, reference data, settings
KEEP_TABLES = frozenset(
    {
        "branches",
        "users",
        "user_roles",
        "stations",
        "catalog_items",
        "checklist_items",
        "settings",
        "audit_log",  # append-only: the database refuses to empty it
    }
)
BATCH = 20_000
#: column types whose values SQLite stores converted (times and dates as text, money)
CONVERTED = (UTCDateTime, DateTime, Date, Numeric)


def data_tables() -> list[Table]:
    """Every table the dataset owns (anything added to the schema later included)."""
    return [t for t in Base.metadata.sorted_tables if t.name not in KEEP_TABLES]


class BulkLoader:
    """One raw DBAPI connection for the whole load, tuned for throughput."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect
        self.is_pg = self.dialect.name == "postgresql"
        self.raw: Any = engine.raw_connection()
        self.rows_written = 0
        self.checks_fks = True
        cur = self.raw.cursor()
        if self.is_pg:
            cur.execute("SET synchronous_commit = off")
            cur.execute("SET maintenance_work_mem = '256MB'")
            self.raw.commit()
            self.checks_fks = not self._skip_fk_triggers(cur)
        else:
            self.checks_fks = False  # parents are written first; see _skip_fk_triggers
            for pragma in ("foreign_keys=OFF", "synchronous=OFF", "cache_size=-262144"):
                cur.execute(f"PRAGMA {pragma}")
        cur.close()

    def _skip_fk_triggers(self, cur: Any) -> bool:
        """PostgreSQL checks every foreign key of every row with a lookup and a share lock
        on the parent row; the generator writes parents first, so a superuser load skips
        the checks (``session_replication_role``). Without the privilege they stay on."""
        import psycopg

        try:
            cur.execute("SET session_replication_role = replica")
        except psycopg.errors.InsufficientPrivilege:
            self.raw.rollback()
            return False
        self.raw.commit()
        return True

    def close(self) -> None:
        """Close the connection for good: its bulk settings must not reach the pool."""
        self.raw.detach()
        self.raw.close()

    def execute(self, sql: str) -> None:
        """One statement in its own transaction (SQLite: the driver is in autocommit mode)."""
        cur = self.raw.cursor()
        cur.execute(sql)
        cur.close()
        if self.is_pg:
            self.raw.commit()

    def wipe(self) -> None:
        """Empty every dataset table (users, stations and reference data stay)."""
        tables = data_tables()
        if self.is_pg:
            names = ", ".join(f'"{t.name}"' for t in tables)
            self.execute(f"TRUNCATE {names} RESTART IDENTITY CASCADE")
            return
        cur = self.raw.cursor()
        cur.execute("BEGIN")
        for t in reversed(tables):
            cur.execute(f'DELETE FROM "{t.name}"')
        cur.execute("COMMIT")
        cur.close()

    def drop_indexes(self) -> None:
        for t in data_tables():
            for index in t.indexes:
                self.execute(f'DROP INDEX IF EXISTS "{index.name}"')

    def create_indexes(self) -> None:
        for t in data_tables():
            for index in sorted(t.indexes, key=lambda i: str(i.name)):
                ddl = str(CreateIndex(index, if_not_exists=True).compile(dialect=self.dialect))
                self.execute(ddl)

    def write(self, table: Table, columns: tuple[str, ...], rows: Iterable[tuple[Any, ...]]) -> int:
        """Insert ``rows`` (tuples in ``columns`` order); returns how many were written."""
        n = 0
        if self.is_pg:
            cols = ", ".join(f'"{c}"' for c in columns)
            copy = f'COPY "{table.name}" ({cols}) FROM STDIN (FORMAT BINARY)'
            with self.raw.cursor() as cur, cur.copy(copy) as cp:
                # binary: no text formatting here and no parsing on the server (~2x faster)
                cp.set_types([_pg_type(table.c[c].type) for c in columns])
                for row in rows:
                    cp.write_row(row)
                    n += 1
            self.raw.commit()
        else:
            convert = _sqlite_converter(table, columns, self.dialect)
            marks = ", ".join("?" for _ in columns)
            cols = ", ".join(f'"{c}"' for c in columns)
            sql = f'INSERT INTO "{table.name}" ({cols}) VALUES ({marks})'
            cur = self.raw.cursor()
            for batch in _batches(rows, BATCH):
                cur.execute("BEGIN")
                cur.executemany(sql, [convert(r) for r in batch])
                cur.execute("COMMIT")
                n += len(batch)
            cur.close()
        self.rows_written += n
        return n

    def reset_sequences(self) -> None:
        """PostgreSQL: the id sequences continue after the explicitly loaded ids."""
        if not self.is_pg:
            return
        for t in data_tables():
            if "id" in t.c and t.c.id.primary_key:
                self.execute(
                    f"SELECT setval(pg_get_serial_sequence('\"{t.name}\"', 'id'), "
                    f'COALESCE((SELECT MAX(id) FROM "{t.name}"), 0) + 1, false)'
                )

    def analyze(self) -> None:
        """Planner statistics (and on PostgreSQL the visibility map) for the new data."""
        if self.is_pg:
            # VACUUM also sets the visibility map, so index-only scans skip the heap, as
            # they do on a database autovacuum has already visited; it needs autocommit.
            self.raw.commit()
            driver = self.raw.driver_connection
            driver.autocommit = True
            driver.execute("VACUUM (ANALYZE)")
            driver.autocommit = False
        else:
            cur = self.raw.cursor()
            cur.execute("PRAGMA analysis_limit=2000")
            cur.execute("ANALYZE")
            cur.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            cur.close()


def _batches(rows: Iterable[tuple[Any, ...]], size: int) -> Iterator[list[tuple[Any, ...]]]:
    it = iter(rows)
    while batch := list(islice(it, size)):
        yield batch


def _pg_type(type_: Any) -> str:
    """The PostgreSQL type a column's values are sent as in a binary COPY."""
    if isinstance(type_, TypeDecorator):
        type_ = type_.impl_instance
    for sa_type, name in _PG_TYPES:
        if isinstance(type_, sa_type):
            if name == "timestamp" and getattr(type_, "timezone", False):
                return "timestamptz"
            return name
    raise TypeError(f"no binary COPY type for {type_!r}")


_PG_TYPES: tuple[tuple[type, str], ...] = (
    (BigInteger, "int8"),
    (Integer, "int4"),
    (Boolean, "bool"),
    (Numeric, "numeric"),
    (DateTime, "timestamp"),
    (Date, "date"),
    (String, "text"),  # VARCHAR, TEXT and enums stored as their value
)


def _sqlite_converter(
    table: Table, columns: tuple[str, ...], dialect: Any
) -> Callable[[tuple[Any, ...]], tuple[Any, ...]]:
    """Per-row conversion by the columns' bind processors (dates to text, Decimal, ...)."""
    procs: list[tuple[int, Callable[[Any], Any]]] = []
    for i, name in enumerate(columns):
        col = table.c[name]
        if not isinstance(col.type, CONVERTED):
            continue  # strings, integers, booleans and enum values go in as they are
        proc = col.type.dialect_impl(dialect).bind_processor(dialect)
        if proc is not None:
            procs.append((i, proc))

    def convert(row: tuple[Any, ...]) -> tuple[Any, ...]:
        out = list(row)
        for i, proc in procs:
            if out[i] is not None:
                out[i] = proc(out[i])
        return tuple(out)

    return convert
