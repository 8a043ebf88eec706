"""Vector drawings on the inspection sheet: the vehicle's top view with damage marks, and
the fuel gauge.

Damage mark coordinates (``DamageMark.x`` / ``.y``) are fractions of the diagram box:
x = 0 at its left edge, 1 at its right edge; y = 0 at its top (the FRONT of the car),
1 at its bottom (the rear). The car is drawn front up, so the driver's left is on the left.
A screen that lets the advisor place marks uses the same box and ``DIAGRAM_ASPECT``.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors

from app.printing.fonts import FONT_NAME

#: width / height of the diagram box
DIAGRAM_ASPECT = 0.55

_BODY = colors.Color(0.97, 0.97, 0.97)
_GLASS = colors.Color(0.86, 0.88, 0.9)
_WHEEL = colors.Color(0.25, 0.25, 0.25)


def _drawing(width: float, height: float, font_size: float) -> Drawing:
    d = Drawing(width, height)
    d.initialFontName = FONT_NAME  # the renderer starts with it (else Helvetica is embedded)
    d.initialFontSize = font_size
    return d


class _Box:
    """Maps diagram fractions (y down from the front) to drawing points (y up)."""

    def __init__(self, width: float, height: float) -> None:
        self.w, self.h = width, height

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


def car_top_view(
    width: float,
    marks: Sequence[tuple[Decimal, Decimal, str]],
    captions: tuple[str, str, str, str],
    font_size: float,
) -> Drawing:
    """The car seen from above, front up, with numbered damage marks ``(x, y, number)``.
    ``captions``: front, rear, left, right."""
    height = width / DIAGRAM_ASPECT
    b = _Box(width, height)
    d = _drawing(width, height, font_size)
    line = {"strokeColor": colors.black, "strokeWidth": 0.8}
    thin = {"strokeColor": colors.black, "strokeWidth": 0.45}
    d.add(
        Rect(
            0,
            0,
            width,
            height,
            strokeColor=colors.Color(0.7, 0.7, 0.7),
            strokeWidth=0.4,
            fillColor=None,
        )
    )
    for x0, x1 in ((0.13, 0.22), (0.78, 0.87)):  # wheels
        for y0, y1 in ((0.19, 0.3), (0.7, 0.81)):
            d.add(b.rect(x0, y0, x1, y1, 1.5, fillColor=_WHEEL, strokeColor=None))
    d.add(
        b.poly(0.2, 0.35, 0.12, 0.33, 0.12, 0.375, 0.2, 0.385, fillColor=_BODY, **thin)
    )  # mirrors
    d.add(b.poly(0.8, 0.35, 0.88, 0.33, 0.88, 0.375, 0.8, 0.385, fillColor=_BODY, **thin))
    d.add(b.rect(0.2, 0.07, 0.8, 0.93, width * 0.1, fillColor=_BODY, **line))  # body
    d.add(b.poly(0.25, 0.33, 0.75, 0.33, 0.7, 0.43, 0.3, 0.43, fillColor=_GLASS, **thin))
    d.add(b.rect(0.3, 0.43, 0.7, 0.71, 2, fillColor=None, **thin))  # roof
    d.add(b.poly(0.3, 0.71, 0.7, 0.71, 0.73, 0.79, 0.27, 0.79, fillColor=_GLASS, **thin))
    for x in (0.235, 0.765):  # side windows / door lines
        d.add(Line(*b.pt(x, 0.4), *b.pt(x, 0.72), **thin))
    for y in (0.555,):  # door split
        d.add(Line(*b.pt(0.2, y), *b.pt(0.3, y), **thin))
        d.add(Line(*b.pt(0.7, y), *b.pt(0.8, y), **thin))
    d.add(Line(*b.pt(0.5, 0.1), *b.pt(0.5, 0.3), strokeDashArray=(2, 2), **thin))  # hood crease
    for x0, x1 in ((0.24, 0.36), (0.64, 0.76)):  # head- and tail-lights
        d.add(b.rect(x0, 0.08, x1, 0.105, 1, fillColor=colors.white, **thin))
        d.add(b.rect(x0, 0.895, x1, 0.92, 1, fillColor=colors.Color(0.8, 0.8, 0.8), **thin))
    small = font_size * 0.85
    front, rear, left, right = captions
    for text, (x, y) in ((front, (0.5, 0.035)), (rear, (0.5, 0.985))):
        cx, cy = b.pt(x, y)
        d.add(
            String(
                cx, cy - small * 0.35, text, fontName=FONT_NAME, fontSize=small, textAnchor="middle"
            )
        )
    for text, (x, y) in ((left, (0.06, 0.55)), (right, (0.94, 0.55))):
        cx, cy = b.pt(x, y)
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
                fontSize=font_size * 0.85,
                fillColor=colors.white,
                textAnchor="middle",
            )
        )
    return d


def fuel_gauge(width: float, level: int, font_size: float) -> Drawing:
    """A bar from E to F filled to ``level`` percent, with quarter ticks."""
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
            fillColor=colors.Color(0.55, 0.55, 0.55),
            strokeColor=None,
        )
    )
    d.add(Rect(0, top, width, bar_h, fillColor=None, strokeColor=colors.black, strokeWidth=0.6))
    for i, tick in enumerate(("E", "1/4", "1/2", "3/4", "F")):
        x = width * i / 4
        d.add(Line(x, top, x, top - font_size * 0.25, strokeColor=colors.black, strokeWidth=0.5))
        anchor = "start" if i == 0 else "end" if i == 4 else "middle"
        d.add(String(x, 0, tick, fontName=FONT_NAME, fontSize=font_size * 0.75, textAnchor=anchor))
    return d
