"""Paragraph styles per paper: one font (the Chinese TrueType one), sizes scaled to the paper."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from app.printing.fonts import FONT_NAME
from app.printing.layout.paper import Paper

INK = colors.black
GREY = colors.Color(0.35, 0.35, 0.35)
RULE = colors.Color(0.55, 0.55, 0.55)
SHADE = colors.Color(0.91, 0.91, 0.91)
WATERMARK = colors.Color(0.5, 0.5, 0.5, alpha=0.18)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle  # field labels, grey
    value: ParagraphStyle
    shop: ParagraphStyle  # shop name in the header
    title: ParagraphStyle  # the document's title
    number: ParagraphStyle  # the order number, large
    h2: ParagraphStyle  # section heading
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_center: ParagraphStyle
    head: ParagraphStyle  # table header cell
    head_right: ParagraphStyle
    head_center: ParagraphStyle
    total_label: ParagraphStyle
    total_value: ParagraphStyle
    center: ParagraphStyle
    right: ParagraphStyle


def _style(name: str, size: float, **kw: object) -> ParagraphStyle:
    kw.setdefault("leading", round(size * 1.28, 1))
    return ParagraphStyle(
        name,
        fontName=FONT_NAME,
        fontSize=size,
        textColor=kw.pop("textColor", INK),
        **kw,
    )


@lru_cache(maxsize=8)
def styles_for(paper: Paper) -> Styles:
    s = paper.font_size
    roll = paper.roll
    return Styles(
        body=_style("body", s),
        small=_style("small", s * 0.85, textColor=GREY),
        label=_style("label", s * 0.92, textColor=GREY),
        value=_style("value", s),
        shop=_style("shop", s * 1.45, alignment=TA_CENTER if roll else TA_LEFT),
        title=_style("title", s * (1.5 if roll else 1.75), alignment=TA_CENTER, spaceAfter=s * 0.3),
        number=_style(
            "number", s * (1.6 if roll else 1.3), alignment=TA_CENTER if roll else TA_RIGHT
        ),
        h2=_style("h2", s * 1.12, spaceBefore=s * 0.8, spaceAfter=s * 0.3),
        cell=_style("cell", s * 0.95),
        cell_right=_style("cell_right", s * 0.95, alignment=TA_RIGHT),
        cell_center=_style("cell_center", s * 0.95, alignment=TA_CENTER),
        head=_style("head", s * 0.9),
        head_right=_style("head_right", s * 0.9, alignment=TA_RIGHT),
        head_center=_style("head_center", s * 0.9, alignment=TA_CENTER),
        total_label=_style("total_label", s, alignment=TA_RIGHT),
        total_value=_style("total_value", s * 1.05, alignment=TA_RIGHT),
        center=_style("center", s, alignment=TA_CENTER),
        right=_style("right", s, alignment=TA_RIGHT),
    )
