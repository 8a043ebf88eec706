"""The Setup desk, driven by keys on a real database: each page loads and saves, a bad value
is named next to its field and writes nothing, conflicts say who, a user without the setup
right reads one sentence, the catalog import preview blocks a bad file, a new member of
staff gets a staff card whose QR decodes to their card code, the audit log filters."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.db.engine import Database
from app.domain.enums import AssetKind, LineKind, PaymentMethod, Role
from app.services import audit_log, catalog, settings, setup, shop, staff
from app.services.context import ServiceContext
from app.services.people import sign_in
from tests.app.printing.test_qr import decoded_qr_texts
from tests.ui.conftest import wait_tasks
from ui.changes import ChangeAdapter
from ui.common import commands
from ui.setup import SetupWorkspace
from ui.setup.audit_page import AuditPage
from ui.setup.catalog_page import CatalogPage
from ui.setup.checklists_page import ChecklistsPage
from ui.setup.hours_page import HoursPage
from ui.setup.money_page import MoneyPage
from ui.setup.numbers_page import NumbersPage
from ui.setup.page import SetupPage
from ui.setup.security_page import SecurityPage
from ui.setup.shop_page import ShopPage
from ui.setup.staff_dialogs import SecretDialog, StaffDialog
from ui.setup.staff_page import StaffPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def boss(db: Database) -> ServiceContext:
    return sign_in(db, "Counter 1", "Boss", Role.MANAGER)


@pytest.fixture
def desk(
    boss: ServiceContext, adapter: ChangeAdapter, keep: Callable[[QWidget], QWidget]
) -> Iterator[SetupWorkspace]:
    ws = SetupWorkspace(boss, adapter)
    keep(ws)
    ws.resize(1366, 768)
    ws.show()
    ws.activateWindow()
    wait_tasks()
    assert ws.allowed
    yield ws


def page_of(desk: SetupWorkspace, cls: type[SetupPage]) -> SetupPage:
    page = desk.page(cls)
    desk.show_page(desk.pages.index(page))
    wait_tasks()
    return page


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    widget.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(widget, text)


def save_by_keys(desk: SetupWorkspace) -> None:
    focus = QApplication.focusWidget() or desk
    QtBot.keyClick(focus, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_tasks()


# --- access -------------------------------------------------------------------------------


def test_an_advisor_reads_that_the_desk_needs_the_setup_right(
    ctx: ServiceContext, adapter: ChangeAdapter, keep: Callable[[QWidget], QWidget]
) -> None:
    ws = SetupWorkspace(ctx, adapter)
    keep(ws)
    ws.show()
    wait_tasks()
    assert ws.allowed is False
    assert ws.outer.currentWidget() is ws.refusal
    assert "setup right" in ws.refusal.text()
    assert "Service advisor" in ws.refusal.text()


def test_pages_by_alt_number_and_ctrl_page_keys(desk: SetupWorkspace) -> None:
    QtBot.keyClick(desk, Qt.Key.Key_8, Qt.KeyboardModifier.AltModifier)
    wait_tasks()
    assert isinstance(desk.current_page(), StaffPage)
    QtBot.keyClick(
        QApplication.focusWidget() or desk, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier
    )
    wait_tasks()
    assert isinstance(desk.current_page(), AuditPage)
    QtBot.keyClick(
        QApplication.focusWidget() or desk, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier
    )
    QtBot.keyClick(
        QApplication.focusWidget() or desk, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier
    )
    wait_tasks()
    assert isinstance(desk.current_page(), SecurityPage)


# --- shop profile -------------------------------------------------------------------------


def test_shop_profile_saves_by_keyboard(
    desk: SetupWorkspace, boss: ServiceContext, qtbot: QtBot
) -> None:
    page = page_of(desk, ShopPage)
    assert isinstance(page, ShopPage)
    type_into(qtbot, page.edits["legal_name"], "Shunda Auto Service Co., Ltd.")
    type_into(qtbot, page.edits["phone"], "0755-88886666")
    page.license_class.setFocus()
    QtBot.keyClick(page.license_class, Qt.Key.Key_Down)
    assert page.is_dirty()
    save_by_keys(desk)
    profile = shop.shop_profile(boss)
    assert profile.legal_name == "Shunda Auto Service Co., Ltd."
    assert profile.phone == "0755-88886666"
    assert profile.license_class == "1"
    assert not page.is_dirty()
    assert "saved" in page.notice.text()


def test_bad_credit_code_is_named_next_to_it_and_nothing_is_written(
    desk: SetupWorkspace, boss: ServiceContext, qtbot: QtBot
) -> None:
    page = page_of(desk, ShopPage)
    assert isinstance(page, ShopPage)
    type_into(qtbot, page.edits["short_name"], "Shunda")
    type_into(qtbot, page.edits["credit_code"], "91440300MA5ABCDEF1")
    save_by_keys(desk)
    message = page.errors.text_of("credit_code")
    assert message, page.notice.text()
    assert shop.shop_profile(boss).short_name == ""
    assert QApplication.focusWidget() is page.edits["credit_code"]


def test_a_logo_that_is_not_a_picture_or_too_large_is_refused_at_the_logo(
    desk: SetupWorkspace, boss: ServiceContext, tmp_path: Path
) -> None:
    page = page_of(desk, ShopPage)
    assert isinstance(page, ShopPage)
    text = tmp_path / "logo.png"
    text.write_text("not a picture")
    page.set_logo_file(text)
    wait_tasks()
    assert "not a picture" in page.errors.text_of("logo")
    big = tmp_path / "big.png"
    with big.open("wb") as f:
        f.truncate(20 * 1024 * 1024)
    page.set_logo_file(big)
    wait_tasks()
    assert "20.0 MB" in page.errors.text_of("logo")
    assert shop.shop_profile(boss).logo_png is None


def test_a_real_logo_is_shown_and_removed(
    desk: SetupWorkspace, boss: ServiceContext, tmp_path: Path
) -> None:
    from PIL import Image

    path = tmp_path / "logo.png"
    Image.new("RGB", (1200, 400), "#1e88e5").save(path)
    page = page_of(desk, ShopPage)
    assert isinstance(page, ShopPage)
    page.set_logo_file(path)
    wait_tasks()
    assert shop.shop_profile(boss).logo_png is not None
    assert page.logo_preview.pixmap() is not None and not page.logo_preview.pixmap().isNull()
    assert page.remove_logo.isEnabled()
    page.clear_logo()
    wait_tasks()
    assert shop.shop_profile(boss).logo_png is None


def test_shop_conflict_says_who_saved_first(
    desk: SetupWorkspace, boss: ServiceContext, db: Database, qtbot: QtBot
) -> None:
    page = page_of(desk, ShopPage)
    assert isinstance(page, ShopPage)
    other = sign_in(db, "Counter 2", "Wang Wei", Role.MANAGER)
    type_into(qtbot, page.edits["address"], "Shenzhen")
    shop.save_shop_profile(other, {"address": "Guangzhou"})
    save_by_keys(desk)
    assert "Wang Wei" in page.notice.text()
    assert "Counter 2" in page.notice.text()
    assert shop.shop_profile(boss).address == "Guangzhou"


# --- settings pages -----------------------------------------------------------------------


def test_money_page_saves_methods_rate_and_levels(
    desk: SetupWorkspace, boss: ServiceContext, qtbot: QtBot
) -> None:
    page = page_of(desk, MoneyPage)
    assert isinstance(page, MoneyPage)
    page.methods[PaymentMethod.STORED_VALUE].setChecked(False)
    type_into(qtbot, page.labor_rate, "150")
    table = page.levels_table
    table.setFocus()
    table.setCurrentIndex(page.levels.index(0, 0))
    QtBot.keyClick(table, Qt.Key.Key_Insert)
    row = table.currentIndex().row()
    for col, text in enumerate(("Platinum", "Platinum", "20", "0")):
        index = page.levels.index(row, col)
        table.setCurrentIndex(index)
        QtBot.keyClick(table, Qt.Key.Key_F2)
        editor = QApplication.focusWidget()
        editor.selectAll()  # type: ignore[union-attr]
        qtbot.keyClicks(editor, text)
        QtBot.keyClick(editor, Qt.Key.Key_Tab)
    save_by_keys(desk)
    values = settings.read_settings(boss, ["payment.methods", "labor.rate", "member.levels"])
    assert PaymentMethod.STORED_VALUE not in values["payment.methods"]
    assert values["labor.rate"] == Decimal("150.00")
    assert [lv.name_en for lv in values["member.levels"]][1] == "Platinum"


def test_bad_labor_rate_is_named_and_nothing_is_written(
    desk: SetupWorkspace, boss: ServiceContext, qtbot: QtBot
) -> None:
    page = page_of(desk, MoneyPage)
    assert isinstance(page, MoneyPage)
    type_into(qtbot, page.labor_rate, "12.345")
    page.methods[PaymentMethod.CASH].setChecked(False)
    save_by_keys(desk)
    assert "decimal places" in page.errors.text_of("labor.rate")
    values = settings.read_settings(boss, ["labor.rate", "payment.methods"])
    assert values["labor.rate"] == Decimal("120.00")
    assert PaymentMethod.CASH in values["payment.methods"]


def test_numbers_page_refuses_a_duplicate_prefix(
    desk: SetupWorkspace, boss: ServiceContext, qtbot: QtBot
) -> None:
    page = page_of(desk, NumbersPage)
    assert isinstance(page, NumbersPage)
    from app.domain.enums import DocumentKind

    type_into(qtbot, page.prefixes[DocumentKind.SETTLEMENT], "WO")
    save_by_keys(desk)
    assert page.errors.text_of("numbering.prefixes.ST") == "This is used twice."
    type_into(qtbot, page.prefixes[DocumentKind.SETTLEMENT], "JS")
    type_into(qtbot, page.warranty[AssetKind.EBIKE][0], "24")
    save_by_keys(desk)
    values = settings.read_settings(boss, ["numbering.prefixes", "warranty.defaults"])
    assert values["numbering.prefixes"][DocumentKind.SETTLEMENT] == "JS"
    assert values["warranty.defaults"][AssetKind.EBIKE].months == 24


def test_hours_page_closes_sunday_and_adds_a_holiday(
    desk: SetupWorkspace, boss: ServiceContext, qtbot: QtBot
) -> None:
    page = page_of(desk, HoursPage)
    assert isinstance(page, HoursPage)
    page.days["sun"][0].setChecked(True)
    type_into(qtbot, page.holidays.entry, "2026-10-01")
    QtBot.keyClick(page.holidays.entry, Qt.Key.Key_Return)
    type_into(qtbot, page.days["mon"][2], "07:00")  # closes before it opens
    save_by_keys(desk)
    assert page.errors.text_of("hours.week.mon")
    assert settings.read_settings(boss, ["hours.holidays"])["hours.holidays"] == ()
    type_into(qtbot, page.days["mon"][2], "18:30")
    save_by_keys(desk)
    values = settings.read_settings(boss, ["hours.week", "hours.holidays"])
    assert values["hours.week"]["sun"] is None
    assert [d.isoformat() for d in values["hours.holidays"]] == ["2026-10-01"]


def test_security_page_saves_and_refuses_out_of_range(
    desk: SetupWorkspace, boss: ServiceContext, qtbot: QtBot
) -> None:
    page = page_of(desk, SecurityPage)
    assert isinstance(page, SecurityPage)
    type_into(qtbot, page.edits["security.idle_lock_minutes"], "0")
    save_by_keys(desk)
    assert "from 1 to 480" in page.errors.text_of("security.idle_lock_minutes")
    type_into(qtbot, page.edits["security.idle_lock_minutes"], "5")
    save_by_keys(desk)
    assert settings.read_settings(boss, ["security.idle_lock_minutes"]) == {
        "security.idle_lock_minutes": 5
    }


def test_appointments_page_sets_slot_length_and_capacity_per_kind(
    desk: SetupWorkspace, boss: ServiceContext, qtbot: QtBot
) -> None:
    from app.domain.enums import AssetKind
    from app.settings.values import Capacity
    from ui.setup.appointments_page import CAPACITY_KEY, SLOT_KEY, AppointmentsPage

    page = page_of(desk, AppointmentsPage)
    assert isinstance(page, AppointmentsPage)
    assert page.slot.text() == "30" and page.counts[(AssetKind.VEHICLE, "bays")].text() == "4"
    type_into(qtbot, page.counts[(AssetKind.VEHICLE, "technicians")], "300")  # refused
    save_by_keys(desk)
    where = f"{CAPACITY_KEY}.vehicle.technicians"
    assert "200" in page.errors.text_of(where), page.errors.text_of(where)
    type_into(qtbot, page.counts[(AssetKind.VEHICLE, "technicians")], "3")
    type_into(qtbot, page.counts[(AssetKind.EBIKE, "bays")], "0")
    type_into(qtbot, page.slot, "45")
    save_by_keys(desk)
    values = settings.read_settings(boss, [SLOT_KEY, CAPACITY_KEY])
    assert values[SLOT_KEY] == 45
    assert values[CAPACITY_KEY][AssetKind.VEHICLE] == Capacity(4, 3)
    assert values[CAPACITY_KEY][AssetKind.EBIKE] == Capacity(0, 2)


def test_esc_puts_back_what_was_saved(desk: SetupWorkspace, qtbot: QtBot) -> None:
    page = page_of(desk, SecurityPage)
    assert isinstance(page, SecurityPage)
    edit = page.edits["security.lockout_attempts"]
    type_into(qtbot, edit, "9")
    QtBot.keyClick(edit, Qt.Key.Key_Escape)
    wait_tasks()
    assert edit.text() == "5"
    assert not page.is_dirty()


def test_another_station_saving_reloads_the_page(
    desk: SetupWorkspace, db: Database, qtbot: QtBot
) -> None:
    page = page_of(desk, SecurityPage)
    assert isinstance(page, SecurityPage)
    other = sign_in(db, "Counter 2", "Wang Wei", Role.MANAGER)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        settings.write_settings(other, {"security.lockout_minutes": 30})
    assert page.edits["security.lockout_minutes"].text() == "30"


# --- checklists ---------------------------------------------------------------------------


def test_checklist_moves_an_item_up_by_keys_and_saves(
    desk: SetupWorkspace, boss: ServiceContext, qtbot: QtBot
) -> None:
    page = page_of(desk, ChecklistsPage)
    assert isinstance(page, ChecklistsPage)
    codes = [r["code"] for r in page.model.records()]
    assert len(codes) >= 2
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(1, 0))
    QtBot.keyClick(page.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    save_by_keys(desk)
    saved = setup.checklist_items(boss, AssetKind.VEHICLE)
    assert [e.code for e in saved.items if e.active][:2] == [codes[1], codes[0]]


def test_checklist_bad_code_names_row_and_column_and_writes_nothing(
    desk: SetupWorkspace, boss: ServiceContext
) -> None:
    page = page_of(desk, ChecklistsPage)
    assert isinstance(page, ChecklistsPage)
    before = setup.checklist_items(boss, AssetKind.VEHICLE)
    page.table.setFocus()
    QtBot.keyClick(page.table, Qt.Key.Key_Insert)
    row = page.table.currentIndex().row()
    page.model.setData(page.model.index(row, 0), "Bad Code")
    save_by_keys(desk)
    assert f"Row {row + 1}, Code:" in page.notice.text()
    assert setup.checklist_items(boss, AssetKind.VEHICLE) == before


# --- catalog ------------------------------------------------------------------------------


def test_catalog_item_added_by_keyboard(
    desk: SetupWorkspace, boss: ServiceContext, qtbot: QtBot
) -> None:
    page = page_of(desk, CatalogPage)
    assert isinstance(page, CatalogPage)
    dialog = page.open_dialog(None)
    dialog.kind.setCurrentIndex(dialog.kind.findData(LineKind.PART))
    for widget, text in (
        (dialog.code, "P-9001"),
        (dialog.name_zh, "Oil filter"),
        (dialog.name_en, "Oil filter"),
        (dialog.unit_en, "pc"),
        (dialog.price, "45.00"),
    ):
        type_into(qtbot, widget, text)
    QtBot.keyClick(dialog.price, Qt.Key.Key_Return)
    wait_tasks()
    items = catalog.list_catalog(boss, text="P-9001")
    assert [i.unit_price for i in items] == [Decimal("45.00")]


def test_catalog_bad_price_is_named_next_to_it(
    desk: SetupWorkspace, boss: ServiceContext, qtbot: QtBot
) -> None:
    page = page_of(desk, CatalogPage)
    assert isinstance(page, CatalogPage)
    dialog = page.open_dialog(None)
    dialog.kind.setCurrentIndex(dialog.kind.findData(LineKind.PART))
    for widget, text in ((dialog.code, "P-9002"), (dialog.name_zh, "x"), (dialog.name_en, "x")):
        type_into(qtbot, widget, text)
    type_into(qtbot, dialog.price, "-3")
    dialog.save()
    wait_tasks()
    assert dialog.errors.text_of("unit_price")
    assert catalog.list_catalog(boss, text="P-9002") == []


def test_import_preview_with_errors_blocks_the_import(
    desk: SetupWorkspace, boss: ServiceContext, tmp_path: Path
) -> None:
    path = tmp_path / "parts.csv"
    path.write_text(
        "code,kind,name_zh,name_en,price\nP-1,part,机油,Oil,abc\nP-1,part,机油,Oil,12\n",
        encoding="utf-8",
    )
    page = page_of(desk, CatalogPage)
    assert isinstance(page, CatalogPage)
    dialog = page.import_file(path)
    wait_tasks()
    assert dialog.preview is not None and not dialog.preview.ok
    assert not dialog.import_button.isEnabled()
    texts = dialog.error_texts()
    assert any(t.startswith("2, price") for t in texts), texts
    assert any(t.startswith("3, code") and "row 2" in t for t in texts), texts
    dialog.apply()
    wait_tasks()
    assert catalog.list_catalog(boss, text="P-1") == []


def test_import_of_a_good_file_writes_it(
    desk: SetupWorkspace, boss: ServiceContext, tmp_path: Path
) -> None:
    path = tmp_path / "parts.csv"
    path.write_text(
        "编码,类别,中文名称,英文名称,单位,英文单位,单价\nP-7,配件,机油滤清器,Oil filter,个,pc,38.00\n",
        encoding="gbk",
    )
    page = page_of(desk, CatalogPage)
    assert isinstance(page, CatalogPage)
    dialog = page.import_file(path)
    wait_tasks()
    assert dialog.preview is not None and dialog.preview.ok
    assert dialog.import_button.isEnabled()
    QtBot.keyClick(dialog.import_button, Qt.Key.Key_Space)
    wait_tasks()
    assert [i.name_zh for i in catalog.list_catalog(boss, text="P-7")] == ["机油滤清器"]
    assert "1 new" in page.notice.text()


def test_catalog_export_writes_the_file(
    desk: SetupWorkspace, boss: ServiceContext, tmp_path: Path
) -> None:
    page = page_of(desk, CatalogPage)
    assert isinstance(page, CatalogPage)
    path = tmp_path / "out.xlsx"
    page.export_to(path, "xlsx", "utf-8-sig", "en")
    wait_tasks()
    assert path.stat().st_size > 0
    assert "written to" in page.notice.text()


# --- staff --------------------------------------------------------------------------------


def test_staff_added_and_card_printed_with_a_qr_that_decodes_to_the_code(
    desk: SetupWorkspace,
    boss: ServiceContext,
    db: Database,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = page_of(desk, StaffPage)
    assert isinstance(page, StaffPage)
    dialog = page.add_person()
    type_into(qtbot, dialog.login, "zhaomin")
    type_into(qtbot, dialog.name, "Zhao Min")
    dialog.main_role.setCurrentIndex(dialog.main_role.findData(Role.CASHIER))
    dialog.role_boxes[Role.FOLLOW_UP].setChecked(True)
    type_into(qtbot, dialog.password, "counter-2026")
    type_into(qtbot, dialog.password_again, "counter-2026")
    QtBot.keyClick(dialog.password_again, Qt.Key.Key_Return)
    wait_tasks()
    people = {p.login: p for p in staff.list_staff(boss)}
    assert people["zhaomin"].roles == (Role.CASHIER, Role.FOLLOW_UP)
    assert people["zhaomin"].has_password
    page.select(people["zhaomin"].id)
    issued: list[str] = []
    real_issue = staff.issue_card
    monkeypatch.setitem(  # the desk issues it through the command path
        commands.COMMANDS,
        "issue_card",
        lambda c, user_id: issued.append(real_issue(c, user_id)) or issued[-1],
    )
    desk.activateWindow()  # back from the dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is desk, timeout=3000)
    page.table.setFocus()
    QtBot.keyClick(page.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    wait_tasks()
    assert decoded_qr_texts(page.last_card_pdf, scale=4.0) == issued
    from app.services.approvals import find_by_card

    with db.read() as session:
        assert find_by_card(session, issued[0]).login == "zhaomin"  # type: ignore[union-attr]


def test_passwords_that_differ_are_named_and_nothing_is_written(
    desk: SetupWorkspace, boss: ServiceContext, qtbot: QtBot
) -> None:
    page = page_of(desk, StaffPage)
    assert isinstance(page, StaffPage)
    dialog = page.add_person()
    type_into(qtbot, dialog.login, "li.lei")
    type_into(qtbot, dialog.name, "Li Lei")
    type_into(qtbot, dialog.password, "counter-2026")
    type_into(qtbot, dialog.password_again, "counter-2027")
    dialog.save()
    wait_tasks()
    assert dialog.errors.text_of("password_again") == "The two entries differ."
    type_into(qtbot, dialog.password_again, "counter-2026")
    type_into(qtbot, dialog.login, "x")
    dialog.save()
    wait_tasks()
    assert dialog.errors.text_of("login")
    assert "li.lei" not in {p.login for p in staff.list_staff(boss)}


def test_staff_edit_conflict_says_who(
    desk: SetupWorkspace, boss: ServiceContext, db: Database, qtbot: QtBot
) -> None:
    person = staff.add_user(boss, "wangwu", "Wang Wu", Role.TECHNICIAN)
    page = page_of(desk, StaffPage)
    assert isinstance(page, StaffPage)
    page.select(person.id)
    dialog = page.edit_current()
    assert isinstance(dialog, StaffDialog)
    other = sign_in(db, "Counter 2", "Wang Wei", Role.MANAGER)
    staff.update_user(other, person.id, person.version, name="Wang Wu (bay 3)")
    type_into(qtbot, dialog.name, "Wang Wu 2")
    dialog.save()
    wait_tasks()
    assert "Wang Wei" in dialog.notice.text()
    assert staff.get_staff(boss, person.id).name == "Wang Wu (bay 3)"


def test_pin_set_from_the_staff_page(
    desk: SetupWorkspace, boss: ServiceContext, qtbot: QtBot
) -> None:
    person = staff.add_user(boss, "sunli", "Sun Li", Role.ADVISOR)
    page = page_of(desk, StaffPage)
    assert isinstance(page, StaffPage)
    page.select(person.id)
    dialog = page.set_secret("pin")
    assert isinstance(dialog, SecretDialog)
    type_into(qtbot, dialog.first, "12a4")
    type_into(qtbot, dialog.again, "12a4")
    dialog.save()
    wait_tasks()
    assert dialog.errors.text_of("pin") == "A PIN has 4 to 8 digits."
    type_into(qtbot, dialog.first, "2468")
    type_into(qtbot, dialog.again, "2468")
    dialog.save()
    wait_tasks()
    assert staff.get_staff(boss, person.id).has_pin


# --- audit log ----------------------------------------------------------------------------


def test_audit_log_filters_by_action_and_text_and_exports(
    desk: SetupWorkspace, boss: ServiceContext, qtbot: QtBot, tmp_path: Path
) -> None:
    settings.write_settings(boss, {"security.lockout_minutes": 20})
    staff.add_user(boss, "qianqi", "Qian Qi", Role.PARTS)
    page = page_of(desk, AuditPage)
    assert isinstance(page, AuditPage)
    assert page.model.rowCount() >= 2
    page.action.setCurrentText("user.")
    page.action.setFocus()
    QtBot.keyClick(page.action, Qt.Key.Key_Return)
    wait_tasks()
    actions = {r.action for r in page.model.rows()}
    assert actions == {"user.create"}
    type_into(qtbot, page.since, "2026-13-01")
    QtBot.keyClick(page.since, Qt.Key.Key_Return)
    wait_tasks()
    assert page.errors.text_of("since") == "A date like 2026-10-01 is needed."
    page.since.clear()
    page.action.setCurrentText("")
    type_into(qtbot, page.text, "Qian Qi")
    QtBot.keyClick(page.text, Qt.Key.Key_Return)
    wait_tasks()
    assert [r.action for r in page.model.rows()] == ["user.create"]
    out = tmp_path / "audit.csv"
    page.export_to(out)
    wait_tasks()
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "Qian Qi" in out.read_text(encoding="utf-8-sig")
    assert len(audit_log.search_audit(boss, audit_log.AuditFilter(text="Qian Qi"))) == 1
