"""The customer file's consent and privacy tab, by keyboard: a consent per channel recorded
with its source (an empty source refused next to the field, nothing written), the one in
force and the history shown; the customer's data exported as JSON; anonymisation on
request with a reason (refused without one), audited, after which nothing more is
recorded; an advisor sees the PIPL actions greyed out with the reason."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from app.domain.enums import ContactChannel
from app.domain.models import AuditEntry, ContactConsent, Customer
from app.services import customers, followups, staff
from tests.factories import customer
from tests.ui.conftest import wait_tasks
from tests.ui.desk_support import save_shot
from ui.auth.who import Who
from ui.cashier.reason_dialog import ReasonDialog
from ui.customer.workspace import TAB_CONSENT, CustomerWorkspace

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
CTRL = Qt.KeyboardModifier.ControlModifier


def _desk(qtbot, keep, ctx, adapter, customer_id: int) -> CustomerWorkspace:
    ws = CustomerWorkspace(ctx, adapter)
    keep(ws)
    ws.resize(1366, 768)
    ws.show()
    qtbot.waitExposed(ws)
    ws.activateWindow()
    qtbot.waitUntil(ws.isActiveWindow, timeout=3000)
    with qtbot.waitSignal(ws.consent.loaded, timeout=10_000):
        ws.show_customer(customer_id, TAB_CONSENT)
    wait_tasks()
    return ws


def _consents(db, customer_id: int) -> int:
    with db.read() as s:
        return s.scalar(
            select(func.count())
            .select_from(ContactConsent)
            .where(ContactConsent.customer_id == customer_id)
        )


def test_consent_recorded_by_keys_with_its_source(qtbot, keep, manager, adapter, db):
    person = customers.create_customer(manager, customer("王芳", "13800138000"))
    followups.record_consent(manager, person.id, ContactChannel.PHONE, True, "intake form")
    ws = _desk(qtbot, keep, manager, adapter, person.id)
    tab = ws.consent
    assert "Phone calls: agrees since" in tab.in_force.text()
    assert "SMS: never asked" in tab.in_force.text()
    assert tab.history_model.rowCount() == 1
    # SMS, agrees, no source: refused next to the source, nothing written
    tab.channel.setFocus()
    qtbot.keyClick(tab.channel, Qt.Key.Key_Down)
    assert tab.channel.currentData() == ContactChannel.SMS.value
    qtbot.keyClick(tab.channel, Qt.Key.Key_Return, CTRL)
    wait_tasks()
    assert tab.errors.text_of("source") == "This field is required."
    assert _consents(db, person.id) == 1
    tab.source.setFocus()
    qtbot.keyClicks(tab.source, "phone call")
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        qtbot.keyClick(tab.source, Qt.Key.Key_Return)
    assert tab.errors.text_of("source") == ""
    assert "SMS: agrees since" in tab.in_force.text() and "(phone call)" in tab.in_force.text()
    assert tab.history_model.rowCount() == 2
    assert tab.history_model.index(0, 3).data() == "phone call"
    assert tab.history_model.index(0, 4).data() == "Zhou Jie"  # the ui manager fixture
    # withdrawn: the latest one is in force
    tab.answer.setCurrentIndex(1)
    tab.source.setFocus()
    qtbot.keyClicks(tab.source, "customer called")
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        qtbot.keyClick(tab.source, Qt.Key.Key_Return, CTRL)
    assert "SMS: withdrawn on" in tab.in_force.text()
    assert _consents(db, person.id) == 3
    save_shot(ws.window(), "customer-consent")


def test_export_then_anonymise_on_request(qtbot, keep, manager, adapter, db, tmp_path):
    person = customers.create_customer(manager, customer("李雷", "13900139000"))
    followups.record_consent(manager, person.id, ContactChannel.SMS, True, "intake form")
    ws = _desk(qtbot, keep, manager, adapter, person.id)
    tab = ws.consent
    tab.target = str(tmp_path / "export.json")
    tab.source.setFocus()
    qtbot.keyClick(tab.source, Qt.Key.Key_E, CTRL)
    wait_tasks()
    data = json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))
    assert data["customer"]["name"] == "李雷"
    assert [p["number"] for p in data["phones"]] == ["13900139000"]
    assert data["consents"][0]["source"] == "intake form"
    assert "Exported to" in tab.message.text()
    # anonymise: the reason is asked; none is refused next to it and nothing changes
    qtbot.keyClick(tab.source, Qt.Key.Key_A, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ReasonDialog))
    dialog = QApplication.activeModalWidget()
    assert "cannot be undone" in " ".join(w.text() for w in dialog.findChildren(type(tab.in_force)))
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    wait_tasks()
    assert dialog.isVisible() and dialog.errors.text_of("reason")
    with db.read() as s:
        assert s.get(Customer, person.id).anonymised_at is None
    qtbot.keyClicks(dialog.reason, "written request 2026-12-01")
    with qtbot.waitSignal(tab.anonymised, timeout=10_000):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    wait_tasks()
    assert not dialog.isVisible()
    with db.read() as s:
        c = s.get(Customer, person.id)
        assert c.anonymised_at is not None and c.name.startswith("已匿名")
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "customer.anonymise")).one()
        assert "written request 2026-12-01" in entry.summary
    assert "Anonymised on request" in tab.in_force.text()
    assert not tab.record.isEnabled() and not tab.anonymise.isEnabled()
    assert tab.export.isEnabled()
    assert ws.header.text().startswith("已匿名")


def test_an_advisor_sees_the_pipl_actions_greyed_with_the_reason(qtbot, keep, ctx, adapter):
    person = customers.create_customer(ctx, customer("韩梅", "13700137000"))
    ws = _desk(qtbot, keep, ctx, adapter, person.id)
    ws.apply_rights(Who.of(staff.get_staff(ctx, ctx.actor.user_id)))
    tab = ws.consent
    assert tab.record.isEnabled()  # an advisor records consents
    assert not tab.export.isEnabled() and not tab.anonymise.isEnabled()
    assert "export or anonymise" in tab.anonymise.toolTip()
