"""The care desk's due lists (Alt+3), by keyboard only: the list picked with Ctrl+PgDn, a
row's call started with Enter, its outcome and note logged with Ctrl+Enter (and the next row
taken up); a service reminder put in the outbox with Ctrl+M for a customer who agreed to
SMS, refused with the reason (and nothing queued) for one who did not; the list copied with
Ctrl+P and saved as CSV."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from app.domain.enums import ContactChannel, Role
from app.domain.models import CareCall, Message
from app.domain.types import utcnow
from app.services import followups, value_classes
from app.services.people import as_user
from tests.app._care import asset, customer, put, released
from tests.ui.conftest import wait_tasks
from tests.ui.desk_support import shown_active
from ui.care.due_tab import DueTab, csv_bytes

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def agent(ctx):
    return as_user(ctx, "Xu Jing", Role.FOLLOW_UP)


@pytest.fixture
def shop(ctx, agent):
    today = date.today()
    put(ctx, "shop.short_name", "Bay Auto")
    put(ctx, "shop.phone", "0755-1234567")
    chen = customer(ctx, "Chen Jie", phone="13800000001")
    followups.record_consent(agent, chen, ContactChannel.SMS, True, "intake form")
    wu = customer(ctx, "Wu Lei", phone="13800000002")  # phone calls yes, no SMS consent
    first = asset(ctx, chen, inspection_due=today + timedelta(days=3))
    second = asset(ctx, wu, inspection_due=today + timedelta(days=9))
    last = utcnow() - timedelta(days=150)
    released(ctx, chen, first, last, next_service_date=today + timedelta(days=5),
             next_service_km=15000)  # fmt: skip
    released(ctx, wu, second, last, next_service_date=today + timedelta(days=7),
             next_service_km=20000)  # fmt: skip
    value_classes.compute_classes(agent)  # the last visits the list shows
    return {"chen": chen, "wu": wu, "first": first, "second": second}


def _tab(qtbot, keep, agent) -> DueTab:
    tab = DueTab(agent)
    keep(tab)
    tab.resize(1366, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    tab.activate()
    wait_tasks()
    return tab


def _key(qtbot, tab, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget() or tab, key, modifier)
    wait_tasks()


def test_a_row_is_called_logged_and_reminded_by_keyboard(qtbot, keep, agent, shop, db):
    tab = _tab(qtbot, keep, agent)
    assert tab.kind() == "maintenance"
    assert [r.customer for r in tab.rows] == ["Chen Jie", "Wu Lei"]
    assert tab.model.index(0, 4).data() == "15,000 km"
    tab.focus_primary()
    assert QApplication.focusWidget() is tab.table

    # Ctrl+PgDn three times: maintenance -> first service -> warranty -> 年检
    for _ in range(3):
        _key(qtbot, tab, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert tab.kind() == "inspection"
    assert [(r.customer, r.asset_id) for r in tab.rows] == [
        ("Chen Jie", shop["first"]), ("Wu Lei", shop["second"])
    ]  # fmt: skip
    assert tab.model.headerData(3, Qt.Orientation.Horizontal) == "Inspection due"
    assert tab.model.index(0, 5).data()  # the last visit is shown

    # Enter on the first row: the call starts, the outcome takes the focus
    tab.table.setFocus()
    _key(qtbot, tab, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is tab.outcome
    assert "Chen Jie" in tab.calling.text()
    _key(qtbot, tab, Qt.Key.Key_Down)  # Reached -> Will come in
    assert tab.outcome.currentData() == "booked"
    _key(qtbot, tab, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.note
    qtbot.keyClicks(tab.note, "Friday morning")
    _key(qtbot, tab, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert tab.message.kind().value == "success", tab.message.text()
    with db.read() as s:
        calls = s.execute(select(CareCall.due_kind, CareCall.customer_id, CareCall.asset_id,
                                 CareCall.outcome, CareCall.note)).all()  # fmt: skip
    assert [tuple(c) for c in calls] == [
        ("inspection", shop["chen"], shop["first"], "booked", "Friday morning")
    ]
    wait_tasks()
    assert tab.current().customer == "Wu Lei"  # the next row is taken up
    assert QApplication.focusWidget() is tab.table
    assert tab.model.index(0, 6).data().endswith("Will come in")  # the call, on its row
    assert tab.model.index(1, 6).data() == ""

    # back to the maintenance list: Wu Lei has not agreed to SMS
    for _ in range(3):
        _key(qtbot, tab, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert tab.kind() == "maintenance"
    tab.table.setFocus()
    _key(qtbot, tab, Qt.Key.Key_Down)
    assert tab.current().customer == "Wu Lei"
    _key(qtbot, tab, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert tab.message.kind().value == "error"
    assert "not agreed" in tab.message.text()
    _key(qtbot, tab, Qt.Key.Key_Up)
    _key(qtbot, tab, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert tab.message.kind().value == "success", tab.message.text()
    with db.read() as s:
        queued = s.execute(select(Message.customer_id, Message.body)).all()
    assert len(queued) == 1 and queued[0][0] == shop["chen"]
    assert "15000" in queued[0][1]

    # the inspection list has no mileage: the reminder says what the row lacks
    for _ in range(3):
        _key(qtbot, tab, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    tab.table.setFocus()
    _key(qtbot, tab, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert tab.message.kind().value == "error"
    assert "due_km" in tab.message.text()
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Message)) == 1


def test_the_list_is_copied_and_saved(qtbot, keep, agent, shop, tmp_path):
    tab = _tab(qtbot, keep, agent)
    tab.table.setFocus()
    _key(qtbot, tab, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    lines = QApplication.clipboard().text().splitlines()
    assert lines[0].split("\t")[:4] == ["Customer", "Phone", "Vehicle / device", "Service due"]
    assert [ln.split("\t")[0] for ln in lines[1:]] == ["Chen Jie", "Wu Lei"]
    assert lines[1].split("\t")[1] == "13800000001"
    path = tmp_path / "due.csv"
    tab.save_list(str(path))
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data == csv_bytes("maintenance", tab.rows)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert [r[0] for r in rows] == ["Customer", "Chen Jie", "Wu Lei"]
    assert rows[1][4] == "15,000 km"


def test_without_the_right_the_list_says_why(qtbot, keep, ctx, shop):
    tab = _tab(qtbot, keep, ctx)  # an advisor: no FOLLOW_UP right
    assert tab.rows == []
    assert tab.message.text() and tab.message.kind().value == "error"


def test_buttons_say_which_right_is_missing(qtbot, keep, agent):
    from ui.auth.who import Who

    tab = _tab(qtbot, keep, agent)
    tab.apply_rights(Who("Li Na", role=Role.ADVISOR, roles=frozenset({Role.ADVISOR})))
    assert not tab.log_button.isEnabled() and tab.log_button.toolTip()
    assert tab.sms_button.isEnabled()  # an advisor may queue messages
    tab.apply_rights(Who("Xu Jing", role=Role.FOLLOW_UP, roles=frozenset({Role.FOLLOW_UP})))
    assert tab.log_button.isEnabled() and tab.sms_button.isEnabled()  # the next user may


def test_ctrl_b_books_an_appointment_and_logs_the_call(qtbot, keep, agent, shop, db):
    from types import SimpleNamespace

    from app.domain.enums import AppointmentSource
    from ui.appointments.booking_dialog import BookingDialog

    tab = _tab(qtbot, keep, agent)
    tab.table.setFocus()
    _key(qtbot, tab, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.booking
    assert isinstance(dialog, BookingDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.customer_id == shop["chen"], timeout=5000)
    assert dialog.vehicle.currentData() == shop["first"]
    assert dialog.source.currentData() == AppointmentSource.OUTBOUND
    # the dialog's own booking is tested with the appointments desk: here, what it tells
    dialog.booked.emit(SimpleNamespace(local="2026-12-03 09:00"))
    wait_tasks()
    with db.read() as s:
        calls = s.execute(select(CareCall.due_kind, CareCall.customer_id, CareCall.outcome,
                                 CareCall.note)).all()  # fmt: skip
    assert [tuple(c) for c in calls] == [
        ("maintenance", shop["chen"], "booked", "Appointment 2026-12-03 09:00")
    ]
    assert "2026-12-03 09:00" in tab.message.text()
    dialog.reject()
    wait_tasks()
    assert tab.booking is None


def test_a_call_logged_by_another_agent_shows_on_its_row_without_a_reload(
    qtbot, keep, ctx, agent, shop, adapter, monkeypatch
):
    """Two agents on the same list: a call logged at the other station comes onto its row
    by itself (its last-call column), the list is not read again, and the agent's chosen
    row and the call under way stay."""
    from app.services import due_lists
    from ui.care import due_tab
    from ui.care.workspace import CareWorkspace

    w = shown_active(qtbot, keep, CareWorkspace(agent, adapter))
    w.activate()
    w.show_tab(2)
    tab = w.due
    qtbot.waitUntil(lambda: len(tab.model.rows()) == 2, timeout=10_000)
    wait_tasks()
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(1, 0))
    _key(qtbot, tab, Qt.Key.Key_Return)  # the call to Wu Lei starts
    assert "Wu Lei" in tab.calling.text()
    lists: list[int] = []
    real = due_lists.due_list
    monkeypatch.setattr(
        due_tab.due_lists, "due_list", lambda *a, **k: lists.append(1) or real(*a, **k)
    )
    resets: list[int] = []
    tab.model.modelReset.connect(lambda: resets.append(1))
    other = as_user(ctx, "Wu Qing", Role.FOLLOW_UP)
    due_lists.log_call(
        other, "maintenance", shop["chen"], outcome="reached", asset_id=shop["first"]
    )
    qtbot.waitUntil(lambda: tab.model.index(0, 6).data() != "", timeout=5000)
    wait_tasks()
    assert tab.model.index(0, 6).data().endswith("Reached")
    assert tab.model.index(1, 6).data() == ""
    assert lists == [] and resets == []
    assert tab.current().customer == "Wu Lei" and "Wu Lei" in tab.calling.text()
