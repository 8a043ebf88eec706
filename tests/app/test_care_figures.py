"""The care desk's figures on hand-computed follow-ups and complaints (both backends): the
satisfaction rate, follow-ups done within 24 hours of their due time and complaints closed
by their deadline, by ISO week in the shop's zone (UTC+8 here) and by staff member (the
order's advisor; the complaint's owner)."""

from __future__ import annotations

from datetime import date, timedelta, timezone

import pytest

from app.domain.enums import (
    ComplaintChannel,
    ComplaintKind,
    ComplaintSeverity,
    ComplaintState,
    FollowUpKind,
    FollowUpOutcome,
    FollowUpState,
    Role,
)
from app.domain.errors import AccessDenied, ValidationError
from app.domain.models import Complaint, FollowUp
from app.services import care_figures
from app.services.people import as_user
from tests.app._care import asset, customer, released, utc

NOW = utc(2026, 12, 1, 12, 0)
SHANGHAI = timezone(timedelta(hours=8))
S, D, C = FollowUpOutcome.SATISFIED, FollowUpOutcome.DISSATISFIED, FollowUpOutcome.COMPLAINT
U, R = FollowUpOutcome.UNREACHABLE, FollowUpOutcome.REFUSED
DONE, OPEN, CANCELLED = FollowUpState.DONE, FollowUpState.OPEN, FollowUpState.CANCELLED


@pytest.fixture
def agent(ctx):
    return as_user(ctx, "Zhou Yan", Role.FOLLOW_UP)


def _follow_up(ctx, advisor_id, due_at, state, outcome=None, done_at=None, seq=[0]):  # noqa: B006
    seq[0] += 1
    c = customer(ctx, f"Figures {seq[0]}")
    a = asset(ctx, c)
    order = released(ctx, c, a, due_at - timedelta(days=1), advisor_id=advisor_id)
    with ctx.db.write() as session:
        session.add(
            FollowUp(
                order_id=order, customer_id=c, asset_id=a, kind=FollowUpKind.RELEASE, seq=1,
                due_at=due_at, state=state, outcome=outcome, done_at=done_at, attempts=1,
            )
        )  # fmt: skip


def _complaint(ctx, owner_id, close_by, closed_at):
    received = close_by - timedelta(days=2)
    with ctx.db.write() as session:
        session.add(
            Complaint(
                received_at=received, channel=ComplaintChannel.PHONE,
                kind=ComplaintKind.SERVICE, severity=ComplaintSeverity.GENERAL,
                state=ComplaintState.CLOSED if closed_at else ComplaintState.INVESTIGATING,
                description="slow", owner_id=owner_id, recorded_by_id=owner_id,
                respond_by=received + timedelta(hours=2), feedback_by=received + timedelta(days=1),
                close_by=close_by, closed_at=closed_at,
            )
        )  # fmt: skip


def test_figures_by_week_and_staff_match_the_hand_computed_ones(ctx, agent):
    li = as_user(ctx, "Li Advisor", Role.ADVISOR).actor.user_id
    wang = as_user(ctx, "Wang Advisor", Role.ADVISOR).actor.user_id
    # W48 is 2026-11-23 00:00 .. 11-30 00:00 in UTC+8 = 11-22 16:00 .. 11-29 16:00 UTC
    _follow_up(ctx, li, utc(2026, 11, 24, 2), DONE, S, utc(2026, 11, 24, 5))  # in 24 h
    _follow_up(ctx, li, utc(2026, 11, 24, 2), DONE, D, utc(2026, 11, 25, 3))  # 25 h: late
    _follow_up(ctx, wang, utc(2026, 11, 25, 2), DONE, U, utc(2026, 11, 25, 3))  # not answered
    _follow_up(ctx, wang, utc(2026, 11, 26), OPEN)  # its 24 h are over, undone: a miss
    _follow_up(ctx, wang, utc(2026, 11, 27), DONE, R, utc(2026, 11, 28))  # exactly 24 h
    _follow_up(ctx, li, utc(2026, 12, 1, 6), OPEN)  # still within its 24 h: not counted
    # due Sunday 23:00 local (W47, outside), done Monday 01:00 local: answered in W48
    _follow_up(ctx, li, utc(2026, 11, 22, 15), DONE, S, utc(2026, 11, 22, 17))
    _follow_up(ctx, li, utc(2026, 11, 24), CANCELLED)  # never counted
    _follow_up(ctx, wang, utc(2026, 11, 30, 1), DONE, C, utc(2026, 11, 30, 2))  # W49
    _follow_up(ctx, None, utc(2026, 11, 24), DONE, S, utc(2026, 11, 24, 1))  # no advisor
    _complaint(ctx, li, utc(2026, 11, 25), utc(2026, 11, 24))  # on time
    _complaint(ctx, li, utc(2026, 11, 26), utc(2026, 11, 27))  # late
    _complaint(ctx, li, utc(2026, 11, 28), utc(2026, 11, 28))  # at the deadline: on time
    # closed 2026-11-30 00:30 local: W49
    _complaint(ctx, wang, utc(2026, 12, 1), utc(2026, 11, 29, 16, 30))
    _complaint(ctx, wang, utc(2026, 11, 26), None)  # still open: not counted

    f = care_figures.care_figures(agent, until=date(2026, 11, 30), weeks=2, now=NOW, zone=SHANGHAI)

    assert [w.week for w in f.weeks] == ["2026-W48", "2026-W49"]

    # (answered, satisfied, due, in 24 h, closed, on time)
    def six(x):
        return (x.answered, x.satisfied, x.followups_due, x.followups_in_24h,
                x.complaints_closed, x.complaints_on_time)  # fmt: skip

    assert {k: six(v) for k, v in f.cells.items()} == {
        ("2026-W48", li): (3, 2, 2, 1, 3, 2),
        ("2026-W48", wang): (0, 0, 3, 2, 0, 0),
        ("2026-W48", None): (1, 1, 1, 1, 0, 0),
        ("2026-W49", wang): (1, 0, 1, 1, 1, 1),
    }
    assert [six(w.figures) for w in f.weeks] == [(4, 3, 6, 4, 3, 2), (1, 0, 1, 1, 1, 1)]
    assert [(s.name, six(s.figures)) for s in f.staff] == [
        ("Li Advisor", (3, 2, 2, 1, 3, 2)),
        ("Wang Advisor", (1, 0, 4, 3, 1, 1)),
        ("", (1, 1, 1, 1, 0, 0)),
    ]
    assert six(f.total) == (5, 3, 7, 5, 4, 3)
    assert f.total.satisfaction == pytest.approx(3 / 5)
    assert f.total.in_24h == pytest.approx(5 / 7)
    assert f.total.on_time == pytest.approx(3 / 4)
    js = f.as_json()
    assert js["total"]["satisfaction_pct"] == 60.0
    assert js["weeks"][1] == {"week": "2026-W49", **f.weeks[1].figures.as_json()}

    # one week only: W49 alone, the rest falls outside the range
    one = care_figures.care_figures(agent, until=date(2026, 12, 6), weeks=1, now=NOW,
                                    zone=SHANGHAI)  # fmt: skip
    assert [six(w.figures) for w in one.weeks] == [(1, 0, 1, 1, 1, 1)]


def test_an_empty_range_has_no_rates(ctx, agent):
    f = care_figures.care_figures(agent, until=date(2020, 1, 1), weeks=3, now=NOW)
    assert [w.week for w in f.weeks] == ["2019-W51", "2019-W52", "2020-W01"]
    assert f.staff == [] and f.cells == {}
    assert f.total.satisfaction is None and f.total.in_24h is None and f.total.on_time is None


def test_week_count_and_right_are_checked(ctx, agent):
    with pytest.raises(ValidationError) as e:
        care_figures.care_figures(agent, weeks=0)
    assert e.value.field == "weeks"
    with pytest.raises(ValidationError):
        care_figures.care_figures(agent, weeks=54)
    advisor = as_user(ctx, "Counter Advisor", Role.ADVISOR)
    with pytest.raises(AccessDenied):
        care_figures.care_figures(advisor)


def test_a_week_across_a_daylight_saving_change_is_local(ctx, agent):
    """Berlin: 2026-10-25 the clocks go back; the week of Monday 10-26 begins at 10-25
    23:00 UTC, the one before at 10-18 22:00 UTC."""
    from zoneinfo import ZoneInfo

    berlin = ZoneInfo("Europe/Berlin")
    li = as_user(ctx, "Li Advisor", Role.ADVISOR).actor.user_id
    # done 10-25 22:30 UTC = 23:30 local Sunday (W43); 10-25 23:30 UTC = Monday 00:30 (W44)
    _follow_up(ctx, li, utc(2026, 10, 25, 20), DONE, S, utc(2026, 10, 25, 22, 30))
    _follow_up(ctx, li, utc(2026, 10, 25, 20), DONE, D, utc(2026, 10, 25, 23, 30))
    f = care_figures.care_figures(agent, until=date(2026, 10, 26), weeks=2, now=NOW,
                                  zone=berlin)  # fmt: skip
    assert [(w.week, w.figures.answered, w.figures.satisfied) for w in f.weeks] == [
        ("2026-W43", 1, 1),
        ("2026-W44", 1, 0),
    ]
