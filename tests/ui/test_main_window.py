"""The main window: a workspace per desk, switched by Ctrl+1..6 or the switcher and
remembered per station; Ctrl+F / F3 reach the lookup from anywhere; the status bar says
where the data lives and, from the station's live link, whether it can be reached and how
many actions typed offline wait to be sent."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from app.db.engine import Database
from app.services.context import Actor, ServiceContext
from app.services.outbox import Outbox
from tests.app.sync.test_outages import walk_in
from tests.ui.conftest import wait_tasks
from ui.shell import prefs
from ui.shell.main_window import MainWindow
from ui.shell.status import StatusBar
from ui.stations.live import LiveSync

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CTRL = Qt.KeyboardModifier.ControlModifier


def make_window(qtbot, ctx, adapter, keep, live=None):
    window = MainWindow(ctx, adapter, "Counter 1", "Li Na", "WenQuanYi Micro Hei", live=live)
    keep(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    return window


def test_desks_switch_by_keys_and_are_remembered(qtbot, ctx, adapter, keep):
    window = make_window(qtbot, ctx, adapter, keep)
    assert window.keys == [
        "reception",
        "workshop",
        "cashier",
        "customer",
        "settings",
        "stations",
        "setup",
        "care",
        "appointments",
    ]
    assert window.current_key() == "reception"
    for n, key in enumerate(window.keys, start=1):
        qtbot.keyClick(QApplication.focusWidget() or window, getattr(Qt.Key, f"Key_{n}"), CTRL)
        assert window.current_key() == key
        assert window.switcher.checkedId() == n - 1
    assert window.workspace("stations").title() == "Stations"
    assert prefs.desk() == "appointments"  # settings, stations and setup are not desks to open with
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


def test_status_bar_names_station_user_database(qtbot, ctx, adapter, keep):
    window = make_window(qtbot, ctx, adapter, keep)
    status = window.status
    assert status.station.text() == "Station: Counter 1"
    assert status.user.text() == "User: Li Na"
    if ctx.db.is_embedded:
        assert status.database.text() == "Database: embedded"
    else:
        url = ctx.db.engine.url
        assert status.database.text() == f"Database: shared, {url.host}:{url.port}/{url.database}"
    # without a live link the bar claims nothing about the connection
    assert status.state is None and not status.connection.isVisibleTo(status)
    window.close()


def test_status_bar_follows_the_live_link(qtbot, ctx, adapter, keep, tmp_path):
    live = LiveSync(ctx, outbox=Outbox(tmp_path / "outbox.sqlite3"), probe_interval=0.1)
    window = make_window(qtbot, ctx, adapter, keep, live=live)
    status = window.status
    try:
        with qtbot.waitSignal(live.outbox_changed):
            live.start()
        assert status.connection.text() == "● connected"
        assert not status.waiting.isVisibleTo(status)

        # an intake typed while offline is kept: the bar counts it, a click shows it
        with qtbot.waitSignal(live.outbox_changed):
            live.outbox.submit(ctx, "intake", online=False, data=walk_in())
        assert status.waiting.isVisibleTo(status) and status.waiting_count == 1
        # the English translation says "1 action"; the bare source "1 action(s)"
        assert re.match(r"1 action(\(s\))? kept offline", status.waiting.text())
        qtbot.mouseClick(status.waiting, Qt.MouseButton.LeftButton)
        assert window.current_key() == "stations"

        # the line drops, then comes back: shown, and the kept intake is sent
        with qtbot.waitSignals([live.connection_state_changed, live.replayed], timeout=10_000):
            live.monitor.report_failure(ConnectionError("cable pulled"))
        qtbot.waitUntil(lambda: status.state == "online" and status.waiting_count == 0)
        assert not status.waiting.isVisibleTo(status)
        assert re.search(r"1 action(\(s\))? kept offline (was|were) saved", status.currentMessage())
    finally:
        live.stop()
        window.close()
        wait_tasks()


def test_status_bar_says_offline_when_the_server_is_gone(qtbot, ctx, tmp_path):
    gone = Database("postgresql+psycopg://postgres@127.0.0.1:9/none")
    gone_ctx = ServiceContext(gone, Actor(1, 1))
    live = LiveSync(gone_ctx, outbox=Outbox(tmp_path / "outbox.sqlite3"), probe_interval=0.1)
    bar = StatusBar(gone_ctx, "Counter 1", "Li Na")
    qtbot.addWidget(bar)
    bar.follow(live)
    assert bar.database.text() == "Database: shared, 127.0.0.1:9/none"
    try:
        live.start()
        qtbot.waitUntil(lambda: bar.state in ("offline", "reconnecting"), timeout=15_000)
        assert bar.connection.text().startswith("● OFFLINE")
        assert bar.connection.property("state") in ("offline", "reconnecting")
        assert "kept on this station" in bar.connection.toolTip()
    finally:
        live.stop()
        wait_tasks()
        gone.dispose()


def test_language_switches_live_and_keeps_the_intake(qtbot, ctx, adapter, keep, tmp_path):
    from ui.shell import i18n
    from ui.shell.app import Session

    live = LiveSync(ctx, outbox=Outbox(tmp_path / "outbox.sqlite3"))
    # not kept: the switch deletes this window itself
    first = MainWindow(ctx, adapter, "Counter 1", "Li Na", "WenQuanYi Micro Hei", live=live)
    first.show()
    qtbot.waitExposed(first)
    session = Session(ctx, adapter, live, first)
    live.start()
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
        # the same live link serves the new window (the old one's pages are gone)
        assert window.live is live
        qtbot.waitUntil(lambda: not isValid(first))
        with qtbot.waitSignal(live.outbox_changed):
            live.outbox.submit(ctx, "intake", online=False, data=walk_in())
        qtbot.waitUntil(lambda: window.status.waiting_count == 1)
        stations = window.workspace("stations")
        qtbot.waitUntil(lambda: stations.entries.count() == 1)
    finally:
        i18n.install("en")
        live.stop()
        wait_tasks()


def test_a_new_connection_is_chosen_in_settings_and_applies_at_the_next_start(
    qtbot, ctx, adapter, keep, monkeypatch
):
    from PySide6.QtWidgets import QDialogButtonBox

    from app.config import DATABASE_URL_ENV
    from ui.stations.config import saved_database_url
    from ui.stations.connection_dialog import ConnectionDialog

    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    window = make_window(qtbot, ctx, adapter, keep)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_5, CTRL)
    settings = window.workspace("settings")
    qtbot.keyClick(settings, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ConnectionDialog))
    dialog = QApplication.activeModalWidget()
    dialog.shared.setChecked(True)
    dialog.host.setText("192.168.1.10")
    dialog.password.setText("s3cret")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert saved_database_url() == "postgresql+psycopg://workbay:s3cret@192.168.1.10:5432/workbay"
    assert settings.connection_note.isVisibleTo(settings)
    assert settings.connection_note.text() == (
        "Saved. Workbay connects to the chosen database when it is started again."
    )
    window.close()
