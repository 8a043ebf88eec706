"""The care desk's figures (Alt+4), by keyboard: this week's and the last weeks' rates by
week and by advisor, the range moved a week earlier and later (Ctrl+Left / Ctrl+Right) and
back (Ctrl+Home), the number of weeks typed (Alt+W)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.enums import FollowUpKind, FollowUpOutcome, FollowUpState, Role
from app.domain.models import FollowUp
from app.domain.types import utcnow
from app.services.care_figures import week_label
from app.services.people import as_user
from tests.app._care import asset, customer, released
from tests.ui.conftest import wait_tasks
from ui.care.figures_tab import FiguresTab

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _done(ctx, advisor_id, due_at, outcome, late=False):
    c = customer(ctx, f"Figure {due_at.isoformat()} {outcome}")
    a = asset(ctx, c)
    order = released(ctx, c, a, due_at - timedelta(days=1), advisor_id=advisor_id)
    done_at = due_at + timedelta(hours=30 if late else 1)
    with ctx.db.write() as session:
        session.add(
            FollowUp(
                order_id=order, customer_id=c, asset_id=a, kind=FollowUpKind.RELEASE, seq=1,
                due_at=due_at, state=FollowUpState.DONE, outcome=outcome, done_at=done_at,
                attempts=1,
            )
        )  # fmt: skip


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)
    wait_tasks()


def test_figures_by_week_and_advisor_by_keyboard(qtbot, keep, ctx):
    agent = as_user(ctx, "Xu Jing", Role.FOLLOW_UP)
    li = as_user(ctx, "Li Advisor", Role.ADVISOR).actor.user_id
    now = utcnow()
    week_ago = now - timedelta(days=7, hours=2)
    _done(ctx, li, week_ago, FollowUpOutcome.SATISFIED)
    _done(ctx, li, week_ago, FollowUpOutcome.DISSATISFIED, late=True)
    _done(ctx, None, week_ago, FollowUpOutcome.SATISFIED)

    tab = FiguresTab(agent)
    keep(tab)
    tab.resize(1366, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    tab.activate()
    wait_tasks()
    tab.focus_primary()
    assert QApplication.focusWidget() is tab.week_table
    assert tab.week_model.rowCount() == 8
    last_week = week_label(
        week_ago.astimezone().date() - timedelta(days=week_ago.astimezone().weekday())
    )
    rows = {tab.week_model.index(r, 0).data(): r for r in range(8)}
    r = rows[last_week]
    assert tab.week_model.index(r, 2).data() == "66.7% (2/3)"
    assert tab.week_model.index(r, 3).data() == "66.7% (2/3)"
    assert tab.week_model.index(r, 4).data() == "—"
    staff = [(tab.staff_model.index(i, 0).data(), tab.staff_model.index(i, 1).data())
             for i in range(tab.staff_model.rowCount())]  # fmt: skip
    assert staff == [("Li Advisor", "50.0% (1/2)"), ("(no advisor)", "100.0% (1/1)")]
    assert "66.7% (2/3)" in tab.total.text()

    # one week, this one: nothing to count; Ctrl+Left shows last week's alone
    tab.weeks.setFocus()
    tab.weeks.selectAll()
    qtbot.keyClicks(tab.weeks, "1")
    _key(qtbot, Qt.Key.Key_Return)
    tab.week_table.setFocus()
    assert tab.week_model.rowCount() == 1 and tab.figures.total.answered == 0
    _key(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert tab.week_model.index(0, 0).data() == last_week
    assert tab.figures.total.answered == 3
    assert last_week in tab.range_label.text()
    _key(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert tab.figures.total.answered == 0
    _key(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    _key(qtbot, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert tab.figures.total.answered == 0


def test_without_the_right_the_tab_says_why(qtbot, keep, ctx):
    tab = FiguresTab(ctx)  # an advisor
    keep(tab)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activate()
    wait_tasks()
    assert tab.figures is None and tab.message.text()
