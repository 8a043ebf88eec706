"""Migration 0005 on a database that already holds the same plate, VIN and IMEI twice, as
two stations racing could leave it before the keys were unique: a duplicate of the same
customer (the same asset entered twice) is merged into the older file, orders and history
moved and nothing it knew lost; one of another customer, or one that contradicts the older
file, keeps its file, loses the key and is flagged in asset_duplicates; the migration says
so in its log; afterwards the keys are unique. On both backends."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import IntegrityError

from app.bootstrap import open_database
from app.db import migrate
from app.db.engine import Database, make_engine
from app.db.migrate import current_revision, head_revision
from app.domain.enums import OrderState, Role
from app.domain.errors import ValidationErrors
from app.domain.models import Asset, AssetDuplicate, Ownership, WorkOrder
from app.services import customers
from app.services.people import sign_in
from tests.app import _support
from tests.app._support import make_imei, make_vin
from tests.factories import customer, new_order, phone_device, vehicle

empty_url = _support.empty_url
scratch_pg_url = _support.scratch_pg_url

VIN_A = make_vin("LSVAU2180N221111")
VIN_B = make_vin("LSVAU2180N222222")
VIN_C = make_vin("LSVAU2180N223333")
IMEI = make_imei("35391110000001")
IMEI_2 = make_imei("35391110000002")

#: the asset columns 0004 has (plate_tail comes with 0005)
COLUMNS = (
    "kind, customer_id, make, model, year, colour, purchase_date, invoice_date, plate, "
    "plate_key, plate_body, vin, vin_tail, engine_no, mileage_km, imei, serial, frame_no, "
    "motor_no, battery_serial, ident_key, notes, updated_at, version, created_at"
)


def _copy(conn, asset_id: int, **changes: object) -> int:
    """A second file of asset ``asset_id`` written straight into the table (as a race
    would), with ``changes``; returns its id."""
    cols = [c.strip() for c in COLUMNS.split(",")]
    picks = ", ".join(f":{c}" if c in changes else c for c in cols)
    conn.execute(
        text(f"INSERT INTO assets ({COLUMNS}) SELECT {picks} FROM assets WHERE id = :src"),
        {"src": asset_id, **changes},
    )
    new_id = conn.execute(text("SELECT MAX(id) FROM assets")).scalar_one()
    owner = conn.execute(
        text("SELECT customer_id FROM assets WHERE id = :i"), {"i": new_id}
    ).scalar_one()
    conn.execute(
        text(
            "INSERT INTO asset_ownerships (asset_id, customer_id, since) "
            "VALUES (:a, :c, CURRENT_TIMESTAMP)"
        ),
        {"a": new_id, "c": owner},
    )
    return int(new_id)


def _migrate(engine: Engine, revision: str) -> None:
    # as the app migrates: on SQLite with foreign keys off while tables are rebuilt
    if revision == "0004":
        migrate.downgrade(engine, revision)
    else:
        migrate.upgrade(engine, revision)


def test_duplicates_are_merged_or_flagged_and_reported(empty_url, caplog):
    # the shop's files, made by the real services at head
    db = open_database(empty_url)
    ctx = sign_in(db, "Counter 1", "Li Na", Role.ADVISOR)
    a = new_order(ctx, customer=customer("王芳", "13800000001"), asset=vehicle("粤B10001", VIN_A))
    a_id, wang = a.asset.id, a.customer.id
    second = new_order(ctx, customer_id=wang, customer=None, asset=vehicle("粤B10002", None))
    b = new_order(ctx, customer=customer("李强", "13800000002"), asset=vehicle("粤B20001", VIN_B))
    li = b.customer.id
    c = new_order(ctx, customer_id=wang, customer=None, asset=vehicle("粤B30001", VIN_C))
    phone = new_order(ctx, customer_id=wang, customer=None, asset=phone_device(IMEI))
    other_phone = new_order(ctx, customer_id=li, customer=None, asset=phone_device(IMEI_2))
    db.dispose()

    engine = make_engine(empty_url)
    try:
        _migrate(engine, "0004")
        with engine.begin() as conn:
            # same customer, same plate, nothing contradicting: a second file with an order,
            # a higher mileage, a note and a colour the first file lacks
            merged_plate = _copy(
                conn, a_id, vin=None, vin_tail=None, mileage_km=99000, notes="第二份档案",
                colour="白",
            )  # fmt: skip
            conn.execute(
                text("UPDATE work_orders SET asset_id = :d WHERE id = :o"),
                {"d": merged_plate, "o": second.id},
            )
            # another customer with the same plate: flagged, the plate's key cleared
            flagged_plate = _copy(conn, a_id, customer_id=li, vin=None, vin_tail=None)
            # the same customer, the same plate, another VIN: two cars, flagged
            other_car = _copy(conn, a_id, vin=VIN_B[:-6] + "999999", vin_tail="999999")
            # another customer's car with Wang's VIN: flagged, the VIN cleared
            flagged_vin = _copy(
                conn, c.asset.id, customer_id=li, plate="粤B30009", plate_key="粤B30009",
                plate_body="B30009",
            )  # fmt: skip
            # the same phone twice for Wang, the second knowing its colour: merged
            merged_imei = _copy(conn, phone.asset.id, colour="黑")
            # Li's IMEI on a phone of Wang's: flagged, the IMEI's key cleared
            flagged_imei = _copy(conn, other_phone.asset.id, customer_id=wang)
        assert current_revision(engine) == "0004"

        caplog.set_level(logging.WARNING)
        _migrate(engine, "head")
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()

    db = Database(empty_url)
    try:
        with db.read() as s:
            found = {
                (d.asset_id, d.duplicate_of_id, d.key_name, d.key_value, d.resolution)
                for d in s.scalars(select(AssetDuplicate))
            }
            assets = {x.id: x for x in s.scalars(select(Asset))}
            order_assets = dict(s.execute(select(WorkOrder.id, WorkOrder.asset_id)).all())
            owners = {
                x: sorted(s.scalars(select(Ownership.customer_id).where(Ownership.asset_id == x)))
                for x in assets
            }
            reviewed = list(s.scalars(select(AssetDuplicate.reviewed_at)))
            found_at = list(s.scalars(select(AssetDuplicate.found_at)))
        assert found == {
            (merged_plate, a_id, "plate_key", "粤B10001", "merged"),
            (flagged_plate, a_id, "plate_key", "粤B10001", "flagged"),
            (other_car, a_id, "plate_key", "粤B10001", "flagged"),
            (flagged_vin, c.asset.id, "vin", VIN_C, "flagged"),
            (merged_imei, phone.asset.id, "ident_key", IMEI, "merged"),
            (flagged_imei, other_phone.asset.id, "ident_key", IMEI_2, "flagged"),
        }
        assert reviewed == [None] * 6 and all(t is not None for t in found_at)

        # merged: the second file is gone, its order and what it knew are on the first
        assert merged_plate not in assets and merged_imei not in assets
        assert order_assets[second.id] == a_id and order_assets[a.id] == a_id
        first = assets[a_id]
        assert (first.plate_key, first.vin, first.mileage_km) == ("粤B10001", VIN_A, 99000)
        assert (first.colour, first.notes) == ("白", "第二份档案")
        assert first.version > a.asset.version
        assert owners[a_id] == [wang]
        assert assets[phone.asset.id].colour == "黑"
        assert assets[phone.asset.id].ident_key == IMEI

        # flagged: the file stays with its owner, the plate as typed too, the key is gone
        kept = assets[flagged_plate]
        assert (kept.customer_id, kept.plate, kept.plate_key, kept.plate_body, kept.plate_tail) == (
            li, "粤B10001", None, None, None,
        )  # fmt: skip
        assert assets[other_car].plate_key is None and assets[other_car].vin is not None
        assert (assets[flagged_vin].vin, assets[flagged_vin].vin_tail) == (None, None)
        assert assets[flagged_vin].plate_key == "粤B30009"
        assert assets[c.asset.id].vin == VIN_C
        assert (assets[flagged_imei].imei, assets[flagged_imei].ident_key) == (IMEI_2, None)
        assert owners[flagged_imei] == [wang] and owners[flagged_plate] == [li]
        # the plate's digits are searchable on the kept files
        assert first.plate_tail == "10001"

        report = [r.getMessage() for r in caplog.records if "duplicate" in r.getMessage()]
        assert any("2 merged" in m and "4 flagged" in m for m in report), report
        assert sum("flagged" in m and m.startswith("asset #") for m in report) == 4

        # from now on the database itself refuses a second file for a key
        with pytest.raises(IntegrityError), db.engine.begin() as conn:
            _copy(conn, a_id, vin=None, vin_tail=None)
        # and the desk is told which file is on record
        staff = sign_in(db, "Counter 1", "Li Na", Role.ADVISOR)
        with pytest.raises(ValidationErrors) as info:
            customers.create_asset(staff, li, vehicle("粤B10001", None))
        err = info.value.for_field("plate")
        assert err is not None and err.code == "asset_exists"
        assert err.params["asset_id"] == a_id
        assert b.order.state is OrderState.OPEN
    finally:
        db.dispose()


def test_a_database_without_duplicates_migrates_quietly(empty_url, caplog):
    db = open_database(empty_url)
    ctx = sign_in(db, "Counter 1", "Li Na", Role.ADVISOR)
    new_order(ctx, customer=customer("王芳", "13800000001"), asset=vehicle("粤B10001", VIN_A))
    db.dispose()
    engine = make_engine(empty_url)
    try:
        _migrate(engine, "0004")
        caplog.set_level(logging.WARNING)
        _migrate(engine, "head")
        with engine.connect() as conn:
            assert conn.execute(text("SELECT COUNT(*) FROM asset_duplicates")).scalar() == 0
            tail = conn.execute(text("SELECT plate_tail FROM assets")).scalar()
        assert tail == "10001"
        assert not [r for r in caplog.records if "duplicate" in r.getMessage()]
    finally:
        engine.dispose()
