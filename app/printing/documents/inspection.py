"""Inspection sheet (环车检查单 / 预检单): the walk-around record the customer signs.

Vehicles: the top-view diagram with numbered damage marks and their legend. Every asset
kind: the checklist results, fuel level, mileage, items left in the vehicle or device.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from app.domain.enums import AssetKind, InspectionResult
from app.printing.context import DocContext
from app.printing.documents.common import asset_fields, customer_fields
from app.printing.layout import blocks
from app.printing.layout import formatting as fmt
from app.printing.layout.blocks import Field, Item
from app.printing.layout.drawings import car_top_view, fuel_gauge

TITLE = "title.inspection"


def unavailable(d: DocContext) -> tuple[str, str] | None:
    if d.detail.inspection is None:
        return "no_inspection", "no inspection was recorded for this order"
    return None


def _legend(d: DocContext, width: float) -> Flowable:
    L = d.labels
    inspection = d.detail.inspection
    assert inspection is not None
    marks = inspection.marks
    if not marks:
        return blocks.para(d, L("no_damage"))
    return blocks.grid(
        d,
        [L.head("col_no"), L.head("col_damage"), L.head("col_note")],
        [[str(i), L.enum(m.damage), m.note or ""] for i, m in enumerate(marks, 1)],
        [0.07, 0.3, 0.63],
        "cll",
        total_width=width,
    )


def _drawing(d: DocContext, width: float) -> Flowable:
    L = d.labels
    inspection = d.detail.inspection
    assert inspection is not None
    return car_top_view(
        width,
        [(m.x, m.y, str(i)) for i, m in enumerate(inspection.marks, 1)],
        (L("front"), L("rear"), L("left"), L("right")),
        d.paper.font_size,
        mono=d.paper.roll,
    )


def _checklist(d: DocContext, width: float) -> Flowable:
    L = d.labels
    inspection = d.detail.inspection
    assert inspection is not None
    items = inspection.items
    if d.paper.narrow:
        return blocks.items(
            d,
            [
                Item(L.pick(i.label_zh, i.label_en), i.note or "", _result(d, i.result))
                for i in items
            ],
        )
    return blocks.grid(
        d,
        [L.head("col_no"), L.head("col_check"), L.head("col_result"), L.head("col_note")],
        [
            [str(n), L.pick(i.label_zh, i.label_en), _result(d, i.result), i.note or ""]
            for n, i in enumerate(items, 1)
        ],
        [0.07, 0.3, 0.15, 0.48],
        "clll",
        total_width=width,
    )


def _marks_and_checklist(d: DocContext) -> list[Flowable]:
    """Vehicles on A4/A5: the car on the left; the damage legend and the checklist beside
    it, so the whole walk-around (and the signatures under it) fits one page. Rolls (and
    other assets): one under the other."""
    L = d.labels
    fw = d.paper.frame_width
    vehicle = d.asset.kind is AssetKind.VEHICLE
    width = min(fw * 0.3, 52 * mm)
    right_w = fw - width - 5 * mm
    if not d.paper.narrow and vehicle:
        right: list[Flowable] = [
            _legend(d, right_w),
            *blocks.section(d, L("checklist")),
            _checklist(d, right_w),
        ]
        drawing = _drawing(d, width)
        tall = sum(f.wrap(right_w, 1e6)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in right)
        # beside the car while that fits half a page (always, with the notes of a real
        # walk-around); very long notes: one under the other, where every part can split
        if tall <= max(drawing.height * 1.5, (d.paper.height or 0) * 0.5):
            side = Table([[drawing, right]], colWidths=[width + 5 * mm, right_w])
            side.setStyle(blocks.TIGHT)
            return [*blocks.section(d, L("damage_diagram")), side]
    out: list[Flowable] = []
    if vehicle:
        share = 0.6 if d.paper.narrow else 0.45
        holder = Table([[_drawing(d, min(fw * share, 80 * mm))]], colWidths=[fw])
        holder.setStyle([*blocks.TIGHT, ("ALIGN", (0, 0), (-1, -1), "CENTER")])
        out += blocks.section(d, L("damage_diagram"))
        out += [holder, blocks.gap(d, 0.4), _legend(d, fw)]
    out += blocks.section(d, L("checklist"))
    out.append(_checklist(d, fw))
    return out


def _result(d: DocContext, result: InspectionResult) -> str:
    mark = {InspectionResult.OK: "✓", InspectionResult.ATTENTION: "!"}.get(result, "×")
    return f"{mark} {d.labels.enum(result)}"


def build(d: DocContext) -> list[Flowable]:
    L, o = d.labels, d.order
    inspection = d.detail.inspection
    assert inspection is not None
    out = blocks.header(
        d,
        L.kind_word(TITLE, d.asset.kind.value),
        [(L("order_no"), o.number), (L("inspected_at"), fmt.when(inspection.at))],
    )
    out.append(blocks.fields(d, [*customer_fields(d), *asset_fields(d, mileage=False)]))
    out.append(blocks.fields(d, [Field(L("mileage_in"), fmt.km(o.mileage_in))]))
    if o.fuel_level is not None:
        gauge_w = min(d.paper.frame_width * 0.6, 60 * mm)
        label = L("fuel") if d.asset.kind is AssetKind.VEHICLE else L("battery_level")
        row = Table(
            [
                [
                    blocks.para(d, L.kv(label, f"{o.fuel_level}%"), d.styles.label),
                    fuel_gauge(gauge_w, o.fuel_level, d.paper.font_size, mono=d.paper.roll),
                ]
            ],
            colWidths=[d.paper.frame_width - gauge_w, gauge_w],
        )
        row.setStyle([*blocks.TIGHT, ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
        out += [blocks.gap(d, 0.3), row]
    # what was left and the notes first: however long they are, the walk-around below
    # (car, marks, checklist) stays on one page with the signatures
    out.append(
        blocks.fields(
            d,
            [
                Field(L("accessories_left"), o.accessories_left or L("none"), wide=True),
                Field(L("valuables_left"), o.valuables_left or L("none"), wide=True),
                Field(L("notes"), inspection.note or "", wide=True),
            ],
        )
    )
    walk = _marks_and_checklist(d)
    walk.append(blocks.gap(d, 0.5))
    sign = blocks.signatures(d, [L("sign_customer"), L("sign_advisor")])
    confirm = blocks.notes(d, [L("inspection_confirm")], numbered=False)
    # the marks, the checklist and the customer's signature on one page
    out += blocks.closing(d, [*walk, *confirm, blocks.gap(d, 0.5), sign], with_previous=False)
    return out
