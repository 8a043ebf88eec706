"""What one computer remembers for itself (the registry's STATION settings): a small JSON
file in the data directory, ``station.json``, upgraded on first read (see
:mod:`app.settings.upgrades`). No Qt: the desktop's preference modules are thin users of it.

Every read goes to the file (it is a few hundred bytes), so two windows of one station and a
changed ``WORKBAY_DATA_DIR`` (tests) always see what was last saved. Writes replace the file
atomically.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

from app.config import data_dir
from app.domain.errors import ValidationError
from app.settings.declared import SETTINGS
from app.settings.registry import Scope
from app.settings.upgrades import STATION_VERSION, StationData, upgrade_station

log = logging.getLogger(__name__)

FILE_NAME = "station.json"
LEGACY_FILE_NAME = "station.ini"


class StationStore:
    """The STATION settings of this computer (or of ``path``, in tests)."""

    def __init__(self, path: Path | None = None, legacy: Path | None = None) -> None:
        self.path = path or data_dir() / FILE_NAME
        self.legacy = legacy or self.path.with_name(LEGACY_FILE_NAME)

    # -- reading ---------------------------------------------------------------------------

    def _load(self) -> StationData:
        data: StationData
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise ValueError("not an object")
        except FileNotFoundError:
            data = {}
        except (OSError, ValueError) as exc:
            log.warning("%s is unreadable (%s): starting from the defaults", self.path, exc)
            data = {"version": STATION_VERSION}
        if upgrade_station(data, self.legacy):
            self._save(data)
        return data

    def get(self, key: str) -> Any:
        option = _station_option(key)
        return option.from_text(self._load()["values"].get(key))

    def values(self) -> dict[str, Any]:
        stored = self._load()["values"]
        return {k: SETTINGS[k].from_text(stored.get(k)) for k in SETTINGS.keys(Scope.STATION)}

    def notices(self) -> list[str]:
        """What the user should be told once (an upgrade dropped the saved password...)."""
        return list(self._load()["notices"])

    # -- writing ---------------------------------------------------------------------------

    def set(self, key: str, value: Any) -> None:
        self.update({key: value})

    def update(self, values: dict[str, Any]) -> None:
        """Check every value (ValidationErrors naming each bad key), then save all."""
        for key in values:
            _station_option(key)
        typed = SETTINGS.clean_all(values)
        data = self._load()
        for key, value in typed.items():
            option = SETTINGS[key]
            if value == option.default:
                data["values"].pop(key, None)
            else:
                data["values"][key] = option.to_text(value)
        self._save(data)

    def remove(self, key: str) -> None:
        _station_option(key)
        data = self._load()
        if data["values"].pop(key, None) is not None:
            self._save(data)

    def dismiss(self, notice: str) -> None:
        data = self._load()
        if notice in data["notices"]:
            data["notices"] = [n for n in data["notices"] if n != notice]
            self._save(data)

    def _save(self, data: StationData) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".station-", suffix=".json", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(data, f, ensure_ascii=False, indent=1, sort_keys=True)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def _station_option(key: str) -> Any:
    option = SETTINGS[key]
    if option.scope is not Scope.STATION:
        raise ValidationError(key, "not_station_setting", "not kept on the station", key)
    return option


def station_store() -> StationStore:
    """This computer's store (in the current data directory)."""
    return StationStore()
