"""The statements of every service call, on the driver's own cursor.

Every service call begins a transaction, reads the actor's rights, bumps its order's
version and writes its journal rows. SQLAlchemy's execution layers (session, connection,
execution context, result) cost more than the driver spends on such a statement: about
three times sqlite3's own cost of a journal INSERT (20 µs against 6 µs). SQLite runs inside
the process, so there a statement costs only Python. These statements are run here:

- on SQLite: the BEGIN, the actor's rights, the version bump and the journal's INSERTs;
- on PostgreSQL: the actor's rights, the version bump and the journal's one statement.

How they run:

- SQLAlchemy compiles each statement once per database kind, with the same SQL and the
  same bind processors. So an enum, a UTC time or a Decimal is stored exactly as
  SQLAlchemy would store it. A value the statement carries itself is processed once.
- The statement runs on the cursor of the connection the session's transaction holds,
  after its BEGIN.
- The engine's ``before_cursor_execute`` and ``after_cursor_execute`` listeners still see
  each statement, so the statements a call makes can still be counted.
- A driver error goes through SQLAlchemy's own handler. The caller gets its
  ``DBAPIError``, so "database is locked", a lost connection and integrity errors are
  handled as for any other statement, and a lost connection is dropped from the pool.
- A read's values come back through SQLAlchemy's result processors, as plain tuples (no
  ORM objects). A read runs here only while the session holds nothing unwritten; otherwise
  the usual way writes that first.
- Writes hand back only their row count and, on SQLite, the new ids.

For any statement this cannot run as SQLAlchemy would, :func:`run` and :func:`rows` answer
None, and the caller runs the statement the usual way.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Executable, Select
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import UpdateBase


@dataclass(frozen=True)
class Done:
    """What a statement run here did: its row count, and each row's new id when asked."""

    rowcount: int
    ids: list[int]


@dataclass(frozen=True)
class _Plan:
    sql: str
    names: tuple[str, ...]
    processors: tuple[Callable[[Any], Any] | None, ...]
    #: the values the statement carries itself (a literal's bound value), processed once
    fixed: Mapping[str, Any]
    #: a SELECT's result columns' processors
    results: tuple[Callable[[Any], Any] | None, ...] = ()
    #: parameters by name (PostgreSQL's driver), not by position (SQLite's)
    named: bool = False


#: per (statement, column names, dialect): its compiled plan, or None when it cannot run here
_PLANS: dict[tuple[int, tuple[str, ...], str], tuple[Executable, _Plan | None]] = {}
_PLANS_KEPT = 512


class Compilations:
    """How many statements were compiled here so far (a statement built at every call
    instead of once would compile at every call: the tests watch this)."""

    count = 0


def _held(stmt: Executable, dialect: Any, names: tuple[str, ...], columns: bool) -> _Plan | None:
    key = (id(stmt), names, dialect.name)
    held = _PLANS.get(key)
    if held is None or held[0] is not stmt:
        if len(_PLANS) >= _PLANS_KEPT:
            _PLANS.clear()
        held = _PLANS[key] = (stmt, _plan(stmt, dialect, names if columns else None))
    return held[1]


def _bound(plan: _Plan, row: Mapping[str, Any]) -> Any:
    """The row's values as the driver takes them: by position, or by name."""
    fixed = plan.fixed
    values = (
        fixed[n] if n in fixed else row[n] if p is None else p(row[n])
        for n, p in zip(plan.names, plan.processors, strict=True)
    )
    return dict(zip(plan.names, values, strict=True)) if plan.named else tuple(values)


def rows(
    session: Session, stmt: Select[Any], params: Mapping[str, Any], *, everywhere: bool = False
) -> list[tuple[Any, ...]] | None:
    """The rows of ``stmt`` (built once) with ``params``, each value as SQLAlchemy would
    hand it back, read on SQLite's cursor (``everywhere``: PostgreSQL's too); None (nothing
    read) elsewhere, when the statement cannot run here, or while the session holds
    changes not written yet (the usual way writes them first)."""
    if session.new or session.dirty or session.deleted:
        return None
    conn = session.connection()
    dialect = conn.dialect
    if (dialect.name != "sqlite" and not everywhere) or conn.engine.echo:
        return None
    plan = _held(stmt, dialect, tuple(params), False)
    if plan is None:
        return None
    sent = _bound(plan, params)
    fetched = _on_cursor(conn, plan.sql, sent, lambda c: c.execute(plan.sql, sent).fetchall())
    results = plan.results
    return [
        tuple(v if p is None else p(v) for v, p in zip(row, results, strict=True))
        for row in fetched
    ]


def send(conn: Connection, sql: str) -> None:
    """A statement without parameters or rows (SQLite's BEGIN) on the driver's cursor."""
    _on_cursor(conn, sql, (), lambda c: c.execute(sql))


def _on_cursor(
    conn: Connection, sql: str, sent: Any, work: Callable[[Any], Any], many: bool = False
) -> Any:
    """``work(cursor)`` on a new cursor of ``conn``'s driver connection, told to the
    engine's statement listeners; a driver error handled by SQLAlchemy's own handler (raised
    as its ``DBAPIError``; a lost connection invalidated, with the pool's older ones)."""
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        conn.dispatch.before_cursor_execute(conn, cursor, sql, sent, None, many)
        done = work(cursor)
        conn.dispatch.after_cursor_execute(conn, cursor, sql, sent, None, many)
        return done
    except conn.dialect.loaded_dbapi.Error as exc:
        conn._handle_dbapi_exception(exc, sql, sent, cursor, None)
        raise  # (the handler raises)
    finally:
        cursor.close()


def run(
    session: Session,
    stmt: UpdateBase,
    rows: Sequence[Mapping[str, Any]],
    *,
    ids: bool = False,
    columns: bool = False,
    everywhere: bool = False,
) -> Done | None:
    """Run ``stmt`` once per row of ``rows`` (its bound values by name) on SQLite's cursor,
    with every new id when ``ids``; None (nothing run) elsewhere or when the statement
    cannot run here. ``columns``: ``stmt`` is a bare ``insert(table)`` and the rows' names
    are its columns (else they are its bind parameters' names). ``stmt`` is built once."""
    conn = session.connection()
    dialect = conn.dialect
    if (dialect.name != "sqlite" and not everywhere) or not rows or conn.engine.echo:
        return None
    if ids and dialect.name != "sqlite":  # (new ids: SQLite's lastrowid only)
        return None
    plan = _held(stmt, dialect, tuple(rows[0]), columns)
    if plan is None:
        return None
    values = [_bound(plan, row) for row in rows]
    many = len(values) > 1 and not ids
    new_ids: list[int] = []

    def work(cursor: Any) -> int:
        if many:
            cursor.executemany(plan.sql, values)
            return int(cursor.rowcount)
        count = 0
        for one in values:
            cursor.execute(plan.sql, one)
            count += cursor.rowcount
            if ids:
                new_ids.append(cursor.lastrowid)
        return count

    count = _on_cursor(conn, plan.sql, values if many else values[0], work, many)
    return Done(count, new_ids)


def _plan(stmt: Any, dialect: Any, columns: tuple[str, ...] | None) -> _Plan | None:
    """The statement compiled as SQLAlchemy would run it (for ``columns``, when given), or
    None when SQLAlchemy would do more than send it (defaults worked out in Python,
    expanding or literal parameters, rows returned)."""
    Compilations.count += 1
    compiled: Any = stmt.compile(
        dialect=dialect, column_keys=list(columns) if columns is not None else None
    )
    named = compiled.positiontup is None
    if named and (dialect.paramstyle != "pyformat" or compiled.escaped_bind_names):
        return None
    if (
        compiled.insert_prefetch
        or compiled.update_prefetch
        or compiled.literal_execute_params
        or compiled.post_compile_params
        or compiled.effective_returning
    ):
        return None
    processors = compiled._bind_processors
    order = tuple(dict.fromkeys(compiled.bind_names.values()) if named else compiled.positiontup)
    fixed = {}
    for bind, name in compiled.bind_names.items():
        if bind.callable is not None:
            return None
        if not bind.required:  # a value carried by the statement
            process = processors.get(name)
            fixed[name] = bind.value if process is None else process(bind.value)
    results = tuple(
        column.type._cached_result_processor(dialect, None) for column in compiled._result_columns
    )
    return _Plan(
        compiled.string,
        order,
        tuple(processors.get(n) for n in order),
        fixed,
        results,
        named,
    )
