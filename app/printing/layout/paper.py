"""The papers documents print on: A4, A5 and 80 mm / 58 mm thermal rolls.

A roll has no fixed length: its page height is computed from the content (see
:func:`app.printing.layout.page.compose`). Narrow papers stack table columns instead of
spreading them.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm

from app.printing.errors import UnknownDocument


@dataclass(frozen=True)
class Paper:
    key: str
    width: float  # points
    height: float | None  # points; None for a continuous roll
    margin: float  # points, all four sides
    font_size: float  # body text
    qr_size: float  # side of a QR code, points

    @property
    def roll(self) -> bool:
        return self.height is None

    @property
    def narrow(self) -> bool:
        """Too narrow for a multi-column table: line items are stacked."""
        return self.frame_width < 100 * mm

    @property
    def frame_width(self) -> float:
        return self.width - 2 * self.margin

    @property
    def page_size_mm(self) -> tuple[float, float | None]:
        return (
            round(self.width / mm, 1),
            round(self.height / mm, 1) if self.height is not None else None,
        )


PAPERS: dict[str, Paper] = {
    p.key: p
    for p in (
        Paper("a4", A4[0], A4[1], 14 * mm, 9.0, 30 * mm),
        Paper("a5", A5[0], A5[1], 9 * mm, 7.6, 24 * mm),
        # rolls: the margins leave the printable width of the head (72 mm = 576 dots at
        # 203 dpi on 80 mm paper, 48 mm = 384 dots on 58 mm paper), centred
        Paper("80mm", 80 * mm, None, 4 * mm, 9.0, 34 * mm),
        Paper("58mm", 58 * mm, None, 5 * mm, 8.5, 30 * mm),
    )
}

#: PDF's limit on a page side (200 inches); a longer roll document breaks into pages
MAX_PAGE_LENGTH = 14400.0


def paper(key: str) -> Paper:
    try:
        return PAPERS[key.lower()]
    except KeyError:
        raise UnknownDocument("paper", key, tuple(PAPERS)) from None
