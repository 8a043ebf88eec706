"""The log of printed documents (表 ``document_prints``): the first print of a document of
an order is the original, every later one a copy (副本 / COPY) that carries the same code.

A print is "made" when it leaves the station: the print dialog's Print (sent to the
printer) or Save as PDF, and ``python -m app print``. A preview is not a print: it only
asks :func:`print_count` whether the next print would be a copy.

Rights: printing what exists is part of looking orders up (``VIEW``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from app.domain.errors import NotFound
from app.domain.models import DocumentPrint, WorkOrder
from app.domain.permissions import Permission
from app.printing.errors import UnknownDocument
from app.printing.token import code_for
from app.services.access import authorize
from app.services.context import ServiceContext, order_for_update
from app.services.settings import installation_secret

_KIND = re.compile(r"[a-z][a-z0-9-]{0,29}")


@dataclass(frozen=True)
class PrintRecord:
    order_id: int
    kind: str
    copy_no: int  # 0: the original
    code: str | None  # the QR code's text, the same on every copy
    printed_at: datetime  # UTC

    @property
    def copy(self) -> bool:
        """A reprint: the document is marked 副本 / COPY."""
        return self.copy_no > 0


def _check_kind(kind: str) -> str:
    if not _KIND.fullmatch(kind):
        raise UnknownDocument("document", kind, ())
    return kind


def record_print(ctx: ServiceContext, order_id: int, kind: str) -> PrintRecord:
    """Log one print of document ``kind`` of an order: its copy number (0 for the first,
    then 1, 2, …) and its code. Two stations printing at once get different numbers (the
    order row is locked while the number is taken)."""
    kind = _check_kind(kind)
    with ctx.db.write() as session:
        authorize(session, ctx, Permission.VIEW)
        order = order_for_update(session, order_id)
        done = session.scalar(
            select(func.max(DocumentPrint.copy_no)).where(
                DocumentPrint.order_id == order.id, DocumentPrint.kind == kind
            )
        )
        row = DocumentPrint(
            order_id=order.id,
            kind=kind,
            copy_no=0 if done is None else done + 1,
            code=code_for(kind, order.number, installation_secret(session)),
            user_id=ctx.actor.user_id,
            station_id=ctx.actor.station_id,
        )
        session.add(row)
        session.flush()
        return PrintRecord(row.order_id, row.kind, row.copy_no, row.code, row.printed_at)


def print_count(ctx: ServiceContext, order_id: int, kind: str) -> int:
    """How often document ``kind`` of an order was printed (0: the next print is the
    original; more: it is a copy)."""
    kind = _check_kind(kind)
    with ctx.db.read() as session:
        authorize(session, ctx, Permission.VIEW)
        if session.get(WorkOrder, order_id) is None:
            raise NotFound("order", order_id)
        return int(
            session.scalar(
                select(func.count())
                .select_from(DocumentPrint)
                .where(DocumentPrint.order_id == order_id, DocumentPrint.kind == kind)
            )
            or 0
        )


def prints_of(ctx: ServiceContext, order_id: int) -> list[PrintRecord]:
    """Every print of an order's documents, oldest first."""
    with ctx.db.read() as session:
        authorize(session, ctx, Permission.VIEW)
        rows = session.scalars(
            select(DocumentPrint)
            .where(DocumentPrint.order_id == order_id)
            .order_by(DocumentPrint.printed_at, DocumentPrint.id)
        ).all()
        return [PrintRecord(r.order_id, r.kind, r.copy_no, r.code, r.printed_at) for r in rows]
