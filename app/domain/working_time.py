"""The shop's working time: deadlines counted in opening hours, skipping closed weekdays and
holidays, working the 调休 days (weekend days worked because a holiday moved there).

Instants go in and come out in UTC; the counting happens in the shop's local time (its
zone), so a deadline is right across a change of daylight-saving time: one working day
after Friday 10:00 is Monday 10:00 local, whatever the clocks did on Sunday.

- :func:`add_working_minutes`: ``start`` plus so many minutes of opening hours (a
  complaint received at 17:30 with 2 hours to answer, shop closing at 18:00, is due 1.5
  hours after the next opening);
- :func:`add_working_days`: the same local time ``days`` working days later (a start
  outside the opening hours counts from the next opening), kept within that day's hours;
- :func:`working_minutes_between`: the opening minutes between two instants (how long a
  paused clock stood still).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from app.settings.values import WEEKDAYS, OpeningHours

#: how far the counting looks ahead for an open day before giving up (a shop closed for ever)
_HORIZON_DAYS = 3 * 366


class NoWorkingTime(ValueError):
    """The shop's hours have no open day within the horizon (every weekday closed)."""


@dataclass(frozen=True)
class ShopHours:
    """Opening hours per weekday (``mon``..``sun``, None: closed), holidays (closed whatever
    the weekday), 调休 workdays (open: with their weekday's hours, or a closed weekday's with
    the first open weekday's hours) and the shop's time zone."""

    week: Mapping[str, OpeningHours | None]
    zone: tzinfo
    holidays: frozenset[date] = frozenset()
    workdays: frozenset[date] = frozenset()

    @classmethod
    def of(
        cls,
        week: Mapping[str, OpeningHours | None],
        zone: tzinfo,
        holidays: Iterable[date] = (),
        workdays: Iterable[date] = (),
    ) -> ShopHours:
        return cls(dict(week), zone, frozenset(holidays), frozenset(workdays))

    def hours_on(self, day: date) -> OpeningHours | None:
        if day in self.holidays:
            return None
        hours = self.week.get(WEEKDAYS[day.weekday()])
        if hours is None and day in self.workdays:
            hours = next((h for k in WEEKDAYS if (h := self.week.get(k)) is not None), None)
        return hours

    def span(self, day: date) -> tuple[datetime, datetime] | None:
        """The day's opening and closing as UTC instants (None: closed)."""
        hours = self.hours_on(day)
        if hours is None:
            return None
        return self._utc(day, hours.opens), self._utc(day, hours.closes)

    def _utc(self, day: date, at: time) -> datetime:
        return datetime.combine(day, at, tzinfo=self.zone).astimezone(UTC)

    def local_day(self, moment: datetime) -> date:
        return _aware(moment).astimezone(self.zone).date()


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("a naive datetime: instants are UTC-aware")
    return moment.astimezone(UTC)


def _days_from(hours: ShopHours, first: date) -> Iterable[tuple[date, datetime, datetime]]:
    for offset in range(_HORIZON_DAYS):
        day = first + timedelta(days=offset)
        span = hours.span(day)
        if span is not None:
            yield day, span[0], span[1]
    raise NoWorkingTime("no open day in the shop's hours")


def add_working_minutes(hours: ShopHours, start: datetime, minutes: int) -> datetime:
    """``start`` plus ``minutes`` of opening time (UTC). Zero minutes: ``start`` itself."""
    start = _aware(start)
    if minutes <= 0:
        return start
    left = timedelta(minutes=minutes)
    for _day, opens, closes in _days_from(hours, hours.local_day(start) - timedelta(days=1)):
        begin = max(start, opens)
        if begin >= closes:
            continue
        if closes - begin >= left:
            return begin + left
        left -= closes - begin
    raise NoWorkingTime("no open day in the shop's hours")  # pragma: no cover


def next_opening(hours: ShopHours, moment: datetime) -> datetime:
    """``moment`` if the shop is open then, else its next opening (UTC)."""
    moment = _aware(moment)
    for _day, opens, closes in _days_from(hours, hours.local_day(moment) - timedelta(days=1)):
        if moment < closes:
            return max(moment, opens)
    raise NoWorkingTime("no open day in the shop's hours")  # pragma: no cover


def add_working_days(hours: ShopHours, start: datetime, days: int) -> datetime:
    """The same local time of day ``days`` working days after ``start`` (UTC); a start
    outside the opening hours counts from the next opening; a time beyond the target day's
    closing is its closing."""
    begin = next_opening(hours, start)
    local = begin.astimezone(hours.zone)
    if days <= 0:
        return begin
    for counted, (day, opens, closes) in enumerate(
        _days_from(hours, local.date() + timedelta(days=1)), start=1
    ):
        if counted == days:
            at = hours._utc(day, local.time().replace(tzinfo=None))
            return min(max(at, opens), closes)
    raise NoWorkingTime("no open day in the shop's hours")  # pragma: no cover


def working_minutes_between(hours: ShopHours, start: datetime, end: datetime) -> int:
    """Whole opening minutes from ``start`` to ``end`` (0 if ``end`` is not later)."""
    start, end = _aware(start), _aware(end)
    if end <= start:
        return 0
    total = timedelta()
    last = hours.local_day(end)
    day = hours.local_day(start) - timedelta(days=1)
    while day <= last:
        span = hours.span(day)
        if span is not None:
            a, b = max(start, span[0]), min(end, span[1])
            if b > a:
                total += b - a
        day += timedelta(days=1)
    return int(total.total_seconds() // 60)
