"""The database password of a shared server: kept in the OS keyring when this computer has
one, otherwise not kept at all (asked for at start). Never written to a file in clear.

``keyring`` picks the platform's store (Windows Credential Locker, macOS Keychain, the
Secret Service on a Linux desktop); where there is none it falls back to a backend that
fails every call, which is what :func:`keyring_available` detects.
"""

from __future__ import annotations

import logging

from sqlalchemy.engine import URL, make_url

log = logging.getLogger(__name__)

SERVICE = "Workbay database"


def keyring_available() -> bool:
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:  # pragma: no cover - a dependency
        return False
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return False
    try:
        return float(getattr(backend, "priority", 1)) > 0
    except Exception:  # a backend whose priority check itself fails is not usable
        return False


def account(url: str | URL) -> str:
    """The keyring's user name for a server: ``user@host:port/database``."""
    u = make_url(url) if isinstance(url, str) else url
    return f"{u.username or ''}@{u.host or ''}:{u.port or 5432}/{u.database or ''}"


def without_password(url: str) -> tuple[str, str]:
    """(the URL with no password in it, the password or "")."""
    u = make_url(url)
    password = u.password or ""
    if password:
        u = u._replace(password=None)
    return u.render_as_string(hide_password=False), str(password)


def save_password(url: str, password: str) -> bool:
    """Keep ``password`` for ``url``'s server; ``False`` if this computer has no keyring
    (then nothing is kept)."""
    if not keyring_available():
        return False
    import keyring

    try:
        if password:
            keyring.set_password(SERVICE, account(url), password)
        else:
            forget_password(url)
    except Exception as exc:  # a locked or broken keyring: keep nothing, say so
        log.warning("cannot keep the database password in the keyring: %s", exc)
        return False
    return True


def saved_password(url: str) -> str:
    if not keyring_available():
        return ""
    import keyring

    try:
        return keyring.get_password(SERVICE, account(url)) or ""
    except Exception as exc:
        log.warning("cannot read the database password from the keyring: %s", exc)
        return ""


def forget_password(url: str) -> None:
    if not keyring_available():
        return
    import keyring
    from keyring.errors import PasswordDeleteError

    try:
        keyring.delete_password(SERVICE, account(url))
    except PasswordDeleteError:
        pass
    except Exception as exc:
        log.warning("cannot remove the database password from the keyring: %s", exc)


def with_password(url: str, password: str) -> str:
    if not password:
        return url
    return make_url(url).set(password=password).render_as_string(hide_password=False)
