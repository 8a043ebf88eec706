"""The shop's working time: minutes and days added across closing time, weekends, holidays,
调休 workdays and daylight-saving changes (Europe/Berlin, America/New_York), in UTC out.
Every expected instant is worked out by hand in the comment beside it."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.domain.working_time import (
    NoWorkingTime,
    ShopHours,
    add_working_days,
    add_working_minutes,
    next_opening,
    working_minutes_between,
)
from app.settings.values import WEEKDAYS, OpeningHours

SHANGHAI = ZoneInfo("Asia/Shanghai")
BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
DAY = OpeningHours(time(8, 30), time(18, 0))
WEEKDAYS_ONLY = {d: (DAY if d not in ("sat", "sun") else None) for d in WEEKDAYS}
# National Day 2026: 1-7 October closed (1 Oct is a Thursday); Saturday 10 October worked
NATIONAL_DAY = [date(2026, 10, d) for d in range(1, 8)]
SHOP = ShopHours.of(WEEKDAYS_ONLY, SHANGHAI, NATIONAL_DAY, [date(2026, 10, 10)])


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


def local(zone: ZoneInfo, *args: int) -> datetime:
    return datetime(*args, tzinfo=zone)  # type: ignore[misc]


def test_two_working_hours_run_over_the_weekend():
    # Friday 25 Sep 17:30 CST: 30 minutes left that day, 90 on Monday from 08:30 -> 10:00 CST
    start = local(SHANGHAI, 2026, 9, 25, 17, 30)
    assert add_working_minutes(SHOP, start, 120) == utc(2026, 9, 28, 2, 0)


def test_minutes_inside_one_day_and_zero_minutes():
    start = local(SHANGHAI, 2026, 9, 28, 9, 0)  # Monday 09:00 CST = 01:00 UTC
    assert add_working_minutes(SHOP, start, 120) == utc(2026, 9, 28, 3, 0)
    assert add_working_minutes(SHOP, start, 0) == utc(2026, 9, 28, 1, 0)
    # exactly to closing: Monday 16:00 + 120 min = 18:00 CST, not the next morning
    assert add_working_minutes(SHOP, local(SHANGHAI, 2026, 9, 28, 16), 120) == utc(
        2026, 9, 28, 10, 0
    )


def test_a_working_day_skips_the_national_day_holidays():
    # Wed 30 Sep 10:00 CST + 1 working day: 1-7 Oct closed -> Thu 8 Oct 10:00 CST
    start = local(SHANGHAI, 2026, 9, 30, 10, 0)
    assert add_working_days(SHOP, start, 1) == utc(2026, 10, 8, 2, 0)


def test_a_tiaoxiu_saturday_is_worked():
    # Fri 9 Oct 11:00 CST + 1 working day -> Sat 10 Oct (调休) 11:00 CST
    assert add_working_days(SHOP, local(SHANGHAI, 2026, 10, 9, 11), 1) == utc(2026, 10, 10, 3)
    # Tue 29 Sep 09:00 + 5: 30 Sep, 8 Oct, 9 Oct, 10 Oct (Sat, worked), Mon 12 Oct 09:00 CST
    assert add_working_days(SHOP, local(SHANGHAI, 2026, 9, 29, 9), 5) == utc(2026, 10, 12, 1)
    # minutes run through the 调休 Saturday too: Fri 9 Oct 17:00 + 120: 60 on Friday,
    # 60 from Saturday 08:30 -> Sat 09:30 CST = 01:30 UTC
    assert add_working_minutes(SHOP, local(SHANGHAI, 2026, 10, 9, 17), 120) == utc(
        2026, 10, 10, 1, 30
    )


def test_a_start_outside_the_opening_hours_counts_from_the_next_opening():
    # Sunday 27 Sep 20:00 CST -> Monday 08:30; + 1 working day -> Tuesday 29 Sep 08:30 CST
    start = local(SHANGHAI, 2026, 9, 27, 20, 0)
    assert next_opening(SHOP, start) == utc(2026, 9, 28, 0, 30)
    assert add_working_days(SHOP, start, 1) == utc(2026, 9, 29, 0, 30)
    # Monday 07:00 CST (before opening) + 120 min -> 10:30 CST
    assert add_working_minutes(SHOP, local(SHANGHAI, 2026, 9, 28, 7), 120) == utc(
        2026, 9, 28, 2, 30
    )


def test_a_day_later_keeps_its_time_within_a_shorter_day():
    short = dict(WEEKDAYS_ONLY, tue=OpeningHours(time(8, 30), time(12, 0)))
    hours = ShopHours.of(short, SHANGHAI)
    # Monday 17:00 + 1 working day: Tuesday closes at 12:00 -> Tuesday 12:00 CST
    assert add_working_days(hours, local(SHANGHAI, 2026, 9, 28, 17), 1) == utc(2026, 9, 29, 4)


def test_working_minutes_between():
    # Friday 17:00 -> Monday 09:00 CST: 60 + 30 minutes
    a, b = local(SHANGHAI, 2026, 9, 25, 17), local(SHANGHAI, 2026, 9, 28, 9)
    assert working_minutes_between(SHOP, a, b) == 90
    assert working_minutes_between(SHOP, b, a) == 0
    # across the whole holiday week: Wed 30 Sep 17:00 -> Thu 8 Oct 09:00 = 60 + 30
    a, b = local(SHANGHAI, 2026, 9, 30, 17), local(SHANGHAI, 2026, 10, 8, 9)
    assert working_minutes_between(SHOP, a, b) == 90


BERLIN_SHOP = ShopHours.of(WEEKDAYS_ONLY, BERLIN)


def test_berlin_spring_forward():
    # clocks go forward on Sunday 29 March 2026.
    # Fri 27 Mar 10:00 CET (09:00 UTC) + 1 working day -> Mon 30 Mar 10:00 CEST = 08:00 UTC
    assert add_working_days(BERLIN_SHOP, local(BERLIN, 2026, 3, 27, 10), 1) == utc(2026, 3, 30, 8)
    # Fri 17:00 CET + 120 min: 60 on Friday, 60 from Monday 08:30 CEST -> 09:30 CEST = 07:30 UTC
    assert add_working_minutes(BERLIN_SHOP, local(BERLIN, 2026, 3, 27, 17), 120) == utc(
        2026, 3, 30, 7, 30
    )


def test_berlin_fall_back():
    # clocks go back on Sunday 25 October 2026.
    # Fri 23 Oct 10:00 CEST (08:00 UTC) + 1 working day -> Mon 26 Oct 10:00 CET = 09:00 UTC
    assert add_working_days(BERLIN_SHOP, local(BERLIN, 2026, 10, 23, 10), 1) == utc(2026, 10, 26, 9)


def test_new_york_every_day_open_across_the_change():
    # open every day 09:00-17:00; clocks go forward on Sunday 8 March 2026 at 02:00
    week = dict.fromkeys(WEEKDAYS, OpeningHours(time(9), time(17)))
    hours = ShopHours.of(week, NEW_YORK)
    a = local(NEW_YORK, 2026, 3, 7, 16)  # Sat 16:00 EST = 21:00 UTC
    b = local(NEW_YORK, 2026, 3, 8, 10)  # Sun 10:00 EDT = 14:00 UTC (17 real hours later)
    assert b.astimezone(UTC) - a.astimezone(UTC) == timedelta(hours=17)
    assert working_minutes_between(hours, a, b) == 120
    # Sat 16:00 EST + 120 working minutes -> Sun 10:00 EDT
    assert add_working_minutes(hours, a, 120) == utc(2026, 3, 8, 14)
    # Sat 16:00 EST + 1 day -> Sun 16:00 EDT = 20:00 UTC (23 real hours)
    assert add_working_days(hours, a, 1) == utc(2026, 3, 8, 20)


def test_a_shop_never_open_is_refused_and_naive_times_too():
    closed = ShopHours.of(dict.fromkeys(WEEKDAYS), SHANGHAI)
    with pytest.raises(NoWorkingTime):
        add_working_minutes(closed, utc(2026, 9, 28, 1), 10)
    with pytest.raises(ValueError):
        add_working_minutes(SHOP, datetime(2026, 9, 28, 9), 10)
