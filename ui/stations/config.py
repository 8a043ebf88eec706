"""Which database this station uses, as this computer remembers it.

``WORKBAY_DATABASE_URL`` wins; otherwise the URL saved by the connection dialog under
``database/url`` in the station's settings file (``ui.shell.prefs.store()``); otherwise the
embedded database in the data directory. The shell reads :func:`configured_database_url` at
start. The password of a shared server is kept in that settings file, in plain text, for
now (the file is the station user's own).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings

from app.config import DATABASE_URL_ENV, database_url
from app.db.copy import normalize_url
from ui.shell.prefs import store

DATABASE_URL_KEY = "database/url"


def saved_database_url(settings: QSettings | None = None) -> str | None:
    value = (settings or store()).value(DATABASE_URL_KEY, "")
    return normalize_url(str(value)) if value else None


def save_database_url(url: str | None, settings: QSettings | None = None) -> None:
    """Remember ``url`` for the next start; ``None`` means the embedded database."""
    s = settings or store()
    if url:
        s.setValue(DATABASE_URL_KEY, url)
    else:
        s.remove(DATABASE_URL_KEY)
    s.sync()


def environment_overrides() -> bool:
    return bool(os.environ.get(DATABASE_URL_ENV, "").strip())


def configured_database_url(settings: QSettings | None = None) -> str:
    """The database to open at start (see the module docstring for the order)."""
    if environment_overrides():
        return database_url()
    return saved_database_url(settings) or database_url()
