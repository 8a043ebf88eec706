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
from app.db.engine import Database
from app.services.context import ServiceContext
from ui.changes import ChangeAdapter


@pytest.fixture(autouse=True)
def no_task_outlives_its_test() -> Iterator[None]:
    """Every background service call a test started has finished (and delivered) before the
    next test starts: a slow one left over (an argon2 check, a sign-out) must not hold the
    thread pool while the next test waits for its own answer."""
    yield
    wait_tasks()


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


@pytest.fixture
def inspector(ctx: ServiceContext) -> ServiceContext:
    """The quality inspector at the same station."""
    from app.domain.enums import Role
    from app.services.people import as_user

    return as_user(ctx, "Sun Li", Role.INSPECTOR)


@pytest.fixture
def lead(ctx: ServiceContext) -> ServiceContext:
    """The workshop's team lead (works jobs, assigns them, checks quality)."""
    from app.domain.enums import Role
    from app.services.people import as_user

    return as_user(ctx, "Chen Gang", Role.TEAM_LEAD)


@pytest.fixture
def manager(db: Database) -> ServiceContext:
    """The service manager at Counter 1: every desk's rights, and the approvals."""
    from app.domain.enums import Role
    from app.services.people import sign_in

    return sign_in(db, "Counter 1", "Zhou Jie", Role.MANAGER)


#: the owner's PIN and password in the ``owner`` fixture (nothing is built in: tests make them)
OWNER_PIN = "2468"
OWNER_PASSWORD = "Shunda-2026"


@pytest.fixture
def owner(db: Database) -> object:
    """The shop's owner, created by the first start: admin and manager, with a password and
    a PIN (``SignedIn``; ``owner.user.login == "boss"``)."""
    from app.services import auth

    return auth.create_first_admin(
        db,
        "Office",
        login="boss",
        name="Zhang Wei",
        password=OWNER_PASSWORD,
        pin=OWNER_PIN,
        language="en",
    )


def approve_here(
    qtbot: object, login: str = "boss", pin: str = OWNER_PIN, *, refused: bool = False
) -> object:
    """The approval dialog open on screen: the manager types login and PIN and Enter; returns
    the dialog once it has closed with its grant (``refused``: once it said why not)."""
    from ui.auth.approval_dialog import ApprovalDialog

    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: isinstance(QApplication.activeModalWidget(), ApprovalDialog)
    )
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ApprovalDialog)
    dialog.who.setText(login)
    dialog.pin.setText(pin)
    if refused:
        dialog.pin.returnPressed.emit()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)  # type: ignore[attr-defined]
        wait_tasks()
        return dialog
    with qtbot.waitSignal(dialog.finished, timeout=10_000):  # type: ignore[attr-defined]
        dialog.pin.returnPressed.emit()
    return dialog
