"""Readable, unique, gapless document numbers such as ``WO-20261123-0042``.

The counter row of (kind, day) is created if missing and bumped with ``UPDATE ... RETURNING``
inside the caller's transaction. The row lock (PostgreSQL) or the write lock (SQLite,
``BEGIN IMMEDIATE``) makes concurrent stations take turns; a rolled-back document rolls its
number back too, so numbers have no gaps.

The prefix is the branch's ``numbering.prefixes`` setting (default the kind's code: WO, ST,
RL, RC); the counter stays per kind, so a changed prefix continues the day's count.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

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
    period = period_of(at or utcnow())
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
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
        .values(last_value=DocumentCounter.last_value + 1)
        .returning(DocumentCounter.last_value)
    ).scalar_one()
    return format_number(kind, period, value, prefix_of(session, kind, branch_id))
