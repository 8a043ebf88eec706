"""``python -m app print KIND ORDER_NO -o FILE.pdf``: render a printed document from the
command line (same code path as the desktop's print preview)."""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import replace
from pathlib import Path

from app.printing.data import PrintData
from app.printing.documents import DOCUMENTS, KINDS
from app.printing.labels import LANGS
from app.printing.layout.paper import PAPERS
from app.printing.render import PrintOptions, check_available, render_data

_PAGE = re.compile(rb"/Type /Page(?![a-zA-Z])")


def page_count(pdf: bytes) -> int:
    return len(_PAGE.findall(pdf))


def _load_usual(args: argparse.Namespace) -> tuple[PrintData, int]:
    """Through the services (SQLAlchemy): a database to migrate or set up first."""
    from app.printing.data import load_print_data_by_number
    from app.printing.quick_open import open_for_print
    from app.services import prints
    from app.services.people import system_context

    ctx = system_context(open_for_print())
    try:
        data = load_print_data_by_number(ctx, args.order_no)
        check_available(data, args.kind)  # nothing is logged for a document not there
        order_id = data.detail.order.id
        if args.preview:  # not a print: marked as a copy if the original was printed
            copies = prints.print_count(ctx, order_id, args.kind)
        else:  # a print: logged; every one after the first is a copy, same code
            copies = prints.record_print(ctx, order_id, args.kind).copy_no
    finally:
        ctx.db.dispose()  # close the pool now, not at garbage collection
    return data, copies


def _load(args: argparse.Namespace) -> tuple[PrintData, int]:
    """The order and its copy number: read with the database driver alone when the
    database is ready (:mod:`app.printing.lite`), else the usual way."""
    from app.config import database_url, station_identity
    from app.printing import lite

    opened = lite.open_lite(database_url(), station_identity().station)
    if opened is None:
        return _load_usual(args)
    db, actor = opened
    try:
        data = lite.load_print_data_by_number(db, actor, args.order_no)
        check_available(data, args.kind)
        order_id = data.detail.order.id
        if args.preview:
            copies = lite.print_count(db, order_id, args.kind)
        else:
            copies = lite.record_print(db, actor, order_id, args.kind)
    finally:
        db.close()
    return data, copies


def _cmd_print(args: argparse.Namespace) -> int:
    data, copies = _load(args)
    data = replace(data, copy_no=copies)
    options = PrintOptions(paper=args.paper, lang=args.lang, copy=args.copy)
    pdf = render_data(data, args.kind, options)
    if args.output == "-":
        sys.stdout.buffer.write(pdf)
        return 0
    out = Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(pdf)
    paper = args.paper or DOCUMENTS[args.kind].default_paper
    copy = f", copy {data.copy_no}" if data.copy_no else ""
    print(
        f"wrote {out}: {args.kind} of {data.detail.order.number}, {paper}, {args.lang}, "
        f"{page_count(pdf)} page(s), {len(pdf):,} bytes{copy}"
    )
    return 0


def register(sub: argparse._SubParsersAction, db_sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "print",
        help="render a printed document of an order to PDF",
        description="Render a printed document of an order to PDF. Documents exist only in "
        "the states where the desk issues them (e.g. settlement after settle).",
    )
    p.add_argument("kind", choices=KINDS, help="which document")
    p.add_argument("order_no", help="work order number, e.g. WO-20261123-0001")
    p.add_argument("-o", "--output", required=True, help="PDF file to write ('-': stdout)")
    p.add_argument(
        "--paper", choices=tuple(PAPERS), help="paper (default: the document's usual one)"
    )
    p.add_argument("--lang", choices=LANGS, default="zh_CN", help="label language")
    p.add_argument(
        "--copy", action="store_true", help="mark as 副本 / COPY (every print after the first is)"
    )
    p.add_argument(
        "--preview",
        action="store_true",
        help="a preview: not logged as a print (a print after the first is a copy, 副本)",
    )
    p.set_defaults(func=_cmd_print)
