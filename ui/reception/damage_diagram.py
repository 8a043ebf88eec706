"""The walk-around diagram: a top view of a car on which damage is marked.

Click, or move the cross with the arrow keys (Shift: bigger steps) and press Enter or Space,
to place a mark of the current damage type; the letter keys S D C H R M O choose the type;
Delete/Backspace removes the mark nearest the cross. Positions are fractions (0..1) of the
drawing, the way the inspection stores them.
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
)
from PySide6.QtWidgets import QSizePolicy, QWidget

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


def car_outline(r: QRectF) -> QPainterPath:
    """A simple top view of a car, nose up, fitted into ``r``."""
    w, h = r.width(), r.height()
    x0, y0 = r.left(), r.top()
    body = QPainterPath()
    body.addRoundedRect(
        QRectF(x0 + w * 0.22, y0 + h * 0.04, w * 0.56, h * 0.92), w * 0.14, w * 0.14
    )
    # windscreen, rear window and roof
    body.addRoundedRect(QRectF(x0 + w * 0.29, y0 + h * 0.27, w * 0.42, h * 0.12), 8, 8)
    body.addRoundedRect(QRectF(x0 + w * 0.30, y0 + h * 0.70, w * 0.40, h * 0.09), 8, 8)
    body.addRect(QRectF(x0 + w * 0.31, y0 + h * 0.41, w * 0.38, h * 0.27))
    # bonnet line and boot line
    body.moveTo(x0 + w * 0.30, y0 + h * 0.10)
    body.quadTo(x0 + w * 0.5, y0 + h * 0.07, x0 + w * 0.70, y0 + h * 0.10)
    body.moveTo(x0 + w * 0.30, y0 + h * 0.90)
    body.quadTo(x0 + w * 0.5, y0 + h * 0.93, x0 + w * 0.70, y0 + h * 0.90)
    # wheels
    for wx in (0.15, 0.78):
        for wy in (0.14, 0.70):
            body.addRoundedRect(QRectF(x0 + w * wx, y0 + h * wy, w * 0.07, h * 0.15), 4, 4)
    # mirrors
    body.addEllipse(QRectF(x0 + w * 0.15, y0 + h * 0.33, w * 0.07, h * 0.04))
    body.addEllipse(QRectF(x0 + w * 0.78, y0 + h * 0.33, w * 0.07, h * 0.04))
    return body


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
        self.cursor = (0.5, 0.5)
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
        cx, cy = self.cursor
        nearest = min(
            range(len(self.marks)),
            key=lambda i: (self.marks[i][0] - cx) ** 2 + (self.marks[i][1] - cy) ** 2,
        )
        del self.marks[nearest]
        self.marks_changed.emit()
        self.update()

    # --- geometry ---
    def _area(self) -> QRectF:
        r = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        # keep the car's proportions (1 : 1.6)
        w = min(r.width(), r.height() / 1.6)
        h = w * 1.6
        return QRectF(r.center().x() - w / 2, r.center().y() - h / 2, w, h)

    def _to_point(self, x: float, y: float) -> QPointF:
        a = self._area()
        return QPointF(a.left() + x * a.width(), a.top() + y * a.height())

    # --- events ---
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        area = self._area()
        p.setPen(QPen(QColor("#90a4ae"), 2))
        p.drawPath(car_outline(area))
        p.setPen(QColor("#90a4ae"))
        p.drawText(
            QRectF(area.left(), area.top() - 2, area.width(), 14),
            Qt.AlignmentFlag.AlignHCenter,
            self.tr("front"),
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
            pt = self._to_point(*self.cursor)
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
        a = self._area()
        pos = event.position()
        if a.contains(pos):
            x = (pos.x() - a.left()) / a.width()
            y = (pos.y() - a.top()) / a.height()
            self.cursor = (x, y)
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.place(x, y)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        step = BIG_STEP if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else STEP
        x, y = self.cursor
        moves = {
            Qt.Key.Key_Left: (-step, 0.0),
            Qt.Key.Key_Right: (step, 0.0),
            Qt.Key.Key_Up: (0.0, -step),
            Qt.Key.Key_Down: (0.0, step),
        }
        if key in moves and not event.modifiers() & Qt.KeyboardModifier.AltModifier:
            dx, dy = moves[Qt.Key(key)]
            self.cursor = (min(max(x + dx, 0.0), 1.0), min(max(y + dy, 0.0), 1.0))
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
