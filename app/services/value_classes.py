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
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, delete, func, select, text
from sqlalchemy.orm import Session

from app.domain.enums import ValueClass
from app.domain.models import Customer, CustomerValue
from app.domain.permissions import Permission
from app.domain.types import UTCDateTime, utcnow
from app.services.access import require
from app.services.context import ServiceContext

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


def _statement(dialect: str) -> Any:
    gap = _days_between(dialect, "c.last_at", "c.first_at")
    sql = f"""
WITH per_order AS (
    SELECT o.customer_id, o.released_at, COALESCE(s.due, 0) AS due
    FROM work_orders o
    LEFT JOIN (SELECT order_id, SUM(customer_due) AS due FROM settlements
               WHERE voided_at IS NULL GROUP BY order_id) s ON s.order_id = o.id
    WHERE o.state = 'released' AND o.released_at IS NOT NULL
),
paid AS (
    SELECT o.customer_id,
           SUM(CASE WHEN p.kind = 'refund' THEN -p.amount ELSE p.amount END) AS paid
    FROM payments p JOIN work_orders o ON o.id = p.order_id
    WHERE o.state = 'released'
    GROUP BY o.customer_id
),
c AS (
    SELECT customer_id,
           SUM(CASE WHEN released_at >= :year_ago THEN due ELSE 0 END) AS spend,
           SUM(CASE WHEN released_at >= :year_ago THEN 1 ELSE 0 END) AS visits,
           SUM(CASE WHEN released_at >= :year_ago AND due > 0 THEN 1 ELSE 0 END) AS paid_visits,
           MAX(released_at) AS last_at, MIN(released_at) AS first_at, COUNT(*) AS n,
           SUM(due) AS due_all
    FROM per_order GROUP BY customer_id
),
ranked AS (
    SELECT customer_id, CUME_DIST() OVER (ORDER BY spend DESC) AS share
    FROM c WHERE spend > 0
)
SELECT cu.id AS customer_id,
       CASE
         WHEN c.last_at IS NOT NULL AND c.last_at < :lost_before THEN 'D'
         WHEN r.share <= :top_share AND c.visits >= :a_visits
              AND c.due_all - COALESCE(p.paid, 0) <= 0 THEN 'A'
         WHEN c.visits > 0 AND c.paid_visits = 0 THEN 'C'
         WHEN c.n >= 2 AND {gap} > (c.n - 1) * :gap_days THEN 'C'
         ELSE 'B'
       END AS value_class,
       COALESCE(c.spend, 0) AS spend,
       COALESCE(c.visits, 0) AS visits,
       c.last_at AS last_visit_at
FROM customers cu
LEFT JOIN c ON c.customer_id = cu.id
LEFT JOIN ranked r ON r.customer_id = cu.id
LEFT JOIN paid p ON p.customer_id = cu.id
"""
    return text(sql).bindparams(
        bindparam("year_ago", type_=UTCDateTime()),
        bindparam("lost_before", type_=UTCDateTime()),
    )


@dataclass(frozen=True)
class ClassCounts:
    computed_at: datetime
    counts: dict[str, int]
    seconds: float

    def as_json(self) -> dict[str, Any]:
        return {
            "computed_at": self.computed_at.isoformat(),
            "counts": self.counts,
            "seconds": round(self.seconds, 3),
        }


def classify(session: Session, now: datetime) -> dict[str, int]:
    """Recompute every customer's class in the session's transaction; counts per class."""
    dialect = session.get_bind().dialect.name
    select_sql = _statement(dialect)
    cols = "customer_id, value_class, spend, visits, last_visit_at, computed_at"
    insert_sql = text(
        f"INSERT INTO customer_values ({cols}) "
        f"SELECT customer_id, value_class, spend, visits, last_visit_at, :now FROM ("
        f"{select_sql.text}) AS classed"
    ).bindparams(
        bindparam("year_ago", type_=UTCDateTime()),
        bindparam("lost_before", type_=UTCDateTime()),
        bindparam("now", type_=UTCDateTime()),
    )
    session.execute(delete(CustomerValue))
    session.execute(
        insert_sql,
        {
            "year_ago": now - YEAR,
            "lost_before": now - LOST_AFTER,
            "top_share": TOP_SHARE,
            "a_visits": A_VISITS,
            "gap_days": GAP_DAYS,
            "now": now,
        },
    )
    if dialect == "postgresql":
        # the table was rewritten: fresh statistics, so the due lists' plans use its indexes
        session.execute(text("ANALYZE customer_values"))
    stmt = select(CustomerValue.value_class, func.count()).group_by(CustomerValue.value_class)
    counts = {ValueClass(k).value: n for k, n in session.execute(stmt)}
    return {k.value: counts.get(k.value, 0) for k in ValueClass}


def compute_classes(ctx: ServiceContext, *, now: datetime | None = None) -> ClassCounts:
    """Classify every customer now (one transaction); the daily start calls it too."""
    import time as _time

    now = now or utcnow()
    started = _time.perf_counter()
    with ctx.db.write() as session:
        require(session, ctx, Permission.FOLLOW_UP)
        counts = classify(session, now)
    return ClassCounts(now, counts, _time.perf_counter() - started)


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
