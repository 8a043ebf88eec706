"""Who sits at the station: the first start creates the owner's account and the shop, then
the main window opens for the owner; the sign-in says why a password is refused (wrong,
locked until when, switched off) in the user's language; Ctrl+U switches user by PIN or by
staff card; the station locks after the idle time (and by Ctrl+L) and unlocks with the
user's password or PIN, or another user takes over from the lock screen; sign-out returns to
the sign-in. No built-in account exists anywhere."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from shiboken6 import isValid

from app.domain.enums import Role
from app.domain.permissions import Permission
from app.services import auth, shop, staff
from tests.ui.conftest import OWNER_PASSWORD, OWNER_PIN, wait_tasks
from ui.auth.first_start import FirstStartWizard
from ui.auth.lock_screen import LockScreen
from ui.auth.sign_in_dialog import SignInDialog
from ui.auth.switch_dialog import SwitchUserDialog
from ui.auth.who import Who
from ui.shell import i18n
from ui.shell.app import Session, open_session, sign_in_at_start

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CTRL = Qt.KeyboardModifier.ControlModifier
WAIT = 10_000


def run_script(script: Iterator[Callable[[], bool]]) -> None:
    """Drive a modal dialog from inside its own event loop: each step of ``script`` runs
    once the condition the previous step yielded holds. A step that fails, or a condition
    not met within ``WAIT``, closes the modal dialogs (their ``exec()`` returns) and fails
    the test, instead of leaving the run waiting on a dialog nobody will close."""
    waiting: list[Callable[[], bool]] = [lambda: True]
    since = [time.monotonic()]

    def tick() -> None:
        try:
            if waiting[0]():
                waiting[0] = next(script)
                since[0] = time.monotonic()
            elif time.monotonic() - since[0] > WAIT / 1000:
                raise TimeoutError("a step of the dialog's script waited in vain")
        except StopIteration:
            return
        except BaseException:
            _close_modals()
            raise  # (pytest-qt fails the test with it)
        QTimer.singleShot(20, tick)

    QTimer.singleShot(0, tick)


def _close_modals() -> None:
    for _ in range(10):
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        if isinstance(dialog, QDialog):
            dialog.reject()
        else:
            dialog.close()


def modal() -> QWidget | None:
    return QApplication.activeModalWidget()


@pytest.fixture
def staff_members(owner):
    """An advisor and a cashier with passwords and PINs; the cashier has a staff card."""
    advisor = staff.add_user(
        owner.ctx, "lina", "Li Na", Role.ADVISOR, password="Counter-One-1", pin="1357"
    )
    cashier = staff.add_user(
        owner.ctx, "zhaomin", "Zhao Min", Role.CASHIER, password="Cashier-Two-2", pin="9753"
    )
    card = staff.issue_card(owner.ctx, cashier.id)
    return advisor, cashier, card


def session_for(signed_in) -> Session:
    session = open_session(
        signed_in.ctx, "WenQuanYi Micro Hei", listen=False, who=Who.of(signed_in.user)
    )
    session.window.show()
    session.window.activateWindow()
    return session


def close(session: Session) -> None:
    wait_tasks()
    window = session.window
    if isValid(window):
        window.close()
    session.changes.close()
    wait_tasks()


def test_first_start_creates_the_owner_and_lands_in_the_main_window(qtbot, db):
    assert auth.needs_first_start(db)

    def script() -> Iterator[Callable[[], bool]]:
        yield lambda: isinstance(modal(), FirstStartWizard)
        wizard = modal()
        assert isinstance(wizard, FirstStartWizard)
        assert wizard.login.hasFocus() and wizard.password.text() == ""  # nothing built in
        wizard.login.setText("zhang.wei")
        wizard.name.setText("张伟")
        wizard.password.setText("Shunda-2026")
        wizard.password_again.setText("Shunda-2025")
        wizard.pin.setText("2468")
        wizard.go_next()
        assert wizard.admin_errors.text_of("password_again") == (
            "The two passwords differ: type it again."
        )
        wizard.password_again.setText("Shunda-2026")
        wizard.pin.setText("24")  # too short: refused by the service, next to the field
        wizard.go_next()
        yield lambda: not wizard.busy
        assert wizard.admin_errors.text_of("pin") == "A PIN has 4 to 8 digits."
        assert auth.needs_first_start(db)  # nothing written
        wizard.pin.setText("2468")
        wizard.pin.returnPressed.emit()  # Enter on the last field goes on
        yield lambda: wizard.pages.currentIndex() == 1 and not wizard.busy
        assert wizard.step.text() == "Step 2 of 2: the shop"
        wizard.shop_fields["shop.short_name"].setText("顺达汽修")
        wizard.shop_fields["shop.legal_name"].setText("深圳市顺达汽车服务有限公司")
        wizard.shop_fields["shop.address"].setText("深圳市南山区科技园路 8 号")
        wizard.shop_fields["shop.phone"].setText("0755-86001234")
        wizard.go_next()

    run_script(script())
    signed_in = sign_in_at_start(db, "Counter 1")
    assert signed_in is not None and signed_in.user.login == "zhang.wei"
    assert not auth.needs_first_start(db)
    assert set(signed_in.user.roles) >= {Role.ADMIN, Role.MANAGER}
    assert shop.shop_profile(signed_in.ctx).short_name == "顺达汽修"

    session = session_for(signed_in)
    try:
        window = session.window
        qtbot.waitExposed(window)
        assert window.status.user.text() == "User: 张伟 (Administrator)"
        assert window.who.roles >= {Role.ADMIN, Role.MANAGER}
        # the owner approves: a refund at the cashier desk is not greyed out
        assert window.workspace("cashier").view.gate.allows(Permission.REFUND)
    finally:
        close(session)


def test_sign_in_refusals_are_said_and_the_account_locks(qtbot, db, owner, staff_members, keep):
    dialog = SignInDialog(db, "Counter 1")
    keep(dialog)
    dialog.show()
    assert dialog.login.text() == "" and dialog.password.text() == ""

    def attempt(login: str, password: str) -> None:
        dialog.login.setText(login)
        dialog.password.setText(password)
        dialog.password.returnPressed.emit()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
        wait_tasks()

    attempt("lina", "not-her-password")
    assert dialog.message.text() == "Wrong login or password. Check Caps Lock and try again."
    assert dialog.password.text() == "" and dialog.result() == 0
    attempt("nobody", "whatever-it-is")  # an unknown login reads the same
    assert dialog.message.text() == "Wrong login or password. Check Caps Lock and try again."
    for _ in range(4):  # the fifth wrong password in a row locks the account
        attempt("lina", "not-her-password")
    attempt("lina", "Counter-One-1")  # even the right one, while locked
    assert dialog.message.text().startswith("Too many wrong tries: this account is locked until 20")
    assert dialog.signed_in is None

    cashier = staff_members[1]
    current = staff.get_staff(owner.ctx, cashier.id)
    staff.update_user(owner.ctx, cashier.id, current.version, active=False)
    attempt("zhaomin", "Cashier-Two-2")
    assert dialog.message.text() == (
        "This account is switched off. Ask the manager to switch it on."
    )

    try:  # the same refusal in Chinese once the station speaks it
        i18n.install("zh_CN")
        dialog.retranslate()
        assert dialog.message.text() != "" and "账" in dialog.message.text()
        assert dialog.sign_in_button.text().startswith("登录")
    finally:
        i18n.install("en")
        dialog.retranslate()

    attempt("boss", OWNER_PASSWORD)
    assert dialog.result() == 1 and dialog.signed_in.user.name == "Zhang Wei"


def test_switch_user_by_pin_and_by_staff_card(qtbot, owner, staff_members):
    session = session_for(owner)
    try:
        first = session.window
        qtbot.waitExposed(first)
        qtbot.waitUntil(first.isActiveWindow, timeout=3000)
        qtbot.keyClick(first, Qt.Key.Key_U, CTRL)
        qtbot.waitUntil(lambda: isinstance(modal(), SwitchUserDialog))
        dialog = modal()
        creds = dialog.credentials
        creds.who.setText("lina")
        qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
        creds.who.returnPressed.emit()
        assert creds.pin.hasFocus()  # Enter after the login goes to the PIN
        creds.pin.setText("0000")  # wrong PIN: said, nothing switched
        creds.pin.returnPressed.emit()
        qtbot.waitUntil(lambda: not creds.busy, timeout=WAIT)
        wait_tasks()
        assert creds.message.text() == "Wrong login or PIN, or a staff card not valid here."
        assert session.window is first
        creds.who.setText("lina")
        creds.pin.setText("1357")
        creds.pin.returnPressed.emit()
        qtbot.waitUntil(lambda: session.window is not first, timeout=WAIT)
        advisor = session.window
        assert advisor.status.user.text() == "User: Li Na (Service advisor)"
        assert session.ctx.actor.user_id == staff_members[0].id
        cashier_desk = advisor.workspace("cashier")
        assert cashier_desk.view.gate.who.name == "Li Na"

        # the cashier scans her card: no PIN needed
        advisor.activateWindow()
        qtbot.waitUntil(advisor.isActiveWindow, timeout=3000)
        advisor.open_switch_user()
        qtbot.waitUntil(lambda: isinstance(modal(), SwitchUserDialog))
        scan = modal().credentials
        scan.who.setText(staff_members[2])
        scan.who.returnPressed.emit()
        assert scan.who.text() == ""  # a card's code never stays on screen
        qtbot.waitUntil(lambda: session.window is not advisor, timeout=WAIT)
        assert session.window.status.user.text() == "User: Zhao Min (Cashier)"
        assert session.ctx.actor.user_id == staff_members[1].id
    finally:
        close(session)


def test_idle_lock_then_unlock_or_another_user_takes_over(qtbot, owner, staff_members):
    session = session_for(owner)
    try:
        window = session.window
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.idle.interval_ms == 10 * 60_000, timeout=WAIT)
        window.switch_to("workshop")
        window.idle.set_interval_ms(300)  # the shop's minutes, shortened for the test
        qtbot.waitUntil(window.is_locked, timeout=WAIT)
        lock = window.lock_screen
        assert isinstance(lock, LockScreen) and lock.isVisible()
        assert not window.content.isVisible()  # nothing of the desks shows behind it
        assert lock.who.text() == "Signed in: Zhang Wei (Administrator)"
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        qtbot.keyClick(lock.secret, Qt.Key.Key_1, CTRL)  # desk keys do nothing while locked
        assert window.current_key() == "workshop" and window.is_locked()

        lock.secret.setText("wrong-one")
        lock.secret.returnPressed.emit()
        qtbot.waitUntil(lambda: not lock.busy, timeout=WAIT)
        wait_tasks()
        assert lock.message.text() == "Wrong password or PIN."
        assert window.is_locked()
        lock.secret.setText(OWNER_PIN)
        lock.secret.returnPressed.emit()
        qtbot.waitUntil(lambda: not window.is_locked(), timeout=WAIT)
        assert window.content.isVisible() and window.current_key() == "workshop"
        assert window.idle.timer.isActive()  # the clock runs again

        # Ctrl+L locks at once; the advisor takes over from the lock screen with her PIN
        window.idle.set_interval_ms(0)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
        assert window.is_locked()
        lock.other.who.setText("lina")
        lock.other.pin.setText("1357")
        lock.other.pin.returnPressed.emit()
        qtbot.waitUntil(lambda: session.window is not window, timeout=WAIT)
        assert session.window.who.name == "Li Na" and not session.window.is_locked()
        assert session.window.current_key() == "workshop"
    finally:
        close(session)


def test_sign_out_returns_to_the_sign_in(qtbot, owner, staff_members):
    session = session_for(owner)
    try:
        window = session.window
        qtbot.waitExposed(window)
        window.sign_out_action.trigger()
        assert not window.isVisible()
        dialog = session.sign_in_dialog
        assert isinstance(dialog, SignInDialog) and dialog.isVisible()
        dialog.login.setText("lina")
        dialog.password.setText("Counter-One-1")
        dialog.password.returnPressed.emit()
        qtbot.waitUntil(lambda: session.window is not window, timeout=WAIT)
        assert session.window.who.name == "Li Na" and session.window.isVisible()
    finally:
        close(session)
