"""Readable, unique, gapless document numbers such as ``WO-20261123-0042``.

The counter row of (kind, day) is bumped with ``UPDATE ... RETURNING`` inside the caller's
transaction. The row lock (PostgreSQL) or the write lock (SQLite, ``BEGIN IMMEDIATE``)
makes concurrent stations take turns; a rolled-back document rolls its number back too, so
numbers have no gaps. The day's first number makes the row first, on PostgreSQL in a short
transaction of its own (so no station waits on another's uncommitted counter row).

The row lock is held until the caller's transaction ends, and every other station's
document of that kind waits for it: services take the number as the last step before the
commit, once everything else is written (:func:`number_last`; a row that needs its number
from the start is written with a :func:`provisional` one and fixed at the end), and a
station that stops holding it is cut off by the server (``COUNTER_IDLE_MS``) while the
others wait at most ``app.db.engine.LOCK_TIMEOUT_MS`` per try.

The prefix is the branch's ``numbering.prefixes`` setting (default the kind's code: WO, ST,
RL, RC); the counter stays per kind, so a changed prefix continues the day's count.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, cast
from uuid import uuid4

from sqlalchemy import Connection, Table, Update, bindparam, case, func, inspect, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.orm.attributes import set_committed_value

from app.db import engine as _engine
from app.db.tail import add_tail, add_tail_update, tail_slot
from app.domain.enums import DocumentKind
from app.domain.models import DEFAULT_BRANCH_ID, DocumentCounter
from app.domain.types import utcnow


def period_of(at: datetime) -> str:
    """The shop-local day a number belongs to."""
    return at.astimezone().strftime("%Y%m%d")


def format_number(kind: DocumentKind, period: str, value: int, prefix: str | None = None) -> str:
    return f"{prefix or kind.value}-{period}-{value:04d}"


#: the setting of the branch's printed prefixes (read with the counter's update)
PREFIXES_KEY = "numbering.prefixes"


def next_number(
    session: Session,
    kind: DocumentKind,
    at: datetime | None = None,
    branch_id: int = DEFAULT_BRANCH_ID,
) -> str:
    """The next number of ``kind`` today in the branch's own series."""
    return next_numbers(session, kind, 1, at, branch_id)[0]


def number_last(
    session: Session,
    kind: DocumentKind,
    column: InstrumentedAttribute[str | None],
    rows: Sequence[Any],
    branch_id: int = DEFAULT_BRANCH_ID,
) -> list[str]:
    """Number ``rows`` (written with ``column`` empty) as the last writes of the transaction:
    everything else is flushed first, then the counter is taken once for all of them and
    the numbers are written with one plain UPDATE (no version bump), so the counter's
    lock is held only from here to the commit. The rows' objects show their numbers."""
    session.flush()
    numbers = next_numbers(session, kind, len(rows), branch_id=branch_id) if rows else []
    table = column.class_.__table__
    if rows:  # one statement for all of them, built once per place and count
        slot = tail_slot(session)
        params: dict[str, Any] = {}
        for k, (row, number) in enumerate(zip(rows, numbers, strict=True)):
            params[f"wb_u{slot}_id{k}"], params[f"wb_u{slot}_n{k}"] = row.id, number
        add_tail_update(  # (PostgreSQL: in the statement of the call's journal rows)
            session, _numbers_statement(table, column.key, len(rows), slot), params
        )
    for row, number in zip(rows, numbers, strict=True):
        set_committed_value(row, column.key, number)
    return numbers


#: ``session.info`` key: the transaction's stand-ins, each with the rows held back until
#: its number is known (a write with one left refuses to commit)
_STAND_INS = _engine.STAND_INS_KEY


def provisional(session: Session) -> str:
    """A stand-in for a number not taken yet, unique, for a row that must be written before
    it (a new work order: its lines and history point at it). Journal and audit rows that
    mention it are held back (:func:`hold`) and written once :func:`put_number` knows the
    number; the transaction may not commit before that."""
    stand_in = "~" + uuid4().hex[:20]
    session.info.setdefault(_STAND_INS, {})[stand_in] = []
    return stand_in


def hold(session: Session, row: object, *texts: str | None) -> bool:
    """Hold ``row`` back when one of ``texts`` (what it will say) mentions a stand-in of
    this transaction; :func:`put_number` writes it with the number. False: add it now."""
    stand_ins: dict[str, list[object]] = session.info.get(_STAND_INS) or {}
    for stand_in, held in stand_ins.items():
        if any(t and stand_in in t for t in texts):
            held.append(row)
            return True
    return False


def put_number(
    session: Session,
    stand_in: str,
    number: str,
    where: Sequence[tuple[InstrumentedAttribute[Any], int]],
) -> None:
    """Write ``number`` where ``stand_in`` stands: each ``(column, row id)`` is one plain
    UPDATE (no version bump, built once) of the row written with it (the session's objects show the
    number); the rows held back (:func:`hold`) are written now, with the number."""
    for column, row_id in where:
        slot = tail_slot(session)
        add_tail_update(
            session,
            _stand_in_statement(column.class_.__table__, column.key, slot),
            {f"wb_u{slot}_id": row_id, f"wb_u{slot}_stand": stand_in, f"wb_u{slot}_n": number},
        )
    classes = tuple({cast(type, c.class_) for c, _ in where})
    keys = {c.key for c, _ in where}
    for obj in list(session.identity_map.values()):
        if isinstance(obj, classes):
            for key in keys:
                value = obj.__dict__.get(key)
                if isinstance(value, str) and stand_in in value:
                    set_committed_value(obj, key, value.replace(stand_in, number))
    for row in session.info[_STAND_INS].pop(stand_in):
        for attr in inspect(row).mapper.column_attrs:
            value = getattr(row, attr.key)
            if isinstance(value, str) and stand_in in value:
                length = getattr(attr.columns[0].type, "length", None)
                setattr(row, attr.key, value.replace(stand_in, number)[:length])
        add_tail(session, row)


#: the numbers' UPDATEs, built once per (table, column, rows or stand-in, place in the tail)
_NUMBER_UPDATES: dict[tuple[Any, str, int, int], Update] = {}


def _numbers_statement(table: Any, key: str, count: int, slot: int) -> Update:
    """``count`` rows (``wb_u<slot>_id<k>``) numbered (``wb_u<slot>_n<k>``) in one UPDATE."""
    held = _NUMBER_UPDATES.get((table, key, count, slot))
    if held is not None:
        return held
    ids = [bindparam(f"wb_u{slot}_id{k}", type_=table.c.id.type) for k in range(count)]
    numbers = [bindparam(f"wb_u{slot}_n{k}", type_=table.c[key].type) for k in range(count)]
    value: Any = (
        case(*((table.c.id == i, n) for i, n in zip(ids, numbers, strict=True)))
        if count > 1
        else numbers[0]
    )
    stmt = update(table).where(table.c.id.in_(ids)).values({key: value, **_as_they_are(table)})
    _NUMBER_UPDATES[(table, key, count, slot)] = stmt
    return stmt


def _stand_in_statement(table: Any, key: str, slot: int) -> Update:
    """The stand-in (``wb_u<slot>_stand``) replaced by the number (``wb_u<slot>_n``) in one
    row's column (``wb_u<slot>_id``). A stand-in is ``~`` and hex digits: nothing in it is a
    LIKE pattern's wildcard."""
    held = _NUMBER_UPDATES.get((table, key, -1, slot))
    if held is not None:
        return held
    col = table.c[key]
    stand_in = bindparam(f"wb_u{slot}_stand", type_=col.type)
    stmt = (
        update(table)
        .where(table.c.id == bindparam(f"wb_u{slot}_id", type_=table.c.id.type))
        .where(col.contains(stand_in))
        .values(
            {
                key: func.replace(col, stand_in, bindparam(f"wb_u{slot}_n", type_=col.type)),
                **_as_they_are(table),
            }
        )
    )
    _NUMBER_UPDATES[(table, key, -1, slot)] = stmt
    return stmt


def _as_they_are(table: Any) -> dict[str, Any]:
    """Columns an UPDATE would set by themselves (``onupdate``), kept as they are: writing a
    number is not an edit (and inside one statement no Python-side value can be made)."""
    return {c.key: c for c in table.c if c.onupdate is not None}


def next_numbers(
    session: Session,
    kind: DocumentKind,
    count: int,
    at: datetime | None = None,
    branch_id: int = DEFAULT_BRANCH_ID,
) -> list[str]:
    """The next ``count`` numbers of ``kind`` today, taken with one counter update (the
    caller's last statements before its commit: from here the counter's row is locked)."""
    period = period_of(at or utcnow())
    session.flush()  # the caller's writes so far go before the lock, too
    with session.no_autoflush:  # nothing of the caller's is written while the lock is held
        bumped = _bump(session, kind, period, count, branch_id)
        if bumped is None:  # the day's first number: its counter row is made, then bumped
            _create_counter(session, kind, period, branch_id)
            bumped = _bump(session, kind, period, count, branch_id)
    assert bumped is not None
    value, prefix = bumped
    return [format_number(kind, period, v, prefix) for v in range(value - count + 1, value + 1)]


def _bump(
    session: Session, kind: DocumentKind, period: str, count: int, branch_id: int
) -> tuple[int, str] | None:
    """``UPDATE ... RETURNING`` the counter (None: the day's row does not exist yet). On
    PostgreSQL the same statement sets the transaction's idle limit: from here to the
    commit this transaction holds the shop's counter, and a station that freezes now is
    cut off after ``COUNTER_IDLE_MS``, so nobody else's document waits long."""
    patient = session.get_bind().dialect.name != "postgresql" or _engine.patient_now()
    stmt, setting_branch = _bump_statement(patient)
    params = {
        "wb_branch": branch_id,
        "wb_kind": kind.value,
        "wb_period": period,
        "wb_count": count,
        "wb_prefix_branch": setting_branch(branch_id),
    }
    row = session.execute(stmt, params).one_or_none()
    if row is None:
        return None
    from app.services.settings import setting_of_text

    prefixes: dict[DocumentKind, str] = setting_of_text(PREFIXES_KEY, row[1])
    return int(row[0]), prefixes.get(kind, kind.value)


#: the counter's UPDATE, built once: without and with the idle limit (see :func:`_bump`)
_BUMPS: dict[bool, tuple[Any, Callable[[int], int]]] = {}


def _bump_statement(patient: bool) -> tuple[Any, Callable[[int], int]]:
    """The bump's statement (bind parameters ``wb_branch``, ``wb_kind``, ``wb_period``,
    ``wb_count``, ``wb_prefix_branch``) and what gives the prefixes' setting branch."""
    if patient in _BUMPS:
        return _BUMPS[patient]
    from app.services.settings import stored_text_bound

    prefixes, setting_branch = stored_text_bound(PREFIXES_KEY, "wb_prefix_branch")
    counters = cast(Table, DocumentCounter.__table__)  # the table's: no ORM update to set up
    stmt = update(counters).where(
        counters.c.branch_id == bindparam("wb_branch"),
        counters.c.kind == bindparam("wb_kind"),
        counters.c.period == bindparam("wb_period"),
    )
    if not patient:
        limit = str(int(_engine.COUNTER_IDLE_MS))
        stmt = stmt.where(
            func.set_config("idle_in_transaction_session_timeout", limit, True).is_not(None)
        )
    stmt = (  # the branch's printed prefix comes back with the new value
        stmt.values(last_value=counters.c.last_value + bindparam("wb_count")).returning(
            counters.c.last_value, prefixes
        )
    )
    _BUMPS[patient] = (stmt, setting_branch)
    return _BUMPS[patient]


def _create_counter(session: Session, kind: DocumentKind, period: str, branch_id: int) -> None:
    """Make the (kind, day) counter row. On PostgreSQL in a short transaction of its own,
    committed at once: the caller's transaction never holds an uncommitted counter row that
    another station's first number of the day would wait on. SQLite's writers take turns
    on the whole database anyway: there the row is made in the caller's transaction."""
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = (
        insert(DocumentCounter)
        .values(branch_id=branch_id, kind=kind.value, period=period, last_value=0)
        .on_conflict_do_nothing()
    )
    if dialect != "postgresql":
        session.execute(stmt)
        return
    bind = session.get_bind()
    engine = bind.engine if isinstance(bind, Connection) else bind
    with engine.begin() as conn:
        conn.execute(stmt)
