"""What was said and seen at intake, as one read-only block for whoever works on the order.

The workshop notes, what the customer asked for (old parts back, wash, waiting on site),
the readings (mileage, fuel or battery), what was left with us, the promised time, the
walk-around checklist with the damaged, missing and attention items first and marked, and
the damage marks named by where they are on the car ("front bumper: scratch").

The workshop's job panel and the reception's order panel fill it from an order
(:func:`facts_of_order`); the intake's confirm step from what is being typed (it builds a
:class:`Facts` itself). Rows with nothing to say are hidden; the customer's requests always
say yes or no, so "no old parts kept" is as plain as "keep the old parts".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from app.domain.enums import AssetKind, DamageType, InspectionResult
from app.services.views import OrderDetail
from ui.common import format as fmt
from ui.common import labels, lang

CONTEXT = "IntakeFacts"

#: how a flagged checklist result is marked: symbol and colour (the OK ones are summed up)
RESULT_MARKS: dict[InspectionResult, tuple[str, str]] = {
    InspectionResult.DAMAGED: ("✖", "#c62828"),
    InspectionResult.MISSING: ("✖", "#6a1b9a"),
    InspectionResult.ATTENTION: ("▲", "#e65100"),
    InspectionResult.OK: ("✓", "#607d8b"),
}
MUTED = "#78909c"

#: the parts of the car on the walk-around diagram (app.domain.diagram: x from the car's left
#: to its right, y from the front to the rear), the first that holds a mark names it
_REGIONS: tuple[tuple[float, float, float, float, str], ...] = (
    (0.13, 0.19, 0.22, 0.30, "left front wheel"),
    (0.78, 0.19, 0.87, 0.30, "right front wheel"),
    (0.13, 0.70, 0.22, 0.81, "left rear wheel"),
    (0.78, 0.70, 0.87, 0.81, "right rear wheel"),
    (0.00, 0.32, 0.20, 0.40, "left mirror"),
    (0.80, 0.32, 1.00, 0.40, "right mirror"),
    (0.00, 0.00, 1.00, 0.12, "front bumper"),
    (0.00, 0.88, 1.00, 1.00, "rear bumper"),
    (0.30, 0.12, 0.70, 0.33, "bonnet"),
    (0.00, 0.12, 0.30, 0.40, "left front wing"),
    (0.70, 0.12, 1.00, 0.40, "right front wing"),
    (0.30, 0.33, 0.70, 0.43, "windscreen"),
    (0.30, 0.43, 0.70, 0.71, "roof"),
    (0.27, 0.71, 0.73, 0.79, "rear window"),
    (0.30, 0.79, 0.70, 0.88, "boot lid"),
    (0.00, 0.40, 0.50, 0.555, "left front door"),
    (0.50, 0.40, 1.00, 0.555, "right front door"),
    (0.00, 0.555, 0.50, 0.72, "left rear door"),
    (0.50, 0.555, 1.00, 0.72, "right rear door"),
    (0.00, 0.72, 0.50, 0.88, "left rear wing"),
    (0.50, 0.72, 1.00, 0.88, "right rear wing"),
)


def region_name(x: float, y: float) -> str:
    """Where a mark at (``x``, ``y``) of the diagram box is on the car, in the user's
    language ("front bumper")."""
    for x0, y0, x1, y1, key in _REGIONS:
        if x0 <= x <= x1 and y0 <= y <= y1:
            return _region_text(key)
    return _region_text("body")


def _region_text(key: str) -> str:
    return QCoreApplication.translate(CONTEXT, _REGION_TEXTS[key])


_REGION_TEXTS = {
    "left front wheel": QT_TRANSLATE_NOOP("IntakeFacts", "Left front wheel"),
    "right front wheel": QT_TRANSLATE_NOOP("IntakeFacts", "Right front wheel"),
    "left rear wheel": QT_TRANSLATE_NOOP("IntakeFacts", "Left rear wheel"),
    "right rear wheel": QT_TRANSLATE_NOOP("IntakeFacts", "Right rear wheel"),
    "left mirror": QT_TRANSLATE_NOOP("IntakeFacts", "Left mirror"),
    "right mirror": QT_TRANSLATE_NOOP("IntakeFacts", "Right mirror"),
    "front bumper": QT_TRANSLATE_NOOP("IntakeFacts", "Front bumper"),
    "rear bumper": QT_TRANSLATE_NOOP("IntakeFacts", "Rear bumper"),
    "bonnet": QT_TRANSLATE_NOOP("IntakeFacts", "Bonnet"),
    "left front wing": QT_TRANSLATE_NOOP("IntakeFacts", "Left front wing"),
    "right front wing": QT_TRANSLATE_NOOP("IntakeFacts", "Right front wing"),
    "windscreen": QT_TRANSLATE_NOOP("IntakeFacts", "Windscreen"),
    "roof": QT_TRANSLATE_NOOP("IntakeFacts", "Roof"),
    "rear window": QT_TRANSLATE_NOOP("IntakeFacts", "Rear window"),
    "boot lid": QT_TRANSLATE_NOOP("IntakeFacts", "Boot lid"),
    "left front door": QT_TRANSLATE_NOOP("IntakeFacts", "Left front door"),
    "right front door": QT_TRANSLATE_NOOP("IntakeFacts", "Right front door"),
    "left rear door": QT_TRANSLATE_NOOP("IntakeFacts", "Left rear door"),
    "right rear door": QT_TRANSLATE_NOOP("IntakeFacts", "Right rear door"),
    "left rear wing": QT_TRANSLATE_NOOP("IntakeFacts", "Left rear wing"),
    "right rear wing": QT_TRANSLATE_NOOP("IntakeFacts", "Right rear wing"),
    "body": QT_TRANSLATE_NOOP("IntakeFacts", "Body"),
}


@dataclass(frozen=True)
class Check:
    """One answered checklist item: its label in the user's language, result and note."""

    label: str
    result: InspectionResult
    note: str = ""


@dataclass(frozen=True)
class Mark:
    x: float
    y: float
    damage: DamageType
    note: str = ""


@dataclass(frozen=True)
class Facts:
    """What intake recorded, ready to show; ``checklist`` already flagged first."""

    kind: AssetKind
    notes: str = ""
    keep_old_parts: bool = False
    wash: bool = False
    waits_on_site: bool = False
    mileage_in: int | None = None
    fuel_level: int | None = None
    accessories: str = ""
    valuables: str = ""
    promised_at: datetime | None = None
    inspected: bool = False
    checklist: tuple[Check, ...] = ()
    marks: tuple[Mark, ...] = ()


def facts_of_order(detail: OrderDetail) -> Facts:
    o = detail.order
    return Facts(
        kind=detail.asset.kind,
        notes=o.notes or "",
        keep_old_parts=o.keep_old_parts,
        wash=o.wash,
        waits_on_site=o.waits_on_site,
        mileage_in=o.mileage_in,
        fuel_level=o.fuel_level,
        accessories=o.accessories_left or "",
        valuables=o.valuables_left or "",
        promised_at=o.promised_at,
        inspected=detail.inspection is not None,
        checklist=tuple(
            Check(lang.pick(i.label_zh, i.label_en), i.result, i.note or "")
            for i in detail.checklist
        ),
        marks=tuple(
            Mark(float(m.x), float(m.y), m.damage, m.note or "") for m in detail.damage_marks
        ),
    )


def _span(text: str, colour: str, bold: bool = False) -> str:
    weight = "font-weight:600;" if bold else ""
    return f"<span style='color:{colour};{weight}'>{escape(text)}</span>"


class IntakeFacts(QWidget):
    """The block; ``set_facts(None)`` empties it. Rows go into ``form`` when given (to line
    up with the rows of the panel around it), else into the block's own form."""

    KEYS = ("notes", "requests", "checklist", "marks", "readings", "left", "promised")

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        form: QFormLayout | None = None,
        promised: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("intakeFacts")
        self.form = form if form is not None else QFormLayout(self)
        if form is None:
            self.form.setContentsMargins(0, 0, 0, 0)
        self._with_promised = promised
        self._values: dict[str, QLabel] = {}
        self._names: dict[str, QLabel] = {}
        for key in self.KEYS:
            if key == "promised" and not promised:
                continue
            name = QLabel()
            if form is None:
                name.setObjectName("factName")  # the desks' look of a fact's name
            value = QLabel()
            value.setObjectName(f"intake_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if key in ("requests", "checklist", "marks"):
                value.setTextFormat(Qt.TextFormat.RichText)
            else:
                value.setTextFormat(Qt.TextFormat.PlainText)
            if key == "notes":
                value.setStyleSheet("background: #fff8e1; padding: 2px 4px;")
            self.form.addRow(name, value)
            self._names[key] = name
            self._values[key] = value
        self.facts: Facts | None = None
        self.set_facts(None)

    # --- for callers and tests ---
    def value(self, key: str) -> QLabel:
        return self._values[key]

    def label(self, key: str) -> QLabel:
        return self._names[key]

    def shown(self, key: str) -> bool:
        return key in self._values and not self._values[key].isHidden()

    def text(self) -> str:
        """Everything shown, as plain lines "name value" (for reading aloud or a test)."""
        out = []
        for key, value in self._values.items():
            if self.shown(key):
                plain = value.text()
                if value.textFormat() == Qt.TextFormat.RichText:
                    plain = _plain(plain)
                out.append(f"{self._names[key].text()} {plain}")
        return "\n".join(out)

    # --- filling ---
    def set_facts(self, facts: Facts | None) -> None:
        self.facts = facts
        for key, name in self._names.items():
            name.setText(self._name(key, facts))
        for key, value in self._values.items():
            text = self._text(key, facts) if facts is not None else ""
            value.setText(text)
            self._set_row_shown(key, bool(text))
        if facts is not None:
            ok = [c.label for c in facts.checklist if c.result is InspectionResult.OK]
            self._values["checklist"].setToolTip(", ".join(ok))

    def _set_row_shown(self, key: str, shown: bool) -> None:
        self.form.setRowVisible(self._values[key], shown)

    def _name(self, key: str, facts: Facts | None) -> str:
        kind = facts.kind if facts is not None else AssetKind.VEHICLE
        if key == "notes":
            return self.tr("Workshop notes:")
        if key == "requests":
            return self.tr("Customer asks:")
        if key == "readings":
            return self.tr("At intake:")
        if key == "left":
            return (
                self.tr("Left in the vehicle:")
                if kind is AssetKind.VEHICLE
                else self.tr("Left with it:")
            )
        if key == "promised":
            return self.tr("Promised:")
        if key == "checklist":
            return self.tr("Checklist:")
        return self.tr("Damage marks:")

    def _text(self, key: str, f: Facts) -> str:
        if key == "notes":
            return f.notes
        if key == "requests":
            return self._requests(f)
        if key == "readings":
            return self._readings(f)
        if key == "left":
            parts = []
            if f.valuables:
                parts.append(self.tr("Valuables: %1").replace("%1", f.valuables))
            if f.accessories:
                parts.append(self.tr("Accessories: %1").replace("%1", f.accessories))
            return "\n".join(parts)
        if key == "promised":
            when = fmt.local_time(f.promised_at) or "—"
            return when
        if key == "checklist":
            return self._checklist(f)
        return self._marks(f)

    def _requests(self, f: Facts) -> str:
        said = (
            (f.keep_old_parts, self.tr("Keep the old parts"), self.tr("old parts not kept")),
            (f.wash, self.tr("Wash"), self.tr("no wash")),
            (f.waits_on_site, self.tr("Waits on site"), self.tr("does not wait")),
        )
        return " · ".join(
            _span(yes, "#1b5e20", bold=True) if flag else _span(no, MUTED) for flag, yes, no in said
        )

    def _readings(self, f: Facts) -> str:
        parts = []
        if f.mileage_in is not None:
            parts.append(self.tr("%1 km").replace("%1", f"{f.mileage_in:,}"))
        if f.fuel_level is not None:
            level = self.tr("fuel %1%") if f.kind is AssetKind.VEHICLE else self.tr("battery %1%")
            parts.append(level.replace("%1", str(f.fuel_level)))
        return " · ".join(parts)

    def _checklist(self, f: Facts) -> str:
        if not f.inspected and not f.checklist:
            return _span(self.tr("no walk-around recorded"), MUTED)
        lines = []
        ok = 0
        for check in f.checklist:
            if check.result is InspectionResult.OK:
                ok += 1
                continue
            symbol, colour = RESULT_MARKS[check.result]
            head = f"{symbol} {check.label} · {labels.name(check.result)}"
            line = _span(head, colour, bold=True)
            if check.note:
                line += " — " + escape(check.note)
            lines.append(line)
        if ok:
            symbol, colour = RESULT_MARKS[InspectionResult.OK]
            text = (
                self.tr("%n item(s) OK", "", ok) if lines else self.tr("all %n item(s) OK", "", ok)
            )
            lines.append(_span(f"{symbol} {text}", colour))
        if not lines:
            lines.append(_span(self.tr("no items answered"), MUTED))
        return "<br>".join(lines)

    def _marks(self, f: Facts) -> str:
        if not f.marks:
            if f.kind is AssetKind.VEHICLE and f.inspected:
                return _span(self.tr("none"), MUTED)
            return ""
        lines = []
        for n, mark in enumerate(f.marks, 1):
            where = region_name(mark.x, mark.y) if f.kind is AssetKind.VEHICLE else ""
            what = labels.name(mark.damage)
            text = self.tr("%1: %2").replace("%1", where).replace("%2", what) if where else what
            line = f"{n}. " + _span(text, "#c62828")
            if mark.note:
                line += " — " + escape(mark.note)
            lines.append(line)
        return "<br>".join(lines)


def _plain(html: str) -> str:
    """``html`` (the block's own simple markup) as plain text."""
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()
