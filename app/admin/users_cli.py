"""``python -m app users add | list``: staff from the command line (no Qt).

``users add LOGIN --name NAME --role ROLE [--role ROLE ...] [--password-stdin] [--pin-stdin]
[--language zh_CN|en]``: the first ``--role`` is the main one. Secrets never go on the
command line (where ``ps`` and the shell history would show them): ``--password-stdin``
reads the password from the first line of standard input, ``--pin-stdin`` the PIN from the
next line. ``users list [--json]``: everyone on staff; with ``--json`` a JSON array of
objects (id, login, name, role, roles, language, active, has_password, has_pin, has_card,
locked).

Both act as the ``system`` account (``people.system_context``), so the audit log names the
command line; refused input prints a message per field and exits with status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from app.bootstrap import open_database
from app.domain.enums import Role
from app.domain.errors import ValidationErrors, WorkbayError
from app.services.people import system_context
from app.services.staff import StaffView, add_user, list_staff
from app.services.staff_rules import LANGUAGES


class _InputMissing(WorkbayError):
    code = "stdin_missing"


def _line(stream: TextIO, what: str) -> str:
    line = stream.readline()
    if not line:
        raise _InputMissing(f"no {what} on standard input (one line each)")
    return line.rstrip("\r\n")


def staff_json(view: StaffView) -> dict[str, Any]:
    return {
        "id": view.id,
        "login": view.login,
        "name": view.name,
        "role": view.role.value,
        "roles": [r.value for r in view.roles],
        "language": view.language,
        "active": view.active,
        "has_password": view.has_password,
        "has_pin": view.has_pin,
        "has_card": view.has_card,
        "locked": view.locked_until is not None,
    }


def _refused(err: WorkbayError) -> int:
    if isinstance(err, ValidationErrors):
        for e in err.errors:
            print(f"error: {e.field}: {e.message}", file=sys.stderr)
    else:
        print(f"error: {err}", file=sys.stderr)
    return 2


def _cmd_add(args: argparse.Namespace) -> int:
    try:
        password = _line(sys.stdin, "password") if args.password_stdin else None
        pin = _line(sys.stdin, "PIN") if args.pin_stdin else None
        db = open_database()
        try:
            view = add_user(
                system_context(db),
                args.login,
                args.name,
                args.role[0],
                extra_roles=args.role[1:],
                language=args.language,
                password=password,
                pin=pin,
            )
        finally:
            db.dispose()
    except WorkbayError as err:
        return _refused(err)
    roles = ", ".join(r.value for r in view.roles)
    print(f"added {view.login} ({view.name}), id {view.id}, roles {roles}")
    if not view.has_password:
        print("no password yet: this user cannot sign in until one is set")
    return 0


def _cmd_list(args: argparse.Namespace) -> int:
    db = open_database()
    try:
        staff = list_staff(system_context(db))
    except WorkbayError as err:
        return _refused(err)
    finally:
        db.dispose()
    if args.json:
        json.dump([staff_json(v) for v in staff], sys.stdout, ensure_ascii=False)
        print()
        return 0
    for v in staff:
        flags = " ".join(
            flag
            for flag, on in (
                ("inactive", not v.active),
                ("locked", v.locked_until is not None),
                ("no-password", not v.has_password),
                ("pin", v.has_pin),
                ("card", v.has_card),
            )
            if on
        )
        roles = ",".join(r.value for r in v.roles)
        print(f"{v.id:>4}  {v.login:<20} {v.name:<20} {roles:<28} {flags}")
    return 0


def register(sub: Any, db_sub: Any) -> None:
    users = sub.add_parser("users", help="staff: add a user, list them")
    users_sub = users.add_subparsers(dest="users_command", required=True)

    add = users_sub.add_parser("add", help="add a member of staff")
    add.add_argument("login", help="2-40 characters: A-Z a-z 0-9 . _ -")
    add.add_argument("--name", required=True, help="the name shown on screen and in the log")
    add.add_argument(
        "--role",
        required=True,
        action="append",
        choices=[r.value for r in Role],
        help="repeat for more roles; the first is the main one",
    )
    add.add_argument(
        "--password-stdin", action="store_true", help="read the password from stdin's first line"
    )
    add.add_argument(
        "--pin-stdin", action="store_true", help="read the PIN (4-8 digits) from stdin's next line"
    )
    add.add_argument("--language", choices=LANGUAGES, help="interface language")
    add.set_defaults(func=_cmd_add)

    ls = users_sub.add_parser("list", help="list the staff")
    ls.add_argument("--json", action="store_true", help="a JSON array of objects")
    ls.set_defaults(func=_cmd_list)
