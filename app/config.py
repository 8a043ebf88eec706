"""Where the data lives and who this station is: environment first, then defaults."""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

DATABASE_URL_ENV = "WORKBAY_DATABASE_URL"
DATA_DIR_ENV = "WORKBAY_DATA_DIR"
STATION_ENV = "WORKBAY_STATION"
USER_ENV = "WORKBAY_USER"


def data_dir() -> Path:
    path = Path(os.environ.get(DATA_DIR_ENV) or user_data_dir("Workbay", "Workbay"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / 'workbay.sqlite3'}"


def database_url() -> str:
    """``WORKBAY_DATABASE_URL`` if set, else the embedded SQLite file in the user data dir."""
    url = os.environ.get(DATABASE_URL_ENV, "").strip()
    if not url:
        return default_database_url()
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


@dataclass(frozen=True)
class StationIdentity:
    station: str
    user: str


def station_identity() -> StationIdentity:
    return StationIdentity(
        station=os.environ.get(STATION_ENV) or socket.gethostname() or "station",
        user=os.environ.get(USER_ENV) or "admin",
    )
