"""The station remembers where its window was: maximised stays maximised at the next start,
a normal window comes back at its size and place; Save as PDF opens in the user's Documents
folder, then in the folder used last at this station (never the program's folder)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QStandardPaths
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from app.domain.enums import OrderState
from app.settings.station import StationStore
from tests.factories import order_in_state
from tests.ui.conftest import wait_tasks
from ui.printing import PrintPreviewDialog
from ui.shell import prefs
from ui.shell.app import Session, remember_window, restore_window
from ui.shell.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def new_window(ctx, adapter, keep) -> MainWindow:
    window = MainWindow(ctx, adapter, "Counter 1", "Li Na", "WenQuanYi Micro Hei")
    keep(window)
    return window


def a_place(window: MainWindow, x: int, y: int) -> QRect:
    """A normal place a little larger than the window's smallest size."""
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    return QRect(x, y, least.width() + 60, least.height() + 40)


def fitted(shown: QRect, place: QRect) -> bool:
    """``shown`` is ``place`` as Qt restores it on this screen (the test platform's screen
    is 800 px wide, narrower than the window: Qt moves and narrows it to fit)."""
    screen = QGuiApplication.primaryScreen().availableGeometry()
    width = min(place.width(), screen.width())
    return (shown.top(), shown.height()) == (place.top(), place.height()) and abs(
        shown.width() - width
    ) <= max(place.width() - screen.width(), 0) + 2


def test_a_maximised_window_comes_back_maximised(qtbot, ctx, adapter, keep):
    first = new_window(ctx, adapter, keep)
    Session(ctx, adapter, None, first).connect_window(first)
    place = a_place(first, 40, 30)
    first.setGeometry(place)
    first.show()
    first.showMaximized()
    qtbot.waitUntil(first.isMaximized)
    first.close()  # the user's ✕: the place is kept on the way out
    wait_tasks()
    assert prefs.store().get("ui.window_state") == "maximized"

    again = new_window(ctx, adapter, keep)
    restore_window(again)
    qtbot.waitUntil(again.isMaximized)
    again.showNormal()  # un-maximised, it has the size it had before
    qtbot.waitUntil(lambda: not again.isMaximized())
    assert fitted(again.normalGeometry(), place)


def test_a_normal_window_comes_back_at_its_place(qtbot, ctx, adapter, keep):
    first = new_window(ctx, adapter, keep)
    first.show()
    place = a_place(first, 60, 50)
    first.setGeometry(place)
    qtbot.waitUntil(lambda: first.geometry().size() == place.size())
    remember_window(first)
    assert prefs.store().get("ui.window_state") == "normal"
    assert prefs.geometry()

    again = new_window(ctx, adapter, keep)
    restore_window(again)
    qtbot.waitExposed(again)
    assert not again.isMaximized()
    assert fitted(again.geometry(), place)


def test_nothing_saved_yet_fills_a_small_screen(qtbot, ctx, adapter, keep):
    window = new_window(ctx, adapter, keep)
    screen = window.screen().availableGeometry()
    larger = window.width() > screen.width() or window.height() > screen.height()
    assert larger  # the test platform's screen (800×800) is smaller than the window
    restore_window(window)
    qtbot.waitExposed(window)
    assert window.isVisible() and window.isMaximized()


def test_save_as_pdf_opens_in_documents_then_the_last_folder(
    qtbot, ctx, tech, tmp_path: Path, monkeypatch
):
    station = StationStore(tmp_path / "station.json")
    d = order_in_state(ctx, tech, OrderState.SETTLED)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    Path(documents).mkdir(parents=True, exist_ok=True)
    seen: list[str] = []
    elsewhere = tmp_path / "invoices" / "2026"
    elsewhere.mkdir(parents=True)

    def fake_save(parent, caption, directory, filter_):
        seen.append(directory)
        return str(elsewhere / "statement"), filter_  # the user picks another folder

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    for _ in range(2):
        dialog = PrintPreviewDialog(ctx, "settlement", d.id, station)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(dialog.save_button.isEnabled, timeout=20_000)
        assert dialog.save_as_pdf()
        dialog.close()
        wait_tasks()
    first, second = (Path(p) for p in seen)
    assert first.is_absolute() and second.is_absolute()
    assert first.parent == Path(documents) != Path.cwd()
    assert second.parent == elsewhere  # remembered at this station
    assert second.name == f"settlement-{d.order.number}.pdf"
    assert (elsewhere / "statement.pdf").read_bytes().startswith(b"%PDF")
    assert station.get("printing.pdf_folder") == str(elsewhere)

    # a remembered folder that is gone: back to Documents
    elsewhere.joinpath("statement.pdf").unlink()
    elsewhere.rmdir()
    dialog = PrintPreviewDialog(ctx, "settlement", d.id, station)
    qtbot.addWidget(dialog)
    assert Path(dialog.default_file_name()).parent == Path(documents)
    wait_tasks()
