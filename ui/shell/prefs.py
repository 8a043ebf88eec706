"""This station's own preferences (language, desk, window geometry): the registry's STATION
settings (:mod:`app.settings.station`, a JSON file in the data dir), seen from the shell.

Shared, installation-wide settings live in the database (app.services.settings); these are
what one machine remembers for itself. The values, their defaults and checks are declared
once in :mod:`app.settings.declared`; an old ``station.ini`` is moved in on first use.
"""

from __future__ import annotations

from app.settings.station import StationStore, station_store

LANG_KEY = "ui.language"  # "system" | "zh_CN" | "en"
DESK_KEY = "ui.desk"  # "reception" | ... | "settings" | "care" | "appointments"
GEOMETRY_KEY = "ui.geometry"

LANGUAGES = ("system", "zh_CN", "en")
DESKS = ("reception", "workshop", "cashier", "customer", "settings", "care", "appointments")


def store() -> StationStore:
    """This computer's settings (in the current data directory)."""
    return station_store()


def language() -> str:
    value = str(store().get(LANG_KEY))
    return value if value in LANGUAGES else "system"


def set_language(value: str) -> None:
    if value not in LANGUAGES:
        raise ValueError(value)
    store().set(LANG_KEY, value)


def desk() -> str:
    value = str(store().get(DESK_KEY))
    return value if value in DESKS else "reception"


def set_desk(value: str) -> None:
    if value not in DESKS:
        raise ValueError(value)
    store().set(DESK_KEY, value)


def geometry() -> bytes | None:
    value: bytes | None = store().get(GEOMETRY_KEY)
    return value


def set_geometry(value: bytes) -> None:
    store().set(GEOMETRY_KEY, value)
