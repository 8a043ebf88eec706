"""``python -m app audit``: read the audit log from the command line.

``--json`` prints one JSON array of objects (keys: id, at (ISO 8601, UTC), user, login,
roles, station, action, entity, entity_id, order, customer, summary, before, after,
approved_by, approval); without it, one readable line per entry. ``--csv FILE`` writes the
same export as the log viewer (UTF-8 with BOM, shop-local times). The command acts as the
``system`` account (:func:`app.services.people.system_context`).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from app.bootstrap import open_database
from app.services.audit_log import (
    CSV_HEADERS,
    AuditFilter,
    AuditRow,
    export_audit_csv,
    search_audit,
)
from app.services.context import ServiceContext
from app.services.people import system_context


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date; write it as YYYY-MM-DD, e.g. 2024-05-01"
        ) from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of 1 or more")
    return value


def as_json(row: AuditRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "at": row.at.isoformat(),
        "user": row.user_name,
        "login": row.user_login,
        "roles": list(row.roles),
        "station": row.station_name,
        "action": row.action,
        "entity": row.entity,
        "entity_id": row.entity_id,
        "order": row.order_number,
        "customer": row.customer_name,
        "summary": row.summary,
        "before": row.before,
        "after": row.after,
        "approved_by": row.approved_by_name,
        "approval": row.approval,
    }


def _change(before: dict[str, Any] | None, after: dict[str, Any] | None) -> str:
    if not before and not after:
        return ""

    def show(values: dict[str, Any] | None, key: str) -> str:
        if not values or key not in values:
            return "-"
        value = values[key]
        return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)

    keys = sorted(set(before or {}) | set(after or {}))
    return "; ".join(f"{k}: {show(before, k)} -> {show(after, k)}" for k in keys)


def as_line(row: AuditRow) -> str:
    """``2024-05-01 14:30:05  Li Na (advisor) @ Counter 1  order.refund order#42 ...``"""
    who = f"{row.user_name or '-'} ({','.join(row.roles) or '-'})"
    what = f"{row.entity}#{row.entity_id}" if row.entity_id is not None else row.entity
    parts = [
        row.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
        f"{who} @ {row.station_name or '-'}",
        row.action,
        what,
    ]
    if row.order_number:
        parts.append(row.order_number)
    if row.customer_name:
        parts.append(row.customer_name)
    if row.summary:
        parts.append(row.summary)
    if change := _change(row.before, row.after):
        parts.append(f"[{change}]")
    if row.approved_by_name:
        parts.append(f"approved by {row.approved_by_name} ({row.approval})")
    return "  ".join(parts)


def _write_csv(ctx: ServiceContext, flt: AuditFilter, path: Path, lang: str) -> int:
    """The export goes to a file beside the target, renamed into place when complete: a
    refused or failed export leaves no half-written file behind."""
    part = path.with_name(path.name + ".part")
    try:
        with part.open("w", encoding="utf-8", newline="") as out:
            written = export_audit_csv(ctx, flt, out, lang=lang)
        part.replace(path)
    finally:
        part.unlink(missing_ok=True)
    return written


def _cmd_audit(args: argparse.Namespace) -> int:
    db = open_database()
    try:
        ctx = system_context(db)
        flt = AuditFilter(
            since=args.since,
            until=args.until,
            order_number=args.order,
            user_login=args.user,
            action=args.action,
        )
        if args.csv:
            written = _write_csv(ctx, flt, Path(args.csv), args.lang)
            print(f"{written} entries written to {args.csv}", file=sys.stderr)
            if not args.json:
                return 0
        rows = search_audit(ctx, flt, limit=args.limit)
    finally:
        db.dispose()
    if args.json:
        json.dump([as_json(r) for r in rows], sys.stdout, ensure_ascii=False)
        print()
    else:
        for row in rows:
            print(as_line(row))
    return 0


def register(sub: argparse._SubParsersAction, db_sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("audit", help="read the audit log (who did what, where and when)")
    p.add_argument("--json", action="store_true", help="one JSON array of objects")
    p.add_argument("--since", type=_day, metavar="DATE", help="from this day (YYYY-MM-DD)")
    p.add_argument("--until", type=_day, metavar="DATE", help="up to this day, inclusive")
    p.add_argument("--order", metavar="NUMBER", help="work order number (or its beginning)")
    p.add_argument("--user", metavar="LOGIN", help="entries of this user")
    p.add_argument(
        "--action", metavar="ACTION", help='e.g. "order.refund", or "order." for all of them'
    )
    p.add_argument("--limit", type=_positive, metavar="N", help="print at most N, newest first")
    p.add_argument("--csv", metavar="FILE", help="write every matching entry to a CSV file")
    p.add_argument(
        "--lang", choices=sorted(CSV_HEADERS), default="en", help="language of the CSV headers"
    )
    p.set_defaults(func=_cmd_audit)
