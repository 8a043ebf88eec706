"""``python -m app find TEXT``: what the reception lookup finds, for support and scripts.

``--json`` prints one JSON array with one object per hit, best first (an empty array when
nothing is found; the exit code is 0 either way). Keys (a contract for scripts):

- ``kind``: ``order`` | ``customer`` | ``asset``; ``id``: its id;
- ``matched_by``: how it was found (``order_number``, ``plate``, ``plate_body``,
  ``plate_tail``, ``vin``, ``vin_tail``, ``ident``, ``phone``, ``phone_tail``, ``name``);
- ``title``, ``subtitle``: the two lines the desk shows;
- ``order_id``, ``order_number``, ``state`` (orders only, else null);
- ``customer_id``, ``customer_name``, ``phone`` (the full number the lookup shows; for orders
  and assets the customer's first number);
- ``asset_id``, ``asset_label``.

Without ``--json``, a table. The text is read as the desk reads it (full-width forms, any
spelling of a plate or phone). The command acts as the ``system`` account
(:func:`app.services.people.system_context`); ``--database URL`` overrides
``WORKBAY_DATABASE_URL``.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from typing import Any

from app.bootstrap import open_database
from app.services.lookup import FoundHit, find
from app.services.people import system_context

KEYS = (
    "kind",
    "id",
    "matched_by",
    "title",
    "subtitle",
    "order_id",
    "order_number",
    "state",
    "customer_id",
    "customer_name",
    "phone",
    "asset_id",
    "asset_label",
)


def as_json(found: FoundHit) -> dict[str, Any]:
    h = found.hit
    return {
        "kind": h.kind,
        "id": h.id,
        "matched_by": h.matched_by,
        "title": h.title,
        "subtitle": h.subtitle,
        "order_id": found.order_id,
        "order_number": found.order_number,
        "state": found.state,
        "customer_id": found.customer_id,
        "customer_name": found.customer_name,
        "phone": found.phone,
        "asset_id": found.asset_id,
        "asset_label": found.asset_label,
    }


def _width(text: str) -> int:
    """Columns ``text`` takes in a terminal (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def as_table(rows: list[FoundHit]) -> list[str]:
    header = ("KIND", "MATCHED BY", "NUMBER / NAME", "STATE", "CUSTOMER", "PHONE", "ASSET")
    body = [
        (
            f.hit.kind,
            f.hit.matched_by,
            f.order_number or f.hit.title,
            f.state or "",
            f.customer_name or "",
            f.phone or "",
            f.asset_label or "",
        )
        for f in rows
    ]
    widths = [max(_width(r[i]) for r in (header, *body)) for i in range(len(header))]
    return [
        "  ".join(_pad(cell, w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in (header, *body)
    ]


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of 1 or more")
    return value


def _cmd_find(args: argparse.Namespace) -> int:
    text = " ".join(args.text)
    db = open_database(args.database)
    try:
        rows = find(system_context(db), text, limit=args.limit)
    finally:
        db.dispose()
    if args.json:
        json.dump([as_json(f) for f in rows], sys.stdout, ensure_ascii=False)
        print()
    elif rows:
        print("\n".join(as_table(rows)))
    else:
        print("nothing found")
    return 0


def register(sub: argparse._SubParsersAction, db_sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "find",
        help="what the reception lookup finds (order no., plate or its digits, VIN, IMEI, "
        "phone or its last 4, name)",
    )
    p.add_argument("text", nargs="+", help="what would be typed into the lookup")
    p.add_argument("--json", action="store_true", help="one JSON array of hits ([] if none)")
    p.add_argument("--limit", type=_positive, default=20, metavar="N", help="at most N hits")
    p.add_argument("--database", metavar="URL", help="instead of WORKBAY_DATABASE_URL")
    p.set_defaults(func=_cmd_find)
