"""Reading the audit log: search (by order, customer, user, date, action, kind, text,
station), the distinct actions for a filter box, and the CSV export a manager hands to an
accountant or an inspector. Every call needs :attr:`Permission.VIEW_AUDIT`.

Writing is :func:`app.services.audit.audit`; nothing here (nor anywhere in Workbay) updates
or deletes an entry, and the database refuses both (triggers, migration 0004).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, TextIO

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from app.domain.errors import NotFound, ValidationError
from app.domain.models import AuditEntry, Customer, User, WorkOrder
from app.domain.permissions import Permission
from app.services.access import require
from app.services.context import ServiceContext


@dataclass(frozen=True)
class AuditRow:
    """One entry as the log viewer and the exports show it (names as they were then)."""

    id: int
    at: datetime  # UTC
    user_id: int | None
    user_name: str
    user_login: str | None  # the account's login today (None: no account, e.g. a bad login)
    roles: tuple[str, ...]
    station_name: str
    action: str
    entity: str
    entity_id: int | None
    order_id: int | None
    order_number: str | None
    customer_id: int | None
    customer_name: str | None
    summary: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    approved_by_name: str | None
    approval: str | None


@dataclass
class AuditFilter:
    """What to look for; every field left ``None`` (or empty) matches everything.

    ``since``/``until`` take a date (the shop's local day, ``until`` inclusive) or a
    datetime (naive = shop-local); ``action`` is exact (``"order.refund"``) or a prefix
    ending in a dot (``"order."``); ``order_number`` is exact or a prefix; ``text`` is
    searched in the summary, ignoring case; ``user_login`` names the account by login."""

    order_id: int | None = None
    order_number: str | None = None
    customer_id: int | None = None
    user_id: int | None = None
    user_login: str | None = None
    since: date | datetime | None = None
    until: date | datetime | None = None
    action: str | None = None
    kind: str | None = None
    text: str | None = None
    station: str | None = None


def _local_midnight_utc(day: date) -> datetime:
    # a naive datetime's astimezone() reads it as the machine's (the shop's) local time
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


def _as_utc(moment: datetime) -> datetime:
    return (moment if moment.tzinfo else moment.astimezone()).astimezone(UTC)


def time_range(flt: AuditFilter) -> tuple[datetime | None, datetime | None, bool]:
    """``(start, end, end_inclusive)`` in UTC: a date ``until`` ends before the next local
    midnight, a datetime ``until`` includes that moment."""
    start: datetime | None = None
    end: datetime | None = None
    inclusive = False
    if flt.since is not None:
        start = (
            _as_utc(flt.since)
            if isinstance(flt.since, datetime)
            else _local_midnight_utc(flt.since)
        )
    if flt.until is not None:
        if isinstance(flt.until, datetime):
            end, inclusive = _as_utc(flt.until), True
        else:
            end = _local_midnight_utc(flt.until + timedelta(days=1))
    if start is not None and end is not None and end <= start:
        raise ValidationError(
            "until",
            "before_since",
            "the end of the period is before its start",
            flt.until,
            since=str(flt.since),
        )
    return start, end, inclusive


def _clean(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None


def _statement(session: Session, flt: AuditFilter) -> Select[AuditEntry, str, str, str]:
    actor = aliased(User)
    stmt = (
        select(AuditEntry, actor.login, WorkOrder.number, Customer.name)
        .outerjoin(actor, actor.id == AuditEntry.user_id)
        .outerjoin(WorkOrder, WorkOrder.id == AuditEntry.order_id)
        .outerjoin(Customer, Customer.id == AuditEntry.customer_id)
    )
    if flt.order_id is not None:
        stmt = stmt.where(AuditEntry.order_id == flt.order_id)
    if number := _clean(flt.order_number):
        stmt = stmt.where(WorkOrder.number.startswith(number, autoescape=True))
    if flt.customer_id is not None:
        stmt = stmt.where(AuditEntry.customer_id == flt.customer_id)
    if flt.user_id is not None:
        stmt = stmt.where(AuditEntry.user_id == flt.user_id)
    if login := _clean(flt.user_login):
        user_id = session.scalar(select(User.id).where(User.login == login))
        if user_id is None:
            raise NotFound("user", login)
        stmt = stmt.where(AuditEntry.user_id == user_id)
    start, end, inclusive = time_range(flt)
    if start is not None:
        stmt = stmt.where(AuditEntry.at >= start)
    if end is not None:
        stmt = stmt.where(AuditEntry.at <= end if inclusive else AuditEntry.at < end)
    if action := _clean(flt.action):
        if action.endswith("."):
            stmt = stmt.where(AuditEntry.action.startswith(action, autoescape=True))
        else:
            stmt = stmt.where(AuditEntry.action == action)
    if kind := _clean(flt.kind):
        stmt = stmt.where(AuditEntry.entity == kind)
    if text := _clean(flt.text):
        stmt = stmt.where(AuditEntry.summary.icontains(text, autoescape=True))
    if station := _clean(flt.station):
        stmt = stmt.where(AuditEntry.station_name == station)
    return stmt.order_by(AuditEntry.id.desc())


def _parsed(value: str | None) -> dict[str, Any] | None:
    if not value:
        return None
    try:
        parsed = json.loads(value)
    except ValueError:
        return {"text": value}  # written by hand long ago: still shown, never lost
    return parsed if isinstance(parsed, dict) else {"value": parsed}


def _row(
    entry: AuditEntry, login: str | None, number: str | None, customer: str | None
) -> AuditRow:
    return AuditRow(
        id=entry.id,
        at=entry.at,
        user_id=entry.user_id,
        user_name=entry.user_name,
        user_login=login,
        roles=tuple(r for r in entry.roles.split(",") if r),
        station_name=entry.station_name,
        action=entry.action,
        entity=entry.entity,
        entity_id=entry.entity_id,
        order_id=entry.order_id,
        order_number=number,
        customer_id=entry.customer_id,
        customer_name=customer,
        summary=entry.summary,
        before=_parsed(entry.before),
        after=_parsed(entry.after),
        approved_by_name=entry.approved_by_name,
        approval=entry.approval,
    )


def search_audit(
    ctx: ServiceContext,
    flt: AuditFilter,
    *,
    limit: int | None = 500,
    before_id: int | None = None,
) -> list[AuditRow]:
    """Entries matching ``flt``, newest first; the next page passes the last row's id as
    ``before_id``. ``limit=None`` returns every match (the command line's export)."""
    if limit is not None and limit < 1:
        raise ValidationError("limit", "too_small", "the limit must be at least 1", limit)
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW_AUDIT)
        stmt = _statement(session, flt)
        if before_id is not None:
            stmt = stmt.where(AuditEntry.id < before_id)
        if limit is not None:
            stmt = stmt.limit(limit)
        return [_row(*r) for r in session.execute(stmt)]


def audit_actions(ctx: ServiceContext) -> list[str]:
    """Every action the log holds, sorted (the filter box's choices)."""
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW_AUDIT)
        return list(
            session.scalars(select(AuditEntry.action).distinct().order_by(AuditEntry.action))
        )


CSV_HEADERS: dict[str, tuple[str, ...]] = {
    "en": (
        "time",
        "user",
        "roles",
        "station",
        "action",
        "kind",
        "id",
        "order",
        "customer",
        "summary",
        "before",
        "after",
        "approved by",
        "approval",
    ),
    "zh_CN": (
        "时间",
        "用户",
        "角色",
        "工作站",
        "操作",
        "对象",
        "编号",
        "工单",
        "客户",
        "摘要",
        "修改前",
        "修改后",
        "批准人",
        "批准事项",
    ),
}

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> str:
    """Text for a spreadsheet: a summary that starts like a formula (``=HYPERLINK(...)``
    typed into a customer's name) is kept as text, not run by Excel."""
    if value is None:
        return ""
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    text = str(value)
    if text.startswith(_FORMULA_START):
        try:
            float(text)
        except ValueError:
            return "'" + text
    return text


def csv_record(row: AuditRow) -> list[str]:
    """One row's cells, in :data:`CSV_HEADERS` order (time shop-local, ISO 8601)."""
    return [
        _cell(c)
        for c in (
            row.at.astimezone().isoformat(timespec="seconds"),
            row.user_name,
            ",".join(row.roles),
            row.station_name,
            row.action,
            row.entity,
            row.entity_id,
            row.order_number,
            row.customer_name,
            row.summary,
            row.before,
            row.after,
            row.approved_by_name,
            row.approval,
        )
    ]


def _is_file(out: TextIO) -> bool:
    """A text file on disk (not a terminal, not a string buffer) that has no BOM yet."""
    if not isinstance(out, io.TextIOWrapper) or out.isatty():
        return False
    if (out.encoding or "").lower().replace("_", "-") == "utf-8-sig":
        return False  # the codec writes the BOM itself
    try:
        return out.tell() == 0
    except OSError:
        return True  # a pipe to a file we cannot seek: the BOM still helps Excel


def export_audit_csv(
    ctx: ServiceContext, flt: AuditFilter, out: TextIO, *, lang: str = "en"
) -> int:
    """Write every entry matching ``flt`` (newest first) as CSV to ``out``; returns how many.
    A file gets a UTF-8 byte order mark first so that Excel reads Chinese correctly (open it
    with ``newline=""``); ``lang="zh_CN"`` writes Chinese headers."""
    headers = CSV_HEADERS.get(lang)
    if headers is None:
        raise ValidationError(
            "lang", "unknown_language", f"no CSV headers in {lang!r}", lang, known=list(CSV_HEADERS)
        )
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW_AUDIT)
        stmt = _statement(session, flt).execution_options(yield_per=1000)
        rows: Iterable[AuditRow] = (_row(*r) for r in session.execute(stmt))
        if _is_file(out):
            out.write("\ufeff")
        writer = csv.writer(out)
        writer.writerow(headers)
        count = 0
        for row in rows:
            writer.writerow(csv_record(row))
            count += 1
    return count
