"""``python -m app messages``: the outbox of messages to customers (``app.services.messages``).

- ``messages send``: send the queued messages through the configured SMS gateway (Aliyun:
  ``sms.access_key_id``, ``sms.access_key_secret``, ``sms.sign_name``, ``sms.endpoint``);
  nothing in quiet hours. Exit 0 all sent, 1 some failed (kept with the reason), 2 no
  gateway set (print the call list instead), 3 quiet hours;
- ``messages list [--status queued|sent|failed] [--json]``: the outbox;
- ``messages call-list [-o FILE]``: the queued messages as CSV to call or text by hand.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def _context() -> Any:
    from app.bootstrap import open_database
    from app.services.people import system_context

    return system_context(open_database())


def _cmd_send(args: argparse.Namespace) -> int:
    from app.services.messages import send_queued

    ctx = _context()
    try:
        result = send_queued(ctx)
    finally:
        ctx.db.dispose()
    if not result.configured:
        print("error: no SMS gateway set (sms.access_key_id / sms.access_key_secret); "
              "print the call list: python -m app messages call-list", file=sys.stderr)  # fmt: skip
        return 2
    if result.quiet:
        print("quiet hours: nothing sent (messages.quiet_from .. messages.quiet_until)")
        return 3
    print(f"sent {result.sent}, failed {result.failed}")
    for message_id, reason in result.errors:
        print(f"  failed #{message_id}: {reason}")
    return 1 if result.failed else 0


def _cmd_list(args: argparse.Namespace) -> int:
    from app.domain.enums import MessageStatus
    from app.services.messages import outbox

    ctx = _context()
    try:
        rows = outbox(ctx, MessageStatus(args.status) if args.status else None)
    finally:
        ctx.db.dispose()
    if args.json:
        json.dump(
            [
                {
                    "id": r.id, "customer_id": r.customer_id, "customer": r.customer_name,
                    "phone": r.phone, "event": r.event.value, "lang": r.lang, "text": r.body,
                    "status": r.status.value, "reason": r.reason, "attempts": r.attempts,
                    "created_at": r.created_at.isoformat(),
                    "sent_at": r.sent_at.isoformat() if r.sent_at else None,
                }
                for r in rows
            ],
            sys.stdout,
            ensure_ascii=False,
        )  # fmt: skip
        print()
        return 0
    for r in rows:
        reason = f"  ({r.reason})" if r.reason else ""
        print(f"#{r.id:<6} {r.status.value:<7} {r.phone:<14} {r.event.value:<24} {r.body}{reason}")
    if not rows:
        print("no messages")
    return 0


def _cmd_call_list(args: argparse.Namespace) -> int:
    from app.services.messages import call_list_csv

    ctx = _context()
    try:
        data = call_list_csv(ctx)
    finally:
        ctx.db.dispose()
    if args.output == "-":
        sys.stdout.buffer.write(data)
        return 0
    out = Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    print(f"wrote {out}")
    return 0


def register(sub: Any, db_sub: Any) -> None:
    p = sub.add_parser("messages", help="messages to customers: send, list, call list")
    p_sub = p.add_subparsers(dest="messages_command", required=True)
    send = p_sub.add_parser("send", help="send queued messages through the SMS gateway")
    send.set_defaults(func=_cmd_send)
    ls = p_sub.add_parser("list", help="the outbox")
    ls.add_argument("--status", choices=("queued", "sent", "failed"))
    ls.add_argument("--json", action="store_true", help="a JSON array of objects")
    ls.set_defaults(func=_cmd_list)
    cl = p_sub.add_parser("call-list", help="queued messages as CSV, to call or text by hand")
    cl.add_argument("-o", "--output", default="-", help="file to write ('-': stdout)")
    cl.set_defaults(func=_cmd_call_list)
