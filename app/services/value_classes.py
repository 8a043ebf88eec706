"""Value classes A/B/C/D (DOMAIN.md, "Keeping customers"), computed for every customer in
one set-based statement and stored in ``customer_values`` (on demand and at the start of
each day: :func:`compute_classes`, ``python -m app classes``).

Over the last 12 months, from released orders and their (not voided) settlements:

- **D**: lost, the last visit is more than 6 months ago;
- **A**: the top 20% of the year's spend (what the customer paid, so insurance, warranty,
  goodwill and internal work do not count), 3 or more visits, and no debts (everything
  settled on released orders is paid);
- **C**: the year's visits were only warranty or free work (nothing to pay), or the visits
  are more than 6 months apart on average (two or more visits);
- **B**: everyone else, a customer without a released visit yet too.

The order of the tests is the order above (a lost customer is D whatever they spent).

A run writes only the rows whose class or figures changed (and inserts new customers'), so
a row's ``computed_at`` is when its figures were last found different: later runs found
them the same. The daily run thus writes the few customers who came, or whose visits left
the 12-month window, instead of every row with its three indexes and foreign key check.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, func, select, text
from sqlalchemy.orm import Session

from app.domain.enums import ValueClass
from app.domain.models import Customer, CustomerValue
from app.domain.permissions import Permission
from app.domain.types import UTCDateTime, utcnow
from app.services.access import require
from app.services.context import ServiceContext
from app.services.settings import get_setting, put_setting

YEAR = timedelta(days=365)
LOST_AFTER = timedelta(days=183)  # 6 months
INACTIVE_AFTER = timedelta(days=152)  # 5 months
GAP_DAYS = 183  # "visits more than 6 months apart"
TOP_SHARE = 0.2
A_VISITS = 3


def _days_between(dialect: str, later: str, earlier: str) -> str:
    if dialect == "postgresql":
        return f"(EXTRACT(EPOCH FROM ({later} - {earlier})) / 86400.0)"
    return f"(julianday({later}) - julianday({earlier}))"


def _select_sql(dialect: str) -> str:
    """Every customer's class and figures, in one pass over the released orders.

    An order has at most one settlement in force (``cashier.settle`` refuses a second one
    until the first is voided), so settlements join per order without grouping; payments
    are summed per order first. The top-20% test is a running count of spenders in
    spend order (what ``CUME_DIST`` over the spenders gives) beside their total, in the
    same window pass as the per-customer figures. Customers without a released visit are
    added by an anti-join (class B), not by joining every customer to the figures (SQLite
    would scan the figures once per customer)."""
    gap = _days_between(dialect, "c.last_at", "c.first_at")
    return f"""
WITH per_order AS (
    SELECT o.customer_id, o.released_at, COALESCE(s.customer_due, 0) AS due,
           COALESCE(p.paid, 0) AS paid
    FROM work_orders o
    LEFT JOIN settlements s ON s.order_id = o.id AND s.voided_at IS NULL
    LEFT JOIN (SELECT order_id,
                      SUM(CASE WHEN kind = 'refund' THEN -amount ELSE amount END) AS paid
               FROM payments GROUP BY order_id) p ON p.order_id = o.id
    WHERE o.state = 'released' AND o.released_at IS NOT NULL
),
c AS (
    SELECT customer_id,
           SUM(CASE WHEN released_at >= :year_ago THEN due ELSE 0 END) AS spend,
           SUM(CASE WHEN released_at >= :year_ago THEN 1 ELSE 0 END) AS visits,
           SUM(CASE WHEN released_at >= :year_ago AND due > 0 THEN 1 ELSE 0 END) AS paid_visits,
           MAX(released_at) AS last_at, MIN(released_at) AS first_at, COUNT(*) AS n,
           SUM(due) - SUM(paid) AS owed
    FROM per_order GROUP BY customer_id
),
ranked AS (
    SELECT c.*,
           SUM(CASE WHEN spend > 0 THEN 1 ELSE 0 END) OVER (ORDER BY spend DESC) AS place,
           SUM(CASE WHEN spend > 0 THEN 1 ELSE 0 END) OVER () AS spenders
    FROM c
)
SELECT c.customer_id,
       CASE
         WHEN c.last_at < :lost_before THEN 'D'
         WHEN c.spend > 0 AND c.place <= :top_share * c.spenders AND c.visits >= :a_visits
              AND c.owed <= 0 THEN 'A'
         WHEN c.visits > 0 AND c.paid_visits = 0 THEN 'C'
         WHEN c.n >= 2 AND {gap} > (c.n - 1) * :gap_days THEN 'C'
         ELSE 'B'
       END AS value_class,
       c.spend, c.visits, c.last_at AS last_visit_at
FROM ranked c
UNION ALL
SELECT cu.id, 'B', 0, 0, NULL
FROM customers cu
WHERE NOT EXISTS (SELECT 1 FROM work_orders o WHERE o.customer_id = cu.id
                  AND o.state = 'released' AND o.released_at IS NOT NULL)
"""


def _statement(dialect: str) -> Any:
    """The classification as a SELECT (the bench's raw counterpart times it alone)."""
    return text(_select_sql(dialect)).bindparams(
        bindparam("year_ago", type_=UTCDateTime()),
        bindparam("lost_before", type_=UTCDateTime()),
    )


def _upsert(dialect: str, *, empty: bool = False) -> Any:
    """Write the classes: a customer's row is written only when their class or figures
    changed (so the daily run writes the few that did, not every row with its indexes and
    foreign key check); a new customer's row is inserted. Into an empty table (the first
    run) a plain INSERT: the conflict checks would only cost."""
    differs = "IS DISTINCT FROM" if dialect == "postgresql" else "IS NOT"
    cols = "customer_id, value_class, spend, visits, last_visit_at, computed_at"
    insert = f"""
INSERT INTO customer_values ({cols})
SELECT customer_id, value_class, spend, visits, last_visit_at, :now
FROM ({_select_sql(dialect)}) AS classed
"""
    sql = (
        insert
        if empty
        else insert
        + f"""WHERE true
ON CONFLICT (customer_id) DO UPDATE SET
    value_class = excluded.value_class, spend = excluded.spend, visits = excluded.visits,
    last_visit_at = excluded.last_visit_at, computed_at = excluded.computed_at
WHERE customer_values.value_class <> excluded.value_class
   OR customer_values.spend <> excluded.spend
   OR customer_values.visits <> excluded.visits
   OR customer_values.last_visit_at {differs} excluded.last_visit_at
"""
    )
    return text(sql).bindparams(
        bindparam("year_ago", type_=UTCDateTime()),
        bindparam("lost_before", type_=UTCDateTime()),
        bindparam("now", type_=UTCDateTime()),
    )


@dataclass(frozen=True)
class ClassCounts:
    computed_at: datetime
    counts: dict[str, int]
    seconds: float  # the classification (the run less the km projections' refresh)
    km_projections: int = 0  # the maintenance list's km projections written by the run
    km_seconds: float = 0.0  # their refresh

    def as_json(self) -> dict[str, Any]:
        return {
            "computed_at": self.computed_at.isoformat(),
            "counts": self.counts,
            "seconds": round(self.seconds, 3),
            "km_projections": self.km_projections,
            "km_seconds": round(self.km_seconds, 3),
        }


def classify(session: Session, now: datetime) -> dict[str, int]:
    """Recompute every customer's class in the session's transaction; counts per class."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        # the per-customer aggregate and the spend sort stay in memory (no spill to disk)
        session.execute(text("SET LOCAL work_mem = '64MB'"))
    empty = session.scalar(select(CustomerValue.customer_id).limit(1)) is None
    result = session.execute(
        _upsert(dialect, empty=empty),
        {
            "year_ago": now - YEAR,
            "lost_before": now - LOST_AFTER,
            "top_share": TOP_SHARE,
            "a_visits": A_VISITS,
            "gap_days": GAP_DAYS,
            "now": now,
        },
    )
    written = int(getattr(result, "rowcount", 0) or 0)
    stmt = select(CustomerValue.value_class, func.count()).group_by(CustomerValue.value_class)
    counts = {ValueClass(k).value: n for k, n in session.execute(stmt)}
    if dialect == "postgresql" and written * 10 > sum(counts.values()):
        # much was rewritten: fresh statistics, so the due lists' plans use its indexes
        session.execute(text("ANALYZE customer_values"))
    return {k.value: counts.get(k.value, 0) for k in ValueClass}


def compute_classes(ctx: ServiceContext, *, now: datetime | None = None) -> ClassCounts:
    """Classify every customer now and refresh the maintenance list's km projections
    (:func:`app.services.due_lists.refresh_km_projections`), one transaction; the day's
    first run (:func:`daily_classes`) does the same."""
    result = _compute(ctx, now or utcnow(), daily=False)
    assert result is not None
    return result


#: the settings row of the day's run: the shop-local day it ran for
DAILY_STAMP_KEY = "care.classes_day"
_DAILY_LOCK = 0x636C61737365735F  # pg_advisory_xact_lock key of the day's run ("classes_")


def daily_classes(ctx: ServiceContext, *, now: datetime | None = None) -> ClassCounts | None:
    """The day's classification (and km projections), once per shop-local day whichever
    station asks first: every signed-in station with the right asks each minute (the care
    desk's watch), so the classes are fresh each morning without an outside job. None when
    today's run was done already (one primary-key read)."""
    from app.services.followups import local_zone  # (it reads the classes)

    now = now or utcnow()
    today = now.astimezone(local_zone()).date().isoformat()
    with ctx.db.read() as session:
        require(session, ctx, Permission.FOLLOW_UP)
        if get_setting(session, DAILY_STAMP_KEY) == today:
            return None
    return _compute(ctx, now, daily=True)


def _compute(ctx: ServiceContext, now: datetime, *, daily: bool) -> ClassCounts | None:
    import time as _time

    from app.services.due_lists import refresh_km_projections  # it imports this module
    from app.services.followups import local_zone

    started = _time.perf_counter()
    with ctx.db.write() as session:
        require(session, ctx, Permission.FOLLOW_UP)
        if daily:  # two stations at once: the second finds the day done
            if session.get_bind().dialect.name == "postgresql":
                session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _DAILY_LOCK})
            today = now.astimezone(local_zone()).date().isoformat()
            if get_setting(session, DAILY_STAMP_KEY) == today:
                return None
            put_setting(session, DAILY_STAMP_KEY, today)
        counts = classify(session, now)
        km_started = _time.perf_counter()
        projected = refresh_km_projections(session, now)
        km_seconds = _time.perf_counter() - km_started
    seconds = _time.perf_counter() - started - km_seconds
    return ClassCounts(now, counts, seconds, projected, km_seconds)


@dataclass(frozen=True)
class CustomerClass:
    customer_id: int
    customer: str
    value_class: ValueClass
    spend: Decimal
    visits: int
    last_visit_at: datetime | None
    computed_at: datetime

    def as_json(self) -> dict[str, Any]:
        return {
            "customer_id": self.customer_id,
            "customer": self.customer,
            "class": self.value_class.value,
            "spend": f"{self.spend:.2f}",
            "visits": self.visits,
            "last_visit_at": self.last_visit_at.isoformat() if self.last_visit_at else None,
            "computed_at": self.computed_at.isoformat(),
        }


def class_of(ctx: ServiceContext, customer_id: int) -> CustomerClass | None:
    """A customer's class as last computed (for the customer file and intake)."""
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        rows = _rows(session, customer_id=customer_id)
    return rows[0] if rows else None


def list_classes(
    ctx: ServiceContext, *, value_class: ValueClass | None = None, limit: int = 1000
) -> list[CustomerClass]:
    with ctx.db.read() as session:
        require(session, ctx, Permission.FOLLOW_UP)
        return _rows(session, value_class=value_class, limit=limit)


def _rows(
    session: Session,
    *,
    customer_id: int | None = None,
    value_class: ValueClass | None = None,
    limit: int = 1000,
) -> list[CustomerClass]:
    stmt = (
        select(CustomerValue, Customer.name)
        .join(Customer, Customer.id == CustomerValue.customer_id)
        .order_by(CustomerValue.value_class, CustomerValue.spend.desc(), Customer.id)
        .limit(limit)
    )
    if customer_id is not None:
        stmt = stmt.where(CustomerValue.customer_id == customer_id)
    if value_class is not None:
        stmt = stmt.where(CustomerValue.value_class == value_class)
    return [
        CustomerClass(
            v.customer_id, name, ValueClass(v.value_class), v.spend, v.visits, v.last_visit_at,
            v.computed_at,
        )
        for v, name in session.execute(stmt)
    ]  # fmt: skip
