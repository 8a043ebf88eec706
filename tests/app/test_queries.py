"""Read side: the progress board, order lists, an order by number, extra work waiting for
a decision; and the small services around them (people, settings, catalog)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import event

from app.domain.enums import AssetKind, DamageType, InspectionResult, LineKind, Role
from app.domain.enums import OrderState as S
from app.domain.errors import NotFound, ValidationError, ValidationErrors
from app.domain.types import utcnow
from app.services import catalog, intake, lines, people, queries, workflow
from app.services import settings as shop_settings
from app.services.inputs import (
    DamageMarkInput,
    InspectionInput,
    InspectionItemInput,
    LineInput,
    VisitDetails,
)
from tests.app._support import assert_nothing_written, order_in, snapshot
from tests.factories import new_order


def _promise(ctx, d, hours):
    """Promise ``d`` for ``hours`` from now; a past promise (``hours`` < 0) as the desk
    typed it before that time came (sent later, as from the outbox): overdue now."""
    o = d.order
    promised = utcnow() + timedelta(hours=hours)
    return intake.update_details(
        ctx,
        d.id,
        VisitDetails(
            symptom=o.symptom,
            mileage_in=o.mileage_in,
            fuel_level=o.fuel_level,
            promised_at=promised,
            typed_at=min(utcnow(), promised - timedelta(minutes=1)),
        ),
        version=d.version,
    )


def test_the_board_shows_open_orders_most_urgent_first(ctx, tech):
    late = _promise(ctx, order_in(ctx, tech, S.IN_PROGRESS), -1)
    soon = _promise(ctx, order_in(ctx, tech, S.IN_PROGRESS), 1)
    ready_late = _promise(ctx, order_in(ctx, tech, S.READY), -2)
    opened = order_in(ctx, tech, S.OPEN)
    order_in(ctx, tech, S.RELEASED)
    order_in(ctx, tech, S.CANCELLED)

    rows = queries.board(ctx)
    by_id = {r.order_id: r for r in rows}
    assert set(by_id) == {late.id, soon.id, ready_late.id, opened.id}
    assert by_id[late.id].late and not by_id[soon.id].late
    assert not by_id[ready_late.id].late, "a finished job waits for the customer, it is not late"
    in_progress = [r.order_id for r in rows if r.state is S.IN_PROGRESS]
    assert in_progress == [late.id, soon.id]
    row = by_id[late.id]
    assert (row.number, row.customer_name, row.technician, row.version) == (
        late.order.number,
        "张伟",
        "Wang Wei",
        late.version,
    )
    assert row.asset_label == f"{late.asset.plate} Toyota Camry"
    assert [r.order_id for r in queries.board(ctx, states=(S.READY,))] == [ready_late.id]


def test_lists_and_lookups_by_number(ctx, tech):
    a = order_in(ctx, tech, S.OPEN)
    b = order_in(ctx, tech, S.CANCELLED)
    assert [o.order_id for o in queries.list_orders(ctx)] == [b.id, a.id]
    assert [o.order_id for o in queries.list_orders(ctx, S.CANCELLED)] == [b.id]
    assert len(queries.list_orders(ctx, limit=1)) == 1
    assert queries.count_orders(ctx) == 2
    found = queries.get_order_by_number(ctx, f"  {a.order.number.lower()} ")
    assert found.id == a.id and found.order.number == a.order.number
    with pytest.raises(NotFound) as info:
        queries.get_order_by_number(ctx, "WO-19990101-0001")
    assert info.value.key == "WO-19990101-0001"
    with pytest.raises(NotFound):
        queries.get_order(ctx, 987654)


def test_pending_extra_work_leaves_out_cancelled_orders(ctx, tech, manager):
    a = order_in(ctx, tech, S.IN_PROGRESS)
    b = order_in(ctx, tech, S.IN_PROGRESS)
    part = LineInput(LineKind.PART, "雨刮片", "2", "45.00")
    lines.propose_extra_work(tech, a.id, [part])
    lines.propose_extra_work(tech, b.id, [part])
    assert [p.order_id for p in queries.pending_extra_work(ctx)] == [a.id, b.id]
    workflow.cancel(manager, b.id, "客户取车不修")
    (only,) = queries.pending_extra_work(ctx)
    assert (only.order_id, only.amount, only.customer_name) == (a.id, Decimal("90.00"), "张伟")


@contextmanager
def statements(db) -> Iterator[list[str]]:
    """The SQL statements sent to the database inside the block."""
    sent: list[str] = []

    def note(_conn, _cursor, statement, _params, _context, _many) -> None:
        sent.append(statement)

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        yield sent
    finally:
        event.remove(db.engine, "before_cursor_execute", note)


def test_an_order_carries_its_checklist_flagged_first_and_its_damage_marks(db, ctx, tech):
    codes = [i.code for i in intake.checklist(ctx, AssetKind.VEHICLE)]
    ok, damaged, attention, missing = (
        InspectionResult.OK,
        InspectionResult.DAMAGED,
        InspectionResult.ATTENTION,
        InspectionResult.MISSING,
    )
    results = [ok, attention, ok, damaged, missing, ok]
    d = new_order(
        ctx,
        inspection=InspectionInput(
            items=[
                InspectionItemInput(code, result, f"note {code}" if result is not ok else None)
                for code, result in zip(codes, results, strict=False)
            ],
            marks=[
                DamageMarkInput("0.5", "0.05", DamageType.SCRATCH, "右侧一道"),
                DamageMarkInput("0.25", "0.5", DamageType.DENT),
            ],
        ),
    )
    with statements(db) as sent:
        got = queries.get_order(ctx, d.id)
    used = codes[: len(results)]
    flagged = [(used[3], damaged), (used[4], missing), (used[1], attention)]
    assert [(i.code, i.result) for i in got.checklist] == [
        *flagged,
        *[(c, ok) for c, r in zip(used, results, strict=False) if r is ok],
    ]
    assert got.checklist[0].note == f"note {used[3]}" and got.checklist[0].label_zh
    assert [(m.x, m.y, m.damage, m.note) for m in got.damage_marks] == [
        (Decimal("0.5000"), Decimal("0.0500"), DamageType.SCRATCH, "右侧一道"),
        (Decimal("0.2500"), Decimal("0.5000"), DamageType.DENT, None),
    ]
    # the checklist and the marks come in the order's one pass (one statement for the
    # inspection with both), not one statement per item or mark
    inspection_reads = [s for s in sent if "inspection_items" in s or "damage_marks" in s]
    assert len(inspection_reads) == 1
    # an order without an inspection: both empty, in as many statements as with one
    bare_id = order_in(ctx, tech, S.OPEN).id
    with statements(db) as bare_sent:
        bare = queries.get_order(ctx, bare_id)
    assert bare.inspection is None and bare.checklist == [] and bare.damage_marks == []
    assert len(sent) == len(bare_sent)


def test_pending_extra_work_says_what_the_technician_found(ctx, tech):
    a = order_in(ctx, tech, S.IN_PROGRESS)
    part = LineInput(LineKind.PART, "空调滤芯", "1", "88.00")
    lines.propose_extra_work(tech, a.id, [part], finding="空调滤芯严重堵塞，建议更换")
    lines.propose_extra_work(tech, a.id, [part], finding="雨刮胶条老化")
    first, second = queries.pending_extra_work(ctx)
    assert first.finding == second.finding == "空调滤芯严重堵塞，建议更换\n雨刮胶条老化"
    assert first.technician == "Wang Wei"
    b = order_in(ctx, tech, S.IN_PROGRESS)
    lines.propose_extra_work(tech, b.id, [part])
    (without,) = [p for p in queries.pending_extra_work(ctx) if p.order_id == b.id]
    assert without.finding is None


# --- people, settings, catalog ---


def test_sign_in_registers_the_station_and_user_once(db, ctx):
    again = people.sign_in(db, "Counter 1", "Li Na", Role.ADVISOR)
    assert again.actor == ctx.actor
    other = people.sign_in(db, "Counter 2", "Li Na", Role.ADVISOR)
    assert other.actor.user_id == ctx.actor.user_id
    assert other.actor.station_id != ctx.actor.station_id
    tech = people.as_user(ctx, "Wang Wei", Role.TECHNICIAN)
    assert tech.actor.station_id == ctx.actor.station_id
    assert [u.name for u in people.list_users(ctx, Role.TECHNICIAN)] == ["Wang Wei"]
    assert {u.name for u in people.list_users(ctx)} == {"Li Na", "Wang Wei"}
    people.set_station_desk(ctx, "reception")
    seen_before = {s.name: s.last_seen_at for s in people.list_stations(ctx)}
    people.heartbeat(ctx)
    stations = {s.name: s for s in people.list_stations(ctx)}
    assert list(stations) == ["Counter 1", "Counter 2"]
    assert stations["Counter 1"].desk == "reception"
    assert stations["Counter 1"].last_seen_at >= seen_before["Counter 1"]
    before = snapshot(db)
    with pytest.raises(ValidationError) as info:
        people.sign_in(db, "  ", "Li Na")
    assert (info.value.field, info.value.code) == ("station", "required")
    assert_nothing_written(db, before)


def test_settings_are_shared_and_the_secret_is_not_writable(db, ctx):
    manager = people.as_user(ctx, "Qian Hong", Role.MANAGER)
    shop_settings.write_settings(
        manager, {"shop.short_name": "顺达汽修", "shop.phone": "0755-1234567"}
    )
    assert shop_settings.read_settings(ctx, ["shop.short_name", "shop.phone"]) == {
        "shop.short_name": "顺达汽修",
        "shop.phone": "0755-1234567",
    }
    with db.read() as s:
        secret = shop_settings.installation_secret(s)
    assert len(secret) == 32
    before = snapshot(db)
    with pytest.raises(ValidationErrors) as info:
        shop_settings.write_settings(
            manager, {"shop.short_name": "x", shop_settings.SECRET_KEY: "00"}
        )
    assert [e.field for e in info.value.errors] == [shop_settings.SECRET_KEY]
    assert_nothing_written(db, before)
    with db.read() as s:
        assert shop_settings.installation_secret(s) == secret
        assert shop_settings.get_setting(s, "shop.short_name") == "顺达汽修"


def test_catalog_search_in_either_language_and_by_kind(ctx):
    assert catalog.search_catalog(ctx, "L-OIL")[0].code == "L-OIL"
    assert "L-OIL" in {i.code for i in catalog.search_catalog(ctx, "机油")}
    assert "L-OIL" in {i.code for i in catalog.search_catalog(ctx, "FILTER CHANGE")}
    kinds = {i.asset_kinds for i in catalog.search_catalog(ctx, "", AssetKind.EBIKE, limit=100)}
    assert kinds <= {None, AssetKind.EBIKE} and AssetKind.EBIKE in kinds
    assert catalog.search_catalog(ctx, "no such thing") == []


def test_catalog_items_are_added_with_unique_codes(db, ctx):
    clerk = people.as_user(ctx, "Chen Jing", Role.PARTS)  # the parts clerk keeps the catalog
    item = catalog.add_catalog_item(
        clerk, LineKind.PART, "P-MIRROR", "后视镜片", "Mirror glass", "45.00", unit="片"
    )
    assert (item.search_text, item.unit_price) == (
        "p-mirror 后视镜片 mirror glass",
        Decimal("45.00"),
    )
    assert catalog.search_catalog(ctx, "后视镜")[0].id == item.id
    zh = catalog.line_from_catalog(item)
    assert (zh.description, zh.quantity, zh.catalog_item_id) == ("后视镜片", Decimal("1"), item.id)
    before = snapshot(db)
    with pytest.raises(ValidationErrors) as info:
        catalog.add_catalog_item(clerk, LineKind.PART, "P-MIRROR", "雨刮", "Wiper", "40")
    assert info.value.errors[0].code == "code_exists"
    with pytest.raises(ValidationErrors) as info:
        catalog.add_catalog_item(clerk, LineKind.PART, "", "雨刮", "", "-1", default_quantity="0")
    assert {(e.field, e.code) for e in info.value.errors} == {
        ("code", "required"),
        ("name_en", "required"),
        ("unit_price", "money_negative"),
        ("default_quantity", "quantity_positive"),
    }
    assert_nothing_written(db, before)
