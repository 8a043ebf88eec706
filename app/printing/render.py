"""Render a document of an order to PDF bytes: load the data, check the document exists
for the order's state, build it on the chosen paper in the chosen language."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.printing.context import DocContext
from app.printing.data import PrintData, load_print_data
from app.printing.documents import DOCUMENTS, KINDS, DocumentSpec
from app.printing.errors import DocumentNotAvailable, UnknownDocument
from app.printing.fonts import ensure_fonts
from app.printing.labels import Labels
from app.printing.layout.page import compose
from app.printing.layout.paper import paper as paper_named
from app.printing.layout.styles import styles_for

if TYPE_CHECKING:
    from app.services.context import ServiceContext


@dataclass(frozen=True)
class PrintOptions:
    paper: str | None = None  # None: the document's default paper
    lang: str = "zh_CN"  # zh_CN | en | bilingual
    copy: bool = False  # a reprint, marked 副本 / COPY


def spec(kind: str) -> DocumentSpec:
    try:
        return DOCUMENTS[kind]
    except KeyError:
        raise UnknownDocument("document", kind, KINDS) from None


def context(data: PrintData, kind: str, options: PrintOptions) -> DocContext:
    s = spec(kind)
    ensure_fonts()
    paper = paper_named(options.paper or s.default_paper)
    return DocContext(
        data=data,
        paper=paper,
        labels=Labels(options.lang),
        styles=styles_for(paper),
        kind=kind,
        copy=options.copy or data.copy_no > 0,  # a reprint (or marked as one)
        customer_copy=s.customer_copy,
    )


def _refuse_if_missing(d: DocContext) -> None:
    missing = spec(d.kind).unavailable(d)
    if missing is not None:
        why, message = missing
        order = d.order
        raise DocumentNotAvailable(d.kind, order.number, order.state.value, why, message)


def check_available(data: PrintData, kind: str) -> None:
    """Raise :class:`DocumentNotAvailable` if the order has no such document (yet)."""
    _refuse_if_missing(context(data, kind, PrintOptions()))


def available_kinds(data: PrintData) -> list[str]:
    """The documents this order has in its current state."""
    return [k for k in KINDS if spec(k).unavailable(context(data, k, PrintOptions())) is None]


def render_data(data: PrintData, kind: str, options: PrintOptions = PrintOptions()) -> bytes:
    """The PDF of an already loaded order (no database access)."""
    d = context(data, kind, options)
    _refuse_if_missing(d)
    s = spec(kind)
    return compose(d, s.build(d), d.word(s.title_key), d.order.number)


def render_document(
    ctx: ServiceContext,
    kind: str,
    order_id: int,
    *,
    paper: str | None = None,
    lang: str = "zh_CN",
    copy: bool = False,
) -> bytes:
    """Load the order and render document ``kind`` of it (the main entry point)."""
    spec(kind)  # unknown kinds fail before touching the database
    options = PrintOptions(paper, lang, copy)
    return render_data(load_print_data(ctx, order_id), kind, options)
