"""Writing the audit log: every service that changes something calls :func:`audit` inside
its transaction, so the entry commits (or rolls back) with the change it describes.

Reading it is :mod:`app.services.audit_log`; nothing in Workbay updates or deletes it.
"""

from __future__ import annotations

import json
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy.orm import Session

from app.db.numbering import hold
from app.db.tail import add_tail, new_row
from app.domain.models import AuditEntry, User
from app.domain.permissions import Permission
from app.services.access import actor_facts, roles_of
from app.services.context import ServiceContext


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return f"{value:.2f}" if value == value.quantize(Decimal("0.01")) else str(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _json(values: dict[str, Any] | None) -> str | None:
    if not values:
        return None
    return json.dumps(_plain(values), ensure_ascii=False, sort_keys=True)


def audit(
    session: Session,
    ctx: ServiceContext,
    action: str,
    entity: str,
    entity_id: int | None = None,
    *,
    summary: str = "",
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    order_id: int | None = None,
    customer_id: int | None = None,
    approver: User | None = None,
    approval: Permission | None = None,
    user_id: int | None = None,
) -> None:
    """Append one entry: ``action`` like ``"order.refund"``; ``before``/``after`` hold the
    fields that changed (money and states). ``user_id`` overrides the actor (a failed
    sign-in names the account that was tried)."""
    uid = ctx.actor.user_id if user_id is None else user_id
    facts = actor_facts(session, ctx)  # read once per transaction
    if uid == ctx.actor.user_id:
        user_name, roles = facts.user_name, facts.roles
    else:  # another account (a failed sign-in names the one that was tried)
        user = session.get(User, uid) if uid else None
        user_name = user.name if user else None
        roles = roles_of(session, uid) if user else frozenset()
    entry = new_row(
        AuditEntry,
        branch_id=ctx.actor.branch_id,
        user_id=uid if user_name is not None else None,
        user_name=user_name or "",
        roles=",".join(sorted(r.value for r in roles)) if user_name is not None else "",
        station_id=ctx.actor.station_id if facts.station_name is not None else None,
        station_name=facts.station_name or "",
        action=action,
        entity=entity,
        entity_id=entity_id,
        order_id=order_id,
        customer_id=customer_id,
        summary=summary[:2000],
        before=_json(before),
        after=_json(after),
        approved_by_id=approver.id if approver else None,
        approved_by_name=approver.name if approver else None,
        approval=approval.value if approval and approver else None,
    )
    # an entry naming a number not taken yet is written once it is (append-only: never fixed)
    if not hold(session, entry, entry.summary, entry.before, entry.after):
        add_tail(session, entry)
