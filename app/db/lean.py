"""SQLite's journal writes on the driver's own cursor.

SQLite runs inside the process, so a statement costs only Python. SQLAlchemy's execution
layers (session, connection, execution context, result) cost about three times what sqlite3
itself spends on a journal INSERT (20 µs against 6 µs). Every service call writes its
journal rows and bumps its order's version. Those writes are run here:

- SQLAlchemy compiles each statement once, with the same SQL and the same bind processors.
  So an enum, a UTC time or a Decimal is stored exactly as SQLAlchemy would store it.
- The statement runs on the cursor of the connection the session's transaction holds, after
  its BEGIN.
- The engine's ``before_cursor_execute`` and ``after_cursor_execute`` listeners still see
  each statement, so the statements a call makes can still be counted.
- A driver error reaches the caller as SQLAlchemy's own ``DBAPIError``, so "database is
  locked" and integrity errors are handled as for any other statement.

Only writes nothing reads back are run here: no result rows, only the row count and the new
ids. On PostgreSQL, and for any statement this cannot run as SQLAlchemy would, :func:`run`
answers None and the caller runs it the usual way.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.exc import DBAPIError
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


#: per (statement, column names): its compiled plan, or None when it cannot run here
_PLANS: dict[tuple[int, tuple[str, ...]], tuple[UpdateBase, _Plan | None]] = {}
_PLANS_KEPT = 512


def run(
    session: Session,
    stmt: UpdateBase,
    rows: Sequence[Mapping[str, Any]],
    *,
    ids: bool = False,
    columns: bool = False,
) -> Done | None:
    """Run ``stmt`` once per row of ``rows`` (its bound values by name) on SQLite's cursor,
    with every new id when ``ids``; None (nothing run) elsewhere or when the statement
    cannot run here. ``columns``: ``stmt`` is a bare ``insert(table)`` and the rows' names
    are its columns (else they are its bind parameters' names). ``stmt`` is built once."""
    conn = session.connection()
    dialect = conn.dialect
    if dialect.name != "sqlite" or not rows or conn.engine.echo:
        return None
    names = tuple(rows[0])
    key = (id(stmt), names)
    held = _PLANS.get(key)
    if held is None or held[0] is not stmt:
        if len(_PLANS) >= _PLANS_KEPT:
            _PLANS.clear()
        held = _PLANS[key] = (stmt, _plan(stmt, dialect, names if columns else None))
    plan = held[1]
    if plan is None:
        return None
    values = [
        tuple(v if p is None else p(v) for v, p in zip(map(row.__getitem__, plan.names),
                                                        plan.processors, strict=True))
        for row in rows
    ]  # fmt: skip
    dbapi = dialect.loaded_dbapi
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    many = len(values) > 1 and not ids
    sent: Any = values if many else values[0]
    try:
        conn.dispatch.before_cursor_execute(conn, cursor, plan.sql, sent, None, many)
        new_ids: list[int] = []
        if many:
            cursor.executemany(plan.sql, values)
            count = cursor.rowcount
        else:
            count = 0
            for one in values:
                cursor.execute(plan.sql, one)
                count += cursor.rowcount
                if ids:
                    new_ids.append(cursor.lastrowid)
        conn.dispatch.after_cursor_execute(conn, cursor, plan.sql, sent, None, many)
    except dbapi.Error as exc:
        raise DBAPIError.instance(plan.sql, sent, exc, dbapi.Error, dialect=dialect) from exc
    finally:
        cursor.close()
    return Done(count, new_ids)


def _plan(stmt: UpdateBase, dialect: Any, columns: tuple[str, ...] | None) -> _Plan | None:
    """The statement compiled as SQLAlchemy would run it (for ``columns``, when given), or
    None when SQLAlchemy would do more than send it (defaults worked out in Python,
    expanding or literal parameters, rows returned)."""
    compiled: Any = stmt.compile(
        dialect=dialect, column_keys=list(columns) if columns is not None else None
    )
    if (
        compiled.positiontup is None
        or compiled.insert_prefetch
        or compiled.update_prefetch
        or compiled.literal_execute_params
        or compiled.post_compile_params
        or compiled.effective_returning
    ):
        return None
    processors = compiled._bind_processors
    order = tuple(compiled.positiontup)
    return _Plan(compiled.string, order, tuple(processors.get(n) for n in order))
