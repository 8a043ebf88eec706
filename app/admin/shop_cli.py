"""``python -m app shop show [--json] | set KEY=VALUE [KEY=VALUE ...]``: the shared settings
(the shop profile, payment methods, rounding, prefixes...) from the command line, no Qt.

``show`` prints every shared setting (``--json``: one object, key -> value in the stored
JSON form; the logo as ``"PNG, <n> bytes"`` or null). ``set`` takes the keys as declared in
:mod:`app.settings.declared`, e.g. ``shop.legal_name=顺达汽车服务有限公司``,
``payment.methods=cash,wechat``, ``numbering.prefixes={"WO":"RO"}``; ``shop.logo=PATH``
reads a picture file (``shop.logo=`` removes the logo). All values are checked before
anything is written: a bad one prints its key and why, and the command exits 2 having
written nothing. It acts as the ``system`` account (``people.system_context``), so the
audit log names the command line.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.bootstrap import open_database
from app.domain.errors import ValidationError, ValidationErrors, WorkbayError
from app.services.people import system_context
from app.services.settings import read_settings, write_settings
from app.settings.declared import SETTINGS
from app.settings.registry import BytesOption, Option, Scope, StructOption
from app.settings.values import normalize_logo

LOGO_KEY = "shop.logo"


def _shown(option: Option, value: Any) -> Any:
    if isinstance(option, BytesOption):
        return f"PNG, {len(value)} bytes" if value else None
    if isinstance(option, StructOption):
        return option.plain(value)
    return option.to_text(value)


def _refused(err: WorkbayError) -> int:
    errors = err.errors if isinstance(err, ValidationErrors) else [err]
    for e in errors:
        if isinstance(e, ValidationError):
            print(f"error: {e.field}: {e.message}", file=sys.stderr)
        else:
            print(f"error: {e}", file=sys.stderr)
    return 2


def _cmd_show(args: argparse.Namespace) -> int:
    db = open_database()
    try:
        values = read_settings(system_context(db))
    except WorkbayError as err:
        return _refused(err)
    finally:
        db.dispose()
    shown = {key: _shown(SETTINGS[key], value) for key, value in values.items()}
    if args.json:
        json.dump(shown, sys.stdout, ensure_ascii=False, sort_keys=True)
        print()
        return 0
    for key in sorted(shown):
        value = shown[key]
        text = json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else value
        print(f"{key} = {'' if text is None else text}")
    return 0


def parse_assignments(pairs: list[str]) -> dict[str, Any]:
    """``KEY=VALUE`` texts as values for write_settings (the logo file read and made a PNG);
    ValidationErrors naming every bad one, checked as the registry checks them."""
    values: dict[str, Any] = {}
    errors: list[ValidationError] = []
    for pair in pairs:
        key, sep, text = pair.partition("=")
        key = key.strip()
        if not sep or not key:
            errors.append(ValidationError(pair, "not_assignment", "use KEY=VALUE", pair))
            continue
        option = SETTINGS.get(key)
        if option is not None and (option.secret or option.scope is Scope.STATION):
            why = "cannot be set" if option.secret else "is kept on each station, not shared"
            errors.append(ValidationError(key, "not_shared", why, None))
            continue
        if key == LOGO_KEY and text.strip():
            try:
                path = Path(text.strip()).expanduser()
                values[key] = normalize_logo(path.read_bytes(), LOGO_KEY)
            except OSError as exc:
                errors.append(
                    ValidationError(key, "unreadable", f"cannot read {text}: {exc.strerror}")
                )
            except ValidationError as err:
                errors.append(err)
            continue
        try:  # checked here too, so the messages follow the command line's order
            SETTINGS[key].clean(text)
        except ValidationError as err:
            errors.append(err)
        except ValidationErrors as bad:
            errors += bad.errors
        values[key] = text
    if errors:
        raise ValidationErrors(errors)
    return values


def _cmd_set(args: argparse.Namespace) -> int:
    try:
        values = parse_assignments(args.assignments)
        db = open_database()
        try:
            write_settings(system_context(db), values)
        finally:
            db.dispose()
    except WorkbayError as err:
        return _refused(err)
    print("saved: " + ", ".join(sorted(values)))
    return 0


def register(sub: Any, db_sub: Any) -> None:
    shop = sub.add_parser("shop", help="the shop profile and the shared settings: show, set")
    shop_sub = shop.add_subparsers(dest="shop_command", required=True)
    show = shop_sub.add_parser("show", help="print every shared setting")
    show.add_argument("--json", action="store_true", help="one JSON object, key -> value")
    show.set_defaults(func=_cmd_show)
    put = shop_sub.add_parser("set", help="change settings (all checked before any is saved)")
    put.add_argument(
        "assignments",
        nargs="+",
        metavar="KEY=VALUE",
        help="e.g. shop.legal_name=顺达汽车服务有限公司 shop.logo=/path/logo.png",
    )
    put.set_defaults(func=_cmd_set)
