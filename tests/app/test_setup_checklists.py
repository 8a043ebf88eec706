"""Checklists per asset kind on the setup desk: saved whole in the given order, codes unique,
an item past inspections used is deactivated (never deleted), an unused one deleted; a
stale save is refused; the starter checklists carry their mandatory items."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.domain.enums import AssetKind, InspectionResult, Role
from app.domain.errors import AccessDenied, ConflictError, ValidationErrors
from app.domain.models import AuditEntry, ChecklistItem
from app.reference import MANDATORY
from app.services import intake
from app.services.context import ServiceContext
from app.services.inputs import InspectionInput, InspectionItemInput
from app.services.people import as_user
from app.services.setup import ChecklistItemInput, checklist_items, save_checklist
from tests.app._support import assert_nothing_written, snapshot
from tests.factories import new_order


@pytest.fixture
def boss(ctx: ServiceContext) -> ServiceContext:
    return as_user(ctx, "Qian Hong", Role.MANAGER)


def as_inputs(kind_items) -> list[ChecklistItemInput]:  # type: ignore[no-untyped-def]
    return [
        ChecklistItemInput(i.code, i.label_zh, i.label_en, i.mandatory, i.active)
        for i in kind_items
        if i.active
    ]


def test_the_starter_checklists_mark_what_must_be_answered(ctx) -> None:
    for kind in AssetKind:
        checklist = checklist_items(ctx, kind)
        assert checklist.version == 0
        mandatory = {i.code for i in checklist.items if i.mandatory}
        assert mandatory == MANDATORY[kind]
        assert [i.position for i in checklist.items] == list(range(1, len(checklist.items) + 1))


def test_a_checklist_is_saved_in_order_and_used_items_are_kept(db, ctx, boss) -> None:
    d = new_order(ctx)  # a car, inspected with the 'glass' and 'tires' items
    intake.record_inspection(
        ctx,
        d.id,
        InspectionInput(
            items=[
                InspectionItemInput("glass", InspectionResult.OK),
                InspectionItemInput("tires", InspectionResult.OK),
            ]
        ),
    )
    current = checklist_items(ctx, AssetKind.VEHICLE)
    items = as_inputs(current.items)
    by_code = {i.code: i for i in items}
    wanted = [
        ChecklistItemInput("fuel_cap", "油箱盖", "Fuel cap", mandatory=True),
        by_code["exterior"],
        by_code["tires"],
        ChecklistItemInput("wipers", "雨刮器", "Wiper blades", active=False),
    ]  # 'glass' (used) and the unused rest leave the list
    saved = save_checklist(boss, AssetKind.VEHICLE, wanted, current.version)
    assert saved.version == 1
    active = [(i.code, i.position, i.mandatory) for i in saved.items if i.active]
    assert active == [("fuel_cap", 1, True), ("exterior", 2, True), ("tires", 3, True)]
    inactive = {i.code for i in saved.items if not i.active}
    assert inactive == {"wipers", "glass"}  # glass was used: kept, deactivated
    with db.read() as s:
        codes = set(
            s.scalars(select(ChecklistItem.code).where(ChecklistItem.asset_kind == "vehicle"))
        )
        assert codes == {"fuel_cap", "exterior", "tires", "wipers", "glass"}
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "checklist.update")).one()
        assert entry.user_name == "Qian Hong"
    # the intake desk now offers the new list
    assert [i.code for i in intake.checklist(ctx, AssetKind.VEHICLE)] == [
        "fuel_cap",
        "exterior",
        "tires",
    ]
    # the phone checklist is its own: untouched
    assert checklist_items(ctx, AssetKind.DEVICE).version == 0


def test_bad_lists_are_refused_whole(db, ctx, boss) -> None:
    before = snapshot(db)
    with pytest.raises(ValidationErrors) as info:
        save_checklist(
            boss,
            AssetKind.EBIKE,
            [
                ChecklistItemInput("frame", "车架", "Frame"),
                ChecklistItemInput("frame", "车架2", "Frame 2"),
                ChecklistItemInput("Bad Code", "", "x" * 101),
                ChecklistItemInput("lock", "车锁", "Lock", mandatory=True, active=False),
            ],
        )
    assert [(e.field, e.code) for e in info.value.errors] == [
        ("items[2].code", "duplicate"),
        ("items[3].code", "bad_code"),
        ("items[3].label_zh", "required"),
        ("items[3].label_en", "too_long"),
        ("items[4].mandatory", "inactive_mandatory"),
    ]
    with pytest.raises(ValidationErrors) as info:
        save_checklist(boss, AssetKind.EBIKE, [ChecklistItemInput("x", "x", "x", active=False)])
    assert info.value.errors[0].code == "at_least_one"
    with pytest.raises(AccessDenied):
        save_checklist(ctx, AssetKind.EBIKE, [ChecklistItemInput("frame", "车架", "Frame")])
    assert_nothing_written(db, before)


def test_a_stale_checklist_is_refused(db, ctx, boss) -> None:
    read = checklist_items(boss, AssetKind.DEVICE)
    other = as_user(ctx, "Zhou Admin", Role.ADMIN)
    save_checklist(other, AssetKind.DEVICE, as_inputs(read.items)[:5], read.version)
    before = snapshot(db)
    with pytest.raises(ConflictError) as info:
        save_checklist(boss, AssetKind.DEVICE, as_inputs(read.items)[:3], read.version)
    assert (info.value.expected_version, info.value.actual_version) == (0, 1)
    assert info.value.changes[0].user == "Zhou Admin"
    assert_nothing_written(db, before)
