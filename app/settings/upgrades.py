"""Versioned upgrades of the settings stores (after Picard's ``config_upgrade.py``): each
step takes a store from version N-1 to N, runs once, and the store remembers its version.

Station store (``station.json``):
  1. the values earlier versions kept in ``station.ini`` (QSettings: ``ui/language``,
     ``ui/desk``, ``ui/geometry``, ``database/url``, ``printing/<kind>/printer|paper``,
     ``printing/lang``) move in; the INI file goes.
  2. a database password in the saved URL moves to the OS keyring, or is dropped (the
     station then asks for it at start; the user is told once).

Database settings (the ``settings`` table, version in ``settings.version`` of branch 0):
  1. ``shop.name`` becomes ``shop.short_name``; the logo file ``shop.logo_path`` is read into
     ``shop.logo`` (a PNG in the database, so every station has it).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import ValidationError
from app.settings import passwords
from app.settings.declared import SETTINGS
from app.settings.qt_ini import read_qt_ini

log = logging.getLogger(__name__)

#: what the user is told once after an upgrade (the desktop translates these keys)
PASSWORD_DROPPED = "database_password_dropped"
PASSWORD_TO_KEYRING = "database_password_to_keyring"

StationData = dict[str, Any]  # {"version": int, "values": {key: text}, "notices": [...]}


def _import_station_ini(data: StationData, legacy: Path) -> None:
    if not legacy.exists():
        return
    try:
        old = read_qt_ini(legacy)
    except OSError as exc:
        log.warning("cannot read %s: %s", legacy, exc)
        return
    values: dict[str, Any] = data["values"]
    simple = {
        "ui/language": "ui.language",
        "ui/desk": "ui.desk",
        "ui/geometry": "ui.geometry",
        "printing/lang": "printing.lang",
    }
    printers: dict[str, str] = {}
    papers: dict[str, str] = {}
    for key, value in old.items():
        if key in simple and value is not None:
            option = SETTINGS[simple[key]]
            try:
                values[option.key] = option.to_text(option.clean(value))
            except ValidationError:
                log.warning("station.ini: %s=%r is not valid, left out", key, value)
        elif key == "database/url" and isinstance(value, str) and value.strip():
            values["database.url"] = value.strip()  # step 2 takes the password out
        elif key.startswith("printing/") and key.count("/") == 2 and isinstance(value, str):
            _, kind, what = key.split("/")
            if what == "printer":
                printers[kind] = value
            elif what == "paper":
                papers[kind] = value
    for key, found in (("printing.printers", printers), ("printing.papers", papers)):
        if not found:
            continue
        option = SETTINGS[key]
        try:
            values[key] = option.to_text(option.clean(found))
        except ValidationError:  # keep what is valid, kind by kind
            good = {}
            for kind, name in found.items():
                try:
                    good.update(option.clean({kind: name}))
                except ValidationError:
                    log.warning("station.ini: %s %s=%r left out", key, kind, name)
            values[key] = option.to_text(good)
    try:
        legacy.unlink()  # moved; it may have held the database password in clear
    except OSError as exc:
        log.warning("cannot remove %s: %s", legacy, exc)


def _password_out_of_url(data: StationData, legacy: Path) -> None:
    url = data["values"].get("database.url")
    if not url:
        return
    try:
        bare, password = passwords.without_password(url)
    except Exception:
        log.warning("the saved database address %r is not valid, forgotten", url)
        del data["values"]["database.url"]
        return
    data["values"]["database.url"] = bare
    if not password:
        return
    if passwords.save_password(bare, password):
        data["values"]["database.password"] = "keyring"
        data["notices"].append(PASSWORD_TO_KEYRING)
    else:
        data["values"]["database.password"] = "ask"
        data["notices"].append(PASSWORD_DROPPED)


STATION_STEPS: list[Callable[[StationData, Path], None]] = [
    _import_station_ini,  # -> 1
    _password_out_of_url,  # -> 2
]
STATION_VERSION = len(STATION_STEPS)


def upgrade_station(data: StationData, legacy: Path) -> bool:
    """Run the steps ``data`` has not had yet; ``True`` if anything ran."""
    data.setdefault("values", {})
    data.setdefault("notices", [])
    version = int(data.get("version", 0))
    for number in range(version + 1, STATION_VERSION + 1):
        STATION_STEPS[number - 1](data, legacy)
        data["version"] = number
        log.info("station settings upgraded to version %d", number)
    return version < STATION_VERSION


# -- database --------------------------------------------------------------------------------

DB_VERSION_KEY = "settings.version"


def _shop_profile_keys(session: Session) -> None:
    from app.domain.models import Setting
    from app.settings.values import normalize_logo

    rows = session.scalars(
        select(Setting).where(Setting.key.in_(("shop.name", "shop.logo_path")))
    ).all()
    for row in rows:
        if row.key == "shop.name":
            if session.get(Setting, (row.branch_id, "shop.short_name")) is None:
                option = SETTINGS["shop.short_name"]
                try:
                    text = option.to_text(option.clean(row.value))
                except ValidationError:
                    text = row.value.strip()[:40]
                session.add(Setting(branch_id=row.branch_id, key="shop.short_name", value=text))
        elif row.value and session.get(Setting, (row.branch_id, "shop.logo")) is None:
            try:
                png = normalize_logo(Path(row.value).read_bytes())
            except (OSError, ValidationError) as exc:
                log.warning("the logo %s cannot be moved into the database: %s", row.value, exc)
            else:
                value = SETTINGS["shop.logo"].to_text(png)
                session.add(Setting(branch_id=row.branch_id, key="shop.logo", value=value))
        session.delete(row)


DB_STEPS: list[Callable[[Session], None]] = [_shop_profile_keys]
DB_VERSION = len(DB_STEPS)


def upgrade_database(session: Session) -> None:
    """Bring the settings table to :data:`DB_VERSION` inside the caller's transaction."""
    from app.domain.models import INSTALLATION, Setting

    row = session.get(Setting, (INSTALLATION, DB_VERSION_KEY))
    version = int(row.value) if row is not None else 0
    if version >= DB_VERSION:
        return
    for number in range(version + 1, DB_VERSION + 1):
        DB_STEPS[number - 1](session)
        session.flush()
    if row is None:
        session.add(Setting(branch_id=INSTALLATION, key=DB_VERSION_KEY, value=str(DB_VERSION)))
    else:
        row.value = str(DB_VERSION)
        row.version += 1
    session.flush()
