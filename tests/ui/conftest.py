"""Fixtures for the desktop client's tests: an isolated data dir (drafts, station prefs,
compiled translations), a change adapter on the test database, and waiting for background
service calls so no call outlives its database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import delete, isValid

from app.config import DATA_DIR_ENV
from app.services.context import ServiceContext
from ui.changes import ChangeAdapter


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_ENV, str(path))
    return path


@pytest.fixture
def adapter(ctx: ServiceContext, qapp: QApplication) -> Iterator[ChangeAdapter]:
    changes = ChangeAdapter(ctx.db.feed)
    yield changes
    wait_tasks()
    changes.close()


@pytest.fixture
def keep(qtbot: object) -> Iterator[Callable[[QWidget], QWidget]]:
    """``keep(widget)``: shown by the test, closed by pytest-qt, then deleted here once its
    background calls are done, so that no timer of it starts a call after the test's
    database is gone."""
    kept: list[QWidget] = []

    def add(widget: QWidget) -> QWidget:
        qtbot.addWidget(widget)  # type: ignore[attr-defined]
        kept.append(widget)
        return widget

    yield add
    wait_tasks()
    for widget in kept:
        if isValid(widget):
            widget.close()
            delete(widget)
    wait_tasks()


def wait_tasks() -> None:
    """Let every background service call finish and deliver its answer."""
    pool = QThreadPool.globalInstance()
    for _ in range(5):
        pool.waitForDone(10_000)
        QApplication.processEvents()
