"""``python -m app complaints``: the branch's complaints (``app.services.complaints``).

- ``complaints [--json] [--overdue] [--all]``: open complaints (``--all``: closed ones too),
  the earliest close deadline first; ``--overdue``: only those with a missed deadline,
  each naming the deadlines missed (``respond``, ``feedback``, ``close``, ``update``);
- ``complaints --escalate``: escalate every missed deadline not escalated yet (what a
  manager's station does periodically; idempotent) and print the new escalations.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def _context() -> Any:
    from app.bootstrap import open_database
    from app.services.people import system_context

    return system_context(open_database())


def _cmd(args: argparse.Namespace) -> int:
    from app.services import complaints

    ctx = _context()
    try:
        if args.escalate:
            new = complaints.escalate_due(ctx)
            for e in new:
                print(
                    f"#{e.complaint_id} {e.deadline.value} due {e.due_at.isoformat()} "
                    f"-> {e.to_role}"
                )
            print(f"escalated {len(new)}")
            return 0
        if args.overdue:
            rows = complaints.overdue_complaints(ctx)
        else:
            rows = complaints.list_complaints(ctx, open_only=not args.all)
    finally:
        ctx.db.dispose()
    if args.json:
        json.dump([r.as_json() for r in rows], sys.stdout, ensure_ascii=False)
        print()
        return 0
    for r in rows:
        who = r.customer_name or r.caller_name or "-"
        late = ",".join(d.value for d in r.overdue)
        print(
            f"#{r.id:<6} {r.state.value:<13} {r.severity.value:<8} {r.kind.value:<14} "
            f"close by {r.close_by.astimezone():%Y-%m-%d %H:%M}  {who}  owner {r.owner}"
            + (f"  OVERDUE: {late}" if late else "")
        )
    if not rows:
        print("no complaints")
    return 0


def register(sub: Any, db_sub: Any) -> None:
    p = sub.add_parser("complaints", help="complaints (投诉): open, overdue; escalate")
    p.add_argument("--json", action="store_true", help="a JSON array of objects")
    p.add_argument("--overdue", action="store_true", help="only those with a missed deadline")
    p.add_argument("--all", action="store_true", help="closed complaints too")
    p.add_argument(
        "--escalate", action="store_true", help="escalate missed deadlines to the manager"
    )
    p.set_defaults(func=_cmd)
