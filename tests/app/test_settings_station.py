"""This computer's settings file: typed values with defaults, checks before saving, and the
versioned upgrade that moves an old ``station.ini`` in once, taking the database password
out of it (to the OS keyring, or dropped and asked for at start)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError

from app.domain.errors import ValidationError, ValidationErrors
from app.settings import passwords
from app.settings.station import StationStore
from app.settings.upgrades import PASSWORD_DROPPED, PASSWORD_TO_KEYRING, STATION_VERSION

#: what an earlier Workbay (QSettings, IniFormat) wrote: groups, backslash subkeys, a quoted
#: value with a comma, UTF-8 text, a @ByteArray with escapes, a password in the URL
SAMPLE_INI = r"""[General]
prefs\version=1

[ui]
language=zh_CN
desk=cashier
geometry=@ByteArray(\x1\xd9\xd0\xcb\0\x3\0\0\0\0\0\x64)

[database]
url=postgresql+psycopg://desk:s3cr%3Dt@192.168.1.10:5433/shop

[printing]
settlement\printer="HP LaserJet, 2nd floor"
settlement\paper=a4
receipt\printer=收银台热敏打印机
receipt\paper=80mm
release-slip\paper=a3
lang=bilingual
"""
GEOMETRY = b"\x01\xd9\xd0\xcb\x00\x03\x00\x00\x00\x00\x00\x64"


class MemoryKeyring(KeyringBackend):
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
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def store(tmp_path: Path) -> StationStore:
    return StationStore(tmp_path / "station.json")


def test_a_new_station_has_the_defaults(store: StationStore, no_keyring: None) -> None:
    assert store.get("ui.language") == "system"
    assert store.get("ui.desk") == "reception"
    assert store.get("ui.geometry") is None
    assert store.get("database.url") == ""
    assert store.get("printing.papers") == {}
    data = json.loads(store.path.read_text(encoding="utf-8"))
    assert data == {"version": STATION_VERSION, "values": {}, "notices": []}


def test_values_are_checked_whole_before_saving(store: StationStore) -> None:
    store.update({"ui.language": "en", "printing.papers": {"receipt": "58mm"}})
    assert store.get("ui.language") == "en"
    assert StationStore(store.path).get("printing.papers") == {"receipt": "58mm"}
    with pytest.raises(ValidationErrors) as info:
        store.update({"ui.desk": "workshop", "ui.language": "fr", "database.url": "x://a:b@h"})
    assert [e.field for e in info.value.errors] == ["ui.language", "database.url"]
    assert store.get("ui.desk") == "reception"  # nothing of the refused update was saved
    with pytest.raises(ValidationError) as err:
        store.set("shop.legal_name", "x")  # a shared setting is not this computer's
    assert err.value.code == "not_station_setting"
    store.set("ui.language", "system")  # back to the default: not kept at all
    assert "ui.language" not in json.loads(store.path.read_text(encoding="utf-8"))["values"]


def test_an_unreadable_file_starts_from_the_defaults(store: StationStore) -> None:
    store.path.write_text("{not json", encoding="utf-8")
    assert store.get("ui.desk") == "reception"
    store.set("ui.desk", "customer")
    assert store.get("ui.desk") == "customer"


def test_station_ini_moves_in_once_and_the_password_goes_to_the_keyring(
    store: StationStore, os_keyring: MemoryKeyring
) -> None:
    store.legacy.write_text(SAMPLE_INI, encoding="utf-8")
    values = store.values()
    assert values["ui.language"] == "zh_CN"
    assert values["ui.desk"] == "cashier"
    assert values["ui.geometry"] == GEOMETRY
    assert values["printing.printers"] == {
        "settlement": "HP LaserJet, 2nd floor",
        "receipt": "收银台热敏打印机",
    }
    # a paper this Workbay does not know is left out, the others kept
    assert values["printing.papers"] == {"settlement": "a4", "receipt": "80mm"}
    assert values["printing.lang"] == "bilingual"
    assert values["database.url"] == "postgresql+psycopg://desk@192.168.1.10:5433/shop"
    assert values["database.password"] == "keyring"
    assert os_keyring.passwords == {(passwords.SERVICE, "desk@192.168.1.10:5433/shop"): "s3cr=t"}
    assert store.notices() == [PASSWORD_TO_KEYRING]
    assert not store.legacy.exists()  # it held the password in clear
    assert "s3cr" not in store.path.read_text(encoding="utf-8")
    # once: a station.ini appearing later is not read again
    store.legacy.write_text("[ui]\nlanguage=en\n", encoding="utf-8")
    assert store.get("ui.language") == "zh_CN"
    store.dismiss(PASSWORD_TO_KEYRING)
    assert store.notices() == []


def test_without_a_keyring_the_password_is_dropped_and_the_user_told(
    store: StationStore, no_keyring: None
) -> None:
    store.legacy.write_text(SAMPLE_INI, encoding="utf-8")
    assert store.get("database.url") == "postgresql+psycopg://desk@192.168.1.10:5433/shop"
    assert store.get("database.password") == "ask"
    assert store.notices() == [PASSWORD_DROPPED]
    assert "s3cr" not in store.path.read_text(encoding="utf-8")
    assert not store.legacy.exists()


def test_an_ini_without_a_server_or_with_bad_values_moves_what_is_valid(
    store: StationStore, no_keyring: None
) -> None:
    store.legacy.write_text(
        "[ui]\nlanguage=klingon\ndesk=workshop\n[printing]\nlang=zh_CN\n", encoding="utf-8"
    )
    values = store.values()
    assert values["ui.language"] == "system"  # not valid: the default
    assert values["ui.desk"] == "workshop"
    assert values["printing.lang"] == "zh_CN"
    assert values["database.url"] == "" and store.notices() == []
