"""Due lists on hand-computed cases (both backends): the window is 30 days behind to
``days`` ahead of today (shop-local); company and staff cars, sold and stolen assets and
merged or anonymised customers are left out of every list."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app.domain.enums import AssetKind, AssetStatus, AssetUse, Role
from app.domain.errors import AccessDenied, ValidationError, ValidationErrors
from app.domain.models import CareCall, KmProjection
from app.services import due_lists, value_classes
from app.services.people import as_user
from tests.app._care import asset, customer, released, utc

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = utc(2026, 12, 1, 4, 0)  # Tuesday 1 December 2026, 12:00 in Shanghai
TODAY = date(2026, 12, 1)


@pytest.fixture
def agent(ctx):
    return as_user(ctx, "Zhou Yan", Role.FOLLOW_UP)


def _list(agent, kind, days=30):
    return due_lists.due_list(agent, kind, days=days, now=NOW, zone=SHANGHAI)


def _assets(rows):
    return [(r.asset_id, r.due) for r in rows]


def test_inspection_and_insurance_by_their_dates(ctx, agent):
    c = customer(ctx, "Chen Jie")
    soon = asset(ctx, c, inspection_due=date(2026, 12, 10), insurance_due=date(2026, 12, 20))
    overdue = asset(ctx, c, inspection_due=date(2026, 11, 5))  # 26 days late: still listed
    asset(ctx, c, inspection_due=date(2026, 10, 15))  # 47 days late: off the list
    later = asset(ctx, c, inspection_due=date(2027, 1, 15))  # beyond 30 days
    asset(ctx, c, inspection_due=date(2026, 12, 5), use=AssetUse.COMPANY)
    asset(ctx, c, inspection_due=date(2026, 12, 5), use=AssetUse.STAFF)
    asset(ctx, c, inspection_due=date(2026, 12, 5), status=AssetStatus.STOLEN)
    asset(ctx, c, inspection_due=date(2026, 12, 5), status=AssetStatus.SOLD)
    merged = customer(ctx, "Merged", merged_into_id=c)
    asset(ctx, merged, inspection_due=date(2026, 12, 5))
    gone = customer(ctx, "Anonymised", anonymised_at=utc(2026, 11, 1))
    asset(ctx, gone, inspection_due=date(2026, 12, 5))

    rows = _list(agent, "inspection")
    assert _assets(rows) == [(overdue, date(2026, 11, 5)), (soon, date(2026, 12, 10))]
    assert rows[0].phone and rows[0].customer == "Chen Jie"
    assert _assets(_list(agent, "insurance")) == [(soon, date(2026, 12, 20))]
    assert _assets(_list(agent, "inspection", days=60)) == [
        (overdue, date(2026, 11, 5)), (soon, date(2026, 12, 10)), (later, date(2027, 1, 15))
    ]  # fmt: skip


def test_warranty_from_its_end_or_the_invoice_date(ctx, agent):
    c = customer(ctx, "Lin Fang")
    by_invoice = asset(ctx, c, invoice_date=date(2023, 12, 15))  # + 36 months
    explicit = asset(ctx, c, invoice_date=date(2020, 1, 1), warranty_until=date(2026, 12, 25))
    phone = asset(ctx, c, AssetKind.DEVICE, invoice_date=date(2025, 12, 10))  # + 12 months
    asset(ctx, c, invoice_date=date(2024, 6, 1))  # ends June 2027
    asset(ctx, c, invoice_date=date(2023, 12, 15), warranty_until=date(2027, 6, 1))
    assert _assets(_list(agent, "warranty")) == [
        (phone, date(2026, 12, 10)), (by_invoice, date(2026, 12, 15)),
        (explicit, date(2026, 12, 25)),
    ]  # fmt: skip


def test_birthdays_in_the_window_and_across_the_new_year(ctx, agent):
    early = customer(ctx, "December", birthday=date(1980, 12, 5))
    january = customer(ctx, "January", birthday=date(1990, 1, 10))
    customer(ctx, "Yesterday", birthday=date(1985, 11, 30))
    fleet = customer(ctx, "Fleet only", birthday=date(1975, 12, 6))
    for c in (early, january):
        asset(ctx, c)
    asset(ctx, fleet, use=AssetUse.COMPANY)
    rows = _list(agent, "birthday")
    assert [(r.customer_id, r.due) for r in rows] == [(early, date(2026, 12, 5))]
    rows = _list(agent, "birthday", days=45)
    assert [(r.customer_id, r.due) for r in rows] == [
        (early, date(2026, 12, 5)), (january, date(2027, 1, 10))
    ]  # fmt: skip


def test_maintenance_by_date_and_by_projected_mileage(ctx, agent):
    c = customer(ctx, "Wang Lei")
    by_date = asset(ctx, c)
    released(ctx, c, by_date, utc(2026, 6, 1), next_service_date=date(2026, 12, 15))
    came_back = asset(ctx, c)
    released(ctx, c, came_back, utc(2026, 6, 1), next_service_date=date(2026, 12, 15))
    released(ctx, c, came_back, utc(2026, 9, 1))  # a later visit: that date is superseded
    by_km = asset(ctx, c)
    released(ctx, c, by_km, utc(2026, 1, 1), mileage=10_000)
    # 9050 km in 181 days: 50 km a day; 6950 km to 26000 -> 139 days after 1 July
    released(ctx, c, by_km, utc(2026, 7, 1), mileage=19_050, next_service_km=26_000)
    one_reading = asset(ctx, c)
    released(ctx, c, one_reading, utc(2026, 7, 1), mileage=19_000, next_service_km=20_000)
    fleet = asset(ctx, c, use=AssetUse.COMPANY)
    released(ctx, c, fleet, utc(2026, 6, 1), next_service_date=date(2026, 12, 15))
    parked = asset(ctx, c)  # 1 km in half a year: its service km lie thousands of years ahead
    released(ctx, c, parked, utc(2026, 1, 1), mileage=30_000)
    released(ctx, c, parked, utc(2026, 7, 1), mileage=30_001, next_service_km=999_000)
    rows = _list(agent, "maintenance")
    assert _assets(rows) == [(by_km, date(2026, 11, 17)), (by_date, date(2026, 12, 15))]
    assert "50 km/day" in rows[0].detail


def test_a_release_after_the_last_refresh_is_seen_by_the_next_list(ctx, agent, db):
    c = customer(ctx, "Sun Qiang")
    car = asset(ctx, c)
    released(ctx, c, car, utc(2026, 1, 1), mileage=10_000)
    assert _list(agent, "maintenance") == []  # one reading: no pace (the list refreshed)
    # 9050 km in 181 days: 50 km a day; 6950 km to 26000 -> 139 days after 1 July
    released(ctx, c, car, utc(2026, 7, 1), mileage=19_050, next_service_km=26_000)
    rows = _list(agent, "maintenance")
    assert _assets(rows) == [(car, date(2026, 11, 17))]
    assert (rows[0].detail, rows[0].due_km, rows[0].km_per_day) == (
        "26000 km at 50 km/day", 26_000, 50,
    )  # fmt: skip
    # it came back: 15000 km in 304 days (49.3 a day), 15000 km more -> 304 days on
    released(ctx, c, car, utc(2026, 11, 1), mileage=25_000, next_service_km=40_000)
    assert _list(agent, "maintenance") == []
    assert _assets(_list(agent, "maintenance", days=366)) == [(car, date(2027, 9, 1))]
    with db.read() as s:
        km = s.get(KmProjection, car)
        assert (km.due_on, km.next_km, km.per_day) == (date(2027, 9, 1), 40_000, 49)


def test_a_projection_on_the_windows_last_day_is_listed(ctx, agent):
    c = customer(ctx, "Ma Li")
    car = asset(ctx, c)
    released(ctx, c, car, utc(2026, 1, 1), mileage=10_000)
    # 50 km a day; 9175 km to 28225 -> 183.5 days after 1 July: 31 December, today + 30
    released(ctx, c, car, utc(2026, 7, 1), mileage=19_050, next_service_km=28_225)
    assert _assets(_list(agent, "maintenance")) == [(car, date(2026, 12, 31))]
    assert _assets(_list(agent, "maintenance", days=29)) == []


def test_the_daily_run_refreshes_the_km_projections(ctx, agent, db):
    c = customer(ctx, "Guo Ping")
    car = asset(ctx, c)
    released(ctx, c, car, utc(2026, 1, 1), mileage=10_000)
    released(ctx, c, car, utc(2026, 7, 1), mileage=19_050, next_service_km=26_000)
    result = value_classes.compute_classes(agent, now=NOW)
    assert result.km_projections == 1
    with db.read() as s:
        km = s.get(KmProjection, car)
        assert (km.due_on, km.next_km, km.per_day, km.last_at) == (
            date(2026, 11, 17), 26_000, 50, utc(2026, 7, 1),
        )  # fmt: skip
    assert _assets(_list(agent, "maintenance")) == [(car, date(2026, 11, 17))]


def test_first_service_of_a_new_car_that_never_came(ctx, agent):
    c = customer(ctx, "Zhao Min")
    new = asset(ctx, c, invoice_date=date(2026, 9, 10))  # + 90 days = 9 December
    came = asset(ctx, c, invoice_date=date(2026, 9, 10))
    released(ctx, c, came, utc(2026, 11, 1))
    asset(ctx, c, AssetKind.DEVICE, invoice_date=date(2026, 9, 10))
    assert _assets(_list(agent, "first_service")) == [(new, date(2026, 12, 9))]
    assert came != new


def test_inactive_and_lost_from_the_daily_figures(ctx, agent):
    five = customer(ctx, "Five months")
    released(ctx, five, asset(ctx, five), utc(2026, 6, 20))
    seven = customer(ctx, "Seven months")
    released(ctx, seven, asset(ctx, seven), utc(2026, 5, 1))
    recent = customer(ctx, "Recent")
    released(ctx, recent, asset(ctx, recent), utc(2026, 11, 1))
    fleet = customer(ctx, "Fleet")
    released(ctx, fleet, asset(ctx, fleet, use=AssetUse.COMPANY), utc(2026, 5, 1))
    value_classes.compute_classes(agent, now=NOW)
    assert [(r.customer_id, r.due) for r in _list(agent, "inactive")] == [(five, date(2026, 6, 20))]
    assert [(r.customer_id, r.due) for r in _list(agent, "lost")] == [(seven, date(2026, 5, 1))]


def test_a_call_on_a_row_is_logged(ctx, agent, db):
    c = customer(ctx, "Chen Jie")
    a = asset(ctx, c, inspection_due=TODAY + timedelta(days=3))
    call_id = due_lists.log_call(agent, "inspection", c, asset_id=a, outcome="booked",
                                 note="Friday 9:00", duration_s=75, now=NOW)  # fmt: skip
    with db.read() as s:
        call = s.get(CareCall, call_id)
        assert (call.due_kind, call.outcome, call.duration_s, call.note, call.asset_id) == (
            "inspection",
            "booked",
            75,
            "Friday 9:00",
            a,
        )
        assert call.follow_up_id is None
    with pytest.raises(ValidationError) as err:
        due_lists.log_call(agent, "inspection", c, outcome="maybe")
    assert err.value.field == "outcome"
    with db.read() as s:
        assert len(s.scalars(select(CareCall)).all()) == 1
    # the row shows its last call on this list (not on another list's)
    later = NOW + timedelta(hours=2)
    due_lists.log_call(agent, "inspection", c, asset_id=a, outcome="unreachable", now=later)
    due_lists.log_call(agent, "insurance", c, asset_id=a, outcome="declined", now=later)
    (row,) = _list(agent, "inspection")
    assert (row.last_call_at, row.last_call_outcome) == (later, "unreachable")
    other = customer(ctx, "Not called")
    asset(ctx, other, inspection_due=TODAY + timedelta(days=4))
    assert [r.last_call_at for r in _list(agent, "inspection")] == [later, None]


def test_unknown_list_and_rights(ctx, agent):
    with pytest.raises(ValidationError) as err:
        due_lists.due_list(agent, "weather")
    assert err.value.code == "invalid_choice"
    with pytest.raises(AccessDenied):
        due_lists.due_list(ctx, "inspection")


def test_the_streamed_km_facts_are_the_set_based_ones(ctx, agent):
    """SQLite derives the km facts in one pass over the orders; it gives what the window
    query gives (on each backend both run), on random histories: cancelled orders, orders
    without a reading, two orders at the same time, a later order not yet released."""
    import random

    from app.domain.enums import OrderState
    from app.services.due_lists import _km_facts_sql, _km_facts_streamed

    rng = random.Random(12)
    c = customer(ctx, "Many Visits")
    for _ in range(60):
        car = asset(ctx, c)
        at = utc(2025, 1, 1)
        km = rng.randrange(1_000, 50_000)
        for _ in range(rng.randrange(0, 6)):
            at += timedelta(days=rng.choice([0, 0, 3, 40, 90]))
            km += rng.choice([0, 500, 2_000])
            released(
                ctx, c, car, at,
                mileage=rng.choice([km, km, None]),
                next_service_km=rng.choice([km + 5_000, None]),
                state=rng.choice([OrderState.RELEASED] * 4 + [OrderState.CANCELLED,
                                                              OrderState.IN_PROGRESS]),
            )  # fmt: skip
    with ctx.db.read() as s:
        for since in (None, utc(2025, 3, 1)):
            expected = [tuple(r) for r in _km_facts_sql(s, since)]
            streamed = [
                (f.asset_id, f.next_service_km, f.first_at, f.last_at, f.first_km, f.last_km)
                for f in _km_facts_streamed(s, since)
            ]
            assert streamed == expected
            assert since is not None or len(expected) >= 4  # the case has cases


def test_the_desk_sets_what_the_lists_read_status_use_care_dates_and_birthday(ctx, agent):
    """What the lists and their exclusions read is entered through the services (the
    customer file's dialogs): an asset's status and use, its 年检, insurance and warranty
    dates as typed, a customer's birthday; each refused date is said at its field."""
    from app.domain.enums import AssetKind
    from app.domain.models import Asset, Customer
    from app.services import customers
    from app.services.inputs import AssetInput, CustomerInput

    c = customer(ctx, "Wu Lei")
    car = asset(ctx, c)
    with ctx.db.read() as s:
        a = s.get(Asset, car)
        plate, version = a.plate, a.version
    typed = AssetInput(kind=AssetKind.VEHICLE, plate=plate, make="Make",
                       inspection_due="2026/12/12", insurance_due="２０２６１２２０",
                       warranty_until="", care_dates=True)  # fmt: skip
    saved = customers.update_asset(ctx, car, typed, version=version)
    assert (saved.inspection_due, saved.insurance_due) == (date(2026, 12, 12), date(2026, 12, 20))
    assert _assets(_list(agent, "inspection")) == [(car, date(2026, 12, 12))]
    assert _assets(_list(agent, "insurance")) == [(car, date(2026, 12, 20))]
    # the dates stay when a later edit does not give them; a company car leaves the lists
    saved = customers.update_asset(ctx, car, AssetInput(kind=AssetKind.VEHICLE, plate=plate,
                                   use=AssetUse.COMPANY), version=saved.version)  # fmt: skip
    assert saved.inspection_due == date(2026, 12, 12) and saved.use is AssetUse.COMPANY
    assert _list(agent, "inspection") == []
    saved = customers.update_asset(ctx, car, AssetInput(kind=AssetKind.VEHICLE, plate=plate,
                                   use=AssetUse.PRIVATE, status=AssetStatus.SOLD),
                                   version=saved.version)  # fmt: skip
    assert _list(agent, "inspection") == []  # sold: gone from the lists too
    with pytest.raises(ValidationErrors) as refused:
        customers.update_asset(ctx, car, AssetInput(kind=AssetKind.VEHICLE, plate=plate,
                               inspection_due="2026-13-45", care_dates=True),
                               version=saved.version)  # fmt: skip
    assert [e.field for e in refused.value.errors] == ["inspection_due"]

    with ctx.db.read() as s:
        cust = s.get(Customer, c)
        phones = [p.number for p in cust.phones]
        cv = cust.version
    other = customer(ctx, "Xu Min")
    asset(ctx, other)
    updated = customers.update_customer(
        ctx, c, CustomerInput(name="Wu Lei", phones=phones, birthday="1990-12-05"), version=cv
    )
    assert updated.birthday == date(1990, 12, 5) and updated.birthday_md == "12-05"
    customers.update_asset(ctx, car, AssetInput(kind=AssetKind.VEHICLE, plate=plate,
                           status=AssetStatus.IN_USE), version=saved.version)  # fmt: skip
    rows = _list(agent, "birthday")
    assert [(r.customer_id, r.due) for r in rows] == [(c, date(2026, 12, 5))]
    # kept when not given, cleared by a blank
    updated = customers.update_customer(
        ctx, c, CustomerInput(name="Wu Lei", phones=phones), version=updated.version
    )
    assert updated.birthday == date(1990, 12, 5)
    updated = customers.update_customer(
        ctx, c, CustomerInput(name="Wu Lei", phones=phones, birthday=""), version=updated.version
    )
    assert updated.birthday is None and _list(agent, "birthday") == []
