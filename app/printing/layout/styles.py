"""Paragraph styles per paper: one font (the Chinese TrueType one, with its fallbacks
per character: :mod:`app.printing.text`), sizes scaled to the paper.

Thermal rolls print black only (a grey label or a shaded band dithers into dots) and no
text smaller than :data:`ROLL_MIN_SIZE` points; the colours a document draws with come from
:class:`Styles` (``grey``, ``rule``, ``shade``) so a roll gets black and no shading.
"""

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
#: the smallest text a roll prints (a thermal head's 24-dot font is about 8.5 pt)
ROLL_MIN_SIZE = 8.0


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
    grey: colors.Color  # secondary text and signature lines (black on rolls)
    rule: colors.Color  # thin rules (black on rolls)
    shade: colors.Color | None  # table header band (none on rolls)


def _style(name: str, size: float, **kw: object) -> ParagraphStyle:
    if kw.pop("roll", False):
        size = max(size, ROLL_MIN_SIZE)
        kw["textColor"] = INK
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

    def style(name: str, size: float, **kw: object) -> ParagraphStyle:
        return _style(name, size, roll=roll, **kw)

    return Styles(
        body=style("body", s),
        small=style("small", s * 0.85, textColor=GREY),
        label=style("label", s * 0.92, textColor=GREY),
        value=style("value", s),
        shop=style("shop", s * 1.45, alignment=TA_CENTER if roll else TA_LEFT),
        title=style("title", s * (1.5 if roll else 1.75), alignment=TA_CENTER, spaceAfter=s * 0.3),
        number=style(
            "number", s * (1.6 if roll else 1.3), alignment=TA_CENTER if roll else TA_RIGHT
        ),
        h2=style("h2", s * 1.12, spaceBefore=s * 0.8, spaceAfter=s * 0.3),
        cell=style("cell", s * 0.95),
        cell_right=style("cell_right", s * 0.95, alignment=TA_RIGHT),
        cell_center=style("cell_center", s * 0.95, alignment=TA_CENTER),
        head=style("head", s * 0.9),
        head_right=style("head_right", s * 0.9, alignment=TA_RIGHT),
        head_center=style("head_center", s * 0.9, alignment=TA_CENTER),
        total_label=style("total_label", s, alignment=TA_RIGHT),
        total_value=style("total_value", s * 1.05, alignment=TA_RIGHT),
        center=style("center", s, alignment=TA_CENTER),
        right=style("right", s, alignment=TA_RIGHT),
        grey=INK if roll else GREY,
        rule=INK if roll else RULE,
        shade=None if roll else SHADE,
    )


def all_styles(styles: Styles) -> list[ParagraphStyle]:
    """Every paragraph style of the set (for checks such as the rolls' smallest size)."""
    return [v for v in vars(styles).values() if isinstance(v, ParagraphStyle)]
