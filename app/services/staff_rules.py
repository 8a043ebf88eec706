"""The staff page's input rules: logins, names, passwords, PINs, languages and roles, each
refused with a :class:`ValidationError` whose field is the parameter's name (so the setup
desk and the first-start wizard put the message next to the field)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from app.domain.enums import Role
from app.domain.errors import ValidationError, ValidationErrors
from app.domain.validation import check_text
from app.services.people import SYSTEM_LOGIN

LANGUAGES = ("zh_CN", "en")
LOGIN_PATTERN = re.compile(r"[A-Za-z0-9._-]{2,40}")
PASSWORD_MIN = 8
PASSWORD_MAX = 128
PIN_PATTERN = re.compile(r"[0-9]{4,8}")
NAME_MAX = 60
#: logins nobody may take (the account command lines act as)
RESERVED_LOGINS = frozenset({SYSTEM_LOGIN})


def role_order(role: Role) -> int:
    return list(Role).index(role)


def check_login(raw: str | None, field: str = "login") -> str:
    login = (raw or "").strip()
    if not login:
        raise ValidationError(field, "required", "this field is required", raw)
    if not LOGIN_PATTERN.fullmatch(login):
        raise ValidationError(
            field,
            "bad_login",
            "2 to 40 characters: letters A-Z, digits, dot, dash or underscore",
            raw,
            min_len=2,
            max_len=40,
        )
    if login.lower() in RESERVED_LOGINS:
        raise ValidationError(field, "reserved", f"{login!r} is reserved", raw)
    return login


def check_name(raw: str | None, field: str = "name") -> str:
    return check_text(raw, field, NAME_MAX, required=True)


def check_password(raw: str | None, field: str = "password") -> str:
    """At least eight characters, not all one character; kept as typed (no trimming)."""
    password = raw or ""
    if not password:
        raise ValidationError(field, "required", "this field is required")
    if len(password) < PASSWORD_MIN:
        raise ValidationError(
            field, "too_short", f"at least {PASSWORD_MIN} characters", min_len=PASSWORD_MIN
        )
    if len(password) > PASSWORD_MAX:
        raise ValidationError(
            field, "too_long", f"at most {PASSWORD_MAX} characters", max_len=PASSWORD_MAX
        )
    if len(set(password)) == 1:
        raise ValidationError(field, "one_character", "not the same character repeated")
    return password


def check_pin(raw: str | None, field: str = "pin") -> str:
    pin = (raw or "").strip()
    if not pin:
        raise ValidationError(field, "required", "this field is required")
    if not PIN_PATTERN.fullmatch(pin):
        raise ValidationError(field, "bad_pin", "4 to 8 digits", min_len=4, max_len=8)
    return pin


def check_language(raw: str | None, field: str = "language") -> str | None:
    if raw is None or raw == "":
        return None
    if raw not in LANGUAGES:
        raise ValidationError(
            field, "bad_language", f"one of {', '.join(LANGUAGES)}", raw, choices=LANGUAGES
        )
    return raw


def check_role(raw: Role | str | None, field: str = "role") -> Role:
    if raw is None or raw == "":
        raise ValidationError(field, "required", "this field is required", raw)
    try:
        return Role(raw)
    except ValueError:
        names = tuple(r.value for r in Role)
        raise ValidationError(
            field, "bad_role", f"one of {', '.join(names)}", raw, choices=names
        ) from None


def checked(errors: list[ValidationError], check: Any, *args: Any) -> Any:
    try:
        return check(*args)
    except ValidationError as err:
        errors.append(err)
        return None


def check_extra_roles(
    errors: list[ValidationError], raw: Iterable[Role | str], main: Role | None
) -> tuple[Role, ...]:
    roles: list[Role] = []
    for value in raw:
        role = checked(errors, check_role, value, "extra_roles")
        if role is not None and role != main and role not in roles:
            roles.append(role)
    return tuple(sorted(roles, key=role_order))


def valid(check: Any, value: Any) -> Any:
    """One field's check, refused as :class:`ValidationErrors` like a whole form."""
    errors: list[ValidationError] = []
    result = checked(errors, check, value)
    raise_if(errors)
    return result


def raise_if(errors: list[ValidationError]) -> None:
    if errors:
        raise ValidationErrors(errors)
