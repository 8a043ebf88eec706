"""The damage diagram on screen uses the printed inspection sheet's box: front of the car at
the top, the same proportions, x and y as fractions of the box; a mark placed at the car's
front left on screen is stored, and printed, at the front left."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from reportlab.graphics.shapes import Circle

from app.domain.enums import DamageType
from app.printing.layout.drawings import DIAGRAM_ASPECT, car_top_view
from ui.reception.damage_diagram import DamageDiagram


@pytest.fixture
def diagram(qtbot):
    widget = DamageDiagram()
    qtbot.addWidget(widget)
    widget.resize(360, 560)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_box_has_the_printed_proportions(diagram):
    area = diagram._area()
    assert area.width() / area.height() == pytest.approx(DIAGRAM_ASPECT, rel=1e-3)
    diagram.resize(700, 400)  # a wide widget: the box keeps its shape, only smaller
    area = diagram._area()
    assert area.width() / area.height() == pytest.approx(DIAGRAM_ASPECT, rel=1e-3)
    assert diagram.rect().contains(area.toRect())


def test_a_mark_at_the_front_left_is_stored_with_small_x_and_small_y(qtbot, diagram):
    area = diagram._area()
    # the front-left corner of the bonnet: 25 % across, 10 % down from the front
    spot = QPoint(round(area.left() + 0.25 * area.width()), round(area.top() + 0.1 * area.height()))
    qtbot.mouseClick(diagram, Qt.MouseButton.LeftButton, pos=spot)
    [(x, y, damage)] = diagram.marks
    assert damage is DamageType.SCRATCH
    assert x == pytest.approx(0.25, abs=0.01) and y == pytest.approx(0.1, abs=0.01)
    # and the arrow keys agree: Up goes towards the front (smaller y), Left to smaller x
    qtbot.keyClick(diagram, Qt.Key.Key_Up)
    qtbot.keyClick(diagram, Qt.Key.Key_Left)
    qtbot.keyClick(diagram, Qt.Key.Key_Return)
    x2, y2, _ = diagram.marks[1]
    assert x2 < x and y2 < y


def test_the_printed_sheet_puts_that_mark_at_the_front_left(diagram):
    width = 110.0
    drawing = car_top_view(
        width, [(Decimal("0.25"), Decimal("0.1"), "1")], ("F", "R", "L", "Rt"), 8
    )
    [mark] = [shape for shape in drawing.contents if isinstance(shape, Circle)]
    height = width / DIAGRAM_ASPECT
    assert mark.cx == pytest.approx(0.25 * width)
    assert mark.cy == pytest.approx(0.9 * height)  # PDF y grows upwards: near the top
