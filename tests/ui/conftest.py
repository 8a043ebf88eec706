"""Fixtures for the desktop client's tests: an isolated data dir (drafts, station prefs,
compiled translations), a change adapter on the test database, and waiting for background
service calls so no call outlives its database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

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


def wait_tasks() -> None:
    """Let every background service call finish and deliver its answer."""
    pool = QThreadPool.globalInstance()
    for _ in range(5):
        pool.waitForDone(10_000)
        QApplication.processEvents()
