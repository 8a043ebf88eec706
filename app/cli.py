"""``python -m app``: the Qt-free command line.

Each feature module registers its own sub-commands through ``register(subparsers)``; this
file only assembles them. All commands honour ``WORKBAY_DATABASE_URL``.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import sys
from collections.abc import Sequence

from app.domain.enums import OrderState
from app.domain.errors import WorkbayError

#: modules that add sub-commands (``register(subparsers)``)
COMMAND_MODULES = (
    "app.demo",  # demo
    "app.bench",  # bench
    "app.printing.cli",  # print
    "app.db.copy",  # db copy
    "app.admin.shop_cli",  # shop show | set
    "app.admin.catalog_cli",  # catalog import | export
    "app.admin.users_cli",  # users add | list
    "app.admin.audit_cli",  # audit
    "app.admin.duplicates_cli",  # duplicates
    "app.admin.find_cli",  # find
    "app.admin.records_cli",  # records export | upload | list
    "app.admin.care_cli",  # followups | due --kind K | classes
    "app.admin.complaints_cli",  # complaints [--json] [--overdue]
    "app.admin.messages_cli",  # messages send | list | call-list
    "app.admin.appointments_cli",  # appointments slots | list
)


#: sub-commands whose module is known up front: ``python -m app print ...`` imports only
#: what printing needs (no demo data generator, benches or admin tools; about half the
#: start-up time of a print)
DIRECT_COMMANDS = {"print": "app.printing.cli"}


def _cmd_db_upgrade(args: argparse.Namespace) -> int:
    from app.bootstrap import open_database  # deferred: SQLAlchemy and Alembic

    db = open_database()
    print(f"database at head: {db.engine.url.render_as_string(hide_password=True)}")
    return 0


def _cmd_orders(args: argparse.Namespace) -> int:
    from app.bootstrap import open_database
    from app.services.people import system_context
    from app.services.queries import list_orders

    ctx = system_context(open_database())
    rows = list_orders(ctx, OrderState(args.state) if args.state else None, args.limit)
    if args.json:
        json.dump(
            [
                {
                    "number": r.number,
                    "state": r.state.value,
                    "created_at": r.created_at.isoformat(),
                    "asset": r.asset_label,
                    "customer": r.customer_name,
                }
                for r in rows
            ],
            sys.stdout,
            ensure_ascii=False,
        )
        print()
    else:
        for r in rows:
            print(f"{r.number}  {r.state.value:<12} {r.asset_label:<28} {r.customer_name}")
    return 0


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; ``only``: register that command module alone."""
    parser = argparse.ArgumentParser(prog="python -m app", description="Workbay core (no Qt).")
    sub = parser.add_subparsers(dest="command", required=True)

    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    up = db_sub.add_parser("upgrade", help="migrate the database to the newest schema")
    up.set_defaults(func=_cmd_db_upgrade)
    parser.set_defaults(db_subparsers=db_sub)

    orders = sub.add_parser("orders", help="list work orders")
    orders.add_argument("--state", choices=[s.value for s in OrderState])
    orders.add_argument("--limit", type=int, default=None)
    orders.add_argument("--json", action="store_true", help="a JSON array of objects")
    orders.set_defaults(func=_cmd_orders)

    for name in COMMAND_MODULES if only is None else (only,):
        if importlib.util.find_spec(name) is not None:
            importlib.import_module(name).register(sub, db_sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    only = DIRECT_COMMANDS.get(argv[0]) if argv else None
    args = build_parser(only).parse_args(argv)
    try:
        return int(args.func(args))
    except WorkbayError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
