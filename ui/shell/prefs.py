"""This station's own preferences (language, desk), kept in an INI file in the data dir.

Shared, installation-wide settings live in the database (app.services.settings); these are
what one machine remembers for itself. One typed registry with defaults.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app.config import data_dir

LANG_KEY = "ui/language"  # "system" | "zh_CN" | "en"
DESK_KEY = "ui/desk"  # "reception" | "workshop" | "cashier" | "customer" | "settings"
GEOMETRY_KEY = "ui/geometry"
VERSION_KEY = "prefs/version"
VERSION = 1

LANGUAGES = ("system", "zh_CN", "en")
DESKS = ("reception", "workshop", "cashier", "customer", "settings")


def store() -> QSettings:
    return QSettings(str(data_dir() / "station.ini"), QSettings.Format.IniFormat)


def _upgrade(s: QSettings) -> None:
    version = int(s.value(VERSION_KEY, 0) or 0)
    if version < VERSION:
        s.setValue(VERSION_KEY, VERSION)


def language() -> str:
    s = store()
    _upgrade(s)
    value = str(s.value(LANG_KEY, "system"))
    return value if value in LANGUAGES else "system"


def set_language(value: str) -> None:
    if value not in LANGUAGES:
        raise ValueError(value)
    store().setValue(LANG_KEY, value)


def desk() -> str:
    value = str(store().value(DESK_KEY, "reception"))
    return value if value in DESKS else "reception"


def set_desk(value: str) -> None:
    if value not in DESKS:
        raise ValueError(value)
    store().setValue(DESK_KEY, value)
