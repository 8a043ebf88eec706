"""Customer care on the command line: the day's follow-up list, the due lists, the value
classes (a contract for scripts and the daily run).

- ``python -m app followups [--json] [--all]``: fills the list from the releases first
  (idempotent), then the open follow-ups due by the end of today (``--all``: every
  follow-up of the last two weeks). JSON: one array of objects with the keys ``id``,
  ``version``, ``kind`` (release | again | complaint), ``seq``, ``due_at``, ``next_try_at``
  (UTC, ISO 8601), ``attempts``, ``state``, ``outcome``, ``sms_due``, ``order``,
  ``customer_id``, ``customer``, ``phone``, ``asset``, ``released_at``.
- ``python -m app due --kind KIND [--days N] [--json]``: one due list (maintenance,
  first_service, warranty, inspection, insurance, birthday, inactive, lost). JSON: one array
  of objects with ``kind``, ``customer_id``, ``customer``, ``phone``, ``asset_id``,
  ``asset``, ``due`` (a date), ``detail``.
- ``python -m app classes [--json] [--list]``: classifies every customer now (the daily
  run) and prints the counts per class; ``--list`` adds the customers (at most 1000). JSON:
  ``{"computed_at", "counts": {"A", "B", "C", "D"}, "seconds", "customers": [...]}``.
- ``python -m app figures [--weeks N] [--until YYYY-MM-DD] [--json]``: the desk's figures
  (satisfaction, follow-ups within 24 hours, complaints closed on time) for N weeks (8)
  ending with the week of ``--until`` (today), by ISO week and by staff member. JSON:
  ``{"computed_at", "total", "weeks": [...], "staff": [...], "cells": [...]}``, each entry
  with the counts and the rates in percent (``null`` with nothing to count).

The commands act as the ``care-job`` account, a follow-up agent (回访专员) that never signs
in: the list and the classes are the desk's work, run by a job, and whoever can run the
command can already read the database. ``--database URL`` overrides
``WORKBAY_DATABASE_URL``.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from app.bootstrap import open_database
from app.domain.enums import Role
from app.services.context import ServiceContext

JOB_ACCOUNT = "care-job"


def _context(args: argparse.Namespace) -> ServiceContext:
    from app.services.people import as_user, system_context

    db = open_database(args.database)
    return as_user(system_context(db), JOB_ACCOUNT, Role.FOLLOW_UP)


def _out(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False)
    print()


def _cmd_followups(args: argparse.Namespace) -> int:
    from app.services.followups import due_followups

    ctx = _context(args)
    try:
        rows = due_followups(ctx, include_closed=args.all)
    finally:
        ctx.db.dispose()
    if args.json:
        _out([r.as_json() for r in rows])
    elif not rows:
        print("no follow-ups due")
    for r in rows if not args.json else ():
        slot = (r.next_try_at or r.due_at).astimezone().strftime("%Y-%m-%d %H:%M")
        print(f"{slot}  {r.kind.value:<9} {r.attempts}/3 {r.state.value:<9} "
              f"{r.order_number}  {r.customer}  {r.phone or ''}  {r.asset}")  # fmt: skip
    return 0


def _cmd_due(args: argparse.Namespace) -> int:
    from app.services.due_lists import due_list

    ctx = _context(args)
    try:
        rows = due_list(ctx, args.kind, days=args.days)
    finally:
        ctx.db.dispose()
    if args.json:
        _out([r.as_json() for r in rows])
    elif not rows:
        print(f"nobody due ({args.kind})")
    for r in rows if not args.json else ():
        print(f"{r.due}  {r.customer}  {r.phone or ''}  {r.asset or ''}  {r.detail}")
    return 0


def _cmd_classes(args: argparse.Namespace) -> int:
    from app.services.value_classes import compute_classes, list_classes

    ctx = _context(args)
    try:
        result = compute_classes(ctx)
        listed = list_classes(ctx) if args.list else []
    finally:
        ctx.db.dispose()
    if args.json:
        data = result.as_json()
        if args.list:
            data["customers"] = [c.as_json() for c in listed]
        _out(data)
        return 0
    counts = "  ".join(f"{k}: {n}" for k, n in result.counts.items())
    print(f"classified in {result.seconds:.2f} s  {counts}")
    print(f"km projections: {result.km_projections} in {result.km_seconds:.2f} s")
    for c in listed:
        print(f"{c.value_class.value}  {c.spend:>10}  {c.visits:>3}  {c.customer}")
    return 0


def _cmd_figures(args: argparse.Namespace) -> int:
    from app.services.care_figures import care_figures

    ctx = _context(args)
    try:
        f = care_figures(ctx, until=args.until, weeks=args.weeks)
    finally:
        ctx.db.dispose()
    if args.json:
        _out(f.as_json())
        return 0

    def pct(value: float | None) -> str:
        return "—" if value is None else f"{value * 100:.1f}%"

    print(f"{'week':<10} {'satisfied':>10} {'in 24 h':>10} {'on time':>10}")
    for w in f.weeks:
        x = w.figures
        print(f"{w.week:<10} {pct(x.satisfaction):>10} {pct(x.in_24h):>10} {pct(x.on_time):>10}")
    for st in f.staff:
        x = st.figures
        name = st.name or "(no advisor)"
        print(f"{name:<10} {pct(x.satisfaction):>10} {pct(x.in_24h):>10} {pct(x.on_time):>10}")
    return 0


def _weeks(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= 53:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of weeks from 1 to 53")
    return value


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 366:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of days from 0 to 366")
    return value


def register(sub: argparse._SubParsersAction, db_sub: argparse._SubParsersAction) -> None:
    from app.services.due_lists import KINDS

    p = sub.add_parser("followups", help="the day's follow-up calls (fills from releases)")
    p.add_argument("--json", action="store_true", help="one JSON array")
    p.add_argument("--all", action="store_true", help="every follow-up of the last 2 weeks")
    p.add_argument("--database", metavar="URL", help="instead of WORKBAY_DATABASE_URL")
    p.set_defaults(func=_cmd_followups)

    p = sub.add_parser("due", help="a due list: whom to remind and why")
    p.add_argument("--kind", required=True, choices=KINDS)
    p.add_argument("--days", type=_days, default=30, metavar="N", help="days ahead (30)")
    p.add_argument("--json", action="store_true", help="one JSON array")
    p.add_argument("--database", metavar="URL", help="instead of WORKBAY_DATABASE_URL")
    p.set_defaults(func=_cmd_due)

    p = sub.add_parser("classes", help="classify every customer A/B/C/D now")
    p.add_argument("--json", action="store_true", help="one JSON object")
    p.add_argument("--list", action="store_true", help="the customers too (at most 1000)")
    p.add_argument("--database", metavar="URL", help="instead of WORKBAY_DATABASE_URL")
    p.set_defaults(func=_cmd_classes)

    p = sub.add_parser("figures", help="the care desk's figures by week and staff member")
    p.add_argument("--weeks", type=_weeks, default=8, metavar="N", help="weeks (8)")
    p.add_argument("--until", type=_date, metavar="YYYY-MM-DD", help="the last week's day")
    p.add_argument("--json", action="store_true", help="one JSON object")
    p.add_argument("--database", metavar="URL", help="instead of WORKBAY_DATABASE_URL")
    p.set_defaults(func=_cmd_figures)
