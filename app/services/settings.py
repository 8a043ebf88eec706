"""The shared settings (the registry's INSTALLATION and BRANCH scopes) in the database.

Every station reads the same values; :func:`write_settings` is the one way the setup desk
and ``python -m app shop set`` change them: it checks the right (``Permission.SETUP``),
every value against its declaration, each setting's version (two managers saving the same
setting are told, not overwritten), writes the audit log (before -> after) and tells every
station through the change feed. The installation secret is never read or written here.

``get_setting`` / ``put_setting`` are the raw text access other services use inside their
own transactions (``setting`` gives the typed value).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, bindparam, event, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from app.db.changes import Entity, RecordAction, record_change
from app.domain.enums import SettlementRounding
from app.domain.errors import ChangeNote, ConflictError, ValidationError, ValidationErrors
from app.domain.models import DEFAULT_BRANCH_ID, INSTALLATION, AuditEntry, Setting
from app.services.context import ServiceContext
from app.settings.declared import (
    CONCEALED,
    CONCEALED_MASK,
    CROSS_CHECKED,
    SECRET,
    SETTINGS,
    SHOP_PROFILE_KEYS,
    cross_check,
)
from app.settings.registry import BytesOption, Option, Scope, StructOption

ROUNDING_KEY = "settlement.rounding"
SECRET_KEY = SECRET  # installation-wide (branch 0)
SHOP_KEYS = SHOP_PROFILE_KEYS
#: the database's settings, as read_settings() returns them by default
DATABASE_SCOPES = (Scope.INSTALLATION, Scope.BRANCH)


def _branch_of(key: str, branch_id: int) -> int:
    option = SETTINGS.get(key)
    return INSTALLATION if option is not None and option.scope is Scope.INSTALLATION else branch_id


#: ``session.info`` key: the (branch, key) pairs this transaction found not stored (a setting
#: at its default is read once per transaction, not on every use)
_ABSENT_KEY = "workbay_settings_absent"


def _stored(session: Session, branch_id: int, key: str) -> Setting | None:
    """The stored row of ``key`` (a stored row stays in the session's identity map; one
    found missing is remembered until a setting is added in this session)."""
    absent: set[tuple[int, str]] = session.info.setdefault(_ABSENT_KEY, set())
    if (branch_id, key) in absent:
        return None
    row = session.get(Setting, (branch_id, key))
    if row is None:
        absent.add((branch_id, key))
    return row


@event.listens_for(Session, "transient_to_pending")
def _forget_absent(session: Session, obj: object) -> None:
    if isinstance(obj, Setting):
        session.info.pop(_ABSENT_KEY, None)


def get_setting(
    session: Session, key: str, default: str | None = None, branch_id: int = DEFAULT_BRANCH_ID
) -> str | None:
    """The stored text of ``key`` (installation-wide keys are found in branch 0 whatever
    ``branch_id`` says); else ``default``, else the declared default's text (None if empty)."""
    row = _stored(session, _branch_of(key, branch_id), key)
    if row is not None:
        return row.value
    if default is not None:
        return default
    option = SETTINGS.get(key)
    if option is None or option.secret or option.scope is Scope.STATION:
        return None
    return option.to_text(option.default) or None


def stored_texts(
    session: Session, keys: Iterable[str], branch_id: int = DEFAULT_BRANCH_ID
) -> dict[str, str | None]:
    """The stored text of each of ``keys`` (None: not stored). Those this transaction has not
    read yet are read in one statement, and stay known to it: :func:`setting` and
    :func:`get_setting` of them read nothing more (a call that needs several settings reads
    them together first)."""
    absent: set[tuple[int, str]] = session.info.setdefault(_ABSENT_KEY, set())
    wanted = {key: (_branch_of(key, branch_id), key) for key in keys}
    unknown = [
        pk
        for pk in wanted.values()
        if pk not in absent and identity_key(Setting, pk) not in session.identity_map
    ]
    if unknown:
        by_branch: dict[int, list[str]] = {}
        for branch, key in unknown:
            by_branch.setdefault(branch, []).append(key)
        found = session.scalars(
            select(Setting).where(
                or_(
                    *(
                        and_(Setting.branch_id == b, Setting.key.in_(ks))
                        for b, ks in by_branch.items()
                    )
                )
            )
        )
        seen = {(row.branch_id, row.key) for row in found}
        absent.update(pk for pk in unknown if pk not in seen)
    texts: dict[str, str | None] = {}
    for key, (branch, _) in wanted.items():
        row = _stored(session, branch, key)
        texts[key] = row.value if row is not None else None
    return texts


def setting(session: Session, key: str, branch_id: int = DEFAULT_BRANCH_ID) -> Any:
    """The typed value of a declared database setting (its default when not stored)."""
    option = SETTINGS[key]
    row = _stored(session, _branch_of(key, branch_id), key)
    return option.from_text(row.value if row is not None else None)


def stored_text(key: str, branch_id: int = DEFAULT_BRANCH_ID) -> Any:
    """A scalar subquery of ``key``'s stored text (NULL when not stored): read inside
    another statement (:func:`setting_of_text` makes it the typed value)."""
    return (
        select(Setting.value)
        .where(Setting.branch_id == _branch_of(key, branch_id), Setting.key == key)
        .scalar_subquery()
    )


def stored_text_bound(key: str, branch_param: str) -> tuple[Any, Callable[[int], int]]:
    """:func:`stored_text` for a statement built once: the branch is the bind parameter
    ``branch_param``, whose value the returned function gives for a branch."""
    table: Any = Setting.__table__  # the table's columns: a plain statement stays plain
    subquery = (
        select(table.c.value)
        .where(table.c.branch_id == bindparam(branch_param), table.c.key == key)
        .scalar_subquery()
    )
    return subquery, lambda branch_id: _branch_of(key, branch_id)


def setting_of_text(key: str, text: str | None) -> Any:
    """The typed value of ``key`` from its stored text (None: its default)."""
    return SETTINGS[key].from_text(text)


def put_setting(session: Session, key: str, value: str, branch_id: int = DEFAULT_BRANCH_ID) -> None:
    """Store raw text (no check, no audit): for the core's own bookkeeping."""
    branch_id = _branch_of(key, branch_id)
    row = session.get(Setting, (branch_id, key))
    if row is None:
        session.add(Setting(branch_id=branch_id, key=key, value=value))
    else:
        row.value = value
        row.version += 1


def rounding_mode(session: Session, branch_id: int = DEFAULT_BRANCH_ID) -> SettlementRounding:
    """How the branch's statements round the customer's total."""
    mode: SettlementRounding = setting(session, ROUNDING_KEY, branch_id)
    return mode


def installation_secret(session: Session) -> bytes:
    """Per-installation secret (signs pickup tokens); created on first use, shared by all
    stations of the installation because it lives in the shared database."""
    value = session.scalar(
        select(Setting.value).where(Setting.branch_id == INSTALLATION, Setting.key == SECRET_KEY)
    )
    if value is None:
        value = secrets.token_hex(32)
        session.add(Setting(branch_id=INSTALLATION, key=SECRET_KEY, value=value))
        session.flush()
    return bytes.fromhex(value)


# -- the service API -------------------------------------------------------------------------


@dataclass(frozen=True)
class SettingsSnapshot:
    """Typed values and their versions (0: never saved, the default applies)."""

    values: dict[str, Any]
    versions: dict[str, int]


def _database_keys(keys: list[str] | tuple[str, ...] | None) -> tuple[list[str], list[str]]:
    """(database keys, station keys) asked for; unknown or secret keys are refused."""
    if keys is None:
        return [k for s in DATABASE_SCOPES for k in SETTINGS.keys(s)], []
    errors: list[ValidationError] = []
    db_keys, station_keys = [], []
    for key in keys:
        option = SETTINGS.get(key)
        if option is None:
            errors.append(ValidationError(key, "unknown_setting", "no such setting", key))
        elif option.secret:
            errors.append(ValidationError(key, "secret", "cannot be read or set", None))
        elif option.scope is Scope.STATION:
            station_keys.append(key)
        else:
            db_keys.append(key)
    if errors:
        raise ValidationErrors(errors)
    return db_keys, station_keys


def _rows(session: Session, branch_id: int, keys: list[str]) -> dict[str, Setting]:
    wanted = {(_branch_of(k, branch_id), k) for k in keys}
    branches = {b for b, _ in wanted}
    stmt = select(Setting).where(Setting.branch_id.in_(branches), Setting.key.in_(keys))
    if session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    return {r.key: r for r in session.scalars(stmt) if (r.branch_id, r.key) in wanted}


def settings_snapshot(ctx: ServiceContext, keys: list[str] | None = None) -> SettingsSnapshot:
    db_keys, station_keys = _database_keys(keys)
    with ctx.db.read() as session:
        rows = _rows(session, ctx.actor.branch_id, db_keys)
    values = {k: SETTINGS[k].from_text(rows[k].value if k in rows else None) for k in db_keys}
    for key in CONCEALED & set(values):
        values[key] = CONCEALED_MASK if values[key] else ""
    versions = {k: rows[k].version if k in rows else 0 for k in db_keys}
    if station_keys:
        from app.settings.station import station_store

        store = station_store()
        values.update({k: store.get(k) for k in station_keys})
    return SettingsSnapshot(values, versions)


def read_settings(ctx: ServiceContext, keys: list[str] | None = None) -> dict[str, Any]:
    """Typed values: every shared setting, or ``keys`` (STATION keys come from this
    computer's store)."""
    return settings_snapshot(ctx, keys).values


def _audit_form(option: Option, value: Any) -> Any:
    if option.key in CONCEALED:
        return "(set)" if value else None
    if isinstance(option, BytesOption):
        return f"{len(value)} bytes" if value else None
    if isinstance(option, StructOption):
        return option.plain(value)
    return option.to_text(value)


def changes_of(session: Session, key: str, version: int) -> list[ChangeNote]:
    """Who saved ``key`` (or a key starting with it) last: the audit log keeps every change
    of a setting."""
    entry = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity == "settings", AuditEntry.after.contains(f'"{key}'))
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    if entry is None:
        return []
    return [
        ChangeNote(
            version, entry.action, entry.summary, entry.user_name, entry.station_name, entry.at
        )
    ]


def write_settings(
    ctx: ServiceContext, values: dict[str, Any], versions: dict[str, int] | None = None
) -> dict[str, int]:
    """Save shared settings as one change; returns their new versions.

    Refused whole: AccessDenied without ``Permission.SETUP``; ValidationErrors naming every
    bad key (unknown, secret, station-only or invalid value); ConflictError when a key's
    version in ``versions`` is not the stored one (0 = "never saved")."""
    from app.domain.permissions import Permission
    from app.services.access import require
    from app.services.audit import audit

    with ctx.db.write() as session:
        require(session, ctx, Permission.SETUP)
        db_keys, station_keys = _database_keys(list(values))
        errors = [
            ValidationError(k, "station_setting", "kept on each station, not shared", None)
            for k in station_keys
        ]
        try:
            typed = SETTINGS.clean_all({k: values[k] for k in db_keys})
        except ValidationErrors as bad:
            errors = bad.errors + errors
            typed = {}
        if errors:
            raise ValidationErrors(errors)
        related = sorted({*db_keys, *CROSS_CHECKED})  # rules between keys see the stored ones
        rows = _rows(session, ctx.actor.branch_id, related)
        for key, expected in (versions or {}).items():
            if key not in typed:
                continue
            actual = rows[key].version if key in rows else 0
            if actual != expected:
                raise ConflictError(
                    f"setting {key}", 0, expected, actual, changes_of(session, key, actual)
                )
        current = {
            k: SETTINGS[k].from_text(rows[k].value if k in rows else None)
            for k in {*typed, *CROSS_CHECKED}
        }
        broken = cross_check({**current, **typed}) if set(typed) & set(CROSS_CHECKED) else []
        if broken:
            raise ValidationErrors(
                [ValidationError(key, code, message, value) for key, code, message, value in broken]
            )
        before: dict[str, Any] = {}
        after: dict[str, Any] = {}
        for key, value in typed.items():
            option = SETTINGS[key]
            text = option.to_text(value)
            row = rows.get(key)
            if row is not None and row.value == text:
                continue
            if row is None and value == option.default:
                continue  # saving the default over nothing changes nothing
            before[key] = _audit_form(option, current[key])
            after[key] = _audit_form(option, value)
            if row is None:
                row = Setting(branch_id=_branch_of(key, ctx.actor.branch_id), key=key, value=text)
                session.add(row)
                rows[key] = row
            else:
                row.value = text
                row.version += 1
        session.flush()
        if after:
            audit(
                session, ctx, "settings.update", "settings", 0,
                summary="changed " + ", ".join(sorted(after)), before=before, after=after,
            )  # fmt: skip
            record_change(
                session,
                Entity.SETTINGS,
                0,
                RecordAction.UPDATE,
                None,
                ctx.actor.station_id,
                ctx.actor.branch_id,
            )
        return {k: rows[k].version if k in rows else 0 for k in typed}


def settings_of(
    session: Session, keys: Iterable[str], branch_id: int = DEFAULT_BRANCH_ID
) -> dict[str, Any]:
    """The typed values of several declared database settings, read with one statement
    (each its default when not stored)."""
    wanted = {key: (_branch_of(key, branch_id), key) for key in keys}
    stmt = select(Setting.branch_id, Setting.key, Setting.value).where(
        Setting.branch_id.in_({b for b, _ in wanted.values()}),
        Setting.key.in_(list(wanted)),
    )
    stored = {(b, k): v for b, k, v in session.execute(stmt)}
    return {key: SETTINGS[key].from_text(stored.get(where)) for key, where in wanted.items()}
