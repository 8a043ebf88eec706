"""The main window: a workspace per desk, switched by Ctrl+1..5 or the switcher and
remembered per station; Ctrl+F / F3 reach the lookup from anywhere; the status bar says
where the data lives and whether it can be reached."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.db.engine import Database
from app.services.context import Actor, ServiceContext
from tests.ui.conftest import wait_tasks
from ui.shell import prefs
from ui.shell.main_window import MainWindow
from ui.shell.status import StatusBar

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CTRL = Qt.KeyboardModifier.ControlModifier


def make_window(qtbot, ctx, adapter, keep):
    window = MainWindow(ctx, adapter, "Counter 1", "Li Na", "WenQuanYi Micro Hei")
    keep(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    return window


def test_desks_switch_by_keys_and_are_remembered(qtbot, ctx, adapter, keep):
    window = make_window(qtbot, ctx, adapter, keep)
    assert window.keys == ["reception", "workshop", "cashier", "customer", "settings"]
    assert window.current_key() == "reception"
    for n, key in enumerate(window.keys, start=1):
        qtbot.keyClick(QApplication.focusWidget() or window, getattr(Qt.Key, f"Key_{n}"), CTRL)
        assert window.current_key() == key
        assert window.switcher.checkedId() == n - 1
    window.switch_to("cashier")
    assert prefs.desk() == "cashier"
    window.close()
    wait_tasks()
    again = make_window(qtbot, ctx, adapter, keep)
    assert again.current_key() == "cashier"


def test_lookup_is_reached_from_any_desk(qtbot, ctx, adapter, keep):
    window = make_window(qtbot, ctx, adapter, keep)
    window.switch_to("customer")
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F3)
    reception = window.workspace("reception")
    assert window.current_key() == "reception"
    assert QApplication.focusWidget() is reception.lookup.field
    window.switch_to("settings")
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is reception.lookup.field


def test_status_bar_names_station_user_database_and_connection(qtbot, ctx, adapter, keep):
    window = make_window(qtbot, ctx, adapter, keep)
    status = window.status
    assert status.station.text() == "Station: Counter 1"
    assert status.user.text() == "User: Li Na"
    if ctx.db.is_embedded:
        assert status.database.text() == "Database: embedded"
    else:
        url = ctx.db.engine.url
        assert status.database.text() == f"Database: shared, {url.host}:{url.port}/{url.database}"
    window.start()
    qtbot.waitUntil(lambda: status.online is True, timeout=5000)
    assert "connected" in status.connection.text()
    window.close()


def test_status_bar_says_offline_when_the_server_is_gone(qtbot, ctx):
    gone = Database("postgresql+psycopg://postgres@127.0.0.1:9/none")
    bar = StatusBar(ServiceContext(gone, Actor(1, 1)), "Counter 1", "Li Na")
    qtbot.addWidget(bar)
    assert bar.database.text() == "Database: shared, 127.0.0.1:9/none"
    bar.check()
    qtbot.waitUntil(lambda: bar.online is False, timeout=15000)
    assert bar.connection.text() == "● offline — retrying"
    gone.dispose()


def test_language_switches_live_and_keeps_the_intake(qtbot, ctx, adapter, keep):
    from ui.shell import i18n
    from ui.shell.app import Session

    first = make_window(qtbot, ctx, adapter, keep)
    session = Session(ctx, adapter, None, first)
    first.language_requested.connect(session.switch_language)
    reception = first.workspace("reception")
    reception.start_intake()
    reception.flow.steps[0].name.setText("Zhou Min")
    first.switch_to("settings")
    settings = first.workspace("settings")
    try:
        settings.language.setCurrentIndex(settings.language.findData("zh_CN"))
        window = session.window
        assert window is not first
        keep(window)
        assert window.current_key() == "settings"
        assert window.workspace("reception").title() == "前台接待"
        assert window.switcher.button(0).text().startswith("前台接待")
        again = window.workspace("reception")
        assert again.draft_banner.isVisibleTo(again) and "Zhou Min" in again.draft_text.text()
    finally:
        i18n.install("en")
