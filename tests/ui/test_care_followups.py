"""The care desk's follow-up tab (Alt+1), worked by keyboard only: the day's list, Enter opens
the call with its script, F5 starts the timer (a warning at 4:00, the 5-minute limit said),
scores and a note typed, outcomes by their keys — satisfied, not reached (the next slot
proposed, and after the third try the SMS owed), dissatisfied with a complaint opened by one
key; a second agent on the same follow-up is refused naming who; calls from another station
update the list; without the right the tab says why."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app.domain.enums import ContactChannel, FollowUpKind, FollowUpOutcome, FollowUpState, Role
from app.domain.models import CareCall, Complaint, ContactConsent, FollowUp, Message
from app.domain.types import utcnow
from app.services import followups
from app.services.people import as_user
from tests.app._care import asset, customer, put, released
from tests.ui.conftest import wait_tasks
from tests.ui.desk_support import shown_active
from tests.ui.keyboard import Keyboard
from ui.auth.who import Who
from ui.care import CareWorkspace
from ui.care.followups_tab import FollowUpsTab
from ui.common.widgets import MessageKind

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def agent(ctx):
    return as_user(ctx, "Zhou Yan", Role.FOLLOW_UP)


@pytest.fixture
def day(ctx):
    """Three cars released a week ago (their calls are due), one customer texts."""
    put(ctx, "shop.short_name", "安达汽修")
    put(ctx, "shop.phone", "020-12345678")
    ids = {}
    for n, name in enumerate(("Chen Jie", "Lin Fang", "Wang Fang")):
        c = customer(ctx, name, phone=f"1380013800{n}")
        ids[name] = released(
            ctx, c, asset(ctx, c), utcnow() - timedelta(days=7) + timedelta(minutes=n)
        )
        if name == "Lin Fang":
            with ctx.db.write() as s:
                s.add(ContactConsent(customer_id=c, channel=ContactChannel.SMS, granted=True,
                                     at=utcnow() - timedelta(days=30), source="到店登记表"))  # fmt: skip
    return ids


def desk(qtbot, keep, ctx, adapter) -> tuple[CareWorkspace, FollowUpsTab]:
    w = shown_active(qtbot, keep, CareWorkspace(ctx, adapter))
    w.activate()
    tab = w.followups
    qtbot.waitUntil(lambda: tab.loaded, timeout=10_000)
    w.show_tab(0)
    return w, tab


def follow_up(db, order_id: int, kind: FollowUpKind = FollowUpKind.RELEASE) -> FollowUp:
    with db.read() as s:
        return s.scalars(
            select(FollowUp).where(FollowUp.order_id == order_id, FollowUp.kind == kind)
        ).one()


def row_of(tab: FollowUpsTab, name: str) -> int:
    return next(n for n, r in enumerate(tab.model.rows()) if r.customer == name)


def go_to(kb: Keyboard, tab: FollowUpsTab, name: str) -> None:
    """Arrow keys down the list to ``name``'s row (from the top)."""
    kb.press(Qt.Key.Key_Home, widget=tab.table)
    for _ in range(row_of(tab, name)):
        kb.press(Qt.Key.Key_Down, widget=tab.table)
    assert tab.current_row().customer == name


def test_an_agent_works_the_days_list_by_keyboard_only(qtbot, keep, agent, adapter, db, day):
    w, tab = desk(qtbot, keep, agent, adapter)
    kb = Keyboard(qtbot)
    assert [r.customer for r in tab.model.rows()] == ["Chen Jie", "Lin Fang", "Wang Fang"]
    assert tab.table.hasFocus()
    first = tab.model.rows()[0]
    assert first.phone == "13800138000" and first.order_number and first.asset
    shown = [tab.model.index(0, c).data() for c in range(tab.model.columnCount())]
    assert "Chen Jie" in shown and "13800138000" in shown and "Next day" in shown
    assert "0/3" in shown and first.order_number in shown

    # Chen Jie: Enter opens the call with the script, F5 when she answers, scores, a note
    go_to(kb, tab, "Chen Jie")
    kb.press(Qt.Key.Key_Return)
    panel = tab.panel
    assert panel.row is not None and panel.row.customer == "Chen Jie"
    assert "Chen Jie" in panel.heading.text() and "13800138000" in panel.heading.text()
    assert "Were you satisfied with our service" in panel.questions["service"].text()
    assert panel.scores["service"].hasFocus()
    assert "press F5" in panel.timer_label.text()
    now = [1000.0]
    panel.clock = lambda: now[0]
    kb.press(Qt.Key.Key_F5)
    assert panel.started_at == 1000.0
    now[0] += 65
    panel.show_time()
    assert "01:05" in panel.timer_label.text()
    assert panel.timer_label.property("kind") == MessageKind.SUCCESS.value
    for digit in "54545":
        kb.search(digit)
        kb.press(Qt.Key.Key_Tab)
    assert panel.note.hasFocus()
    kb.type("Brakes feel fine now")
    # the call runs long: at 4:00 the timer warns and names the limit
    now[0] += 180
    panel.show_time()
    assert "04:05" in panel.timer_label.text() and "5-minute" in panel.timer_label.text()
    assert panel.timer_label.property("kind") == MessageKind.WARNING.value
    kb.press(Qt.Key.Key_F6)  # satisfied
    wait_tasks()
    qtbot.waitUntil(lambda: not tab.commands.busy)
    fu = follow_up(db, day["Chen Jie"])
    assert (fu.state, fu.outcome) == (FollowUpState.DONE, FollowUpOutcome.SATISFIED)
    assert (fu.score_service, fu.score_quality, fu.score_on_time, fu.score_price,
            fu.score_clean) == (5, 4, 5, 4, 5)  # fmt: skip
    assert fu.note == "Brakes feel fine now"
    with db.read() as s:
        (call,) = s.scalars(select(CareCall).where(CareCall.follow_up_id == fu.id)).all()
    assert call.duration_s == 245 and call.outcome == "satisfied"
    assert "Recorded for Chen Jie: Satisfied." in tab.message.text()
    qtbot.waitUntil(lambda: [r.customer for r in tab.model.rows()] == ["Lin Fang", "Wang Fang"])
    assert panel.row is None and tab.table.hasFocus()
    assert tab.current_row().customer == "Lin Fang"  # the next one is chosen

    # Lin Fang does not answer: F9; the next slot is proposed, in another part of the day
    for attempt in (1, 2):
        go_to(kb, tab, "Lin Fang")
        kb.press(Qt.Key.Key_Return)
        kb.press(Qt.Key.Key_F9)
        wait_tasks()
        qtbot.waitUntil(lambda: not tab.commands.busy)
        fu = follow_up(db, day["Lin Fang"])
        assert (fu.state, fu.attempts) == (FollowUpState.OPEN, attempt)
        assert fu.next_try_at is not None and fu.next_try_at > utcnow()
        assert f"not reached (attempt {attempt} of 3). Next try:" in tab.message.text()
        # the proposed slot is in another part of the day (or not today at all): off the
        # day's list, or on it with its new slot and its tries
        wait_tasks()
        rows = {r.customer: r for r in tab.model.rows()}
        if "Lin Fang" in rows:
            assert rows["Lin Fang"].attempts == attempt

            assert rows["Lin Fang"].next_try_at == fu.next_try_at
        else:
            kb.press(Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier, widget=tab.table)
            wait_tasks()
            qtbot.waitUntil(lambda: "Lin Fang" in [r.customer for r in tab.model.rows()])
            assert tab.done_too.isChecked()
        # opened again, the call says the next attempt and its proposed slot
        go_to(kb, tab, "Lin Fang")
        kb.press(Qt.Key.Key_Return)
        assert "proposed slot" in panel.facts.text()
        assert f"attempt {attempt + 1} of 3" in panel.facts.text()
        kb.press(Qt.Key.Key_Escape)
    # the third try: closed, and the follow-up SMS queued (she agreed to texts)
    go_to(kb, tab, "Lin Fang")
    kb.press(Qt.Key.Key_Return)
    kb.press(Qt.Key.Key_F9)
    wait_tasks()
    qtbot.waitUntil(lambda: not tab.commands.busy)
    fu = follow_up(db, day["Lin Fang"])
    assert (fu.state, fu.attempts, fu.sms_due) == (FollowUpState.DONE, 3, True)
    with db.read() as s:
        (sms,) = s.scalars(select(Message)).all()
    assert "not reached three times" in tab.message.text()
    assert f"SMS is queued (message {sms.id})" in tab.message.text()
    if tab.done_too.isChecked():  # the closed one shows the SMS owed
        wait_tasks()
        lin = tab.model.rows()[row_of(tab, "Lin Fang")]
        assert tab.model.index(row_of(tab, "Lin Fang"), 7).data() == "Not reached, SMS owed"
        assert lin.sms_due

    # Wang Fang is not satisfied: Ctrl+F7 records it and opens a complaint with the same key
    go_to(kb, tab, "Wang Fang")
    kb.press(Qt.Key.Key_Return)
    kb.press(Qt.Key.Key_F5)
    kb.search("2")
    kb.press(Qt.Key.Key_Tab)
    kb.search("1")
    kb.press(Qt.Key.Key_F7, Qt.KeyboardModifier.ControlModifier)
    wait_tasks()
    qtbot.waitUntil(lambda: not tab.commands.busy)
    fu = follow_up(db, day["Wang Fang"])
    assert (fu.outcome, fu.score_service, fu.score_quality) == (
        FollowUpOutcome.DISSATISFIED, 2, 1
    )  # fmt: skip
    assert fu.complaint_id is not None
    with db.read() as s:
        complaint = s.get(Complaint, fu.complaint_id)
        assert complaint.customer_id == fu.customer_id and complaint.order_id == fu.order_id
    again = follow_up(db, day["Wang Fang"], FollowUpKind.AGAIN)
    assert again.state is FollowUpState.OPEN  # called again until satisfied
    assert "Recorded for Wang Fang: Dissatisfied." in tab.message.text()
    assert "Another follow-up is due the next working day." in tab.message.text()
    assert f"Complaint {fu.complaint_id} is opened." in tab.message.text()
    # no mouse: every step above was a key
    assert kb.actions == 0


def test_the_keys_are_on_the_buttons(qtbot, keep, agent, adapter, day):
    _w, tab = desk(qtbot, keep, agent, adapter)
    texts = [b.text() for b in tab.panel.actions()]
    assert texts == [
        "Call started  [F5]",
        "Satisfied  [F6]",
        "Dissatisfied  [F7]",
        "Complaint  [F8]",
        "Not reached  [F9]",
        "Refused  [F10]",
        "Dissatisfied + open complaint  [Ctrl+F7]",
    ]
    assert not any(b.isEnabled() for b in tab.panel.actions())  # nothing open yet
    tab.table.selectRow(0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert all(b.isEnabled() for b in tab.panel.actions())
    now = [0.0]
    tab.panel.clock = lambda: now[0]
    qtbot.keyClick(tab.panel.scores["service"], Qt.Key.Key_F5)
    now[0] = 5 * 60 + 2
    tab.panel.show_time()
    assert "05:02" in tab.panel.timer_label.text()
    assert "over the 5-minute limit" in tab.panel.timer_label.text()
    assert tab.panel.timer_label.property("kind") == MessageKind.ERROR.value
    qtbot.keyClick(tab.panel.scores["service"], Qt.Key.Key_Escape)
    assert tab.table.hasFocus() and tab.panel.row is not None  # the call stays open


def test_a_second_agent_is_refused_naming_who_called_and_keeps_the_input(
    qtbot, keep, agent, adapter, ctx, db, day
):
    _w, tab = desk(qtbot, keep, agent, adapter)
    kb = Keyboard(qtbot)
    go_to(kb, tab, "Chen Jie")
    kb.press(Qt.Key.Key_Return)
    kb.search("3")
    kb.press(Qt.Key.Key_Tab)
    # meanwhile, at another station, Wu Qing calls Chen Jie and records satisfied
    other = as_user(ctx, "Wu Qing", Role.FOLLOW_UP)
    row = tab.panel.row
    followups.record_call(other, row.id, row.version, outcome="satisfied")
    kb.press(Qt.Key.Key_F8)  # complaint: refused, the other call stands
    wait_tasks()
    qtbot.waitUntil(lambda: not tab.commands.busy)
    text = tab.message.text()
    assert "Meanwhile Wu Qing" in text and "recorded this call: Satisfied" in text
    assert tab.message.kind() is MessageKind.ERROR
    assert tab.panel.scores["service"].value() == 3  # the typed input stays
    fu = follow_up(db, day["Chen Jie"])
    assert fu.outcome is FollowUpOutcome.SATISFIED
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Complaint)) == 0


def test_calls_from_another_station_update_the_list_hidden_tab_catches_up(
    qtbot, keep, agent, adapter, ctx, db, day
):
    w, tab = desk(qtbot, keep, agent, adapter)
    other = as_user(ctx, "Wu Qing", Role.FOLLOW_UP)
    row = tab.model.rows()[0]
    followups.record_call(other, row.id, row.version, outcome="refused")
    qtbot.waitUntil(lambda: len(tab.model.rows()) == 2, timeout=5000)  # live, while shown
    w.show_tab(1)  # another tab: a change is noted, not loaded
    row = tab.model.rows()[0]
    followups.record_call(other, row.id, row.version, outcome="satisfied")
    wait_tasks()
    qtbot.wait(300)
    assert len(tab.model.rows()) == 2 and tab.stale
    w.show_tab(0)
    w.activate()
    qtbot.waitUntil(lambda: len(tab.model.rows()) == 1, timeout=5000)


def test_without_the_right_the_tab_says_why_and_does_nothing(qtbot, keep, ctx, adapter, day):
    advisor = as_user(ctx, "Li Na", Role.ADVISOR)
    w = CareWorkspace(advisor, adapter)
    keep(w)
    w.apply_rights(Who("Li Na", role=Role.ADVISOR, roles=frozenset({Role.ADVISOR})))
    w.show()
    w.activate()
    wait_tasks()
    tab = w.followups
    assert not tab.rights_note.isHidden()
    assert "You may not make follow-up and reminder calls" in tab.rights_note.text()
    assert "Service advisor" in tab.rights_note.text()
    assert tab.model.rowCount() == 0 and not tab.table.isEnabled()
    assert not any(b.isEnabled() for b in tab.panel.actions())
    qtbot.keyClick(tab, Qt.Key.Key_F6)
    wait_tasks()
    with ctx.db.read() as s:
        assert s.scalar(select(func.count()).select_from(CareCall)) == 0


def test_after_a_refusal_the_call_takes_the_other_attempt_and_saves_knowingly(
    qtbot, keep, agent, adapter, ctx, db, day
):
    _w, tab = desk(qtbot, keep, agent, adapter)
    kb = Keyboard(qtbot)
    go_to(kb, tab, "Chen Jie")
    kb.press(Qt.Key.Key_Return)
    kb.search("4")
    other = as_user(ctx, "Wu Qing", Role.FOLLOW_UP)
    row = tab.panel.row
    followups.record_call(other, row.id, row.version, outcome="unreachable")
    kb.press(Qt.Key.Key_F6)  # refused: Wu Qing's unanswered attempt came first
    wait_tasks()
    qtbot.waitUntil(lambda: not tab.commands.busy)
    assert "Meanwhile Wu Qing" in tab.message.text() and "Not reached" in tab.message.text()
    qtbot.waitUntil(lambda: tab.panel.row.version != row.version, timeout=5000)
    assert "attempt 2 of 3" in tab.panel.facts.text()
    assert tab.panel.scores["service"].value() == 4
    kb.press(Qt.Key.Key_F6)  # the customer did answer this time: saved
    wait_tasks()
    qtbot.waitUntil(lambda: not tab.commands.busy)
    fu = follow_up(db, day["Chen Jie"])
    assert (fu.outcome, fu.attempts, fu.score_service) == (FollowUpOutcome.SATISFIED, 2, 4)


def test_a_call_at_another_station_is_patched_in_not_reloaded(
    qtbot, keep, agent, adapter, ctx, db, day, monkeypatch
):
    """The list asks only for the follow-ups a change names: the one called leaves, the
    others and the agent's row stay (no reset)."""
    from ui.care import followups_tab

    w, tab = desk(qtbot, keep, agent, adapter)
    wait_tasks()
    asked: list[object] = []
    real = followups.due_followups

    def due(c, **kw):
        asked.append(kw.get("ids"))
        return real(c, **kw)

    monkeypatch.setattr(followups_tab.followups, "due_followups", due)
    resets: list[int] = []
    tab.model.modelReset.connect(lambda: resets.append(1))
    tab.table.selectRow(2)
    kept = tab.current_row().id
    other = as_user(ctx, "Wu Qing", Role.FOLLOW_UP)
    first = tab.model.rows()[0]
    followups.record_call(other, first.id, first.version, outcome="satisfied")
    qtbot.waitUntil(lambda: first.id not in [r.id for r in tab.model.rows()], timeout=5000)
    wait_tasks()
    assert asked and all(a is not None and first.id in a for a in asked), asked
    assert resets == [] and tab.current_row().id == kept and len(tab.model.rows()) == 2
