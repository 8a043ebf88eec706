"""The walk-around diagram's geometry: a car seen from above, front up, in a box.

Positions are fractions of the box: x = 0 at its left edge, 1 at its right edge; y = 0 at
its top (the FRONT of the car), 1 at its bottom (the rear), so the driver's left is on the
left. Damage marks (``DamageMark.x`` / ``.y``) are stored in the same box. The printed
inspection sheet (``app.printing.layout.drawings``) and the screen where the advisor places
marks (``ui.reception.damage_diagram``) both draw the car from :data:`CAR`, each in its own
paint, so a mark lands on the same spot of the car on paper and on screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

#: width / height of the diagram box
DIAGRAM_ASPECT = 0.55

Kind = Literal["rounded_rect", "rect", "poly", "line"]
#: how a part is painted; each renderer maps these to its colours, pens and small roundings
Style = Literal["body", "mirror", "glass", "wheel", "line", "crease", "light", "tail_light"]


@dataclass(frozen=True)
class Shape:
    """One part of the car.

    ``points``: for a rect, its corners ``(x0, y0, x1, y1)``; for a line, its ends; for a
    polygon, its corners ``(x, y, x, y, ...)`` (closed). A ``rounded_rect``'s corner radius
    is ``radius`` times the box width; a plain ``rect``'s corners are the renderer's to round
    a little, by style.
    """

    kind: Kind
    points: tuple[float, ...]
    style: Style
    radius: float = 0.0


def _rect(x0: float, y0: float, x1: float, y1: float, style: Style) -> Shape:
    return Shape("rect", (x0, y0, x1, y1), style)


def _line(x0: float, y0: float, x1: float, y1: float, style: Style = "line") -> Shape:
    return Shape("line", (x0, y0, x1, y1), style)


#: the car, in drawing order (later parts paint over earlier ones where they are filled)
CAR: tuple[Shape, ...] = (
    *(  # wheels
        _rect(x0, y0, x1, y1, "wheel")
        for x0, x1 in ((0.13, 0.22), (0.78, 0.87))
        for y0, y1 in ((0.19, 0.3), (0.7, 0.81))
    ),
    Shape("poly", (0.2, 0.35, 0.12, 0.33, 0.12, 0.375, 0.2, 0.385), "mirror"),
    Shape("poly", (0.8, 0.35, 0.88, 0.33, 0.88, 0.375, 0.8, 0.385), "mirror"),
    Shape("rounded_rect", (0.2, 0.07, 0.8, 0.93), "body", radius=0.1),
    Shape("poly", (0.25, 0.33, 0.75, 0.33, 0.7, 0.43, 0.3, 0.43), "glass"),  # windscreen
    _rect(0.3, 0.43, 0.7, 0.71, "line"),  # roof
    Shape("poly", (0.3, 0.71, 0.7, 0.71, 0.73, 0.79, 0.27, 0.79), "glass"),  # rear window
    _line(0.235, 0.4, 0.235, 0.72),  # side windows / door lines
    _line(0.765, 0.4, 0.765, 0.72),
    _line(0.2, 0.555, 0.3, 0.555),  # door split
    _line(0.7, 0.555, 0.8, 0.555),
    _line(0.5, 0.1, 0.5, 0.3, "crease"),  # bonnet crease
    _rect(0.24, 0.08, 0.36, 0.105, "light"),  # headlights
    _rect(0.64, 0.08, 0.76, 0.105, "light"),
    _rect(0.24, 0.895, 0.36, 0.92, "tail_light"),
    _rect(0.64, 0.895, 0.76, 0.92, "tail_light"),
)

#: where the captions stand (their centre), by the side of the car they name
LABELS: dict[str, tuple[float, float]] = {
    "front": (0.5, 0.035),
    "rear": (0.5, 0.975),
    "left": (0.06, 0.55),
    "right": (0.94, 0.55),
}
