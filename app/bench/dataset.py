"""The benchmark dataset: built once per database and size, then reused.

A build wipes the dataset tables (users, stations, reference data and settings stay), bulk
loads customers, assets and orders (see :mod:`app.bench.bulk`), sets the document counters
so the services' own numbering continues without gaps, rebuilds the indexes and refreshes
planner statistics. The sizes are recorded under the ``bench.dataset`` setting; a later run
with the same sizes reuses the data. A database that holds orders or customers but no
such record is refused: the benchmark never overwrites real data.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from app.bench.bulk import BulkLoader
from app.bench.orders import LINE_COLS, ORDER_COLS, OrderRows
from app.bench.people import ASSET_COLS, CUSTOMER_COLS, OWNERSHIP_COLS, PHONE_COLS, PeopleRows
from app.bench.shape import KINDS, Sizes, build_shape
from app.bench.trail import (
    EVENT_COLS,
    INSPECTION_COLS,
    ITEM_COLS,
    PAYMENT_COLS,
    QC_COLS,
    RELEASE_COLS,
    SETTLEMENT_COLS,
    STATUS_COLS,
    Staff,
)
from app.db.engine import Database
from app.demo.fakes import Fakes
from app.demo.visits import Staff as DeskStaff
from app.domain.errors import RuleViolation
from app.domain.models import Base, CatalogItem, ChecklistItem, Customer, WorkOrder
from app.domain.types import utcnow
from app.services.settings import get_setting, put_setting, rounding_mode

MARKER_KEY = "bench.dataset"
GENERATOR = 1  # bump when the generated data changes shape


def _log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def ensure_dataset(
    db: Database,
    sizes: Sizes,
    desk: DeskStaff,
    *,
    rebuild: bool = False,
    log: Callable[[str], None] = _log,
) -> dict[str, Any]:
    """The dataset's description; builds it first unless one of these sizes is present."""
    with db.read() as session:
        marker = get_setting(session, MARKER_KEY)
        has_data = (
            session.scalar(select(WorkOrder.id).limit(1)) is not None
            or session.scalar(select(Customer.id).limit(1)) is not None
        )
    recorded = json.loads(marker) if marker else None
    wanted = {"generator": GENERATOR, **_sizes(sizes)}
    if recorded and not rebuild and all(recorded.get(k) == v for k, v in wanted.items()):
        return {**recorded, "reused": True}
    if recorded is None and has_data:
        raise RuleViolation(
            "bench_foreign_data",
            "this database holds customers or orders that the benchmark did not create; "
            "point WORKBAY_DATABASE_URL to an empty database",
        )
    log(f"building {sizes.customers} customers / {sizes.orders} orders on {db.dialect}")
    info = build(db, sizes, _staff_ids(desk), log)
    with db.write() as session:
        put_setting(session, MARKER_KEY, json.dumps(info))
    return {**info, "reused": False}


def _sizes(sizes: Sizes) -> dict[str, int]:
    return {"customers": sizes.customers, "orders": sizes.orders, "seed": sizes.seed}


def _staff_ids(desk: DeskStaff) -> Staff:
    return Staff(
        advisors=(desk.advisor.actor.user_id, desk.advisor2.actor.user_id),
        technicians=tuple(t.actor.user_id for t in desk.technicians),
        inspector=desk.inspector.actor.user_id,
        cashier=desk.cashier.actor.user_id,
        desk_station=desk.advisor.actor.station_id,
        cashier_station=desk.cashier.actor.station_id,
    )


def _reference(db: Database) -> tuple[dict, dict, Any]:
    """Catalog items and checklists per asset kind, as tuples the generators use."""
    with db.read() as session:
        items = session.scalars(
            select(CatalogItem).where(CatalogItem.active.is_(True)).order_by(CatalogItem.id)
        ).all()
        checks = session.scalars(
            select(ChecklistItem)
            .where(ChecklistItem.active.is_(True))
            .order_by(ChecklistItem.asset_kind, ChecklistItem.position)
        ).all()
        rounding = rounding_mode(session)
    catalog = {
        kind: [
            (i.id, i.kind.value, i.code, i.name_zh, i.name_en, i.unit)
            + (i.default_quantity, i.unit_price)
            for i in items
            if i.applies_to(kind)
        ]
        for kind in KINDS
    }
    checklists = {
        kind: [(c.position, c.code, c.label_zh, c.label_en) for c in checks if c.asset_kind is kind]
        for kind in KINDS
    }
    return catalog, checklists, rounding


def build(db: Database, sizes: Sizes, staff: Staff, log: Callable[[str], None]) -> dict[str, Any]:
    started = time.perf_counter()
    catalog, checklists, rounding = _reference(db)
    shape = build_shape(sizes, utcnow())
    fakes = Fakes(sizes.seed)
    t = Base.metadata.tables
    loader = BulkLoader(db.engine)
    counts: dict[str, int] = {}

    def write(table: str, cols: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
        counts[table] = counts.get(table, 0) + loader.write(t[table], cols, rows)

    try:
        loader.wipe()
        loader.drop_indexes()
        for chunk in PeopleRows(shape, fakes).chunks():
            write("customers", CUSTOMER_COLS, chunk.customers)
            write("customer_phones", PHONE_COLS, chunk.phones)
            write("assets", ASSET_COLS, chunk.assets)
            write("asset_ownerships", OWNERSHIP_COLS, chunk.ownerships)
        log(f"customers and assets loaded ({time.perf_counter() - started:.1f} s)")
        orders = OrderRows(shape, fakes, staff, catalog, checklists, rounding)
        for o in orders.chunks():
            write("work_orders", ORDER_COLS, o.orders)
            write("order_lines", LINE_COLS, o.lines)
            write("status_changes", STATUS_COLS, o.status)
            write("order_events", EVENT_COLS, o.events)
            write("quality_checks", QC_COLS, o.checks)
            write("inspections", INSPECTION_COLS, o.inspections)
            write("inspection_items", ITEM_COLS, o.items)
            write("settlements", SETTLEMENT_COLS, o.settlements)
            write("payments", PAYMENT_COLS, o.payments)
            write("release_slips", RELEASE_COLS, o.releases)
            log(f"orders: {counts['work_orders']} ({time.perf_counter() - started:.1f} s)")
        counters = [(1, kind, period, value) for (kind, period), value in orders.counters.items()]
        write("document_counters", ("branch_id", "kind", "period", "last_value"), counters)
        loaded = time.perf_counter() - started
        log(f"rows loaded ({loaded:.1f} s); building indexes")
        loader.create_indexes()
        loader.reset_sequences()
        log(f"indexes built ({time.perf_counter() - started:.1f} s); analyzing")
        loader.analyze()
    finally:
        loader.close()
    seconds = round(time.perf_counter() - started, 1)
    log(f"dataset ready in {seconds} s")
    return {
        "generator": GENERATOR,
        **_sizes(sizes),
        "backend": db.dialect,
        "assets": counts["assets"],
        "phones": counts["customer_phones"],
        "order_lines": counts["order_lines"],
        "open_orders": orders.open_orders,
        "detailed_orders": sizes.detailed_orders,
        "rows": sum(counts.values()),
        "fk_checked_during_load": loader.checks_fks,
        "load_seconds": round(loaded, 1),
        "build_seconds": seconds,
        "built_at": utcnow().isoformat(timespec="seconds"),
    }
