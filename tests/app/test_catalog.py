"""The catalog at the setup desk: who may change it, the rules of a valid item, versions,
the audit trail and the change feed; the line an item makes on an order."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.domain.enums import AssetKind, LineKind, Role
from app.domain.errors import AccessDenied, ConflictError, ValidationErrors
from app.domain.models import AuditEntry, CatalogItem
from app.services import catalog, people
from tests.app._support import assert_nothing_written, snapshot


def catalog_rows(db):
    with db.read() as s:
        return [
            (i.id, i.code, i.version, i.unit_price, i.active, i.kind, i.name_zh)
            for i in s.scalars(select(CatalogItem).order_by(CatalogItem.id))
        ]


@pytest.fixture
def clerk(ctx):
    return people.as_user(ctx, "Chen Jing", Role.PARTS)


def test_an_advisor_may_search_but_not_change_the_catalog(db, ctx):
    assert catalog.list_catalog(ctx, text="L-OIL")[0].code == "L-OIL"
    item = catalog.list_catalog(ctx, text="L-OIL")[0]
    before, rows = snapshot(db), catalog_rows(db)
    with pytest.raises(AccessDenied) as info:
        catalog.add_catalog_item(ctx, LineKind.PART, "P-NEW", "新件", "New part", "10")
    assert info.value.permission == "edit_catalog" and info.value.roles == ("advisor",)
    with pytest.raises(AccessDenied):
        catalog.update_catalog_item(ctx, item.id, item.version, unit_price="1.00")
    with pytest.raises(AccessDenied):
        catalog.set_catalog_item_active(ctx, item.id, item.version, False)
    assert_nothing_written(db, before)
    assert catalog_rows(db) == rows


def test_the_parts_clerk_adds_labor_by_the_hour_and_flat_and_parts_with_both_units(db, clerk):
    hourly = catalog.add_catalog_item(
        clerk,
        LineKind.LABOR,
        "L-HUB",
        "更换刹车片工时",
        "Brake pad replacement",
        "180.00",
        unit="小时",
        unit_en="h",
        standard_hours="1.5",
        asset_kinds=[AssetKind.EBIKE, AssetKind.VEHICLE],
    )
    assert (hourly.standard_hours, hourly.default_quantity, hourly.flat) == (
        Decimal("1.5"),
        Decimal("1.5"),
        False,
    )
    assert hourly.asset_kinds == "vehicle,ebike"  # declared order, whatever the input order
    line = catalog.line_from_catalog(hourly)
    assert (line.quantity, line.unit_price, line.unit, line.unit_en) == (
        Decimal("1.5"),
        Decimal("180"),
        "小时",
        "h",
    )

    flat = catalog.add_catalog_item(
        clerk,
        LineKind.LABOR,
        "L-GLASS",
        "更换屏幕",
        "Screen replacement",
        "299",
        standard_hours="0.75",
        flat=True,
        unit="次",
        unit_en="job",
    )
    line = catalog.line_from_catalog(flat)
    assert (line.quantity, line.unit_price, line.unit) == (Decimal("1"), Decimal("299"), "次")
    assert flat.standard_hours == Decimal("0.75")  # still sizes the workshop

    part = catalog.add_catalog_item(
        clerk, LineKind.PART, "P-PAD", "刹车片", "Brake pads", "120.50", unit="副", unit_en="pair"
    )
    line = catalog.line_from_catalog(part)  # both languages, whatever the station's
    assert (line.description, line.description_en) == ("刹车片", "Brake pads")
    assert (line.unit, line.unit_en) == ("副", "pair")
    assert part.asset_kinds is None and part.applies_to(AssetKind.DEVICE)
    assert {i.code for i in catalog.list_catalog(clerk, kind=LineKind.LABOR, text="l-")} >= {
        "L-HUB",
        "L-GLASS",
    }
    with db.read() as s:
        entries = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "catalog.create").order_by(AuditEntry.id)
        ).all()
    assert [e.entity_id for e in entries] == [hourly.id, flat.id, part.id]
    assert json.loads(entries[2].after)["unit_price"] == "120.50"
    assert entries[2].user_name == "Chen Jing" and entries[2].roles == "parts"


def test_bad_items_are_refused_field_by_field(db, clerk):
    before = snapshot(db)
    with pytest.raises(ValidationErrors) as info:
        catalog.add_catalog_item(
            clerk,
            LineKind.LABOR,
            "L-X",
            "工时",
            "Labor",
            "1.234",
            flat=False,
            standard_hours="1000",
        )
    assert {(e.field, e.code) for e in info.value.errors} == {
        ("unit_price", "money_precision"),
        ("standard_hours", "quantity_too_large"),
    }
    with pytest.raises(ValidationErrors) as info:
        catalog.add_catalog_item(
            clerk,
            LineKind.PART,
            "P-X",
            "件" * 121,
            "Part",
            "1",
            standard_hours="1",
            flat=True,
            unit="很长很长很长很长很长的单位",
        )
    assert {(e.field, e.code) for e in info.value.errors} == {
        ("name_zh", "too_long"),
        ("standard_hours", "hours_labor_only"),
        ("flat", "flat_labor_only"),
        ("unit", "too_long"),
    }
    assert_nothing_written(db, before)


def test_an_edit_bumps_the_version_is_audited_and_a_stale_one_is_refused(db, clerk, ctx):
    item = catalog.list_catalog(clerk, text="L-OIL")[0]
    seen = []
    db.feed.subscribe(seen.extend)
    changed = catalog.update_catalog_item(
        clerk, item.id, item.version, unit_price="88.00", name_en="Oil service labor"
    )
    assert (changed.version, changed.unit_price) == (item.version + 1, Decimal("88.00"))
    assert changed.search_text == "l-oil 更换机油机滤工时 oil service labor"
    assert [(c.entity, c.entity_id, c.action, c.version) for c in seen] == [
        ("catalog", item.id, "update", item.version + 1)
    ]
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "catalog.update")).one()
    assert json.loads(entry.before)["unit_price"] == f"{item.unit_price:.2f}"
    assert json.loads(entry.after) == {"unit_price": "88.00", "name_en": "Oil service labor"}

    rows = catalog_rows(db)
    with pytest.raises(ConflictError) as info:
        catalog.update_catalog_item(clerk, item.id, item.version, unit_price="90.00")
    assert (info.value.expected_version, info.value.actual_version) == (
        item.version,
        item.version + 1,
    )
    assert [c.user for c in info.value.changes] == ["Chen Jing"]
    assert catalog_rows(db) == rows

    retired = catalog.set_catalog_item_active(clerk, item.id, changed.version, False)
    assert not retired.active and retired.version == changed.version + 1
    assert catalog.search_catalog(ctx, "L-OIL") == []
    assert "L-OIL" in {
        i.code for i in catalog.list_catalog(ctx, text="l-oil", include_inactive=True)
    }
    with db.read() as s:
        assert (
            s.scalars(select(AuditEntry.action).where(AuditEntry.entity_id == item.id)).all()[-1]
            == "catalog.deactivate"
        )


def test_a_code_cannot_be_renamed_onto_another_and_an_unchanged_save_keeps_the_version(db, clerk):
    oil = catalog.list_catalog(clerk, text="L-OIL")[0]
    other = next(i for i in catalog.list_catalog(clerk) if i.code != "L-OIL")
    rows = catalog_rows(db)
    with pytest.raises(ValidationErrors) as info:
        catalog.update_catalog_item(clerk, oil.id, oil.version, code=other.code)
    assert info.value.errors[0].code == "code_exists"
    same = catalog.update_catalog_item(clerk, oil.id, oil.version, unit_price=oil.unit_price)
    assert same.version == oil.version
    assert catalog_rows(db) == rows
    with pytest.raises(TypeError):
        catalog.update_catalog_item(clerk, oil.id, oil.version, colour="red")
