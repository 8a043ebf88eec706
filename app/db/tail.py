"""A service call's journal rows, written last and, on PostgreSQL, in one statement.

Every change leaves the same trail: the state history (``status_changes``), the order's
journal (``order_events``), the audit log and the change log, and on PostgreSQL a NOTIFY
per change. Written as the ORM would, that is one statement per table plus the NOTIFY, at
every call. Here the rows are queued (:func:`add_tail`) while the call runs and written by
:func:`write_tail` just before the commit: on PostgreSQL one ``INSERT`` per table as CTEs
of a single statement whose ``SELECT`` sends the notifications with the change log's new
ids (``RETURNING``); on SQLite (one process, no network) through the ORM as before.

Nothing in a call reads these tables back before its commit: the rows are its record,
written with it. Outside a write transaction (``Database.write``) a row is added at once.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Insert, Table, Text, Update, func, insert, inspect, literal_column, select
from sqlalchemy.orm import Session

from app.domain.models import ChangeLogEntry

_TAIL = "workbay_tail_rows"
_TAIL_UPDATES = "workbay_tail_updates"


def open_tail(session: Session) -> None:
    """The write transaction starts: rows are queued from here (``Database.write``)."""
    session.info[_TAIL] = []
    session.info[_TAIL_UPDATES] = []


def add_tail(session: Session, row: object) -> None:
    """Queue a journal row of this call (written at its end), or add it now outside a
    write transaction."""
    queued: list[object] | None = session.info.get(_TAIL)
    if queued is None:
        session.add(row)
    else:
        queued.append(row)


def add_tail_update(session: Session, stmt: Update | Insert) -> None:
    """A write that nothing in the call reads back (a number written where its stand-in
    was, a settled repair's health record upserted): on PostgreSQL part of the tail's
    statement, elsewhere run now. (The tail's statements see the database as it was before
    it: a row written there is not updated there too.)"""
    queued: list[Update | Insert] | None = session.info.get(_TAIL_UPDATES)
    if queued is None or session.get_bind().dialect.name != "postgresql":
        session.execute(stmt)
    else:
        queued.append(stmt)


def drop_tail(session: Session) -> None:
    session.info.pop(_TAIL, None)
    session.info.pop(_TAIL_UPDATES, None)


def write_tail(session: Session, channel: str | None) -> None:
    """Write the queued rows (the caller's other writes are flushed); with ``channel``
    (PostgreSQL) in one statement that also notifies each change log row on ``channel``.
    The change log rows get their ids either way."""
    rows: list[object] = session.info.pop(_TAIL, None) or []
    updates: list[Update | Insert] = session.info.pop(_TAIL_UPDATES, None) or []
    if channel is None:  # (updates are queued on PostgreSQL only: none here)
        if rows:
            session.add_all(rows)
            session.flush()
        return
    if not rows and not updates:
        return
    by_table: dict[Table, list[dict[str, Any]]] = {}
    changes: list[ChangeLogEntry] = []
    for row in rows:
        table = inspect(row).mapper.local_table
        assert isinstance(table, Table)
        by_table.setdefault(table, []).append(_values(row, table))
        if isinstance(row, ChangeLogEntry):
            changes.append(row)
    log = cast(Table, ChangeLogEntry.__table__)
    ctes = [
        insert(table).values(values).cte(f"tail_{i}")
        for i, (table, values) in enumerate(by_table.items())
        if table is not log
    ] + [stmt.cte(f"tail_update_{i}") for i, stmt in enumerate(updates)]
    if changes:
        written = (
            insert(log)
            .values(by_table[log])
            .returning(
                log.c.id,
                log.c.entity,
                log.c.entity_id,
                log.c.action,
                log.c.version,
                log.c.station_id,
            )  # fmt: skip
            .cte("tail_log")
        )
        payload = func.json_build_object(
            "id", written.c.id, "entity", written.c.entity, "entity_id", written.c.entity_id,
            "action", written.c.action, "version", written.c.version,
            "station_id", written.c.station_id,
        )  # fmt: skip
        notify = (
            select(written.c.id, func.pg_notify(channel, payload.cast(Text)))
            .add_cte(*ctes)
            .order_by(written.c.id)
        )
        ids = [r[0] for r in session.execute(notify)]
        for entry, new_id in zip(changes, ids, strict=True):  # ids follow the VALUES' order
            entry.id = new_id
    else:
        session.execute(select(literal_column("1")).add_cte(*ctes))


def _values(row: object, table: Table) -> dict[str, Any]:
    """The row's column values as the ORM would insert them (Python-side defaults filled)."""
    mapper = inspect(row).mapper
    values: dict[str, Any] = {}
    for attr in mapper.column_attrs:
        column = attr.columns[0]
        if column.table is not table:
            continue
        value = getattr(row, attr.key)
        if value is None and column.primary_key:
            continue
        if value is None and column.default is not None:
            default = column.default
            value = default.arg(None) if callable(default.arg) else default.arg
            setattr(row, attr.key, value)
        values[column.name] = value
    return values
