"""The shell's preference modules over the one registry: a ``station.ini`` that Qt itself
wrote (real escaping: bytes, commas, Chinese, backslash subkeys) is moved into the station
file once; language, desk, geometry and print preferences read and write through it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QByteArray, QSettings

from app.config import data_dir
from app.settings.station import StationStore
from app.settings.upgrades import PASSWORD_DROPPED
from ui.printing.prefs import PrintPrefs
from ui.shell import prefs

GEOMETRY = bytes(range(256))  # every byte value, as saveGeometry() may give


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def write_old_ini(path: Path) -> None:
    """What Workbay's QSettings-based preferences wrote before the registry."""
    s = QSettings(str(path), QSettings.Format.IniFormat)
    s.setValue("prefs/version", 1)
    s.setValue("ui/language", "en")
    s.setValue("ui/desk", "workshop")
    s.setValue("ui/geometry", QByteArray(GEOMETRY))
    s.setValue("database/url", "postgresql+psycopg://desk:p%40ss%2Cw%3Drd@10.0.0.5:5432/shop")
    s.setValue("printing/settlement/printer", "HP LaserJet; 2楼, 财务室 ")
    s.setValue("printing/settlement/paper", "a5")
    s.setValue("printing/receipt/paper", "58mm")
    s.setValue("printing/lang", "zh_CN")
    s.sync()
    assert s.status() == QSettings.Status.NoError


def test_a_station_ini_written_by_qt_moves_in_once(qapp, no_keyring: None) -> None:
    legacy = data_dir() / "station.ini"
    write_old_ini(legacy)
    assert prefs.language() == "en"
    assert prefs.desk() == "workshop"
    assert prefs.geometry() == GEOMETRY
    store = prefs.store()
    print_prefs = PrintPrefs(store)
    assert print_prefs.printer("settlement") == "HP LaserJet; 2楼, 财务室 "
    assert print_prefs.paper("settlement") == "a5"
    assert print_prefs.paper("receipt") == "58mm"
    assert print_prefs.paper("work-order") == "a4"  # not chosen: the document's default
    assert print_prefs.lang("en") == "zh_CN"
    assert store.get("database.url") == "postgresql+psycopg://desk@10.0.0.5:5432/shop"
    assert store.get("database.password") == "ask"  # no keyring here: dropped, asked at start
    assert store.notices() == [PASSWORD_DROPPED]
    assert not legacy.exists()
    assert "p%40ss" not in store.path.read_text(encoding="utf-8")


def test_preferences_write_through_the_registry(qapp) -> None:
    assert prefs.language() == "system" and prefs.desk() == "reception"
    prefs.set_language("zh_CN")
    prefs.set_desk("cashier")
    prefs.set_geometry(b"\x01\x02")
    again = StationStore()  # what the next start reads
    assert again.get("ui.language") == "zh_CN"
    assert again.get("ui.desk") == "cashier"
    assert again.get("ui.geometry") == b"\x01\x02"
    with pytest.raises(ValueError):
        prefs.set_language("fr")
    with pytest.raises(ValueError):
        prefs.set_desk("bridge")
    print_prefs = PrintPrefs(again)
    print_prefs.set_printer("receipt", "POS-80")
    print_prefs.set_paper("receipt", "58mm")
    print_prefs.set_lang("bilingual")
    assert StationStore().get("printing.printers") == {"receipt": "POS-80"}
    assert PrintPrefs(StationStore()).paper("receipt") == "58mm"
    print_prefs.set_printer("receipt", "")  # forgotten: the system's default printer again
    assert StationStore().get("printing.printers") == {}
