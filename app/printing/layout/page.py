"""Putting a document's flowables on pages.

A4/A5: a first page and continuation pages (a running header with the document number),
"page x of n" and the print time in the footer, a diagonal 副本 / COPY watermark on reprints.
Thermal rolls: one page exactly as long as the content (measured before building).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from io import BytesIO
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Spacer

from app.printing.context import DocContext
from app.printing.fonts import FONT_NAME
from app.printing.layout import formatting as fmt
from app.printing.layout.paper import MAX_PAGE_LENGTH
from app.printing.layout.styles import GREY, RULE, WATERMARK
from app.printing.text import TextPara, draw_string, string_width

Footer = Callable[[Canvas, int, int], None]


class _NumberedCanvas(Canvas):
    """Holds pages back until the end so each can say "page x of n"."""

    def __init__(self, *args: Any, footer: Footer, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._footer = footer

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            self._footer(self, number, total)
            super().showPage()
        super().save()


def measure(flowables: Sequence[Flowable], width: float) -> float:
    """The height the flowables take in a frame ``width`` wide (spacing included)."""
    total = 0.0
    for f in flowables:
        if isinstance(f, KeepTogether):  # wraps only on a canvas: measure its content
            total += measure(f._content, width)
            continue
        _, h = f.wrap(width, MAX_PAGE_LENGTH)
        total += h + f.getSpaceBefore() + f.getSpaceAfter()
    return total


def _watermark(d: DocContext, c: Canvas) -> None:
    if not d.copy or d.paper.roll:  # a roll says *** 副本 *** in black under its title
        return
    w, h = c._pagesize
    c.saveState()
    c.setFillColor(WATERMARK)
    size = min(w, h) / 6
    c.translate(w / 2, h / 2)
    c.rotate(35 if h > w else 0)
    draw_string(c, 0, -size / 3, d.labels("copy_mark", " / "), size, "centre")
    c.restoreState()


def _clipped(text: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` (a running header's one line)."""
    if string_width(text, size) <= width:
        return text
    while text and string_width(text + "…", size) > width:
        text = text[: max(0, len(text) - max(1, len(text) // 8))]
    return text + "…"


def _footer_for(d: DocContext) -> Footer:
    L = d.labels
    printed = L.kv(L("printed_at"), fmt.when(d.data.printed_at))
    number = d.order.number
    size = d.paper.font_size * 0.8
    m = d.paper.margin

    def footer(c: Canvas, page: int, total: int) -> None:
        w = c._pagesize[0]
        c.saveState()
        c.setFillColor(GREY)
        draw_string(c, m, m * 0.55, f"{number}  ·  {printed}", size)
        draw_string(c, w - m, m * 0.55, L("page_of").format(page=page, total=total), size, "right")
        c.restoreState()

    return footer


def _running_header(d: DocContext, title: str) -> Callable[[Canvas, Any], None]:
    size = d.paper.font_size * 0.85
    m = d.paper.margin
    shop = d.data.shop.name

    def draw(c: Canvas, _doc: Any) -> None:
        w, h = c._pagesize
        c.saveState()
        c.setFillColor(GREY)
        y = h - m + size * 0.2
        right = f"{d.order.number}  ({d.labels('continued')})"
        room = w - 2 * m - string_width(right, size) - size
        draw_string(c, m, y, _clipped(f"{shop}  {title}".strip(), size, room), size)
        draw_string(c, w - m, y, right, size, "right")
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        c.line(m, y - size * 0.45, w - m, y - size * 0.45)
        c.restoreState()
        _watermark(d, c)

    return draw


def keep_ending(flowables: list[Flowable], frame: tuple[float, float]) -> list[Flowable]:
    """The signatures never alone on a page: the closing block (:func:`blocks.closing`)
    is kept together with what comes before it from the totals on when that is at most
    70 % of a page (``frame``: width, height), else with the two flowables before it."""
    end = next(
        (i for i in range(len(flowables) - 1, -1, -1) if _is(flowables[i], "is_closing")), None
    )
    if end is None or end == 0:
        return flowables
    width, height = frame
    start = next(
        (i for i in range(end - 1, -1, -1) if _is(flowables[i], "keep_with_closing")), None
    )
    if start is None or measure(flowables[start : end + 1], width) > 0.7 * height:
        start, kept = end, 0
        while start > 0 and kept < 2:
            start -= 1
            kept += not isinstance(flowables[start], Spacer)
    kept_together = KeepTogether(_flat(flowables[start : end + 1]))
    return [*flowables[:start], kept_together, *flowables[end + 1 :]]


def _flat(flowables: list[Flowable]) -> list[Flowable]:
    """A KeepTogether inside another is opened up: reportlab's ``KeepTogether.wrap`` reports
    a page-sized height, so a nested one pushed the outer block to a new page with room to
    spare (a one-page statement came out as two)."""
    out: list[Flowable] = []
    for f in flowables:
        if isinstance(f, KeepTogether):
            out.extend(_flat(list(f._content)))
        else:
            out.append(f)
    return out


def _is(f: Flowable, flag: str) -> bool:
    return bool(getattr(f, flag, False))


def compose(d: DocContext, flowables: list[Flowable], title: str, subject: str) -> bytes:
    """The finished PDF."""
    paper = d.paper
    m = paper.margin
    buf = BytesIO()
    meta = {
        "title": f"{title} {subject}",
        "author": d.data.shop.name or "Workbay",
        "creator": "Workbay",
        "subject": subject,
        "lang": "zh-CN" if d.labels.lang != "en" else "en",
        "initialFontName": FONT_NAME,  # no unused Helvetica resource in the file
    }
    if paper.roll:
        printed = d.labels.kv(d.labels("printed_at"), fmt.when(d.data.printed_at))
        flowables = [*flowables, TextPara(printed, d.styles.small)]
        frame_w = paper.frame_width
        length = min(measure(flowables, frame_w) + 2 * m + 2, MAX_PAGE_LENGTH)
        doc = BaseDocTemplate(buf, pagesize=(paper.width, length), **meta)
        frame = Frame(m, m, frame_w, length - 2 * m, 0, 0, 0, 0, id="roll")
        doc.addPageTemplates(
            [PageTemplate("roll", [frame], onPage=lambda c, _doc: _watermark(d, c))]
        )
        doc.build(flowables)
        return buf.getvalue()

    assert paper.height is not None
    w, h = paper.width, paper.height
    bottom = m * 1.1  # room for the footer line
    later_top = paper.font_size * 1.8  # room for the running header
    doc = BaseDocTemplate(buf, pagesize=(w, h), **meta)
    first = Frame(m, bottom, w - 2 * m, h - m - bottom, 0, 0, 0, 0, id="first")
    later = Frame(m, bottom, w - 2 * m, h - m - bottom - later_top, 0, 0, 0, 0, id="later")
    flowables = keep_ending(list(flowables), (w - 2 * m, h - m - bottom - later_top))
    doc.addPageTemplates(
        [
            PageTemplate(
                "first",
                [first],
                onPage=lambda c, _doc: _watermark(d, c),
                autoNextPageTemplate="later",
            ),
            PageTemplate("later", [later], onPage=_running_header(d, title)),
        ]
    )
    footer = _footer_for(d)
    doc.build(flowables, canvasmaker=lambda *a, **kw: _NumberedCanvas(*a, footer=footer, **kw))
    return buf.getvalue()
