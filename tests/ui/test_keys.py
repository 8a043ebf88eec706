"""Keys of the desks: the promise's quick choices (Alt+1..4, shown on the buttons), F2 from
the reception's lookup, the quit key (nothing asked when nothing is unsaved; an intake
under way kept as its draft), and every key label written one way ("Ctrl+Enter", never
"Ctrl+Return") on every desk and dialog, in both languages."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from PySide6.QtCore import QDateTime, Qt, QTimer
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from app.domain.enums import OrderState
from app.services import queries
from tests.factories import order_in_state
from tests.ui.conftest import wait_tasks
from tests.ui.test_focus_walk import dialogs
from ui.common.keys import add_key, bindings, key_label, key_text
from ui.common.line_payer_dialog import LinePayerDialog
from ui.reception import intake_draft
from ui.reception.intake_state import STEP_PROMISE
from ui.reception.workspace import ReceptionWorkspace
from ui.shell import i18n
from ui.shell.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

K = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def show(qtbot, widget: QWidget) -> QWidget:
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=3000)
    return widget


def test_enter_is_written_one_way_and_bound_on_both_keys(qapp):
    assert key_text("Ctrl+Return") == key_text("Ctrl+Enter") == "Ctrl+Enter"
    i18n.install("zh_CN")
    try:  # Qt's own Chinese names ("回车") are not used: keys as on the key caps
        assert key_text("Ctrl+Return") == "Ctrl+Enter" and key_text("Del") == "Del"
    finally:
        i18n.install("en")
    assert key_label("Send", "Ctrl+Return") == "Send  [Ctrl+Enter]"
    assert {b.toString() for b in bindings("Ctrl+Enter")} == {"Ctrl+Return", "Ctrl+Enter"}
    assert [b.toString() for b in bindings("F2")] == ["F2"]


def test_a_key_bound_with_enter_acts_on_both_enter_keys(qtbot, keep):
    owner = keep(QLineEdit())
    show(qtbot, owner)
    hits = []
    add_key(owner, "Ctrl+Enter", lambda: hits.append(1))
    qtbot.keyClick(owner, K.Key_Return, CTRL)
    qtbot.keyClick(owner, K.Key_Enter, CTRL | Qt.KeyboardModifier.KeypadModifier)
    assert len(hits) == 2


@pytest.fixture
def ws(qtbot, ctx, adapter, keep):
    widget = ReceptionWorkspace(ctx, adapter)
    keep(widget)
    widget.resize(1300, 850)
    show(qtbot, widget)
    yield widget
    wait_tasks()


def test_promise_quick_choices_have_keys_shown_on_their_buttons(qtbot, ws):
    ws.start_intake()
    ws.flow.go_to(STEP_PROMISE)
    promise = ws.flow.steps[STEP_PROMISE]
    assert [b.text().split("[")[-1] for b in promise.quick] == [
        "Alt+1]",
        "Alt+2]",
        "Alt+3]",
        "Alt+4]",
    ]
    promise.notes.setFocus()
    now = QDateTime.currentDateTime()
    qtbot.keyClick(promise.notes, K.Key_3, ALT)  # in four hours
    got = promise.promised.dateTime().toSecsSinceEpoch() - now.toSecsSinceEpoch()
    assert abs(got - 4 * 3600) < 120
    qtbot.keyClick(promise.notes, K.Key_4, ALT)  # tomorrow 17:00
    tomorrow = promise.promised.dateTime()
    assert tomorrow.date() == now.date().addDays(1) and tomorrow.time().hour() == 17
    qtbot.keyClick(promise.notes, K.Key_1, ALT)
    got = promise.promised.dateTime().toSecsSinceEpoch() - now.toSecsSinceEpoch()
    assert abs(got - 3600) < 120
    assert QApplication.focusWidget() is promise.notes  # the key did not move the focus


def test_f2_works_while_the_lookup_has_focus(qtbot, ctx, tech, ws):
    order = order_in_state(ctx, tech, OrderState.APPROVED)
    ws.open_order(order.id)
    qtbot.waitUntil(lambda: ws.order.detail is not None, timeout=5000)
    ws.lookup.focus()
    qtbot.keyClick(ws.lookup.field, K.Key_F2)
    qtbot.waitUntil(lambda: ws.findChild(LinePayerDialog) is not None, timeout=3000)
    dialog = ws.findChild(LinePayerDialog)
    assert dialog.isVisible()
    line = dialog.line
    dialog.discount.setText("５．５")  # full-width, as a Chinese input method types it
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.buttons.accepted.emit()
    after = next(l for l in queries.get_order(ctx, order.id).lines if l.id == line.id)
    assert after.discount_percent == Decimal("5.50")
    wait_tasks()
    # nothing to change: the desk says so instead of doing nothing
    ws.view.setCurrentIndex(0)
    ws.activateWindow()
    qtbot.waitUntil(ws.isActiveWindow, timeout=3000)
    ws.lookup.focus()
    qtbot.keyClick(ws.lookup.field, K.Key_F2)
    assert "open an order first" in ws.notice.text()


# --- quitting ----------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, ctx, adapter, keep):
    win = MainWindow(ctx, adapter, "Counter 1", "Li Na", "WenQuanYi Micro Hei")
    keep(win)
    show(qtbot, win)
    yield win
    wait_tasks()


def test_quit_key_asks_nothing_when_nothing_is_unsaved(qtbot, window, monkeypatch):
    asked = []
    monkeypatch.setattr(window, "confirm_quit", lambda pages: asked.append(pages) or False)
    assert "Q" in window.quit_action.shortcut().toString()
    qtbot.keyClick(QApplication.focusWidget() or window, K.Key_Q, CTRL)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)
    assert asked == []


def test_quit_keeps_an_intake_under_way_as_its_draft(qtbot, window, monkeypatch):
    monkeypatch.setattr(window, "confirm_quit", lambda pages: pytest.fail("asked"))
    reception = window.workspace("reception")
    reception.start_intake()
    reception.flow.steps[0].name.setText("陈静")
    qtbot.keyClick(QApplication.focusWidget(), K.Key_Q, CTRL)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)
    draft = intake_draft.load()
    assert draft is not None and draft.customer_name == "陈静"


def test_quit_asks_about_an_unsaved_setup_page_and_can_stay(qtbot, window, monkeypatch):
    asked = []
    monkeypatch.setattr(window, "confirm_quit", lambda pages: asked.append(pages) or False)
    setup = window.workspace("setup")
    page = next(w for w in setup.findChildren(QWidget) if callable(getattr(w, "set_dirty", None)))
    page.set_dirty(True)
    window.quit_action.trigger()
    assert asked == [[page]] and window.isVisible()  # stayed
    monkeypatch.setattr(window, "confirm_quit", lambda pages: True)
    window.quit_action.trigger()
    assert not window.isVisible()


def test_quit_is_off_while_the_station_is_locked(qtbot, window):
    window.lock()
    assert not window.quit_action.isEnabled()
    window.quit_action.trigger()
    assert window.isVisible()


def test_confirm_quit_names_the_page(qtbot, window):
    setup = window.workspace("setup")
    page = next(w for w in setup.findChildren(QWidget) if callable(getattr(w, "set_dirty", None)))

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and page.title() in box.text()
        next(b for b in box.buttons() if "Stay" in b.text()).click()

    QTimer.singleShot(100, answer)
    assert window.confirm_quit([page]) is False


# --- key labels, one spelling ------------------------------------------------------------

#: a key with the big Enter key in it, however it is written: "Ctrl+Enter", "Ctrl+Return",
#: or Qt's Chinese "Ctrl+回车" (a translated key name beside a label's "Ctrl+Enter")
ENTER_KEY = re.compile(r"(?:Ctrl|Shift|Alt|Meta)\+(?:Enter|Return|回车)")


def labels_of(root: QWidget) -> list[str]:
    """Every text a user reads as a key hint: buttons, actions, labels, placeholders."""
    texts: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        texts.append(w.toolTip())
        if isinstance(w, QAbstractButton):
            texts.append(w.text())
        if isinstance(w, QLabel):
            texts.append(w.text())
        if isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        for action in QWidget.actions(w):  # (a desk may name an attribute "actions")
            texts += [action.text(), action.toolTip(), key_text(action.shortcut())]
    for action in root.findChildren(QAction):
        texts += [action.text(), action.toolTip(), key_text(action.shortcut())]
    for shortcut in root.findChildren(QShortcut):
        texts.append(shortcut.whatsThis())
    return [t for t in texts if t]


def spellings(texts: list[str]) -> set[str]:
    return {m.group(0) for t in texts for m in ENTER_KEY.finditer(t)}


def every_screen(ctx, tech, adapter, keep, tmp_path) -> list[QWidget]:
    """The main window (every desk, every intake step) and every dialog."""
    win = MainWindow(ctx, adapter, "Counter 1", "Li Na", "WenQuanYi Micro Hei")
    keep(win)
    win.workspace("reception").start_intake()
    return [win, *(keep(make()) for make in dialogs(ctx, tech, tmp_path).values())]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_key_label_writes_enter_one_way(ctx, tech, adapter, keep, tmp_path, language):
    i18n.install(language)
    try:
        screens = every_screen(ctx, tech, adapter, keep, tmp_path)
        texts = [t for s in screens for t in labels_of(s)]
        wait_tasks()
    finally:
        i18n.install("en")
    found = spellings(texts)
    one_way = {key_text("Ctrl+Return"), key_text("Shift+Return")}
    assert found and found <= one_way, found
