"""``python -m app bench --only care``: the due lists and the value classes.

``due_<kind>``: each due list through its service (:func:`app.services.due_lists.due_list`),
p50/p95 over ``samples`` calls, beside ``due_<kind>_raw``: a hand-written SQL statement
giving the same rows' keys, timed in the same run on the same connection pool.
``value_classes``: seconds to classify every customer (one set-based statement), the best
and the worst of three runs: the first from an empty table (every row written), then two
daily runs (only changed rows written; ``value_classes_daily``); ``value_classes_raw``: the
classification's SELECT alone (nothing written), three times. ``km_projections_refresh``:
the maintenance list's km projections rewritten by each of those runs (not counted in
``value_classes``); the lists are timed after it, so ``due_maintenance`` measures the
list, not the refresh. Target: each list p95 <= 200 ms, all customers <= 10 s.

On a database with fewer than ``MIN_CUSTOMERS`` customers the group first adds a small
synthetic shop (customers, phones, cars, released orders with settlements) so that it can
be measured on a temporary SQLite file; the care dates (年检, insurance, invoice, birthday,
consent) of assets and customers that have none are filled in, spread over two years.
"""

from __future__ import annotations

import os
import random
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, func, insert, select, text

from app.bench.metrics import summary
from app.db.engine import Database
from app.domain.enums import AssetKind, ContactChannel, OrderState, Role
from app.domain.models import (
    Asset,
    ContactConsent,
    Customer,
    CustomerValue,
    Phone,
    Settlement,
    WorkOrder,
)
from app.services import due_lists, value_classes
from app.services.people import as_user, system_context

DUE_TARGET_MS = 200.0
CLASSES_TARGET_MS = 10_000.0
#: customers the group makes sure of (``WORKBAY_BENCH_CARE_CUSTOMERS`` to measure larger)
MIN_CUSTOMERS = int(os.environ.get("WORKBAY_BENCH_CARE_CUSTOMERS", "2000"))
WARMUP = 3

#: the raw counterparts: the same filter written by hand (keys only, same row limit)
_EXCL = (
    "a.status = 'in_use' AND a.use = 'private' AND c.merged_into_id IS NULL "
    "AND c.anonymised_at IS NULL"
)
RAW = {
    "inspection": f"SELECT a.id, a.inspection_due FROM assets a JOIN customers c ON c.id = "
    f"a.customer_id WHERE a.inspection_due BETWEEN :start AND :end AND {_EXCL} "
    f"ORDER BY a.inspection_due, a.id LIMIT 500",
    "insurance": f"SELECT a.id, a.insurance_due FROM assets a JOIN customers c ON c.id = "
    f"a.customer_id WHERE a.insurance_due BETWEEN :start AND :end AND {_EXCL} "
    f"ORDER BY a.insurance_due, a.id LIMIT 500",
    # by date, and by the projected mileage (the km_projections table the service reads)
    "maintenance": f"SELECT * FROM (SELECT o.asset_id, o.next_service_date AS due FROM "
    f"work_orders o JOIN assets a ON a.id = o.asset_id JOIN customers c ON c.id = "
    f"o.customer_id WHERE o.next_service_date BETWEEN :start AND :end AND o.state || '' = "
    f"'released' AND {_EXCL} AND NOT EXISTS (SELECT 1 FROM work_orders l WHERE l.asset_id = "
    f"o.asset_id AND l.created_at > o.created_at AND l.state <> 'cancelled') "
    f"ORDER BY o.next_service_date, a.id LIMIT 500) d UNION ALL "
    f"SELECT * FROM (SELECT p.asset_id, p.due_on AS due FROM km_projections p JOIN assets a "
    f"ON a.id = p.asset_id JOIN customers c ON c.id = a.customer_id WHERE p.due_on BETWEEN "
    f":start AND :end AND {_EXCL} AND NOT EXISTS (SELECT 1 FROM work_orders l WHERE "
    f"l.asset_id = p.asset_id AND l.created_at > p.last_at AND l.state <> 'cancelled') "
    f"ORDER BY p.due_on, p.asset_id LIMIT 500) k ORDER BY 2, 1 LIMIT 500",
    "warranty": f"SELECT a.id, a.warranty_until FROM assets a JOIN customers c ON c.id = "
    f"a.customer_id WHERE (a.warranty_until BETWEEN :start AND :end OR (a.warranty_until IS "
    f"NULL AND a.kind = 'vehicle' AND a.invoice_date BETWEEN :w_start AND :w_end)) AND {_EXCL} "
    f"LIMIT 500",
    "first_service": f"SELECT a.id, a.invoice_date FROM assets a JOIN customers c ON c.id = "
    f"a.customer_id WHERE a.invoice_date BETWEEN :f_start AND :f_end AND a.kind = 'vehicle' "
    f"AND {_EXCL} AND NOT EXISTS (SELECT 1 FROM work_orders o WHERE o.asset_id = a.id AND "
    f"o.state <> 'cancelled') ORDER BY a.invoice_date, a.id LIMIT 500",
    "birthday": "SELECT c.id, c.birthday_md FROM customers c WHERE c.birthday_md BETWEEN :md1 "
    "AND :md2 AND c.merged_into_id IS NULL AND c.anonymised_at IS NULL AND EXISTS (SELECT 1 "
    "FROM assets a WHERE a.customer_id = c.id AND a.status = 'in_use' AND a.use = 'private') "
    "LIMIT 500",
    "inactive": "SELECT v.customer_id, v.last_visit_at FROM customer_values v JOIN customers c "
    "ON c.id = v.customer_id WHERE v.last_visit_at < :inactive AND v.last_visit_at >= :lost "
    "AND c.merged_into_id IS NULL AND c.anonymised_at IS NULL "
    "ORDER BY v.last_visit_at DESC LIMIT 500",
    "lost": "SELECT v.customer_id, v.last_visit_at FROM customer_values v JOIN customers c "
    "ON c.id = v.customer_id WHERE v.last_visit_at < :lost AND c.merged_into_id IS NULL "
    "AND c.anonymised_at IS NULL ORDER BY v.last_visit_at DESC LIMIT 500",
}


def _raw_params(today: date, now: datetime) -> dict[str, Any]:
    start, end = today - timedelta(days=30), today + timedelta(days=30)
    return {
        "start": start, "end": end,
        "w_start": due_lists._add_months(start, -36), "w_end": due_lists._add_months(end, -36),
        "f_start": start - timedelta(days=90), "f_end": end - timedelta(days=90),
        "md1": today.strftime("%m-%d"), "md2": end.strftime("%m-%d"),
        "inactive": now - value_classes.INACTIVE_AFTER, "lost": now - value_classes.LOST_AFTER,
    }  # fmt: skip


def _seed_small_shop(db: Database, n: int, rng: random.Random, user: int, station: int) -> None:
    now = datetime.now(UTC)
    with db.write() as s:
        base = (s.scalar(select(func.max(Customer.id))) or 0) + 1
        abase = (s.scalar(select(func.max(Asset.id))) or 0) + 1
        obase = (s.scalar(select(func.max(WorkOrder.id))) or 0) + 1
        customers: list[dict[str, Any]] = []
        phones: list[dict[str, Any]] = []
        assets: list[dict[str, Any]] = []
        orders: list[dict[str, Any]] = []
        settlements: list[dict[str, Any]] = []
        for i in range(n):
            cid, aid = base + i, abase + i
            customers.append({"id": cid, "name": f"Bench care {cid}", "name_key":
                              f"bench care {cid}", "version": 1, "created_at": now,
                              "updated_at": now, "sms_consent": False, "kind": "person"})  # fmt: skip
            phones.append({"customer_id": cid, "number": f"1880{cid:07d}",
                           "tail4": f"{cid % 10000:04d}", "position": 0})  # fmt: skip
            assets.append({"id": aid, "kind": AssetKind.VEHICLE, "customer_id": cid,
                           "plate": f"粤C{cid:06d}"[:8], "version": 1, "created_at": now,
                           "updated_at": now})  # fmt: skip
            for k in range(rng.randint(1, 6)):
                oid = obase + len(orders)
                at = now - timedelta(days=rng.randint(1, 500), minutes=rng.randint(0, 600))
                orders.append({"id": oid, "number": f"BC{oid:010d}", "customer_id": cid,
                               "asset_id": aid, "state": OrderState.RELEASED, "released_at": at,
                               "created_at": at, "updated_at": at, "version": 1, "symptom": "",
                               "mileage_in": 10_000 + k * 5000,
                               "next_service_date": (at + timedelta(days=180)).date(),
                               "branch_id": 1})  # fmt: skip
                due = Decimal(rng.randint(0, 3000))
                settlements.append({"number": f"BS{oid:010d}", "order_id": oid, "gross": due,
                                    "discount": 0, "customer_total": due, "rounding": 0,
                                    "customer_due": due, "free_total": 0, "user_id": user,
                                    "station_id": station, "at": at})  # fmt: skip
        s.execute(insert(Customer), customers)
        s.execute(insert(Phone), phones)
        s.execute(insert(Asset), assets)
        s.execute(insert(WorkOrder), orders)
        s.execute(insert(Settlement), settlements)


def _care_dates(db: Database, rng: random.Random) -> None:
    """Give the assets and customers without care dates some, spread over two years (the
    rows are made between the transactions: a transaction never waits on Python)."""
    today = date.today()
    with db.read() as s:
        ids = list(s.scalars(select(Asset.id).where(Asset.inspection_due.is_(None))))
        cids = list(s.scalars(select(Customer.id).where(Customer.birthday_md.is_(None))))
        has = select(ContactConsent.customer_id)
        missing = list(s.scalars(select(Customer.id).where(Customer.id.not_in(has))))
    rows = [
        {"b_id": i, "ins": today + timedelta(days=rng.randint(-365, 365)),
         "sur": today + timedelta(days=rng.randint(-365, 365)),
         "inv": today - timedelta(days=rng.randint(30, 3 * 365 + 60))}
        for i in ids
    ]  # fmt: skip
    days = [
        {"b_id": c, "md": (date(2000, 1, 1) + timedelta(days=rng.randint(0, 365))).strftime(
            "%m-%d")}
        for c in cids
    ]  # fmt: skip
    now = datetime.now(UTC)
    consents = [
        {"customer_id": c, "channel": ContactChannel.PHONE, "granted": True, "at": now,
         "source": "bench"}
        for c in missing
    ]  # fmt: skip
    for start in range(0, max(len(rows), len(days), len(consents)), 5000):
        with db.write() as s:
            conn = s.connection()
            if rows[start : start + 5000]:
                conn.execute(
                    text("UPDATE assets SET inspection_due = :ins, insurance_due = :sur, "
                         "invoice_date = COALESCE(invoice_date, :inv) WHERE id = :b_id"),
                    rows[start : start + 5000],
                )  # fmt: skip
            if days[start : start + 5000]:
                conn.execute(
                    text("UPDATE customers SET birthday_md = :md WHERE id = :b_id"),
                    days[start : start + 5000],
                )
            if consents[start : start + 5000]:
                s.execute(insert(ContactConsent), consents[start : start + 5000])


def _classes_raw(db: Database) -> list[float]:
    """The classification's SELECT alone (every customer's row fetched, nothing written),
    three times on a plain connection: what the writes add is the difference."""
    now = datetime.now(UTC)
    stmt = value_classes._statement(db.engine.dialect.name)
    params = {
        "year_ago": now - value_classes.YEAR, "lost_before": now - value_classes.LOST_AFTER,
        "top_share": value_classes.TOP_SHARE, "a_visits": value_classes.A_VISITS,
        "gap_days": value_classes.GAP_DAYS,
    }  # fmt: skip
    took = []
    with db.engine.connect() as conn:
        for _ in range(3):
            started = time.perf_counter()
            conn.execute(stmt, params).all()
            took.append((time.perf_counter() - started) * 1000)
    return took


def measure(db: Database, samples: int) -> tuple[dict[str, dict], dict[str, Any]]:
    rng = random.Random(20261201)
    with db.read() as s:
        count = s.scalar(select(func.count()).select_from(Customer)) or 0
    agent = as_user(system_context(db), "care-job", Role.FOLLOW_UP)
    if count < MIN_CUSTOMERS:
        a = agent.actor
        for left in range(MIN_CUSTOMERS - count, 0, -5000):  # 5,000 a transaction
            _seed_small_shop(db, min(left, 5000), rng, a.user_id, a.station_id)
    _care_dates(db, rng)
    metrics: dict[str, dict] = {}
    # the first run classifies every customer anew (the table emptied: every row written,
    # the worst case); the next two are daily runs (only changed rows are written)
    with db.write() as s:
        s.execute(delete(CustomerValue))
    runs, km_runs = [], []
    for _ in range(3):
        result = value_classes.compute_classes(agent)
        runs.append(result.seconds)
        km_runs.append(result.km_seconds)
    with db.read() as s:
        customers = s.scalar(select(func.count()).select_from(Customer)) or 0
    # the three runs' times as milliseconds (p95: the worst), beside the customer count
    metrics["value_classes"] = {**summary([r * 1000 for r in runs]), "customers": customers}
    metrics["value_classes_daily"] = summary([r * 1000 for r in runs[1:]])
    metrics["value_classes_raw"] = summary(_classes_raw(db))
    # the maintenance list's km projections, rewritten by each daily run above (the last
    # one just now: the due_maintenance calls below read them, they never refresh)
    metrics["km_projections_refresh"] = {
        **summary([r * 1000 for r in km_runs]), "rows": result.km_projections,
    }  # fmt: skip
    now = datetime.now(UTC)
    today = now.astimezone().date()
    params = _raw_params(today, now)
    met: dict[str, bool] = {}
    rows_seen: dict[str, int] = {}
    for kind in due_lists.KINDS:
        for _ in range(WARMUP):
            due_lists.due_list(agent, kind)
        took = []
        for _ in range(samples):
            started = time.perf_counter()
            found = due_lists.due_list(agent, kind)
            took.append((time.perf_counter() - started) * 1000)
        rows_seen[kind] = len(found)
        metrics[f"due_{kind}"] = summary(took)
        met[f"due_{kind}"] = metrics[f"due_{kind}"]["p95_ms"] <= DUE_TARGET_MS
        raw = []
        with db.engine.connect() as conn:
            stmt = text(RAW[kind])
            for _ in range(WARMUP):
                conn.execute(stmt, params).all()
            for _ in range(samples):
                started = time.perf_counter()
                conn.execute(stmt, params).all()
                raw.append((time.perf_counter() - started) * 1000)
        metrics[f"due_{kind}_raw"] = summary(raw)
    met["value_classes"] = max(runs) * 1000 <= CLASSES_TARGET_MS
    return metrics, {"targets_met": met, "due_rows": rows_seen}
