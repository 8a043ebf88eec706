"""A service call's journal rows, written last and, on PostgreSQL, in one statement.

Every change leaves the same trail: the state history (``status_changes``), the order's
journal (``order_events``), the audit log and the change log, and on PostgreSQL a NOTIFY
per change. Written as the ORM would, that is one statement per table plus the NOTIFY, at
every call. Here the rows are queued (:func:`add_tail`) while the call runs and written by
:func:`write_tail` just before the commit: on PostgreSQL one ``INSERT`` per row as CTEs of
a single statement whose ``SELECT`` sends the notifications with the change log's new ids
(``RETURNING``); on SQLite (one process, no network) one INSERT per table. The
statement is built once per shape (which tables' rows) with its values bound by name, so
SQLAlchemy compiles it once and a call only binds its values: building and compiling it
at every call was a third of a state change's time in Python.

Nothing in a call reads these tables back before its commit: the rows are its record,
written with it. Outside a write transaction (``Database.write``) a row is added at once.
"""

from __future__ import annotations

from typing import Any, TypeVar, cast

from sqlalchemy import (
    Insert,
    Table,
    Text,
    Update,
    bindparam,
    func,
    insert,
    inspect,
    literal_column,
    select,
    union_all,
)
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import manager_of_class

from app.db import lean
from app.domain.models import ChangeLogEntry

T = TypeVar("T")

_TAIL = "workbay_tail_rows"
_TAIL_UPDATES = "workbay_tail_updates"


def open_tail(session: Session) -> None:
    """The write transaction starts: rows are queued from here (``Database.write``)."""
    session.info[_TAIL] = []
    session.info[_TAIL_UPDATES] = []


def new_row(cls: type[T], **values: Any) -> T:
    """A new journal row of mapped class ``cls`` holding ``values`` (column attributes
    only), made without the constructor: its attribute events cost about 15 µs a row, and
    nothing listens to a row that is not in a session yet. Later changes to the row (a
    number put in where its stand-in was) go through the attributes as usual."""
    row: Any = manager_of_class(cls).new_instance()
    row.__dict__.update(values)
    return cast(T, row)


def add_tail(session: Session, row: object) -> None:
    """Queue a journal row of this call (written at its end), or add it now outside a
    write transaction."""
    queued: list[object] | None = session.info.get(_TAIL)
    if queued is None:
        session.add(row)
    else:
        queued.append(row)


def tail_slot(session: Session) -> int:
    """The place the next :func:`add_tail_update` takes in this call's statement: a
    statement built once per place names its bind parameters after it (``wb_u<slot>_...``),
    so several can go in one statement."""
    return len(session.info.get(_TAIL_UPDATES) or ())


def add_tail_update(session: Session, stmt: Update | Insert, params: dict[str, Any]) -> None:
    """A write that nothing in the call reads back (a number written where its stand-in
    was, a settled repair's health record upserted): on PostgreSQL part of the tail's
    statement, elsewhere run now. (The tail's statements see the database as it was before
    it: a row written there is not updated there too.) ``stmt`` is built once for its
    place (:func:`tail_slot`), its values in ``params``: the tail's statement with it is
    then built once too."""
    queued: list[tuple[Update | Insert, dict[str, Any]]] | None = session.info.get(_TAIL_UPDATES)
    if queued is None or session.get_bind().dialect.name != "postgresql":
        session.execute(stmt, params)
    else:
        queued.append((stmt, params))


def drop_tail(session: Session) -> None:
    session.info.pop(_TAIL, None)
    session.info.pop(_TAIL_UPDATES, None)


def write_tail(session: Session, channel: str | None) -> None:
    """Write the queued rows (the caller's other writes are flushed); with ``channel``
    (PostgreSQL) in one statement that also notifies each change log row on ``channel``.
    The change log rows get their ids either way."""
    rows: list[object] = session.info.pop(_TAIL, None) or []
    updates: list[tuple[Update | Insert, dict[str, Any]]] = (
        session.info.pop(_TAIL_UPDATES, None) or []
    )
    if channel is None:  # (updates are queued on PostgreSQL only: none here)
        _write_each_table(session, rows)
        return
    if not rows and not updates:
        return
    written = [_row_values(row) for row in rows]
    params: dict[str, Any] = {}
    for i, (_table, values) in enumerate(written):
        params.update({f"r{i}_{name}": value for name, value in values.items()})
    shape = (channel, tuple((table, tuple(values)) for table, values in written))
    stmt = _SHAPES.get(shape)
    if stmt is None:
        stmt = _statement(shape)
        if len(_SHAPES) >= _SHAPES_KEPT:
            _SHAPES.clear()
        _SHAPES[shape] = stmt
    if updates:
        stmt = _with_updates(stmt, [u for u, _ in updates])
        for _u, bound in updates:
            params.update(bound)
    # the statement built once: on the driver's cursor (app.db.lean), else the usual way
    result: Any = lean.rows(session, stmt, params, everywhere=True)
    if result is None:
        result = session.execute(stmt, params)
    changes = [row for row in rows if isinstance(row, ChangeLogEntry)]
    if changes:  # the ids follow the queue's order (:func:`_insert`)
        ids = [new_id for new_id, _ in result]
        for entry, new_id in zip(changes, ids, strict=True):
            entry.id = new_id


def _with_updates(stmt: Any, updates: list[Update | Insert]) -> Any:
    """The tail's statement with ``updates`` (each built once) as CTEs, built once: the same
    parts again give the same statement, whose cache key and compiled form are not made
    again."""
    key = (id(stmt), *(id(u) for u in updates))
    held = _WITH_UPDATES.get(key)
    if (
        held is not None
        and held[0] is stmt
        and all(a is b for a, b in zip(held[1], updates, strict=True))
    ):
        return held[2]
    combined = stmt.add_cte(*(u.cte(f"tail_update_{i}") for i, u in enumerate(updates)))
    if len(_WITH_UPDATES) >= _SHAPES_KEPT:
        _WITH_UPDATES.clear()
    _WITH_UPDATES[key] = (stmt, list(updates), combined)
    return combined


#: the tail statements with their updates (built once), by the identities of their parts
_WITH_UPDATES: dict[tuple[int, ...], tuple[Any, list[Any], Any]] = {}

#: the tail statements built so far, by shape (which tables' rows, which columns): built and
#: compiled once each (SQLAlchemy's cache), a call only binds its values
_SHAPES: dict[Any, Any] = {}
_SHAPES_KEPT = 512


def _statement(shape: Any) -> Any:
    """The tail statement of ``shape``: one INSERT per table as a CTE, its values bound by
    name (``r<row>_<column>``), and a SELECT that notifies each change log row on the
    channel with its new id (a call's updates are added to a copy as CTEs of their own)."""
    channel, rows = shape
    log = cast(Table, ChangeLogEntry.__table__)
    groups: dict[tuple[Table, tuple[str, ...]], list[int]] = {}
    for i, (table, names) in enumerate(rows):
        groups.setdefault((table, names), []).append(i)
    ctes: list[Any] = []
    written: Any = None
    for n, ((table, names), places) in enumerate(groups.items()):
        stmt = _insert(table, names, places)
        if table is log:
            assert written is None, "the change log's rows all have the same columns"
            written = stmt.returning(
                log.c.id, log.c.entity, log.c.entity_id, log.c.action, log.c.version,
                log.c.station_id,
            ).cte("tail_log")  # fmt: skip
        else:
            ctes.append(stmt.cte(f"tail_{n}"))
    if written is None:
        return select(literal_column("1")).add_cte(*ctes)
    payload = func.json_build_object(
        "id", written.c.id, "entity", written.c.entity, "entity_id", written.c.entity_id,
        "action", written.c.action, "version", written.c.version,
        "station_id", written.c.station_id,
    )  # fmt: skip
    return (
        select(written.c.id, func.pg_notify(channel, payload.cast(Text)))
        .add_cte(*ctes)
        .order_by(written.c.id)
    )


def _insert(table: Table, names: tuple[str, ...], places: list[int]) -> Insert:
    """The INSERT of a table's rows (at ``places`` in the queue), their values bound by
    name. Several rows are inserted from a SELECT in queue order, so their ids follow the
    order the call made them in (an audit log read by id reads as it happened); a
    multi-row VALUES would do the same but make the statement uncacheable."""

    def bound(i: int, name: str) -> Any:
        return bindparam(f"r{i}_{name}", type_=table.c[name].type)

    if len(places) == 1:
        return insert(table).values({name: bound(places[0], name) for name in names})
    parts = [
        select(literal_column(str(k)).label("tail_k"), *(bound(i, n).label(n) for n in names))
        for k, i in enumerate(places)
    ]
    rows = union_all(*parts).subquery("tail_rows")
    ordered = select(*(rows.c[n] for n in names)).order_by(rows.c.tail_k)
    return insert(table).from_select(list(names), ordered)


def _write_each_table(session: Session, rows: list[object]) -> None:
    """SQLite (in process, no round trips to save): one INSERT per table, its rows in queue
    order (executemany; the change log's with their ids back), as plain statements compiled
    once and run on the driver's cursor (:mod:`app.db.lean`), not through the ORM's unit
    of work."""
    groups: dict[tuple[Table, tuple[str, ...]], list[tuple[object, dict[str, Any]]]] = {}
    for row in rows:
        table, values = _row_values(row)
        groups.setdefault((table, tuple(values)), []).append((row, values))
    log = cast(Table, ChangeLogEntry.__table__)
    for (table, _names), queued in groups.items():
        params = [values for _row, values in queued]
        done = lean.run(session, _plain_insert(table), params, ids=table is log, columns=True)
        if table is not log:
            if done is None:
                session.execute(_plain_insert(table), params[0] if len(params) == 1 else params)
            continue
        ids = (
            done.ids
            if done is not None
            else session.execute(_plain_insert(table, returning=True), params).scalars().all()
        )
        for (entry, _values), new_id in zip(queued, ids, strict=True):
            cast(ChangeLogEntry, entry).id = new_id


#: a table's plain INSERT (and with its ids back in parameter order), built once
_INSERTS: dict[tuple[Table, bool], Insert] = {}


def _plain_insert(table: Table, *, returning: bool = False) -> Insert:
    held = _INSERTS.get((table, returning))
    if held is None:
        held = insert(table)
        if returning:
            held = held.returning(table.c.id, sort_by_parameter_order=True)
        _INSERTS[(table, returning)] = held
    return held


def _row_values(row: object) -> tuple[Table, dict[str, Any]]:
    table, columns = _columns_of(type(row))
    return table, _values(row, columns)


#: per mapped class: its table and, per column of that table, (attribute key, column name,
#: primary key, scalar default or None, callable default or None), worked out once
_COLUMNS: dict[type, tuple[Table, list[tuple[str, str, bool, Any, Any]]]] = {}


def _columns_of(cls: type) -> tuple[Table, list[tuple[str, str, bool, Any, Any]]]:
    held = _COLUMNS.get(cls)
    if held is not None:
        return held
    mapper: Any = inspect(cls)
    table = mapper.local_table
    assert isinstance(table, Table)
    columns = []
    for attr in mapper.column_attrs:
        column = attr.columns[0]
        if column.table is not table:
            continue
        default = column.default
        arg = getattr(default, "arg", None)
        scalar, call = (None, arg) if callable(arg) else (arg, None)
        columns.append((attr.key, column.name, bool(column.primary_key), scalar, call))
    _COLUMNS[cls] = (table, columns)
    return _COLUMNS[cls]


def _values(row: object, columns: list[tuple[str, str, bool, Any, Any]]) -> dict[str, Any]:
    """The row's column values as the ORM would insert them (Python-side defaults filled,
    and set on the row as a flush would). A queued row is new: what it holds is in its
    instance dict; an attribute never set is absent there."""
    held = row.__dict__
    values: dict[str, Any] = {}
    for key, name, primary_key, scalar, call in columns:
        value = held.get(key)
        if value is None:
            if primary_key:
                continue
            if call is not None or scalar is not None:
                value = call(None) if call is not None else scalar
                setattr(row, key, value)
        values[name] = value
    return values
