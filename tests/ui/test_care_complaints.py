"""The care desk's complaints tab (Alt+2) by keyboard only: a complaint recorded for a
customer found by the lookup field (Ctrl+N), moved through the eight steps (F6, each step's
field refused next to it while empty), handed over with a note (F7), put on hold and resumed
(F8), closed and reopened (F9); a second agent's save is refused naming who changed what;
and a missed deadline reaches a manager's window live, escalated by another station or by
the window's own periodic check, Ctrl+Shift+E opening the overdue list."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid
from sqlalchemy import func, select, update

from app.domain.enums import (
    ComplaintChannel,
    ComplaintKind,
    ComplaintSeverity,
    ComplaintState,
    Role,
)
from app.domain.models import Complaint, ComplaintEscalation
from app.domain.types import utcnow
from app.services import complaints
from app.services.complaints import ComplaintInput
from app.services.people import as_user
from tests.app._care import customer
from tests.ui.conftest import wait_tasks
from tests.ui.desk_support import shown_active
from tests.ui.keyboard import Keyboard
from tests.ui.test_focus_walk import check_walk
from ui.auth.who import Who
from ui.care import CareWorkspace
from ui.care.complaint_dialogs import ComplaintActionDialog, RecordComplaintDialog
from ui.care.complaints_tab import ComplaintsTab
from ui.common.widgets import MessageKind
from ui.shell.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def agent(ctx):
    return as_user(ctx, "Zhou Yan", Role.FOLLOW_UP)


def desk(qtbot, keep, ctx, adapter) -> tuple[CareWorkspace, ComplaintsTab]:
    w = shown_active(qtbot, keep, CareWorkspace(ctx, adapter))
    w.activate()
    qtbot.keyClick(w, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    tab = w.complaints
    assert w.tabs.currentWidget() is tab
    assert tab.isAncestorOf(QApplication.focusWidget())
    qtbot.waitUntil(lambda: tab.loaded and bool(tab.handlers), timeout=10_000)
    return w, tab


def dialog_of(qtbot, tab: ComplaintsTab, cls: type):
    qtbot.waitUntil(lambda: isinstance(tab.dialog, cls) and tab.dialog.isVisible(), timeout=3000)
    d = tab.dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is d, timeout=3000)
    return d


def gone(d) -> bool:
    return not isValid(d) or not d.isVisible()


def focus_list(qtbot, tab: ComplaintsTab) -> None:
    """Back in the desk's window once a dialog closed, the focus in the list."""
    window = tab.window()
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    tab.table.setFocus()


def save(qtbot, d) -> None:
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    wait_tasks()


def state_of(db, cid: int) -> Complaint:
    with db.read() as s:
        return s.get(Complaint, cid)


def step(qtbot, kb: Keyboard, tab: ComplaintsTab, db, cid: int, field: str = "", text: str = ""):
    """F6 on the selected complaint; ``field`` refused while empty, then typed."""
    before = state_of(db, cid).state
    focus_list(qtbot, tab)
    kb.press(Qt.Key.Key_F6)
    d = dialog_of(qtbot, tab, ComplaintActionDialog)
    if field:
        save(qtbot, d)
        assert d.isVisible() and d.errors.text_of(field), f"{field} not refused"
        assert state_of(db, cid).state is before
        kb.type_chinese(text, getattr(d, field))
    save(qtbot, d)
    qtbot.waitUntil(lambda: gone(d), timeout=5000)
    qtbot.waitUntil(lambda: state_of(db, cid).state is not before, timeout=5000)
    wait_tasks()


def test_record_advance_hand_over_wait_close_and_reopen_by_keyboard(
    qtbot, keep, ctx, agent, adapter, db
):
    customer(ctx, "Lin Fang", phone="13800138001")
    as_user(ctx, "Qian Hong", Role.MANAGER)
    w, tab = desk(qtbot, keep, agent, adapter)
    kb = Keyboard(qtbot)
    assert tab.model.rowCount() == 0
    kb.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    d = dialog_of(qtbot, tab, RecordComplaintDialog)
    assert QApplication.focusWidget() is d.lookup.field
    kb.type("13800138001")
    qtbot.waitUntil(lambda: d.lookup.model.rowCount() > 0, timeout=5000)
    kb.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: d.customer_id is not None, timeout=5000)
    assert "Lin Fang" in d.linked.text() and d.isVisible()  # Enter chose, it did not save
    # nothing said about what happened: refused next to the field, nothing written
    save(qtbot, d)
    assert d.isVisible() and d.errors.text_of("description")
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Complaint)) == 0
    kb.press(Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # What &happened
    assert QApplication.focusWidget() is d.description
    kb.type_chinese("交车晚了两个小时，没人通知")
    kb.press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is d.request
    kb.type_chinese("道歉")
    save(qtbot, d)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    [row] = tab.model.rows()
    assert row.customer_name == "Lin Fang" and row.owner == "Zhou Yan"
    assert row.state is ComplaintState.RECORDED and row.next_deadline is not None
    assert tab.message.kind() is MessageKind.SUCCESS
    cid = row.id
    qtbot.waitUntil(lambda: tab.detail is not None and bool(tab.detail.history), timeout=5000)
    assert "Lin Fang" in tab.facts.text()

    # a response to the customer (F2) meets the 2-hour deadline
    focus_list(qtbot, tab)
    kb.press(Qt.Key.Key_F2)
    d = dialog_of(qtbot, tab, ComplaintActionDialog)
    assert d.note_kind.currentData() == "response"
    kb.type_chinese("已致电客户道歉", d.note)
    save(qtbot, d)
    qtbot.waitUntil(lambda: state_of(db, cid).responded_at is not None, timeout=5000)

    step(qtbot, kb, tab, db, cid)  # judged
    step(qtbot, kb, tab, db, cid)  # owner assigned
    # hand over to the service manager, with a note
    focus_list(qtbot, tab)
    kb.press(Qt.Key.Key_F7)
    d = dialog_of(qtbot, tab, ComplaintActionDialog)
    assert [d.to_user.itemText(i) for i in range(d.to_user.count())].count("Zhou Yan") == 0
    d.to_user.setCurrentIndex(d.to_user.findText("Qian Hong"))
    save(qtbot, d)
    assert d.isVisible() and d.errors.text_of("note")  # a handover needs its note
    kb.type_chinese("请经理跟进", d.note)
    save(qtbot, d)
    qtbot.waitUntil(
        lambda: tab.detail is not None and tab.detail.owner == "Qian Hong", timeout=5000
    )
    assert any(h.action == "handover" and h.note == "请经理跟进" for h in tab.detail.history)
    step(qtbot, kb, tab, db, cid)  # investigating
    # waiting for parts (F8) and resuming (F8 again)
    focus_list(qtbot, tab)
    kb.press(Qt.Key.Key_F8)
    d = dialog_of(qtbot, tab, ComplaintActionDialog)
    assert d.action == "wait"
    kb.type_chinese("等配件到货", d.note)
    save(qtbot, d)
    qtbot.waitUntil(lambda: tab.detail is not None and tab.detail.waiting is not None, timeout=5000)
    assert not tab.advance_button.isEnabled()
    focus_list(qtbot, tab)
    kb.press(Qt.Key.Key_F8)
    d = dialog_of(qtbot, tab, ComplaintActionDialog)
    assert d.action == "resume"
    kb.type_chinese("配件已到", d.note)
    save(qtbot, d)
    qtbot.waitUntil(lambda: tab.detail is not None and tab.detail.waiting is None, timeout=5000)
    step(qtbot, kb, tab, db, cid, "resolution", "免费返修并赠送保养")  # proposed
    step(qtbot, kb, tab, db, cid)  # customer notified
    step(qtbot, kb, tab, db, cid, "accountability", "前台未及时通知")
    step(qtbot, kb, tab, db, cid, "improvement", "交车延误须提前电话告知")
    closed = state_of(db, cid)
    assert closed.state is ComplaintState.CLOSED and closed.improvement.startswith("交车")
    # the open list no longer has it; "all" does
    assert tab.model.rowCount() == 0
    tab.filter.setCurrentIndex(tab.filter.findData("all"))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    focus_list(qtbot, tab)
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    qtbot.waitUntil(lambda: tab.detail is not None and tab.detail.id == cid, timeout=5000)
    assert tab.reopen_button.isEnabled() and not tab.note_button.isEnabled()
    assert "✓" in tab.deadlines.text() or "Closed" in tab.deadlines.text()
    kb.press(Qt.Key.Key_F9)
    d = dialog_of(qtbot, tab, ComplaintActionDialog)
    kb.type_chinese("客户再次来电", d.note)
    save(qtbot, d)
    qtbot.waitUntil(lambda: state_of(db, cid).state is ComplaintState.INVESTIGATING, timeout=5000)
    assert state_of(db, cid).reopened == 1
    assert kb.text_chars > 0 and kb.presses > 10


def test_a_second_agent_is_refused_naming_who_changed_what(qtbot, keep, ctx, agent, adapter, db):
    other = as_user(ctx, "Wu Qing", Role.FOLLOW_UP)
    r = complaints.record_complaint(
        agent,
        ComplaintInput(ComplaintChannel.PHONE, ComplaintKind.SERVICE, ComplaintSeverity.GENERAL,
                       "洗车不干净"),
    )  # fmt: skip
    w, tab = desk(qtbot, keep, agent, adapter)
    qtbot.waitUntil(lambda: tab.detail is not None and tab.detail.id == r.id, timeout=5000)
    kb = Keyboard(qtbot)
    focus_list(qtbot, tab)
    kb.press(Qt.Key.Key_F2)
    d = dialog_of(qtbot, tab, ComplaintActionDialog)
    kb.type_chinese("已回电", d.note)
    # meanwhile another agent, at another station, notes the response
    complaints.add_note(other, r.id, r.version, "客户已接受道歉", kind="response")
    save(qtbot, d)
    assert d.isVisible()
    said = d.message.text()
    assert "Wu Qing" in said and "Counter 1" in said, said
    qtbot.waitUntil(lambda: d.version != r.version, timeout=5000)
    with db.read() as s:
        assert s.get(Complaint, r.id).version == r.version + 1  # the refused one wrote nothing
    # having read that, the agent saves again on top of the new version
    save(qtbot, d)
    qtbot.waitUntil(lambda: gone(d), timeout=5000)
    with db.read() as s:
        assert s.get(Complaint, r.id).version == r.version + 2


def manager_window(qtbot, keep, ctx, adapter, role: Role = Role.MANAGER) -> MainWindow:
    name = "Qian Hong" if role is Role.MANAGER else "Zhou Yan"
    who = Who(name, user_id=ctx.actor.user_id, role=role, roles=frozenset({role}))
    window = MainWindow(ctx, adapter, "Office", who, "WenQuanYi Micro Hei")
    keep(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    wait_tasks()
    return window


def test_an_escalation_from_another_station_shows_live_on_a_managers_window(
    qtbot, keep, ctx, manager, agent, adapter, db
):
    window = manager_window(qtbot, keep, manager, adapter)
    window.switch_to("reception")  # whatever desk is open
    notice = window.status.escalations
    assert not notice.isVisible()
    # another station records a complaint received three days ago: its deadlines are missed
    complaints.record_complaint(
        agent,
        ComplaintInput(ComplaintChannel.HOTLINE_12315, ComplaintKind.REPAIR_QUALITY,
                       ComplaintSeverity.SERIOUS, "返修后仍漏油",
                       received_at=utcnow() - timedelta(days=3)),
    )  # fmt: skip
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(ComplaintEscalation)) >= 1
    qtbot.waitUntil(lambda: notice.isVisible(), timeout=5000)
    assert "1" in notice.text() and window.status.escalation_count == 1
    assert window.current_key() == "reception"
    # Ctrl+Shift+E: the care desk's overdue complaints
    qtbot.keyClick(
        window,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    care = window.workspace("care")
    assert window.current_key() == "care" and care.tabs.currentWidget() is care.complaints
    tab = care.complaints
    assert tab.current_filter() == "overdue"
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    assert tab.model.rows()[0].overdue
    # a non-manager's window shows no notice
    desk_window = manager_window(qtbot, keep, agent, adapter, Role.FOLLOW_UP)
    wait_tasks()
    assert not desk_window.status.escalations.isVisible()


def test_a_deadline_passing_with_nobody_acting_is_escalated_by_the_stations_check(
    qtbot, keep, ctx, manager, agent, adapter, db
):
    r = complaints.record_complaint(
        agent,
        ComplaintInput(ComplaintChannel.PHONE, ComplaintKind.PARTS, ComplaintSeverity.GENERAL,
                       "配件价格不透明"),
    )  # fmt: skip
    # the clock passes the response deadline; nobody touches the complaint
    with db.write() as s:
        s.execute(
            update(Complaint)
            .where(Complaint.id == r.id)
            .values(respond_by=utcnow() - timedelta(minutes=5))
            .execution_options(synchronize_session=False)
        )
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(ComplaintEscalation)) == 0
    # a follow-up agent's station runs the check (no manager's window is open)
    station = manager_window(qtbot, keep, agent, adapter, Role.FOLLOW_UP)
    qtbot.waitUntil(lambda: not station.escalations._checking, timeout=5000)
    wait_tasks()
    with db.read() as s:
        [esc] = s.scalars(select(ComplaintEscalation)).all()
    assert esc.complaint_id == r.id and esc.to_role == "manager"
    # the manager's window, opened later, counts it; a second check escalates nothing again
    window = manager_window(qtbot, keep, manager, adapter)
    qtbot.waitUntil(lambda: window.status.escalations.isVisible(), timeout=5000)
    window.escalations.check()
    wait_tasks()
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(ComplaintEscalation)) == 1
    # the agent answers the customer at last: the notice goes away live
    with db.read() as s:
        version = s.get(Complaint, r.id).version
    complaints.add_note(agent, r.id, version, "已回电", kind="response")
    qtbot.waitUntil(lambda: not window.status.escalations.isVisible(), timeout=5000)
    assert window.status.escalation_count == 0


def test_focus_walk_of_the_complaints_tab(qtbot, keep, ctx, agent, adapter):
    complaints.record_complaint(
        agent,
        ComplaintInput(ComplaintChannel.IN_PERSON, ComplaintKind.SALES, ComplaintSeverity.GENERAL,
                       "销售承诺未兑现", caller_name="张先生"),
    )  # fmt: skip
    w, tab = desk(qtbot, keep, agent, adapter)
    qtbot.waitUntil(lambda: tab.detail is not None, timeout=5000)
    check_walk(qtbot, w, "care: complaints")


def test_without_the_right_the_actions_are_greyed_with_the_reason(qtbot, keep, ctx, tech, adapter):
    """A technician may read the list (VIEW) but not record or work complaints."""
    complaints.record_complaint(
        ctx,
        ComplaintInput(ComplaintChannel.PHONE, ComplaintKind.SERVICE, ComplaintSeverity.GENERAL,
                       "等候区太吵"),
    )  # fmt: skip
    w, tab = desk(qtbot, keep, tech, adapter)
    w.apply_rights(Who("Wang Wei", role=Role.TECHNICIAN, roles=frozenset({Role.TECHNICIAN})))
    qtbot.waitUntil(lambda: tab.detail is not None, timeout=5000)
    assert tab.model.rowCount() == 1
    assert not tab.new_button.isEnabled()
    assert "complaints" in tab.new_button.toolTip()
    assert not any(b.isEnabled() for b in tab.actions_buttons)


def test_a_complaint_from_another_station_is_patched_in_not_reloaded(
    qtbot, keep, ctx, agent, adapter, db, monkeypatch
):
    """A complaint recorded or noted at another station comes into the list by itself: only
    it is asked for, the agent's row stays chosen, the list is never reset."""
    from ui.care import complaints_tab

    first = complaints.record_complaint(
        agent,
        ComplaintInput(ComplaintChannel.PHONE, ComplaintKind.SERVICE, ComplaintSeverity.GENERAL,
                       "洗车不干净"),
    )  # fmt: skip
    w, tab = desk(qtbot, keep, agent, adapter)
    qtbot.waitUntil(lambda: tab.detail is not None and tab.detail.id == first.id, timeout=5000)
    wait_tasks()
    asked: list[object] = []
    real = complaints.list_complaints

    def listed(c, **kw):
        asked.append(kw.get("ids"))
        return real(c, **kw)

    monkeypatch.setattr(complaints_tab.complaints, "list_complaints", listed)
    resets: list[int] = []
    tab.model.modelReset.connect(lambda: resets.append(1))
    other = as_user(ctx, "Wu Qing", Role.FOLLOW_UP)
    second = complaints.record_complaint(
        other,
        ComplaintInput(ComplaintChannel.IN_PERSON, ComplaintKind.REPAIR_QUALITY,
                       ComplaintSeverity.SERIOUS, "刹车异响未修好"),
    )  # fmt: skip
    qtbot.waitUntil(lambda: second.id in [r.id for r in tab.model.rows()], timeout=5000)
    complaints.add_note(other, first.id, first.version, "客户已接受道歉", kind="response")
    qtbot.waitUntil(
        lambda: next(r for r in tab.model.rows() if r.id == first.id).version > first.version,
        timeout=5000,
    )
    wait_tasks()
    assert asked and all(a is not None for a in asked), asked
    assert resets == [] and tab.current().id == first.id
    assert "2" in tab.count.text()
