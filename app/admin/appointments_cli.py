"""Appointments on the command line (a contract for scripts):

- ``python -m app appointments slots --date DATE --hours H --kind KIND [--json]``: the day's
  slots of that asset kind (vehicle, device, ebike) with at least H labor hours free, not
  begun yet. JSON: one array of objects with ``starts_at``, ``ends_at`` (UTC, ISO 8601),
  ``local`` (the shop's wall clock, ``YYYY-MM-DD HH:MM``), ``capacity_hours``,
  ``booked_hours``, ``free_hours`` (decimal strings).
- ``python -m app appointments list --date DATE [--json]``: the day's bookings in time order,
  every state. JSON: one array of objects with ``id``, ``version``, ``state`` (booked,
  arrived, no_show, cancelled), ``starts_at``, ``local``, ``slot_minutes``, ``hours``,
  ``asset_kind``, ``customer_id``, ``customer``, ``phone``, ``asset_id``, ``asset``,
  ``source`` (inbound, outbound), ``waiting``, ``notes``, ``advisor``, ``confirmation``,
  ``order_id``, ``items`` (``description``, ``hours``, ``catalog_item_id``) and the reasons
  of a no-show or a cancellation.

``DATE`` is the shop's local day (``YYYY-MM-DD``). Both only read, as the command line's
``system`` account; ``--database URL`` overrides ``WORKBAY_DATABASE_URL``. A bad date, kind or
number of hours exits with 2 and the reason on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _out(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False)
    print()


def _context(args: argparse.Namespace) -> Any:
    from app.bootstrap import open_database
    from app.services.people import system_context

    return system_context(open_database(args.database))


def _cmd_slots(args: argparse.Namespace) -> int:
    from app.domain.errors import ValidationError
    from app.services.appointments import free_slots

    ctx = _context(args)
    try:
        slots = free_slots(ctx, args.date, args.hours, args.kind)
    except ValidationError as err:
        print(f"error: {err.field}: {err.message}", file=sys.stderr)
        return 2
    finally:
        ctx.db.dispose()
    if args.json:
        _out([s.plain() for s in slots])
    elif not slots:
        print(f"no slot with {args.hours} h free on {args.date.isoformat()}")
    for s in slots if not args.json else ():
        print(f"{s.local}  free {s.free} of {s.capacity} h")
    return 0


def _cmd_list(args: argparse.Namespace) -> int:
    from app.services.appointments import day_list

    ctx = _context(args)
    try:
        rows = day_list(ctx, args.date)
    finally:
        ctx.db.dispose()
    if args.json:
        _out([r.plain() for r in rows])
    elif not rows:
        print(f"no appointments on {args.date.isoformat()}")
    for r in rows if not args.json else ():
        items = ", ".join(i.description for i in r.items)
        print(f"{r.local[-5:]}  {r.state.value:<9} {r.hours:>5} h  {r.asset}  {r.customer}  "
              f"{r.phone or ''}  {items}")  # fmt: skip
    return 0


def register(sub: argparse._SubParsersAction, db_sub: argparse._SubParsersAction) -> None:
    del db_sub
    ap = sub.add_parser("appointments", help="free slots and the day's bookings")
    ap_sub = ap.add_subparsers(dest="appointments_command", required=True)
    p = ap_sub.add_parser("slots", help="the day's slots with enough free labor hours")
    p.add_argument("--date", type=_day, required=True, metavar="DATE", help="YYYY-MM-DD")
    p.add_argument("--hours", required=True, metavar="H", help="labor hours the work takes")
    p.add_argument("--kind", required=True, choices=["vehicle", "device", "ebike"])
    p.add_argument("--json", action="store_true", help="one JSON array")
    p.add_argument("--database", metavar="URL", help="instead of WORKBAY_DATABASE_URL")
    p.set_defaults(func=_cmd_slots)
    p = ap_sub.add_parser("list", help="the day's bookings")
    p.add_argument("--date", type=_day, required=True, metavar="DATE", help="YYYY-MM-DD")
    p.add_argument("--json", action="store_true", help="one JSON array")
    p.add_argument("--database", metavar="URL", help="instead of WORKBAY_DATABASE_URL")
    p.set_defaults(func=_cmd_list)
