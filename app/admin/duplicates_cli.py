"""``python -m app duplicates [--all] [--json]``: the assets migration 0005 found sharing a
plate, VIN or IMEI (``app.services.duplicates``), flagged ones only unless ``--all``.

One line each: the key, both files (asset id, label, owner) and what was done; ``--json``
prints one array of objects. Exit 0, also when there is nothing to review.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import Any

from app.bootstrap import open_database
from app.services.duplicates import Duplicate, FileRef, list_duplicates
from app.services.people import system_context


def _side(ref: FileRef) -> str:
    if ref.label is None:
        return f"#{ref.asset_id} (merged away)"
    return f"#{ref.asset_id} {ref.label} ({ref.customer} #{ref.customer_id})"


def _plain(d: Duplicate) -> dict[str, Any]:
    row = asdict(d)
    row["found_at"] = d.found_at.isoformat()
    row["reviewed_at"] = d.reviewed_at.isoformat() if d.reviewed_at else None
    return row


def _cmd_duplicates(args: argparse.Namespace) -> int:
    db = open_database()
    try:
        rows = list_duplicates(system_context(db), include_merged=args.all)
    finally:
        db.dispose()
    if args.json:
        json.dump([_plain(d) for d in rows], sys.stdout, ensure_ascii=False)
        print()
        return 0
    if not rows:
        print("no duplicate assets to review")
    for d in rows:
        print(
            f"{d.resolution:<8} {d.key} {d.value}: {_side(d.duplicate)} duplicates "
            f"{_side(d.kept)}" + (" [reviewed]" if d.reviewed_at else "")
        )
    return 0


def register(sub: Any, db_sub: Any) -> None:
    dup = sub.add_parser(
        "duplicates",
        help="assets found sharing a plate, VIN or IMEI when the keys became unique",
    )
    dup.add_argument("--all", action="store_true", help="the merged ones too")
    dup.add_argument("--json", action="store_true", help="a JSON array of objects")
    dup.set_defaults(func=_cmd_duplicates)
