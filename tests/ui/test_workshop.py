"""The workshop desk against a real database: the board, a technician's jobs (start, pause,
resume, finding, done), the quality check, assignment, and refused actions explained."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.db.changes import Change, Entity
from app.domain.enums import (
    Approval,
    ApprovalMethod,
    OrderState,
    PauseReason,
    Role,
)
from app.domain.journal import OrderAction
from app.services import lines, queries, workflow
from app.services.people import sign_in
from tests.ui.desk_support import demo_orders, save_shot, settle_tasks
from ui.models.workshop_board import ORDER_ID_ROLE
from ui.workshop import WorkshopWorkspace
from ui.workshop.finding_dialog import FindingDialog
from ui.workshop.pause_dialog import PauseDialog

#: the offscreen test platform says so whenever a top-level window (a dialog) is shown
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def state_of(ctx, order_id: int) -> OrderState:
    return queries.get_order(ctx, order_id).order.state


@pytest.fixture
def orders(ctx, tech):
    return demo_orders(ctx, tech)


def open_workshop(qtbot, who, adapter) -> WorkshopWorkspace:
    w = WorkshopWorkspace(who, adapter)
    qtbot.addWidget(w)
    w.resize(1400, 820)
    w.show()  # (a hidden desk only notes that it is behind: tests/ui/test_live_board.py)
    qtbot.waitUntil(lambda: w.model.rowCount() > 0)
    settle_tasks(qtbot)
    return w


def show_order(qtbot, w: WorkshopWorkspace, order_id: int) -> None:
    w.open_order(order_id)
    qtbot.waitUntil(lambda: w.panel.detail is not None and w.panel.detail.id == order_id)


def test_board_lists_open_orders_with_filters(qtbot, ctx, orders, adapter):
    w = open_workshop(qtbot, ctx, adapter)
    assert w.model.rowCount() == 7
    assert w.board_page.summary.text() == "7 open · 1 late"
    assert "1 late" in w.status.text()
    proxy = w.board_page.proxy
    w.board_page.state.setCurrentIndex(w.board_page.state.findData(OrderState.PAUSED.value))
    assert proxy.rowCount() == 1
    assert proxy.index(0, 0).data(ORDER_ID_ROLE) == orders["paused"]
    w.board_page.clear_filters()
    w.board_page.technician.setCurrentIndex(w.board_page.technician.findData(""))
    assert [proxy.index(r, 0).data(ORDER_ID_ROLE) for r in range(proxy.rowCount())] == [
        orders["approved"]
    ]
    w.board_page.clear_filters()
    w.board_page.late_only.setChecked(True)
    assert proxy.rowCount() == 1
    assert proxy.index(0, 0).data(ORDER_ID_ROLE) == orders["in_progress"]
    # the queues
    assert w.qc_page.proxy.rowCount() == 1
    assert w.assign_page.proxy.rowCount() == 1


def test_board_follows_changes_from_other_stations(qtbot, ctx, tech, orders, adapter):
    w = open_workshop(qtbot, ctx, adapter)
    workflow.pause_work(tech, orders["device"], PauseReason.WAITING_CUSTOMER)
    row = w.model.row_of(orders["device"])

    def paused() -> bool:
        r = w.model.row_of(orders["device"])
        return r is not None and w.model.board_row(r).state is OrderState.PAUSED

    qtbot.waitUntil(paused)
    assert row is not None
    waiting = w.model.index(w.model.row_of(orders["device"]), w.model.column_of("waiting"))
    assert waiting.data() == "Waiting for customer"


def _asked(monkeypatch) -> list[object]:
    """What the desk asks the board service for: None (the whole board) or the ids."""
    asked: list[object] = []
    whole = queries.board

    def board(ctx, limit=500, states=queries.BOARD_STATES, ids=None):
        asked.append(None if ids is None else frozenset(ids))
        return whole(ctx, limit, states, ids)

    monkeypatch.setattr(queries, "board", board)
    return asked


def test_a_change_patches_its_row_and_the_rest_of_the_board_stays(
    qtbot, ctx, tech, orders, adapter, monkeypatch
):
    w = open_workshop(qtbot, ctx, adapter)
    asked = _asked(monkeypatch)
    resets: list[int] = []
    w.model.modelReset.connect(lambda: resets.append(1))
    table = w.board_page.table
    table.select_order(orders["approved"])  # the user is on another row
    rows_before = w.model.rowCount()

    workflow.pause_work(tech, orders["device"], PauseReason.WAITING_CUSTOMER)  # another desk
    qtbot.waitUntil(lambda: state_row(w, orders["device"]) is OrderState.PAUSED)
    settle_tasks(qtbot)

    assert asked == [frozenset({orders["device"]})]  # that row only, not the board
    assert resets == []  # patched: no reset of the view
    assert table.current_order_id() == orders["approved"]  # the selection stays
    assert w.model.rowCount() == rows_before
    # the same change heard again (this station's own, already shown): nothing asked
    shown = w.model.board_row(w.model.row_of(orders["device"]))
    w.live_board.on_changes(
        [Change(Entity.ORDER, shown.order_id, OrderAction.PAUSE, shown.version)]
    )
    settle_tasks(qtbot)
    assert asked == [frozenset({orders["device"]})]
    # an order leaving the board (cancelled) leaves; the others stay where they were
    workflow.cancel(ctx, orders["assigned"], "customer left")
    qtbot.waitUntil(lambda: w.model.row_of(orders["assigned"]) is None)
    assert table.current_order_id() == orders["approved"]
    assert resets == []


def test_a_hidden_desk_asks_nothing_and_catches_up_when_shown(
    qtbot, ctx, tech, orders, adapter, monkeypatch
):
    w = open_workshop(qtbot, ctx, adapter)
    w.hide()
    asked = _asked(monkeypatch)
    workflow.pause_work(tech, orders["device"], PauseReason.WAITING_CUSTOMER)
    qtbot.wait(200)
    settle_tasks(qtbot)
    assert asked == []  # hidden: nothing asked for
    assert state_row(w, orders["device"]) is not OrderState.PAUSED
    w.show()
    w.activate()  # the shell shows the desk
    qtbot.waitUntil(lambda: state_row(w, orders["device"]) is OrderState.PAUSED)
    assert asked == [None]  # one whole load


def state_row(w, order_id: int) -> OrderState | None:
    r = w.model.row_of(order_id)
    return None if r is None else w.model.board_row(r).state


def test_my_jobs_start_pause_resume_finding_finish(qtbot, ctx, tech, orders, adapter):
    w = open_workshop(qtbot, tech, adapter)
    qtbot.waitUntil(lambda: w.tabs.currentWidget() is w.my_jobs)
    mine = w.my_jobs.proxy
    assert mine.rowCount() == 4  # assigned, in progress (late), paused, the phone
    assert not w.my_jobs.everyone.isChecked()
    order_id = orders["assigned"]
    assert w.my_jobs.table.select_order(order_id)
    qtbot.waitUntil(lambda: w.panel.detail is not None and w.panel.detail.id == order_id)
    panel = w.panel
    assert panel.start.isEnabled() and not panel.pause.isEnabled()

    panel.start.click()
    settle_tasks(qtbot)
    assert state_of(ctx, order_id) is OrderState.IN_PROGRESS
    assert panel.pause.isEnabled() and not panel.start.isEnabled()

    # pause for "other" without a note: refused next to the note, nothing saved
    panel.pause.click()
    dialog = w.findChild(PauseDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.buttons[PauseReason.OTHER].setChecked(True)
    dialog.ok_button.click()
    settle_tasks(qtbot)
    assert dialog.isVisible()
    assert dialog.errors.text_of("note")
    assert state_of(ctx, order_id) is OrderState.IN_PROGRESS
    dialog.note.setText("等待专用工具")
    dialog.ok_button.click()
    settle_tasks(qtbot)
    assert w.findChild(PauseDialog) is None  # sent: closed (and gone)
    d = queries.get_order(ctx, order_id)
    assert d.order.state is OrderState.PAUSED and d.order.pause_reason is PauseReason.OTHER
    assert panel.resume.isEnabled()

    panel.resume.click()
    settle_tasks(qtbot)
    assert state_of(ctx, order_id) is OrderState.IN_PROGRESS

    # a finding: one catalog part, one line typed by hand; sent for the customer's approval
    panel.finding.click()
    finding = w.findChild(FindingDialog)
    assert finding is not None
    qtbot.waitUntil(lambda: finding.catalog_model.rowCount() > 0)
    qtbot.keyClicks(finding.search, "P-BRKPAD")
    qtbot.waitUntil(
        lambda: (
            finding.catalog_model.rowCount() == 1
            and finding.catalog_model.item(0).code == "P-BRKPAD-F"
        )
    )
    qtbot.keyClick(finding.search, Qt.Key.Key_Return)
    assert finding.lines_model.rowCount() == 1
    finding.add_free.click()
    finding.send.click()  # the typed line has no description yet: refused, marked in place
    settle_tasks(qtbot)
    assert finding.isVisible()
    assert finding.message.text().startswith("Line 2:")
    desc = finding.lines_model.index(1, 2)
    assert desc.data(Qt.ItemDataRole.ToolTipRole)
    assert not [l for l in queries.get_order(ctx, order_id).lines if l.is_extra]
    finding.lines_model.setData(desc, "刹车油更换")
    finding.lines_model.setData(finding.lines_model.index(1, 4), "80")
    finding.finding.setPlainText("前刹车片磨损到极限")
    assert finding.pause.isChecked()
    finding.send.click()
    settle_tasks(qtbot)
    assert w.findChild(FindingDialog) is None
    d = queries.get_order(ctx, order_id)
    extra = [l for l in d.lines if l.is_extra]
    # the catalog line keeps both names (typed at an English station), the typed one as typed
    assert [(l.description, l.description_en) for l in extra] == [
        ("前刹车片", "Front brake pads"),
        ("刹车油更换", None),
    ]
    assert all(l.approval is Approval.PROPOSED for l in extra)
    assert d.order.state is OrderState.PAUSED
    assert d.order.pause_reason is PauseReason.WAITING_APPROVAL
    assert "磨损" in (d.order.fault_found or "")

    # the advisor gets the customer's consent; the job resumes by itself, the panel follows
    lines.decide_extra_work(
        ctx, order_id, [l.id for l in extra], approve=True, method=ApprovalMethod.PHONE
    )
    qtbot.waitUntil(lambda: panel.detail.order.state is OrderState.IN_PROGRESS)
    assert panel.done.isEnabled()
    panel.done.click()
    settle_tasks(qtbot)
    assert state_of(ctx, order_id) is OrderState.WORK_DONE


def test_quality_check_fail_needs_a_note(qtbot, ctx, inspector, orders, adapter):
    w = open_workshop(qtbot, inspector, adapter)
    order_id = orders["work_done"]
    show_order(qtbot, w, order_id)
    panel = w.panel
    assert panel.qc_fail.isEnabled() and panel.qc_pass.isEnabled()
    panel.qc_fail.click()
    settle_tasks(qtbot)
    assert panel.qc_errors.text_of("note") == "This field is required."
    assert panel.message.text() == "Say what failed the check."
    assert state_of(ctx, order_id) is OrderState.WORK_DONE
    panel.qc_note.setText("左前轮异响仍在")
    panel.qc_fail.click()
    settle_tasks(qtbot)
    d = queries.get_order(ctx, order_id)
    assert d.order.state is OrderState.IN_PROGRESS
    assert d.quality_checks[-1].passed is False and d.quality_checks[-1].note == "左前轮异响仍在"
    assert panel.qc_note.text() == ""
    assert "failed" in panel.last_check.text()


def test_quality_check_pass(qtbot, ctx, tech, inspector, orders, adapter):
    workflow.finish_work(tech, orders["device"])
    w = open_workshop(qtbot, inspector, adapter)
    show_order(qtbot, w, orders["device"])
    w.panel.qc_pass.click()
    settle_tasks(qtbot)
    assert state_of(ctx, orders["device"]) is OrderState.READY
    assert not w.panel.qc_pass.isEnabled()


def test_assign_a_technician(qtbot, ctx, orders, adapter):
    w = open_workshop(qtbot, ctx, adapter)
    qtbot.waitUntil(lambda: w.panel.technicians.count() > 0)
    show_order(qtbot, w, orders["approved"])
    combo = w.panel.technicians
    combo.setCurrentIndex(combo.findText("Wang Wei"))
    w.panel.assign.click()
    settle_tasks(qtbot)
    d = queries.get_order(ctx, orders["approved"])
    assert d.order.state is OrderState.ASSIGNED
    assert d.order.technician is not None and d.order.technician.name == "Wang Wei"


def test_refused_action_says_why(qtbot, ctx, tech, orders, adapter):
    w = open_workshop(qtbot, tech, adapter)
    show_order(qtbot, w, orders["in_progress"])
    # another station pauses the job; this panel still shows the old version
    other = sign_in(ctx.db, "Bay 2", "Liu Qiang", Role.TECHNICIAN)
    workflow.pause_work(other, orders["in_progress"], PauseReason.WAITING_PARTS)
    w.panel.done.click()
    settle_tasks(qtbot)
    text = w.panel.message.text()
    assert "Liu Qiang at Bay 2" in text and "paused the work" in text
    assert state_of(ctx, orders["in_progress"]) is OrderState.PAUSED
    qtbot.waitUntil(lambda: w.panel.detail.order.state is OrderState.PAUSED)
    assert w.panel.resume.isEnabled() and not w.panel.done.isEnabled()


def test_enter_opens_and_keys_act(qtbot, ctx, lead, orders, adapter):
    w = open_workshop(qtbot, lead, adapter)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    table = w.board_page.table
    table.setFocus()
    assert table.select_order(orders["assigned"])
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.panel.detail is not None and w.panel.detail.id == orders["assigned"])
    qtbot.waitUntil(lambda: w.panel.start.hasFocus())
    assert "[S]" in w.panel.start.text()
    qtbot.keyClick(w.panel.start, Qt.Key.Key_S)
    settle_tasks(qtbot)
    assert state_of(ctx, orders["assigned"]) is OrderState.IN_PROGRESS
    assert w.panel.detail.order.state is OrderState.IN_PROGRESS
    table.setFocus()
    # a key whose button is greyed out still answers: the service says why
    qtbot.keyClick(table, Qt.Key.Key_Q)
    settle_tasks(qtbot)
    assert "In progress" in w.panel.message.text()  # the state that refuses it
    qtbot.keyClick(table, Qt.Key.Key_D)
    settle_tasks(qtbot)
    assert state_of(ctx, orders["assigned"]) is OrderState.WORK_DONE
    settle_tasks(qtbot)


def test_actions_beyond_the_users_rights_are_grey_with_the_reason(
    qtbot, ctx, tech, orders, adapter
):
    """An advisor reads the board; starting a job or the quality check is not theirs. A
    technician works jobs but does not check their quality."""
    from ui.auth.who import Who

    w = open_workshop(qtbot, ctx, adapter)
    w.apply_rights(Who("Li Na", role=Role.ADVISOR, roles=frozenset({Role.ADVISOR})))
    show_order(qtbot, w, orders["assigned"])
    assert not w.panel.start.isEnabled()
    assert w.panel.start.toolTip() == (
        "You may not start, pause and finish jobs: your roles (Service advisor) do not include it."
    )
    assert w.panel.assign.isEnabled()  # advisors dispatch jobs
    w.panel.start.clicked.emit()  # the services refuse anyway, and say why
    settle_tasks(qtbot)
    assert w.panel.message.text().startswith("You may not start, pause and finish jobs")
    assert state_of(ctx, orders["assigned"]) is OrderState.ASSIGNED
    w.apply_rights(Who("Wang Wei", role=Role.TECHNICIAN, roles=frozenset({Role.TECHNICIAN})))
    show_order(qtbot, w, orders["work_done"])
    assert not w.panel.qc_pass.isEnabled() and not w.panel.qc_note.isEnabled()
    assert "do the quality check" in w.panel.qc_pass.toolTip()


def test_keys_do_not_fire_while_typing(qtbot, ctx, orders, adapter):
    w = open_workshop(qtbot, ctx, adapter)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    show_order(qtbot, w, orders["work_done"])
    w.panel.qc_note.setFocus()
    qtbot.keyClicks(w.panel.qc_note, "Q ok")
    assert w.panel.qc_note.text() == "Q ok"
    assert state_of(ctx, orders["work_done"]) is OrderState.WORK_DONE
    assert w.panel.message.isHidden()


def test_tv_board(qtbot, ctx, tech, orders, adapter):
    from tests.factories import new_order, vehicle
    from ui.workshop.tv import REFRESH_MS, TvBoardWindow

    at_reception = new_order(ctx, asset=vehicle("粤B9Z999", None)).id
    tv = TvBoardWindow(ctx, adapter)  # deletes itself on close (not given to qtbot)
    tv.resize(1600, 900)
    tv.show()
    qtbot.waitUntil(lambda: tv.model.rowCount() == 7)
    assert tv.model.row_of(at_reception) is None  # reception drafts stay off the TV
    assert tv.refresh_timer.isActive() and tv.refresh_timer.interval() == REFRESH_MS == 30_000
    # (plurals in words: tests/ui/test_tv_privacy.py, with the English translation installed)
    assert tv.summary.text().replace("(s)", "s") == "6 visits in the workshop · 1 ready for pickup"
    late = tv.model.index(tv.model.row_of(orders["in_progress"]), tv.model.column_of("promised"))
    assert "LATE" not in late.data()  # the lounge is not told who is late
    assert tv.font().pointSizeF() >= 20
    workflow.pause_work(tech, orders["device"], PauseReason.WAITING_PARTS)
    pauses = tv.model.rowCount()

    def device_waits() -> bool:  # a pause reaches the TV as "being repaired", no reason
        r = tv.model.row_of(orders["device"])
        shown = tv.model.index(r, tv.model.column_of("progress")) if r is not None else None
        return shown is not None and shown.data() == "Being repaired" and pauses == 7

    qtbot.waitUntil(device_waits)
    settle_tasks(qtbot)

    # a small screen: the rows are shown a page at a time, every row on some page
    tv.resize(900, 420)
    per_page = tv.rows_per_page()
    assert per_page < 7
    seen: set[int] = set()
    for _ in range(-(-7 // per_page)):
        shown = [r for r in range(7) if not tv.table.isRowHidden(r)]
        assert 0 < len(shown) <= per_page
        seen.update(shown)
        tv._next_page()
    assert seen == set(range(7))
    with qtbot.waitSignal(tv.destroyed):
        qtbot.keyClick(tv, Qt.Key.Key_Escape)


def test_f11_opens_the_tv_board(qtbot, ctx, orders, adapter):
    w = open_workshop(qtbot, ctx, adapter)
    tv = w.show_tv()
    assert tv.isVisible() and tv.isFullScreen()
    qtbot.waitUntil(lambda: tv.model.rowCount() == 7)
    assert w.show_tv() is tv  # one TV window
    tv.close()
    settle_tasks(qtbot)


def test_screens_lay_out_every_action(qtbot, ctx, orders, adapter):
    """Every action button shows its whole text (and key); screenshots for a look."""
    w = open_workshop(qtbot, ctx, adapter)
    w.show()
    show_order(qtbot, w, orders["in_progress"])
    settle_tasks(qtbot)
    for button in [*w.panel.action_buttons(), w.tv_button]:
        assert button.width() >= button.sizeHint().width(), button.text()
        assert "[" in button.text()
    save_shot(w, "workshop")
