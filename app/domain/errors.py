"""Typed domain errors.

Every error carries fields (which field, which value, why) so that the desktop client can
put a translated message next to the field that caused it. ``code`` is a stable key the
UI translates; ``str(err)`` is an English fallback for the command line and logs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class WorkbayError(Exception):
    """Base of all errors the core raises on purpose."""

    code: str = "error"

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message)
        self.message = message
        self.params = params


class ValidationError(WorkbayError):
    """One input value is refused; ``field`` names it, ``code`` says why."""

    def __init__(self, field: str, code: str, message: str, value: Any = None, **params: Any):
        super().__init__(message, **params)
        self.field = field
        self.code = code
        self.value = value

    def __repr__(self) -> str:
        return f"ValidationError(field={self.field!r}, code={self.code!r}, value={self.value!r})"


class ValidationErrors(WorkbayError):
    """Several fields refused at once (a form is checked whole before anything is written)."""

    code = "invalid"

    def __init__(self, errors: list[ValidationError]):
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in errors))
        self.errors = errors

    def for_field(self, name: str) -> ValidationError | None:
        return next((e for e in self.errors if e.field == name), None)


class NotFound(WorkbayError):
    code = "not_found"

    def __init__(self, what: str, key: Any):
        super().__init__(f"{what} {key!r} not found", what=what, key=key)
        self.what = what
        self.key = key


class IllegalTransition(WorkbayError):
    """The order is not in a state where the action is allowed."""

    code = "illegal_transition"

    def __init__(self, action: str, state: str, allowed_from: tuple[str, ...] = (), why: str = ""):
        msg = f"cannot {action} an order in state {state!r}"
        if why:
            msg += f": {why}"
        elif allowed_from:
            msg += f" (allowed from: {', '.join(allowed_from)})"
        super().__init__(msg, action=action, state=state, why=why)
        self.action = action
        self.state = state
        self.allowed_from = allowed_from
        self.why = why


class RuleViolation(WorkbayError):
    """A business rule refuses the action (e.g. release before full payment)."""

    def __init__(self, code: str, message: str, **params: Any):
        super().__init__(message, **params)
        self.code = code


@dataclass(frozen=True)
class ChangeNote:
    """One change another writer made since the version the caller had."""

    version: int
    action: str
    summary: str
    user: str
    station: str
    at: Any


@dataclass
class _ConflictInfo:
    entity: str
    entity_id: int
    expected_version: int
    actual_version: int
    changes: list[ChangeNote] = field(default_factory=list)


class ConflictError(WorkbayError):
    """Optimistic version check failed: someone else saved first.

    ``changes`` lists what they did since ``expected_version`` (who, where, when, what), so the
    user can re-apply their input knowingly; nothing was written by the refused call.
    """

    code = "conflict"

    def __init__(
        self,
        entity: str,
        entity_id: int,
        expected_version: int,
        actual_version: int,
        changes: list[ChangeNote] | None = None,
    ):
        changes = changes or []
        what = "; ".join(f"{c.summary} ({c.user} @ {c.station})" for c in changes) or "unknown"
        super().__init__(
            f"{entity} {entity_id} was changed by someone else "
            f"(you had version {expected_version}, now {actual_version}): {what}"
        )
        self.entity = entity
        self.entity_id = entity_id
        self.expected_version = expected_version
        self.actual_version = actual_version
        self.changes = changes


class SchemaTooNew(WorkbayError):
    code = "schema_too_new"

    def __init__(self, db_revision: str, app_head: str):
        super().__init__(
            f"the database schema ({db_revision}) is newer than this Workbay ({app_head}); "
            "update Workbay on this station before connecting",
            db_revision=db_revision,
            app_head=app_head,
        )
        self.db_revision = db_revision
        self.app_head = app_head


class DatabaseUnavailable(WorkbayError):
    code = "db_unavailable"


class DatabaseBusy(DatabaseUnavailable):
    """Another station held what this call needed (a row, the day's document counter) for
    longer than a station waits (about 2 s): nothing was written. Like an unreachable
    database, the action is kept and sent again with its request id."""

    code = "db_busy"


class AccessDenied(WorkbayError):
    """The signed-in user's roles do not hold the right the action needs.

    ``approvable`` says the action would be allowed with the approval of a holder of the
    right (say a service manager's PIN), which the desk then asks for on the same screen.
    """

    code = "forbidden"

    def __init__(self, permission: str, roles: tuple[str, ...], *, approvable: bool = False):
        need = "a manager's approval" if approvable else "the right"
        super().__init__(
            f"{need} to {permission!r} is needed (roles: {', '.join(roles) or 'none'})",
            permission=permission,
            roles=roles,
            approvable=approvable,
        )
        self.permission = permission
        self.roles = roles
        self.approvable = approvable
        if approvable:
            self.code = "approval_required"


class SignInRefused(WorkbayError):
    """Sign-in, PIN or staff card refused: ``code`` is ``bad_credentials``, ``locked``
    (``until`` says when it opens again), ``inactive`` or ``no_pin``."""

    def __init__(self, code: str, message: str, **params: Any):
        super().__init__(message, **params)
        self.code = code
