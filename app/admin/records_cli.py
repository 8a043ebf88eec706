"""``python -m app records``: the electronic health records (汽车维修电子健康档案, JT/T 1132)
of settled vehicle repairs (``app.services.health_records``).

- ``records export --from DATE --to DATE --format json|csv -o FILE`` writes the records
  settled in those shop-local days (``-o -``: stdout);
- ``records upload [--retries N] [--backoff S]`` sends pending and failed records to the
  endpoint set in ``records.upload_url`` (and ``records.upload_token``); exit 0 when all
  went, 1 when some failed (they stay queued with the reason), 2 when no endpoint is set;
- ``records list [--status pending|sent|failed]`` shows the queue.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _context() -> Any:
    # deferred: opening the database is the command's job, not the parser's
    from app.bootstrap import open_database
    from app.services.people import system_context

    return system_context(open_database())


def _cmd_export(args: argparse.Namespace) -> int:
    from app.services.health_records import export_records

    ctx = _context()
    try:
        data = export_records(ctx, args.start, args.end, args.format)
    finally:
        ctx.db.dispose()
    if args.output == "-":
        sys.stdout.buffer.write(data)
        return 0
    out = Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    print(f"wrote {out}: {args.format}, {len(data):,} bytes")
    return 0


def _cmd_upload(args: argparse.Namespace) -> int:
    from app.services.health_records import upload_records

    ctx = _context()
    try:
        result = upload_records(ctx, retries=args.retries, backoff=args.backoff)
    finally:
        ctx.db.dispose()
    if not result.configured:
        print(
            "error: no endpoint: set records.upload_url (setup desk, or python -m app "
            "settings) first",
            file=sys.stderr,
        )
        return 2
    print(f"sent {result.sent}, failed {result.failed}")
    for name, reason in result.errors:
        print(f"  failed {name}: {reason}")
    return 1 if result.failed else 0


def _cmd_list(args: argparse.Namespace) -> int:
    from app.domain.enums import HealthRecordStatus
    from app.services.health_records import list_records

    ctx = _context()
    try:
        rows = list_records(ctx, status=HealthRecordStatus(args.status) if args.status else None)
    finally:
        ctx.db.dispose()
    for r in rows:
        missing = f"  missing: {','.join(r.missing)}" if r.missing else ""
        error = f"  ({r.last_error})" if r.last_error else ""
        print(
            f"{r.payload.get('record_id', r.id):<18} {r.status.value:<8} "
            f"{r.payload.get('settlement_no', '')} {r.settled_at:%Y-%m-%d}{missing}{error}"
        )
    if not rows:
        print("no records")
    return 0


def register(sub: Any, db_sub: Any) -> None:
    rec = sub.add_parser(
        "records",
        help="electronic health records of settled repairs (JT/T 1132): export, upload",
    )
    rec_sub = rec.add_subparsers(dest="records_command", required=True)
    ex = rec_sub.add_parser("export", help="write the records of a period as JSON or CSV")
    ex.add_argument("--from", dest="start", type=_day, required=True, help="first day")
    ex.add_argument("--to", dest="end", type=_day, required=True, help="last day (included)")
    ex.add_argument("--format", choices=("json", "csv"), default="json")
    ex.add_argument("-o", "--output", required=True, help="file to write ('-': stdout)")
    ex.set_defaults(func=_cmd_export)
    up = rec_sub.add_parser("upload", help="send pending and failed records to the endpoint")
    up.add_argument("--retries", type=int, default=3, help="tries per record (default 3)")
    up.add_argument(
        "--backoff", type=float, default=1.0, help="seconds before the 2nd try, doubling"
    )
    up.set_defaults(func=_cmd_upload)
    ls = rec_sub.add_parser("list", help="the queue of records")
    ls.add_argument("--status", choices=("pending", "sent", "failed"))
    ls.set_defaults(func=_cmd_list)
