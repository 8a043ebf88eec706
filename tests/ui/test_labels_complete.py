"""No role and no journal action shows as its stored code: every :class:`Role` and every
action the code can journal (:mod:`app.domain.journal`, which tests/app/test_journal_actions.py
proves complete) has a name in Chinese (with Chinese characters) and in English (not the
code), on the screens' tables (``ui.common.labels``, ``ui.common.errors``) and on the printed
staff card; the audit log's table and its action filter show those names, and the actions
kept in the outbox are named on the stations view."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.db.engine import Database
from app.domain.enums import OrderState, Role
from app.domain.errors import ChangeNote
from app.domain.journal import AuditAction, OrderAction, audit_actions
from app.printing.staff_card import role_name
from app.services import outbox, settings, staff
from app.services.context import ServiceContext
from app.services.people import sign_in
from tests.ui.conftest import wait_tasks
from tests.ui.test_setup_models import audit_row
from ui.changes import ChangeAdapter
from ui.common import labels
from ui.common.errors import change_text, role_text, roles_text
from ui.models.setup_audit import before_after
from ui.setup import SetupWorkspace
from ui.setup.audit_page import AuditPage
from ui.setup.labels import roles as setup_roles
from ui.shell import i18n
from ui.stations.labels import StationLabels

CJK = re.compile(r"[\u4e00-\u9fff]")

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(params=["zh_CN", "en"])
def language(request: pytest.FixtureRequest, qapp: object) -> Iterator[str]:
    i18n.install(request.param)
    try:
        yield request.param
    finally:
        i18n.install("en")


def named(text: str, code: str, language: str) -> None:
    """``text`` names ``code`` in ``language``: not blank, not the code, in that language."""
    assert text.strip(), f"{code}: no name"
    assert text != code, f"{code}: shown as its code"
    if language == "zh_CN":
        assert CJK.search(text), f"{code}: {text!r} is not Chinese"
    else:
        assert not CJK.search(text), f"{code}: {text!r} is not English"


def test_every_role_is_named(language: str) -> None:
    for role in Role:
        named(role_text(role), role.value, language)
        named(setup_roles([role]), role.value, language)
    everyone = roles_text(frozenset(Role))
    assert all(role_text(r) in everyone for r in Role)


def test_every_role_is_named_on_the_staff_card() -> None:
    for role in Role:
        named(role_name(role, "zh_CN"), role.value, "zh_CN")
        named(role_name(role, "en"), role.value, "en")


def test_every_order_action_is_named(language: str) -> None:
    for action in OrderAction:
        named(labels.order_action(action), action.value, language)
        # what another station did, in a refused save: never the journal's English summary
        note = ChangeNote(2, action.value, "RAW SUMMARY", "王伟", "Bay 2", None)
        text = change_text(note)
        assert "RAW SUMMARY" not in text, action
        named(text.replace("王伟", "").replace("Bay 2", ""), action.value, language)


def test_every_audit_action_is_named(language: str) -> None:
    assert {a for a in audit_actions() if not a.startswith("order.")} == set(AuditAction)
    for action in audit_actions():
        named(labels.audit_action(action), action, language)
    assert labels.audit_action("order.pause") == labels.order_action(OrderAction.PAUSE)
    assert labels.audit_action("t.legacy") == "t.legacy"  # an unknown old entry: as stored


def test_every_kept_action_is_named(language: str) -> None:
    """What waits in the outbox (the stations view lists it) is named too."""
    for action in outbox.ACTIONS:
        named(StationLabels().action(action), action, language)


@pytest.fixture
def audit_page(
    db: Database, adapter: ChangeAdapter, keep: Callable[[QWidget], QWidget]
) -> tuple[ServiceContext, AuditPage]:
    boss = sign_in(db, "Counter 1", "Boss", Role.MANAGER)
    settings.write_settings(boss, {"security.lockout_minutes": 20})
    staff.add_user(boss, "qianqi", "Qian Qi", Role.PARTS)
    desk = SetupWorkspace(boss, adapter)
    keep(desk)
    desk.resize(1366, 768)
    desk.show()
    wait_tasks()
    page = desk.page(AuditPage)
    assert isinstance(page, AuditPage)
    desk.show_page(desk.pages.index(page))
    wait_tasks()
    return boss, page


def test_the_audit_log_shows_names_not_codes(
    language: str, audit_page: tuple[ServiceContext, AuditPage]
) -> None:
    _boss, page = audit_page
    model = page.model
    columns = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert model.rowCount() >= 2
    action_col, role_col = 4, 2
    assert columns[action_col] == ("操作" if language == "zh_CN" else "Action")
    for row, entry in enumerate(model.rows()):
        shown = model.data(model.index(row, action_col))
        named(shown, entry.action, language)
        if entry.roles:
            named(model.data(model.index(row, role_col)), ",".join(entry.roles), language)
    # the filter offers the actions by name and finds them by their code
    offered = {page.action.itemData(i): page.action.itemText(i) for i in range(page.action.count())}
    assert {"user.create", "settings.update"} <= set(offered)
    for code, text in offered.items():
        if code:
            named(text, code, language)
    # roles and states in the before -> after column by name too
    created = next(r for r, e in enumerate(model.rows()) if e.action == "user.create")
    changes = model.data(model.index(created, 6))
    assert role_text(Role.PARTS) in changes
    assert "parts" not in changes.replace(role_text(Role.PARTS), "")
    moved = audit_row(1, before={"state": "ready"}, after={"state": "settled"})
    assert before_after(moved, labels.audit_value) == (
        f"state: {labels.name(OrderState.READY)} → {labels.name(OrderState.SETTLED)}"
    )
    page.action.setCurrentText(labels.audit_action("user.create"))
    page.action.setFocus()
    QtBot.keyClick(page.action, Qt.Key.Key_Return)
    wait_tasks()
    assert {r.action for r in model.rows()} == {"user.create"}
    page.action.setCurrentText("settings.")  # a prefix typed as stored still works
    QtBot.keyClick(page.action, Qt.Key.Key_Return)
    wait_tasks()
    assert {r.action for r in model.rows()} == {"settings.update"}
