"""Apply an action once, however often a station sends it.

A station gives each action that creates something or moves money a ``request_id`` before
sending it. The service claims the id first thing in its transaction: a new id is recorded
(in ``applied_requests``, committed with the action or rolled back with it); an id seen
before means the action was already applied, and the service returns the current state
instead of applying it again. On PostgreSQL a concurrent retry with the same id waits on
the first attempt's row and then sees it, so even two attempts in flight apply once.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import ColumnElement, Insert, Table, bindparam, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.db.tail import add_tail_update, tail_slot
from app.domain.errors import RuleViolation
from app.domain.models import AppliedRequest
from app.services.access import WITH_KEY, actor_facts, facts_known
from app.services.context import ServiceContext

MAX_REQUEST_ID = 64


#: per dialect: the claim's INSERT, and (PostgreSQL) the count of the rows it claimed as
#: a column for the actor's facts; built once (bind parameters ``wb_request``,
#: ``wb_action``, ``wb_entity``)
_CLAIMS: dict[str, tuple[Insert, ColumnElement[Any] | None]] = {}


def _claims(dialect: str) -> tuple[Insert, ColumnElement[Any] | None]:
    if dialect not in _CLAIMS:
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        claim = (
            insert(AppliedRequest)
            .values(
                request_id=bindparam("wb_request"),
                action=bindparam("wb_action"),
                entity_id=bindparam("wb_entity"),
            )
            .on_conflict_do_nothing()
            .returning(AppliedRequest.request_id)
        )
        rows = None
        if dialect == "postgresql":
            rows = select(func.count()).select_from(claim.cte("claim")).scalar_subquery()
        _CLAIMS[dialect] = (claim, rows)
    return _CLAIMS[dialect]


def claim_request(
    session: Session,
    request_id: str | None,
    action: str,
    entity_id: int | None = None,
    *,
    ctx: ServiceContext | None = None,
) -> int | None:
    """Record ``request_id`` for ``action``; returns ``None`` when it is new (go ahead) or the
    entity id the earlier application recorded (already done: return its current state).

    With ``ctx`` (the caller checks the actor's rights next, before it uses the answer), on
    PostgreSQL the claim and the actor's facts are one statement: the ``INSERT`` is a CTE of
    the facts' ``SELECT`` (a round trip less per call)."""
    if request_id is None:
        return None
    if not request_id or len(request_id) > MAX_REQUEST_ID:
        raise RuleViolation("request_id", "a request id has 1 to 64 characters")
    dialect = session.get_bind().dialect.name
    claim, claimed_rows = _claims(dialect)
    params = {"wb_request": request_id, "wb_action": action, "wb_entity": entity_id}
    if ctx is not None and claimed_rows is not None and not facts_known(session, ctx):
        actor_facts(session, ctx, with_column=claimed_rows, params=params)
        if session.info.pop(WITH_KEY, None) != 0:  # claimed (or an unknown user: refused next)
            return None
    elif session.execute(claim, params).first() is not None:
        return None
    earlier = session.execute(
        select(AppliedRequest.action, AppliedRequest.entity_id).where(
            AppliedRequest.request_id == request_id
        )
    ).one()
    if earlier.action != action or earlier.entity_id is None:
        raise RuleViolation(
            "request_reused",
            f"request {request_id} was already used for {earlier.action}",
            action=earlier.action,
        )
    return int(earlier.entity_id)


def complete_request(session: Session, request_id: str | None, entity_id: int) -> None:
    """Record what the claimed request produced (e.g. the new order of an intake)."""
    if request_id is None:
        return
    slot = tail_slot(session)
    add_tail_update(  # nothing in the call reads it back (PostgreSQL: the tail's statement)
        session,
        _completed(slot),
        {f"wb_u{slot}_request": request_id, f"wb_u{slot}_entity": entity_id},
    )


#: what a request produced, written: built once per place in the tail
_COMPLETED: dict[int, Any] = {}


def _completed(slot: int) -> Any:
    held = _COMPLETED.get(slot)
    if held is None:
        table = cast(Table, AppliedRequest.__table__)
        held = _COMPLETED[slot] = (
            update(table)
            .where(table.c.request_id == bindparam(f"wb_u{slot}_request"))
            .values(entity_id=bindparam(f"wb_u{slot}_entity", type_=table.c.entity_id.type))
        )
    return held
