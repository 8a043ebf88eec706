"""``python -m app demo``: a demo shop's data, made through the real services."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from app.bootstrap import open_database
from app.demo.populate import populate
from app.demo.shop import DEMO_PASSWORD, STAFF


def _cmd_demo(args: argparse.Namespace) -> int:
    if args.customers < 1 or args.orders < 0:
        print("error: --customers must be at least 1 and --orders not negative", file=sys.stderr)
        return 2
    db = open_database()
    started = time.perf_counter()
    try:
        summary = populate(db, args.customers, args.orders, args.seed)
    finally:
        db.dispose()
    print(f"demo data added to {db.engine.url.render_as_string(hide_password=True)}")
    print(summary.text())
    print(f"staff (password {DEMO_PASSWORD!r} for all; PIN to switch user at a desk):")
    for u in STAFF:
        roles = ", ".join(r.value for r in (u.role, *u.extra))
        print(f"  {u.login:<8} {u.name:<12} {roles:<22} PIN {u.pin}")
    print(f"took {time.perf_counter() - started:.1f} s")
    return 0


def register(sub: Any, db_sub: Any) -> None:
    p = sub.add_parser(
        "demo", help="fill the database with demo customers and orders in every state"
    )
    p.add_argument("--customers", type=int, default=60, help="customers to create (default 60)")
    p.add_argument("--orders", type=int, default=150, help="work orders to create (default 150)")
    p.add_argument("--seed", type=int, default=None, help="random seed for repeatable data")
    p.set_defaults(func=_cmd_demo)
