"""Readable, unique, gapless document numbers such as ``WO-20261123-0042``.

The counter row of (kind, day) is created if missing and bumped with ``UPDATE ... RETURNING``
inside the caller's transaction. The row lock (PostgreSQL) or the write lock (SQLite,
``BEGIN IMMEDIATE``) makes concurrent stations take turns; a rolled-back document rolls its
number back too, so numbers have no gaps.

The row lock is held until the caller's transaction ends, and every other station's
document of that kind waits for it: services take the number as late as they can (the
receipt's after the order's journal entry, the others right before the rows that print
it), and a station that stops holding it is cut off by the server
(``app.db.engine.IDLE_IN_TRANSACTION_MS``) while the others wait at most
``app.db.engine.LOCK_TIMEOUT_MS`` per try.

The prefix is the branch's ``numbering.prefixes`` setting (default the kind's code: WO, ST,
RL, RC); the counter stays per kind, so a changed prefix continues the day's count.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.orm.attributes import set_committed_value

from app.db import engine as _engine
from app.domain.enums import DocumentKind
from app.domain.models import DEFAULT_BRANCH_ID, DocumentCounter
from app.domain.types import utcnow


def period_of(at: datetime) -> str:
    """The shop-local day a number belongs to."""
    return at.astimezone().strftime("%Y%m%d")


def format_number(kind: DocumentKind, period: str, value: int, prefix: str | None = None) -> str:
    return f"{prefix or kind.value}-{period}-{value:04d}"


def prefix_of(session: Session, kind: DocumentKind, branch_id: int = DEFAULT_BRANCH_ID) -> str:
    """The branch's printed prefix for ``kind`` (one primary-key read)."""
    from app.services.settings import setting

    prefixes: dict[DocumentKind, str] = setting(session, "numbering.prefixes", branch_id)
    return prefixes.get(kind, kind.value)


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
    the numbers are written with one plain UPDATE each (no version bump), so the counter's
    lock is held only from here to the commit. The rows' objects show their numbers."""
    session.flush()
    numbers = next_numbers(session, kind, len(rows), branch_id=branch_id) if rows else []
    table = column.class_.__table__
    for row, number in zip(rows, numbers, strict=True):
        session.execute(update(table).where(table.c.id == row.id).values({column.key: number}))
        set_committed_value(row, column.key, number)
    return numbers


def next_numbers(
    session: Session,
    kind: DocumentKind,
    count: int,
    at: datetime | None = None,
    branch_id: int = DEFAULT_BRANCH_ID,
) -> list[str]:
    """The next ``count`` numbers of ``kind`` today, taken with one counter update."""
    period = period_of(at or utcnow())
    prefix = prefix_of(session, kind, branch_id)  # read before the counter's lock is taken
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    if dialect == "postgresql" and not _engine.patient_now():
        # from here to the commit this transaction holds the shop's counter: a station that
        # freezes now is cut off after COUNTER_IDLE_MS, so nobody else's document waits long
        limit = int(_engine.COUNTER_IDLE_MS)
        session.execute(text(f"SET LOCAL idle_in_transaction_session_timeout = {limit}"))
    session.execute(
        insert(DocumentCounter)
        .values(branch_id=branch_id, kind=kind.value, period=period, last_value=0)
        .on_conflict_do_nothing()
    )
    value = session.execute(
        update(DocumentCounter)
        .where(
            DocumentCounter.branch_id == branch_id,
            DocumentCounter.kind == kind.value,
            DocumentCounter.period == period,
        )
        .values(last_value=DocumentCounter.last_value + count)
        .returning(DocumentCounter.last_value)
    ).scalar_one()
    return [format_number(kind, period, v, prefix) for v in range(value - count + 1, value + 1)]
