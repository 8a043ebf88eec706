"""``python -m app catalog import FILE | export FILE``: the catalog file on the command line.

``import`` prints what the file would do (new, changed with the fields, unchanged) and
writes it unless ``--dry-run``; a file with problems is listed one problem per line (row,
column, reason) on stderr, nothing is written and the exit status is 2. With ``--json`` it
prints one JSON object instead::

    {"file": "parts.csv", "format": "csv", "encoding": "gb18030", "written": true,
     "new": 3, "changed": 1, "unchanged": 40,
     "rows": [{"row": 2, "code": "P-1", "status": "changed",
               "changes": {"price": ["10.00", "12.00"]}}, ...],
     "errors": [{"row": 5, "column": "单价", "code": "money_format",
                 "params": {"value": "abc"}, "message": "this is not an amount"}, ...]}

``export`` writes every item (retired ones marked inactive) as CSV or ``.xlsx`` (by the
file's extension unless ``--format``), headers in Chinese or English. Both act as the
``system`` account (:func:`app.services.people.system_context`).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.bootstrap import open_database
from app.services.catalog_io import (
    ImportPreview,
    ImportRefused,
    RowError,
    apply_import,
    export_catalog,
    preview_import,
)
from app.services.people import system_context

#: rows listed in the readable output; --json lists every one
_LISTED = 200


def _error_json(e: RowError) -> dict[str, Any]:
    return {
        "row": e.row,
        "column": e.column,
        "code": e.code,
        "params": e.params,
        "message": e.message,
    }


def _preview_json(preview: ImportPreview, written: bool) -> dict[str, Any]:
    return {
        "file": preview.file_name,
        "format": preview.format,
        "encoding": preview.encoding,
        "written": written,
        "new": preview.count("new"),
        "changed": preview.count("changed"),
        "unchanged": preview.count("unchanged"),
        "rows": [
            {
                "row": r.row,
                "code": r.code,
                "status": r.status,
                "changes": {k: list(v) for k, v in r.changes.items()},
            }
            for r in preview.rows
        ],
        "errors": [_error_json(e) for e in preview.errors],
    }


def _report(preview: ImportPreview) -> str:
    lines = []
    listed = [r for r in preview.rows if r.status != "unchanged"]
    for r in listed[:_LISTED]:
        what = "; ".join(f"{k} {old or '-'} -> {new or '-'}" for k, (old, new) in r.changes.items())
        lines.append(f"row {r.row:>6}  {r.status:<9} {r.code}" + (f"  ({what})" if what else ""))
    if len(listed) > _LISTED:
        lines.append(f"... and {len(listed) - _LISTED} more rows (--json lists every one)")
    encoding = f", {preview.encoding}" if preview.encoding else ""
    lines.append(
        f"{preview.file_name} ({preview.format}{encoding}): {preview.count('new')} new, "
        f"{preview.count('changed')} changed, {preview.count('unchanged')} unchanged"
    )
    return "\n".join(lines)


def _cmd_import(args: argparse.Namespace) -> int:
    db = open_database()
    try:
        ctx = system_context(db)
        preview = preview_import(ctx, args.file)
        written = False
        if preview.ok and not args.dry_run:
            try:
                apply_import(ctx, args.file)
                written = True
            except ImportRefused as refused:  # the file changed between the two reads
                preview = ImportPreview(
                    preview.file_name, preview.format, preview.encoding, [], refused.errors
                )
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(_preview_json(preview, written), ensure_ascii=False))
    if not preview.ok:
        if not args.json:
            for e in preview.errors:
                print(str(e), file=sys.stderr)
            print(
                f"{len(preview.errors)} problem(s) in {preview.file_name}: nothing was imported",
                file=sys.stderr,
            )
        return 2
    if not args.json:
        print(_report(preview))
        print("dry run: nothing written" if args.dry_run else "imported")
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    path = Path(args.file)
    fmt = args.format or ("xlsx" if path.suffix.lower() == ".xlsx" else "csv")
    encoding = "gbk" if args.encoding == "gbk" else "utf-8-sig"
    db = open_database()
    try:
        count = export_catalog(system_context(db), path, fmt=fmt, encoding=encoding, lang=args.lang)
    finally:
        db.dispose()
    print(f"{count} items written to {path}")
    return 0


def register(sub: argparse._SubParsersAction, db_sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("catalog", help="import or export the catalog (CSV or Excel .xlsx)")
    cat_sub = p.add_subparsers(dest="catalog_command", required=True)

    imp = cat_sub.add_parser(
        "import", help="import a CSV (UTF-8 or GBK) or .xlsx file: new codes added, known updated"
    )
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="only show what would change")
    imp.add_argument("--json", action="store_true", help="print one JSON object")
    imp.set_defaults(func=_cmd_import)

    exp = cat_sub.add_parser("export", help="write the catalog as CSV or .xlsx")
    exp.add_argument("file", metavar="FILE")
    exp.add_argument("--format", choices=["csv", "xlsx"], help="default: by the file extension")
    exp.add_argument("--encoding", choices=["utf-8", "gbk"], default="utf-8", help="CSV only")
    exp.add_argument("--lang", choices=["zh_CN", "en"], default="zh_CN", help="header language")
    exp.set_defaults(func=_cmd_export)
