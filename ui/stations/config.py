"""Which database this station uses, as this computer remembers it.

``WORKBAY_DATABASE_URL`` wins; otherwise the URL saved by the connection dialog
(``database.url`` in the station's settings, :mod:`app.settings.station`); otherwise the
embedded database in the data directory. The shell reads :func:`configured_database_url`
at start.

The saved URL never holds the password. Where the password is says ``database.password``:
``none`` (the server asks for none), ``keyring`` (this computer's password store, through
``keyring``), or ``ask`` (this computer has no password store: it is typed at start and kept
in memory for this run only).
"""

from __future__ import annotations

import os

from app.config import DATABASE_URL_ENV, database_url
from app.db.copy import normalize_url
from app.settings import passwords
from app.settings.station import StationStore, station_store

DATABASE_URL_KEY = "database.url"
PASSWORD_MODE_KEY = "database.password"

#: passwords typed this run where no keyring keeps them (account -> password)
_typed: dict[str, str] = {}


def _store(store: StationStore | None) -> StationStore:
    return store or station_store()


def saved_server_url(store: StationStore | None = None) -> str | None:
    """The saved server's URL, without a password (``None``: the embedded database)."""
    value = _store(store).get(DATABASE_URL_KEY)
    return normalize_url(value) if value else None


def saved_password(store: StationStore | None = None) -> str:
    """The server's password as far as this computer has it (keyring or typed this run)."""
    url = saved_server_url(store)
    if url is None:
        return ""
    return _typed.get(passwords.account(url)) or passwords.saved_password(url)


def saved_database_url(store: StationStore | None = None) -> str | None:
    """The URL to connect with: the saved server with its password when there is one."""
    url = saved_server_url(store)
    if url is None:
        return None
    return passwords.with_password(url, saved_password(store))


def password_mode(store: StationStore | None = None) -> str:
    mode: str = _store(store).get(PASSWORD_MODE_KEY)
    return mode


def password_missing(store: StationStore | None = None) -> bool:
    """The saved server needs a password this computer does not have (ask for it)."""
    return (
        not environment_overrides()
        and saved_server_url(store) is not None
        and password_mode(store) != "none"
        and not saved_password(store)
    )


def save_database_url(url: str | None, store: StationStore | None = None) -> str:
    """Remember ``url`` for the next start (``None``: the embedded database). The password
    goes to the keyring, or is only kept in memory for this run; returns where it went:
    ``"none"``, ``"keyring"`` or ``"ask"``."""
    s = _store(store)
    old = saved_server_url(s)
    if not url:
        if old is not None:
            passwords.forget_password(old)
        s.update({DATABASE_URL_KEY: "", PASSWORD_MODE_KEY: "none"})
        return "none"
    bare, password = passwords.without_password(url)
    if old is not None and passwords.account(old) != passwords.account(bare):
        passwords.forget_password(old)
    if not password:
        mode = "none"
        passwords.forget_password(bare)
    elif passwords.save_password(bare, password):
        mode = "keyring"
    else:
        mode = "ask"
    if password:
        _typed[passwords.account(bare)] = password
    s.update({DATABASE_URL_KEY: bare, PASSWORD_MODE_KEY: mode})
    return mode


def remember_password(password: str, store: StationStore | None = None) -> None:
    """The password typed at start for the saved server, for this run."""
    url = saved_server_url(store)
    if url is not None:
        _typed[passwords.account(url)] = password


def forget_typed_passwords() -> None:
    _typed.clear()


def keyring_available() -> bool:
    return passwords.keyring_available()


def environment_overrides() -> bool:
    return bool(os.environ.get(DATABASE_URL_ENV, "").strip())


def configured_database_url(store: StationStore | None = None) -> str:
    """The database to open at start (see the module docstring for the order)."""
    if environment_overrides():
        return database_url()
    return saved_database_url(store) or database_url()
