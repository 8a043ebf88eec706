"""Multi-station screens: the connection dialog (the password kept in the OS keyring, or
not at all), the stations page and the live link."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy.engine import make_url

from app.config import DATABASE_URL_ENV
from app.db.engine import Database
from app.services.context import ServiceContext
from app.services.outbox import Outbox
from app.services.people import sign_in
from app.settings.station import StationStore
from tests.app.sync.test_outages import walk_in
from tests.factories import new_order
from tests.ui.conftest import wait_tasks
from ui.changes import ChangeAdapter
from ui.stations import config
from ui.stations.config import DATABASE_URL_KEY, configured_database_url, saved_database_url
from ui.stations.connection_dialog import ConnectionDialog, ask_password_at_start
from ui.stations.live import LiveSync
from ui.stations.stations_view import StationsPage

PG_ENV = "WORKBAY_TEST_DATABASE_URL"


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[StationStore]:
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    yield StationStore(tmp_path / "station.json")
    config.forget_typed_passwords()


class MemoryKeyring(KeyringBackend):
    """A password store in memory, standing in for the OS keyring."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def os_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def fill(qtbot, dialog: ConnectionDialog, **values: str) -> None:  # type: ignore[no-untyped-def]
    for name, value in values.items():
        field = getattr(dialog, name)
        if name == "port":
            field.setValue(int(value))
            continue
        field.clear()
        qtbot.keyClicks(field, value)


def test_a_shared_server_is_saved_and_its_password_goes_to_the_keyring(
    qtbot, settings: StationStore, os_keyring: MemoryKeyring
) -> None:
    dialog = ConnectionDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.embedded.isChecked() and not dialog.server.isEnabled()
    dialog.shared.setChecked(True)
    assert dialog.server.isEnabled() and dialog.password_note.isVisibleTo(dialog)
    assert "password store" in dialog.password_note.text()
    fill(
        qtbot,
        dialog,
        host="192.168.1.10",
        port="5433",
        database="shop",
        user="desk",
        password="s3cret",
    )
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    # the file has the address only; the keyring has the password
    assert settings.get(DATABASE_URL_KEY) == "postgresql+psycopg://desk@192.168.1.10:5433/shop"
    assert "s3cret" not in settings.path.read_text(encoding="utf-8")
    assert os_keyring.passwords == {("Workbay database", "desk@192.168.1.10:5433/shop"): "s3cret"}
    config.forget_typed_passwords()  # a new run of Workbay: only what was saved is known
    url = "postgresql+psycopg://desk:s3cret@192.168.1.10:5433/shop"
    assert configured_database_url(settings) == url
    assert ask_password_at_start(settings)  # nothing to ask
    again = ConnectionDialog(settings)
    qtbot.addWidget(again)
    assert again.shared.isChecked()
    assert (again.host.text(), again.port.value(), again.user.text(), again.password.text()) == (
        "192.168.1.10",
        5433,
        "desk",
        "s3cret",
    )
    assert again.password.echoMode() == again.password.EchoMode.Password
    # Back to this computer only: the saved server and its password are forgotten.
    again.embedded.setChecked(True)
    again.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert saved_database_url(settings) is None
    assert os_keyring.passwords == {}
    assert configured_database_url(settings).startswith("sqlite:///")


def test_without_a_keyring_the_password_is_not_kept_and_asked_at_start(
    qtbot, settings: StationStore, no_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = ConnectionDialog(settings)
    qtbot.addWidget(dialog)
    dialog.shared.setChecked(True)
    assert dialog.password_note.text() == (
        "This computer has no password store: the password is not saved, "
        "Workbay asks for it when it starts."
    )
    fill(qtbot, dialog, host="db.local", password="s3cret")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "s3cret" not in settings.path.read_text(encoding="utf-8")
    # this run still connects with what was typed
    assert (
        saved_database_url(settings) == "postgresql+psycopg://workbay:s3cret@db.local:5432/workbay"
    )
    config.forget_typed_passwords()  # the next start: asked again
    assert config.password_missing(settings)
    assert configured_database_url(settings) == "postgresql+psycopg://workbay@db.local:5432/workbay"
    asked: list[ConnectionDialog] = []

    def exec_(self: ConnectionDialog) -> int:
        asked.append(self)
        assert self.host.text() == "db.local" and self.password.text() == ""
        self.password.setText("typed-at-start")
        return ConnectionDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ConnectionDialog, "exec", exec_)
    assert ask_password_at_start(settings)
    assert len(asked) == 1
    assert configured_database_url(settings) == (
        "postgresql+psycopg://workbay:typed-at-start@db.local:5432/workbay"
    )
    assert not config.password_missing(settings)


def test_missing_fields_are_named_next_to_them_and_nothing_is_saved(
    qtbot, settings: StationStore
) -> None:
    dialog = ConnectionDialog(settings)
    qtbot.addWidget(dialog)
    dialog.shared.setChecked(True)
    fill(qtbot, dialog, host="", database="")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.errors["host"].isVisibleTo(dialog)
    assert dialog.errors["database"].isVisibleTo(dialog)
    assert dialog.errors["host"].text() == "This field is required."
    assert not dialog.errors["user"].isVisibleTo(dialog)
    assert dialog.focusWidget() is dialog.host
    assert saved_database_url(settings) is None


def test_the_environment_wins_over_the_saved_url(
    qtbot, settings: StationStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.set(DATABASE_URL_KEY, "postgresql://a@h/x")
    monkeypatch.setenv(DATABASE_URL_ENV, "postgresql://b@other/y")
    assert configured_database_url(settings) == "postgresql+psycopg://b@other/y"
    dialog = ConnectionDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.env_note.isVisibleTo(dialog)


def test_testing_an_unreachable_server_says_why(qtbot, settings: StationStore) -> None:
    dialog = ConnectionDialog(settings)
    qtbot.addWidget(dialog)
    dialog.shared.setChecked(True)
    fill(qtbot, dialog, host="127.0.0.1", port="9")
    qtbot.mouseClick(dialog.test, Qt.MouseButton.LeftButton)
    assert not dialog.test.isEnabled()  # one test at a time, off the GUI thread
    qtbot.waitUntil(lambda: dialog.outcome.text().startswith("Cannot connect:"), timeout=15_000)
    assert "refused" in dialog.outcome.text().lower()
    assert dialog.outcome.property("kind") == "error"  # said as a refusal, not as news
    assert dialog.test.isEnabled()
    wait_tasks()


@pytest.mark.skipif(not os.environ.get(PG_ENV), reason=f"{PG_ENV} is not set")
def test_testing_the_server_reports_the_database_state(qtbot, settings: StationStore) -> None:
    url = make_url(os.environ[PG_ENV])
    dialog = ConnectionDialog(settings)
    qtbot.addWidget(dialog)
    dialog.shared.setChecked(True)
    fill(
        qtbot, dialog, host=url.host or "127.0.0.1", port=str(url.port or 5432),
        database="postgres", user=url.username or "postgres",
    )  # fmt: skip
    dialog.test.click()
    qtbot.waitUntil(lambda: dialog.last_check is not None, timeout=15_000)
    assert dialog.last_check.server.startswith("PostgreSQL")  # type: ignore[union-attr]
    assert dialog.outcome.text().startswith("Connected to PostgreSQL")
    wait_tasks()


def test_the_stations_page_lists_stations_and_follows_sign_ins(
    qtbot, ctx: ServiceContext, adapter: ChangeAdapter
) -> None:
    page = StationsPage(ctx, adapter)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.row_at(0).this_station  # type: ignore[union-attr]
    assert page.title() == "Stations"
    sign_in(ctx.db, "Workshop", "Wang Wei")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    names = [page.model.row_at(r).name for r in range(2)]  # type: ignore[union-attr]
    assert names == ["Counter 1", "Workshop"]
    assert not page.entries.isVisibleTo(page)  # no live link: no outbox shown
    wait_tasks()


def test_live_sync_brings_other_stations_changes_and_the_outbox(
    qtbot, ctx: ServiceContext, adapter: ChangeAdapter, tmp_path: Path
) -> None:
    live = LiveSync(ctx, outbox=Outbox(tmp_path / "outbox.sqlite3"), probe_interval=0.1)
    page = StationsPage(ctx, adapter, live=live)
    qtbot.addWidget(page)
    with qtbot.waitSignal(live.outbox_changed) as pending:
        live.start()
    assert pending.args == [0]
    assert live.listener.wait_connected(10)
    other = Database(ctx.db.url)
    try:
        colleague = sign_in(other, "Counter 2", "Chen Jie")
        with qtbot.waitSignal(adapter.order_changed, timeout=10_000) as changed:
            order = new_order(colleague)
        assert changed.args == [order.id]

        # Typed while offline: kept, counted, shown; sent when the connection is back.
        with qtbot.waitSignal(live.outbox_changed) as kept:
            live.outbox.submit(ctx, "intake", online=False, data=walk_in())
        assert kept.args == [1]
        qtbot.waitUntil(lambda: page.entries.count() == 1)
        assert "吴敏" in page.entries.item(0).text()
        assert page.waiting.text() == "Actions typed offline, waiting to be sent: 1"
        with qtbot.waitSignals([live.connection_state_changed, live.replayed], timeout=10_000):
            live.monitor.report_failure(ConnectionError("cable pulled"))
        qtbot.waitUntil(lambda: live.state == "online" and live.pending() == 0, timeout=10_000)
        qtbot.waitUntil(lambda: page.entries.count() == 0)
        assert page.connection.text() == "● connected"
    finally:
        live.stop()
        other.dispose()
        wait_tasks()
