"""Vector drawings on the inspection sheet: the vehicle's top view with damage marks, and
the fuel gauge.

The car and its box are :mod:`app.domain.diagram` (shared with the screen where the advisor
places the marks); this module paints them for paper. Damage mark coordinates
(``DamageMark.x`` / ``.y``) are fractions of the diagram box, y = 0 at the front of the car.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import NamedTuple

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, Shape, String
from reportlab.lib import colors

from app.domain import diagram
from app.domain.diagram import DIAGRAM_ASPECT
from app.printing.fonts import FONT_NAME

_BODY = colors.Color(0.97, 0.97, 0.97)
_GLASS = colors.Color(0.86, 0.88, 0.9)
_WHEEL = colors.Color(0.25, 0.25, 0.25)


class _Paint(NamedTuple):
    fill: colors.Color | None
    stroke: colors.Color | None
    width: float  # of the stroke, points
    corner: float = 0  # rounding of a plain rect's corners, points
    dash: tuple[float, float] | None = None


_LINE = 0.45
#: how each style of :mod:`app.domain.diagram` is painted on paper
_PAINTS: dict[str, _Paint] = {
    "body": _Paint(_BODY, colors.black, 0.8),
    "mirror": _Paint(_BODY, colors.black, _LINE),
    "glass": _Paint(_GLASS, colors.black, _LINE),
    "wheel": _Paint(_WHEEL, None, 0, corner=1.5),
    "line": _Paint(None, colors.black, _LINE, corner=2),
    "crease": _Paint(None, colors.black, _LINE, dash=(2, 2)),
    "light": _Paint(colors.white, colors.black, _LINE, corner=1),
    "tail_light": _Paint(colors.Color(0.8, 0.8, 0.8), colors.black, _LINE, corner=1),
}


#: on a thermal roll (black only: grey dithers into dots) every fill is white or black
_MONO: dict[str, _Paint] = {
    k: p._replace(
        fill=None if p.fill is None else (colors.black if k == "wheel" else colors.white),
        stroke=None if p.stroke is None else colors.black,
    )
    for k, p in _PAINTS.items()
}


def _drawing(width: float, height: float, font_size: float) -> Drawing:
    d = Drawing(width, height)
    d.initialFontName = FONT_NAME  # the renderer starts with it (else Helvetica is embedded)
    d.initialFontSize = font_size
    return d


class _Box:
    """Maps diagram fractions (y down from the front) to drawing points (y up)."""

    def __init__(self, width: float, height: float, mono: bool = False) -> None:
        self.w, self.h = width, height
        self.paints = _MONO if mono else _PAINTS

    def pt(self, x: float, y: float) -> tuple[float, float]:
        return x * self.w, (1 - y) * self.h

    def poly(self, *xy: float, **kw: object) -> Polygon:
        points: list[float] = []
        for i in range(0, len(xy), 2):
            points += self.pt(xy[i], xy[i + 1])
        return Polygon(points, **kw)

    def rect(self, x0: float, y0: float, x1: float, y1: float, r: float = 0, **kw: object) -> Rect:
        left, top = self.pt(x0, y0)
        right, bottom = self.pt(x1, y1)
        return Rect(left, bottom, right - left, top - bottom, rx=r, ry=r, **kw)

    def shape(self, part: diagram.Shape) -> Shape:
        paint = self.paints[part.style]
        kw: dict[str, object] = {
            "strokeColor": paint.stroke,
            "strokeWidth": paint.width,
            "strokeDashArray": paint.dash,
        }
        xy = part.points
        if part.kind == "line":
            return Line(*self.pt(xy[0], xy[1]), *self.pt(xy[2], xy[3]), **kw)
        if part.kind == "poly":
            return self.poly(*xy, fillColor=paint.fill, **kw)
        r = part.radius * self.w if part.kind == "rounded_rect" else paint.corner
        return self.rect(xy[0], xy[1], xy[2], xy[3], r, fillColor=paint.fill, **kw)


def car_top_view(
    width: float,
    marks: Sequence[tuple[Decimal, Decimal, str]],
    captions: tuple[str, str, str, str],
    font_size: float,
    *,
    mono: bool = False,
) -> Drawing:
    """The car seen from above, front up, with numbered damage marks ``(x, y, number)``.
    ``captions``: front, rear, left, right. ``mono``: black and white only (rolls)."""
    height = width / DIAGRAM_ASPECT
    b = _Box(width, height, mono)
    d = _drawing(width, height, font_size)
    d.add(
        Rect(
            0,
            0,
            width,
            height,
            strokeColor=colors.black if mono else colors.Color(0.7, 0.7, 0.7),
            strokeWidth=0.4,
            fillColor=None,
        )
    )
    for part in diagram.CAR:
        d.add(b.shape(part))
    small = max(font_size * 0.85, 8.0) if mono else font_size * 0.85  # rolls: >= 8 pt
    for side, text in zip(("front", "rear", "left", "right"), captions, strict=True):
        cx, cy = b.pt(*diagram.LABELS[side])
        if side in ("front", "rear"):
            cy -= small * 0.35
        d.add(String(cx, cy, text, fontName=FONT_NAME, fontSize=small, textAnchor="middle"))
    radius = max(4.5, font_size * 0.75)
    for mx, my, number in marks:
        cx, cy = b.pt(float(mx), float(my))
        d.add(
            Circle(
                cx, cy, radius, fillColor=colors.black, strokeColor=colors.white, strokeWidth=0.8
            )
        )
        d.add(
            String(
                cx,
                cy - font_size * 0.3,
                number,
                fontName=FONT_NAME,
                fontSize=small,
                fillColor=colors.white,
                textAnchor="middle",
            )
        )
    return d


def fuel_gauge(width: float, level: int, font_size: float, *, mono: bool = False) -> Drawing:
    """A bar from E to F filled to ``level`` percent, with quarter ticks (``mono``: filled
    black, for rolls)."""
    bar_h = font_size * 0.9
    height = bar_h + font_size * 1.2
    d = _drawing(width, height, font_size)
    top = height - bar_h
    d.add(
        Rect(
            0,
            top,
            width * max(0, min(level, 100)) / 100,
            bar_h,
            fillColor=colors.black if mono else colors.Color(0.55, 0.55, 0.55),
            strokeColor=None,
        )
    )
    d.add(Rect(0, top, width, bar_h, fillColor=None, strokeColor=colors.black, strokeWidth=0.6))
    for i, tick in enumerate(("E", "1/4", "1/2", "3/4", "F")):
        x = width * i / 4
        d.add(Line(x, top, x, top - font_size * 0.25, strokeColor=colors.black, strokeWidth=0.5))
        anchor = "start" if i == 0 else "end" if i == 4 else "middle"
        tick_size = max(font_size * 0.75, 8.0) if mono else font_size * 0.75
        d.add(String(x, 0, tick, fontName=FONT_NAME, fontSize=tick_size, textAnchor=anchor))
    return d
