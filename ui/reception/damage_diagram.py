"""The walk-around diagram: a top view of a car on which damage is marked.

Click, or move the cross with the arrow keys (Shift: bigger steps) and press Enter or Space,
to place a mark of the current damage type; the letter keys S D C H R M O choose the type;
Delete/Backspace removes the mark nearest the cross. Positions are fractions (0..1) of the
diagram box, the way the inspection stores them and the printed inspection sheet draws them
(``app.printing.layout.drawings``): x = 0 at the left edge, y = 0 at the FRONT of the car,
the car drawn front up, the box ``DIAGRAM_ASPECT`` wide per unit of height, and the car's
parts at the same fractions as on paper, so a mark lands on the same spot of the car there.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.domain.enums import DamageType
from app.printing.layout.drawings import DIAGRAM_ASPECT
from ui.common import labels

KEYS: dict[int, DamageType] = {
    Qt.Key.Key_S: DamageType.SCRATCH,
    Qt.Key.Key_D: DamageType.DENT,
    Qt.Key.Key_C: DamageType.CRACK,
    Qt.Key.Key_H: DamageType.CHIP,
    Qt.Key.Key_R: DamageType.RUST,
    Qt.Key.Key_M: DamageType.MISSING,
    Qt.Key.Key_O: DamageType.OTHER,
}
COLOURS: dict[DamageType, str] = {
    DamageType.SCRATCH: "#e53935",
    DamageType.DENT: "#1e88e5",
    DamageType.CRACK: "#8e24aa",
    DamageType.CHIP: "#fb8c00",
    DamageType.RUST: "#6d4c41",
    DamageType.MISSING: "#000000",
    DamageType.OTHER: "#546e7a",
}
LETTERS: dict[DamageType, str] = {
    DamageType.SCRATCH: "S",
    DamageType.DENT: "D",
    DamageType.CRACK: "C",
    DamageType.CHIP: "H",
    DamageType.RUST: "R",
    DamageType.MISSING: "M",
    DamageType.OTHER: "O",
}
STEP, BIG_STEP = 0.025, 0.1


def _at(r: QRectF, x: float, y: float) -> QPointF:
    return QPointF(r.left() + x * r.width(), r.top() + y * r.height())


def _box(r: QRectF, x0: float, y0: float, x1: float, y1: float) -> QRectF:
    return QRectF(_at(r, x0, y0), _at(r, x1, y1))


def _poly(r: QRectF, *xy: float) -> QPolygonF:
    return QPolygonF([_at(r, xy[i], xy[i + 1]) for i in range(0, len(xy), 2)])


def car_outline(r: QRectF) -> QPainterPath:
    """The car seen from above, front up, fitted into the diagram box ``r``; every part at
    the fractions the printed sheet uses (``app.printing.layout.drawings.car_top_view``)."""
    path = QPainterPath()
    radius = r.width() * 0.1
    path.addRoundedRect(_box(r, 0.2, 0.07, 0.8, 0.93), radius, radius)  # body
    for x0, x1 in ((0.13, 0.22), (0.78, 0.87)):  # wheels
        for y0, y1 in ((0.19, 0.3), (0.7, 0.81)):
            path.addRoundedRect(_box(r, x0, y0, x1, y1), 2, 2)
    path.addPolygon(_poly(r, 0.2, 0.35, 0.12, 0.33, 0.12, 0.375, 0.2, 0.385))  # mirrors
    path.addPolygon(_poly(r, 0.8, 0.35, 0.88, 0.33, 0.88, 0.375, 0.8, 0.385))
    path.addPolygon(_poly(r, 0.25, 0.33, 0.75, 0.33, 0.7, 0.43, 0.3, 0.43, 0.25, 0.33))
    path.addRoundedRect(_box(r, 0.3, 0.43, 0.7, 0.71), 2, 2)  # roof
    path.addPolygon(_poly(r, 0.3, 0.71, 0.7, 0.71, 0.73, 0.79, 0.27, 0.79, 0.3, 0.71))
    for x in (0.235, 0.765):  # side windows / door lines
        path.moveTo(_at(r, x, 0.4))
        path.lineTo(_at(r, x, 0.72))
    for x0, x1 in ((0.2, 0.3), (0.7, 0.8)):  # door split
        path.moveTo(_at(r, x0, 0.555))
        path.lineTo(_at(r, x1, 0.555))
    for x0, x1 in ((0.24, 0.36), (0.64, 0.76)):  # head- and tail-lights
        path.addRect(_box(r, x0, 0.08, x1, 0.105))
        path.addRect(_box(r, x0, 0.895, x1, 0.92))
    return path


class DamageDiagram(QWidget):
    """Emits ``marks_changed`` after a mark is placed or removed."""

    marks_changed = Signal()
    damage_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("damageDiagram")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(220, 300)
        self.marks: list[tuple[float, float, DamageType]] = []
        self.cross: tuple[float, float] = (0.5, 0.5)  # where Enter places a mark
        self.damage = DamageType.SCRATCH
        self.setAccessibleName(self.tr("Damage diagram"))

    def sizeHint(self) -> QSize:
        return QSize(280, 420)

    # --- data ---
    def set_marks(self, marks: list[tuple[float, float, DamageType]]) -> None:
        self.marks = list(marks)
        self.update()

    def set_damage(self, damage: DamageType) -> None:
        if damage is not self.damage:
            self.damage = damage
            self.damage_changed.emit(damage)
            self.update()

    def place(self, x: float, y: float) -> None:
        self.marks.append(
            (round(min(max(x, 0.0), 1.0), 4), round(min(max(y, 0.0), 1.0), 4), self.damage)
        )
        self.marks_changed.emit()
        self.update()

    def remove_nearest(self) -> None:
        if not self.marks:
            return
        cx, cy = self.cross
        nearest = min(
            range(len(self.marks)),
            key=lambda i: (self.marks[i][0] - cx) ** 2 + (self.marks[i][1] - cy) ** 2,
        )
        del self.marks[nearest]
        self.marks_changed.emit()
        self.update()

    # --- geometry ---
    def _area(self) -> QRectF:
        """The diagram box: the printed sheet's proportions, above the legend line."""
        r = QRectF(self.rect()).adjusted(8, 8, -8, -28)
        w = min(r.width(), r.height() * DIAGRAM_ASPECT)
        h = w / DIAGRAM_ASPECT
        return QRectF(r.center().x() - w / 2, r.center().y() - h / 2, w, h)

    def to_fraction(self, pos: QPointF) -> tuple[float, float] | None:
        """Where ``pos`` (widget pixels) lies on the diagram, or ``None`` if outside it."""
        a = self._area()
        if not a.contains(pos):
            return None
        return (pos.x() - a.left()) / a.width(), (pos.y() - a.top()) / a.height()

    def _to_point(self, x: float, y: float) -> QPointF:
        a = self._area()
        return QPointF(a.left() + x * a.width(), a.top() + y * a.height())

    # --- events ---
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        area = self._area()
        p.setPen(QPen(QColor("#cfd8dc"), 1))
        p.drawRect(area)
        p.setPen(QPen(QColor("#90a4ae"), 2))
        p.drawPath(car_outline(area))
        p.setPen(QPen(QColor("#90a4ae"), 1, Qt.PenStyle.DashLine))
        p.drawLine(_at(area, 0.5, 0.1), _at(area, 0.5, 0.3))  # bonnet crease
        p.setPen(QColor("#78909c"))
        for text, (x, y) in (
            (self.tr("front"), (0.5, 0.035)),
            (self.tr("rear"), (0.5, 0.975)),
            (self.tr("left"), (0.06, 0.55)),
            (self.tr("right"), (0.94, 0.55)),
        ):
            centre = _at(area, x, y)
            p.drawText(
                QRectF(centre.x() - 40, centre.y() - 9, 80, 18), Qt.AlignmentFlag.AlignCenter, text
            )
        font = p.font()
        font.setBold(True)
        p.setFont(font)
        for x, y, damage in self.marks:
            pt = self._to_point(x, y)
            colour = QColor(COLOURS[damage])
            p.setPen(QPen(colour, 2))
            p.setBrush(QColor(colour.red(), colour.green(), colour.blue(), 60))
            p.drawEllipse(pt, 11, 11)
            p.drawText(
                QRectF(pt.x() - 11, pt.y() - 11, 22, 22),
                Qt.AlignmentFlag.AlignCenter,
                LETTERS[damage],
            )
        if self.hasFocus():
            pt = self._to_point(*self.cross)
            p.setPen(QPen(QColor(COLOURS[self.damage]), 1.5, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawLine(QPointF(pt.x() - 16, pt.y()), QPointF(pt.x() + 16, pt.y()))
            p.drawLine(QPointF(pt.x(), pt.y() - 16), QPointF(pt.x(), pt.y() + 16))
            p.drawEllipse(pt, 6, 6)
        p.setPen(QColor("#546e7a"))
        legend = f"{LETTERS[self.damage]} = {labels.name(self.damage)}"
        p.drawText(
            QRectF(8, self.height() - 22, self.width() - 16, 18), Qt.AlignmentFlag.AlignLeft, legend
        )
        p.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        spot = self.to_fraction(event.position())
        if spot is not None:
            self.cross = spot
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.place(*spot)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        step = BIG_STEP if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else STEP
        x, y = self.cross
        moves = {
            Qt.Key.Key_Left: (-step, 0.0),
            Qt.Key.Key_Right: (step, 0.0),
            Qt.Key.Key_Up: (0.0, -step),
            Qt.Key.Key_Down: (0.0, step),
        }
        if key in moves and not event.modifiers() & Qt.KeyboardModifier.AltModifier:
            dx, dy = moves[Qt.Key(key)]
            self.cross = (min(max(x + dx, 0.0), 1.0), min(max(y + dy, 0.0), 1.0))
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and not (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.place(x, y)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_nearest()
        elif key in KEYS and not event.modifiers():
            self.set_damage(KEYS[Qt.Key(key)])
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)
