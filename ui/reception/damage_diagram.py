"""The walk-around diagram: a top view of a car on which damage is marked.

Click, or move the cross with the arrow keys (Shift: bigger steps) and press Enter or Space,
to place a mark of the current damage type; the letter keys S D C H R M O choose the type;
Delete/Backspace removes the mark nearest the cross. Positions are fractions (0..1) of the
diagram box, the way the inspection stores them: the box and the car are
:mod:`app.domain.diagram`, the same the printed inspection sheet draws, so a mark lands on
the same spot of the car there. This module paints them in outline for the screen.
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

from app.domain.diagram import CAR, DIAGRAM_ASPECT, LABELS
from app.domain.enums import DamageType
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


def _closed_poly(r: QRectF, *xy: float) -> QPolygonF:
    corners = [_at(r, xy[i], xy[i + 1]) for i in range(0, len(xy), 2)]
    return QPolygonF([*corners, corners[0]])


#: rounding of a plain rect's corners on screen, pixels, by style (other rects are square)
CORNERS = {"wheel": 2.0, "line": 2.0}


def car_outline(r: QRectF, *, creases: bool = False) -> QPainterPath:
    """The car (:data:`app.domain.diagram.CAR`) fitted into the diagram box ``r``, as one
    path to stroke: every part but the creases, or (``creases``) only the creases."""
    path = QPainterPath()
    for part in CAR:
        if (part.style == "crease") != creases:
            continue
        xy = part.points
        if part.kind == "line":
            path.moveTo(_at(r, xy[0], xy[1]))
            path.lineTo(_at(r, xy[2], xy[3]))
        elif part.kind == "poly":
            path.addPolygon(_closed_poly(r, *xy))
        else:
            box = _box(r, xy[0], xy[1], xy[2], xy[3])
            radius = (
                part.radius * r.width()
                if part.kind == "rounded_rect"
                else CORNERS.get(part.style, 0.0)
            )
            if radius:
                path.addRoundedRect(box, radius, radius)
            else:
                path.addRect(box)
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
        p.drawPath(car_outline(area, creases=True))
        p.setPen(QColor("#78909c"))
        captions = {
            "front": self.tr("front"),
            "rear": self.tr("rear"),
            "left": self.tr("left"),
            "right": self.tr("right"),
        }
        for side, text in captions.items():
            centre = _at(area, *LABELS[side])
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
