"""Value classes A/B/C/D on hand-computed customers (both backends): the top 20% of the
year's spend with 3+ visits and no debts is A, a debtor is not; only free work or visits
more than 6 months apart is C; lost (no visit for over 6 months) is D whatever was spent;
everyone else, a customer who never came too, is B."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.domain.enums import Role, ValueClass
from app.domain.errors import AccessDenied
from app.domain.models import Customer
from app.services import value_classes
from app.services.people import as_user
from tests.app._care import asset, customer, released, utc

NOW = utc(2026, 12, 1, 12, 0)


@pytest.fixture
def agent(ctx):
    return as_user(ctx, "Zhou Yan", Role.FOLLOW_UP)


def _visits(ctx, name, visits, *, paid_short=None):
    c = customer(ctx, name)
    a = asset(ctx, c)
    for i, (at, due) in enumerate(visits):
        last = i == len(visits) - 1
        released(ctx, c, a, at, due=due, paid=paid_short if last and paid_short else None)
    return c


def test_classes_match_the_hand_computed_ones(ctx, agent, db):
    top = _visits(ctx, "Top", [(utc(2026, 9, 15), "1500"), (utc(2026, 10, 15), "1500"),
                               (utc(2026, 11, 15), "1500")])  # fmt: skip
    # spends most, 3 visits, but 1000.00 of the last bill is unpaid
    debtor = _visits(ctx, "Debtor", [(utc(2026, 9, 1), "1000"), (utc(2026, 10, 1), "2000"),
                                     (utc(2026, 11, 1), "2000")], paid_short="1000")  # fmt: skip
    few = _visits(ctx, "Few", [(utc(2026, 10, 1), "2000"), (utc(2026, 11, 1), "2000")])
    fillers = [_visits(ctx, f"Filler {i}", [(utc(2026, 11, 20), "100")]) for i in range(7)]
    free = _visits(ctx, "Warranty only", [(utc(2026, 8, 1), "0"), (utc(2026, 10, 1), "0")])
    # two visits 426 days apart (more than 6 months on average)
    sparse = _visits(ctx, "Sparse", [(utc(2025, 6, 1), "100"), (utc(2026, 8, 1), "100")])
    lost = _visits(ctx, "Lost", [(utc(2026, 1, 10), "100"), (utc(2026, 3, 10), "100"),
                                 (utc(2026, 5, 1), "100")])  # fmt: skip
    inactive = _visits(ctx, "Inactive", [(utc(2026, 6, 20), "100")])
    nobody = customer(ctx, "Never came")

    # 13 customers spent something this year: Debtor 5000 (1/13), Top 4500 (2/13 <= 20%),
    # Few 4000 (3/13 > 20%)
    result = value_classes.compute_classes(agent, now=NOW)
    expected = {
        top: "A", debtor: "B", few: "B", free: "C", sparse: "C", lost: "D", inactive: "B",
        nobody: "B", **dict.fromkeys(fillers, "B"),
    }  # fmt: skip
    got = {c: value_classes.class_of(agent, c) for c in expected}
    assert {c: v.value_class.value for c, v in got.items() if v} == expected
    assert got[top].spend == Decimal("4500.00") and got[top].visits == 3
    assert got[sparse].visits == 1  # the 2025 visit is outside the year
    assert got[lost].last_visit_at == utc(2026, 5, 1)
    assert got[nobody].last_visit_at is None and got[nobody].spend == Decimal("0")
    with db.read() as s:
        total = s.scalar(select(func.count()).select_from(Customer))
    assert sum(result.counts.values()) == total
    assert result.counts["A"] == 1 and result.counts["D"] == 1 and result.counts["C"] == 2


def test_recomputing_replaces_the_classes(ctx, agent):
    c = _visits(ctx, "Once", [(utc(2026, 11, 1), "100")])
    value_classes.compute_classes(agent, now=NOW)
    assert value_classes.class_of(agent, c).value_class is ValueClass.B
    # seven months later without a visit: lost
    value_classes.compute_classes(agent, now=utc(2027, 6, 2, 12, 0))
    assert value_classes.class_of(agent, c).value_class is ValueClass.D
    rows = value_classes.list_classes(agent, value_class=ValueClass.D)
    assert [r.customer_id for r in rows] == [c]


def test_the_advisor_reads_a_class_but_may_not_compute(ctx, agent):
    c = _visits(ctx, "Once", [(utc(2026, 11, 1), "100")])
    value_classes.compute_classes(agent, now=NOW)
    assert value_classes.class_of(ctx, c).value_class is ValueClass.B
    with pytest.raises(AccessDenied):
        value_classes.compute_classes(ctx, now=NOW)


def test_a_run_rewrites_only_the_customers_whose_figures_changed(ctx, agent):
    """The second run finds one customer's figures changed (a new visit): only that row is
    written again (its computed_at moves); the others keep theirs, with the same class."""
    same = _visits(ctx, "Same", [(utc(2026, 11, 1), "100")])
    came = _visits(ctx, "Came again", [(utc(2026, 11, 2), "100")])
    value_classes.compute_classes(agent, now=NOW)
    before = {c: value_classes.class_of(agent, c) for c in (same, came)}
    assert {v.computed_at for v in before.values()} == {NOW}
    released(ctx, came, asset(ctx, came), utc(2026, 11, 30), due="250")
    later = utc(2026, 12, 2, 12, 0)
    result = value_classes.compute_classes(agent, now=later)
    after = {c: value_classes.class_of(agent, c) for c in (same, came)}
    assert after[same] == before[same]  # untouched: same class, figures and computed_at
    assert after[came].computed_at == later
    assert (after[came].visits, after[came].spend) == (2, Decimal("350.00"))
    assert sum(result.counts.values()) == len(value_classes.list_classes(agent))


def test_a_voided_settlement_does_not_count(ctx, agent):
    """The settlement in force counts, a voided one (then settled again) does not."""
    c = customer(ctx, "Resettled")
    a = asset(ctx, c)
    order = released(ctx, c, a, utc(2026, 11, 1), due="900")
    with ctx.db.write() as session:
        from app.domain.models import Settlement

        old = session.scalars(select(Settlement).where(Settlement.order_id == order)).one()
        old.voided_at = utc(2026, 11, 1, 1)
        session.add(
            Settlement(
                number="S-again", order_id=order, gross=Decimal("400"), discount=Decimal(0),
                customer_total=Decimal("400"), rounding=Decimal(0), customer_due=Decimal("400"),
                free_total=Decimal(0), user_id=ctx.actor.user_id,
                station_id=ctx.actor.station_id, at=utc(2026, 11, 1, 2),
            )
        )  # fmt: skip
    value_classes.compute_classes(agent, now=NOW)
    got = value_classes.class_of(agent, c)
    assert (got.spend, got.visits) == (Decimal("400.00"), 1)


def test_the_day_is_classified_once_whichever_station_asks_first(ctx, agent, db):
    """Every station with the right asks each minute; the first ask of a shop-local day
    classifies (and refreshes the km projections), the others find it done."""
    from datetime import timedelta

    from app.domain.models import CustomerValue
    from app.services.settings import get_setting

    c = customer(ctx, "Han Bo")
    released(ctx, c, asset(ctx, c), utc(2026, 11, 20), due="800.00")
    first = value_classes.daily_classes(agent, now=NOW)
    assert first is not None and sum(first.counts.values()) >= 1
    other_station = as_user(ctx, "Zhou Yan 2", Role.FOLLOW_UP)
    assert value_classes.daily_classes(other_station, now=NOW + timedelta(hours=3)) is None
    with db.read() as s:
        assert s.get(CustomerValue, c).value_class is not None
        assert get_setting(s, value_classes.DAILY_STAMP_KEY) == "2026-12-01"
    tomorrow = value_classes.daily_classes(agent, now=NOW + timedelta(days=1))
    assert tomorrow is not None
    with db.read() as s:
        assert get_setting(s, value_classes.DAILY_STAMP_KEY) == "2026-12-02"
