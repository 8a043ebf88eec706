"""The care desk's figures (issue 12, point 6): by ISO week (shop-local) and by staff member.

- **Satisfaction**: follow-ups answered (satisfied, dissatisfied or a complaint) in the week
  they were done, and how many of them satisfied; the staff member is the order's advisor.
- **Follow-ups within 24 hours**: follow-ups (not cancelled) due in the week, counted once
  done or once their 24 hours have passed undone (a miss); ``in_24h`` of them were done
  within 24 hours of their due time. The staff member is the order's advisor.
- **Complaints closed on time**: complaints closed in the week, ``on_time`` of them by their
  close-by deadline (paused time already added to it); the staff member is the owner.

The weeks are Monday 00:00 to Monday 00:00 in the shop's zone, turned into UTC instants
before the queries (correct across a daylight-saving change); a timestamp is put in its
week by one ``CASE`` over those instants, so each figure is one grouped query on either
backend, all three in one read transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import and_, case, func, literal_column, or_, select
from sqlalchemy.orm import Session

from app.domain.enums import FollowUpOutcome, FollowUpState
from app.domain.errors import ValidationError
from app.domain.models import Complaint, FollowUp, User, WorkOrder
from app.domain.permissions import Permission
from app.domain.types import utcnow
from app.services.access import require
from app.services.context import ServiceContext
from app.services.followups import _setting_zone, local_zone

MAX_WEEKS = 53
WITHIN = timedelta(hours=24)
ANSWERED = (FollowUpOutcome.SATISFIED, FollowUpOutcome.DISSATISFIED, FollowUpOutcome.COMPLAINT)


def week_label(monday: date) -> str:
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


@dataclass
class Figures:
    """The counts behind the three rates (a rate is ``None`` with nothing to count)."""

    answered: int = 0
    satisfied: int = 0
    followups_due: int = 0
    followups_in_24h: int = 0
    complaints_closed: int = 0
    complaints_on_time: int = 0

    def add(self, other: Figures) -> None:
        self.answered += other.answered
        self.satisfied += other.satisfied
        self.followups_due += other.followups_due
        self.followups_in_24h += other.followups_in_24h
        self.complaints_closed += other.complaints_closed
        self.complaints_on_time += other.complaints_on_time

    @staticmethod
    def _rate(part: int, whole: int) -> float | None:
        return part / whole if whole else None

    @property
    def satisfaction(self) -> float | None:
        return self._rate(self.satisfied, self.answered)

    @property
    def in_24h(self) -> float | None:
        return self._rate(self.followups_in_24h, self.followups_due)

    @property
    def on_time(self) -> float | None:
        return self._rate(self.complaints_on_time, self.complaints_closed)

    def as_json(self) -> dict[str, Any]:
        def pct(r: float | None) -> float | None:
            return None if r is None else round(r * 100, 1)

        return {
            "answered": self.answered,
            "satisfied": self.satisfied,
            "satisfaction_pct": pct(self.satisfaction),
            "followups_due": self.followups_due,
            "followups_in_24h": self.followups_in_24h,
            "in_24h_pct": pct(self.in_24h),
            "complaints_closed": self.complaints_closed,
            "complaints_on_time": self.complaints_on_time,
            "on_time_pct": pct(self.on_time),
        }


@dataclass
class StaffFigures:
    user_id: int | None  # None: an order without an advisor
    name: str
    figures: Figures = field(default_factory=Figures)


@dataclass
class WeekFigures:
    week: str  # "2026-W48"
    monday: date
    figures: Figures = field(default_factory=Figures)


@dataclass
class CareFigures:
    weeks: list[WeekFigures]  # oldest first, every week of the range (empty ones too)
    staff: list[StaffFigures]  # by name; only who has something to count
    cells: dict[tuple[str, int | None], Figures]  # (week, user id) -> figures
    total: Figures
    computed_at: datetime

    def as_json(self) -> dict[str, Any]:
        names = {s.user_id: s.name for s in self.staff}
        return {
            "computed_at": self.computed_at.isoformat(),
            "total": self.total.as_json(),
            "weeks": [{"week": w.week, **w.figures.as_json()} for w in self.weeks],
            "staff": [{"user_id": s.user_id, "name": s.name, **s.figures.as_json()}
                      for s in self.staff],
            "cells": [{"week": wk, "user_id": uid, "name": names.get(uid, ""), **f.as_json()}
                      for (wk, uid), f in sorted(self.cells.items(), key=_cell_key)],
        }  # fmt: skip


def _cell_key(item: tuple[tuple[str, int | None], Figures]) -> tuple[str, int]:
    (week, uid), _ = item
    return week, uid or 0


def _mondays(last: date, weeks: int) -> list[date]:
    monday = last - timedelta(days=last.weekday())
    return [monday - timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]


def _at(day: date, zone: tzinfo) -> datetime:
    """Midnight of ``day`` in ``zone``, as UTC."""
    return datetime(day.year, day.month, day.day, tzinfo=zone).astimezone(UTC)


def _week_of(column: Any, bounds: list[datetime]) -> Any:
    """The index (0..) of the week ``column`` falls in; NULL outside the range."""
    return case(
        *[(and_(column >= bounds[i], column < bounds[i + 1]), i) for i in range(len(bounds) - 1)],
        else_=None,
    )


def care_figures(
    ctx: ServiceContext,
    *,
    until: date | None = None,
    weeks: int = 8,
    now: datetime | None = None,
    zone: tzinfo | None = None,
) -> CareFigures:
    """The desk's figures for ``weeks`` weeks ending with the week of ``until`` (shop-local
    today by default)."""
    if isinstance(weeks, bool) or not 1 <= weeks <= MAX_WEEKS:
        raise ValidationError("weeks", "out_of_range", f"1 to {MAX_WEEKS} weeks", weeks,
                              low=1, high=MAX_WEEKS)  # fmt: skip
    now = now or utcnow()
    with ctx.db.read() as session:
        require(session, ctx, Permission.FOLLOW_UP)
        zone = zone or _setting_zone(session, ctx.actor.branch_id) or local_zone()
        last = until or now.astimezone(zone).date()
        mondays = _mondays(last, weeks)
        bounds = [_at(d, zone) for d in [*mondays, mondays[-1] + timedelta(weeks=1)]]
        labels = [week_label(d) for d in mondays]
        cells: dict[tuple[str, int | None], Figures] = {}

        def cell(index: int, user_id: int | None) -> Figures:
            return cells.setdefault((labels[index], user_id), Figures())

        for i, uid, answered, satisfied in _satisfaction(session, bounds):
            f = cell(i, uid)
            f.answered, f.satisfied = int(answered), int(satisfied or 0)
        for i, uid, due, in_time in _within_24h(session, bounds, now):
            f = cell(i, uid)
            f.followups_due, f.followups_in_24h = int(due), int(in_time or 0)
        for i, uid, closed, on_time in _complaints(session, bounds):
            f = cell(i, uid)
            f.complaints_closed, f.complaints_on_time = int(closed), int(on_time or 0)
        ids = {uid for _, uid in cells if uid is not None}
        found = session.execute(select(User.id, User.name).where(User.id.in_(ids))).all()
        names = {uid: name for uid, name in found}
    week_rows = [WeekFigures(label, monday) for label, monday in zip(labels, mondays, strict=True)]
    by_week = {w.week: w for w in week_rows}
    by_staff: dict[int | None, StaffFigures] = {}
    total = Figures()
    for (label, uid), f in cells.items():
        by_week[label].figures.add(f)
        by_staff.setdefault(uid, StaffFigures(uid, names.get(uid, "") if uid else "")).figures.add(
            f
        )
        total.add(f)
    staff = sorted(by_staff.values(), key=lambda s: (s.user_id is None, s.name, s.user_id or 0))
    return CareFigures(week_rows, staff, cells, total, now)


def _satisfaction(session: Session, bounds: list[datetime]) -> Any:
    week = _week_of(FollowUp.done_at, bounds)
    stmt = (
        select(
            week,
            WorkOrder.advisor_id,
            func.count(),
            func.sum(case((FollowUp.outcome == FollowUpOutcome.SATISFIED, 1), else_=0)),
        )
        .join(WorkOrder, WorkOrder.id == FollowUp.order_id)
        .where(
            FollowUp.state == FollowUpState.DONE,
            FollowUp.outcome.in_(ANSWERED),
            FollowUp.done_at >= bounds[0],
            FollowUp.done_at < bounds[-1],
        )
        .group_by(week, WorkOrder.advisor_id)
    )
    return session.execute(stmt).all()


def _done_within(session: Session) -> Any:
    """``done_at`` is at most 24 hours after ``due_at`` (date arithmetic per backend)."""
    if session.get_bind().dialect.name == "postgresql":
        return FollowUp.done_at <= FollowUp.due_at + literal_column("interval '24 hours'")
    # SQLite: days as Julian day numbers (a millisecond's slack for the float)
    return func.julianday(FollowUp.done_at) - func.julianday(FollowUp.due_at) <= 1.0 + 1e-8


def _within_24h(session: Session, bounds: list[datetime], now: datetime) -> Any:
    """Per week of the due time: follow-ups done or past their 24 hours, and those done in
    24 hours."""
    week = _week_of(FollowUp.due_at, bounds)
    in_time = and_(FollowUp.state == FollowUpState.DONE, _done_within(session))
    stmt = (
        select(week, WorkOrder.advisor_id, func.count(), func.sum(case((in_time, 1), else_=0)))
        .join(WorkOrder, WorkOrder.id == FollowUp.order_id)
        .where(
            FollowUp.state != FollowUpState.CANCELLED,
            FollowUp.due_at >= bounds[0],
            FollowUp.due_at < bounds[-1],
            or_(FollowUp.state == FollowUpState.DONE, FollowUp.due_at <= now - WITHIN),
        )
        .group_by(week, WorkOrder.advisor_id)
    )
    return session.execute(stmt).all()


def _complaints(session: Session, bounds: list[datetime]) -> Any:
    week = _week_of(Complaint.closed_at, bounds)
    stmt = (
        select(
            week,
            Complaint.owner_id,
            func.count(),
            func.sum(case((Complaint.closed_at <= Complaint.close_by, 1), else_=0)),
        )
        .where(Complaint.closed_at >= bounds[0], Complaint.closed_at < bounds[-1])
        .group_by(week, Complaint.owner_id)
    )
    return session.execute(stmt).all()
