"""The settings registry: every setting of Workbay declared once, with its type, default,
validation and scope (after Picard's ``options.py``).

A declaration is an :class:`Option`. It turns what a user, a command line or a stored text
gives into the typed value (:meth:`Option.clean`, raising :class:`ValidationError` with the
setting's key as the field), and the typed value into the text the stores keep
(:meth:`Option.to_text` / :meth:`Option.from_text`). Where the value lives is its
:class:`Scope`: the database, installation-wide (branch 0) or per branch, or this computer
(:mod:`app.settings.station`).

The declarations themselves are in :mod:`app.settings.declared`.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import re
from collections.abc import Callable, Iterator
from decimal import Decimal, InvalidOperation
from enum import Enum, StrEnum
from typing import Any, ClassVar

from app.domain.errors import ValidationError
from app.domain.text import number_text

log = logging.getLogger(__name__)


class Scope(StrEnum):
    INSTALLATION = "installation"  # database, branch_id 0: the same for every branch
    BRANCH = "branch"  # database, the actor's branch (its shop profile, prices, numbers)
    STATION = "station"  # this computer's own file (language, printers, connection)


class Option:
    """One declared setting. Subclasses say how a value is checked and written as text."""

    kind: ClassVar[str] = "text"

    def __init__(
        self, key: str, default: Any, scope: Scope = Scope.BRANCH, *, secret: bool = False
    ):
        self.key = key
        self.default = default
        self.scope = scope
        #: never read or written through the settings services (the installation secret)
        self.secret = secret

    # -- the three conversions -----------------------------------------------------------

    def clean(self, value: Any) -> Any:
        """The typed value of ``value`` (typed already, or its text), or ValidationError."""
        raise NotImplementedError

    def to_text(self, value: Any) -> str:
        return str(value)

    def from_text(self, text: str | None) -> Any:
        """What a store's text means; text that no longer validates reads as the default
        (a store written by another version must not stop the shop)."""
        if text is None:
            return self.default
        try:
            return self.clean(self._parse_text(text))
        except (ValidationError, ValueError, TypeError):
            log.warning(
                "setting %s: stored value %r is not valid, using the default", self.key, text
            )
            return self.default

    def _parse_text(self, text: str) -> Any:
        return text

    def error(self, code: str, message: str, value: Any = None, **params: Any) -> ValidationError:
        return ValidationError(self.key, code, message, value, **params)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.key!r}, default={self.default!r}, {self.scope})"


class TextOption(Option):
    """A line of text: trimmed, at most ``max_length`` characters, optionally ``pattern``."""

    def __init__(
        self,
        key: str,
        default: str = "",
        scope: Scope = Scope.BRANCH,
        *,
        max_length: int = 200,
        pattern: str | None = None,
        check: Callable[[Option, str], None] | None = None,
        secret: bool = False,
    ):
        super().__init__(key, default, scope, secret=secret)
        self.max_length = max_length
        self.pattern = re.compile(pattern) if pattern else None
        self.check = check

    def clean(self, value: Any) -> str:
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise self.error("not_text", "must be text", value)
        value = value.strip()
        if len(value) > self.max_length:
            raise self.error(
                "too_long", f"at most {self.max_length} characters", value, max=self.max_length
            )
        if value and self.pattern is not None and not self.pattern.fullmatch(value):
            raise self.error("bad_format", "is not in the expected format", value)
        if value and self.check is not None:
            self.check(self, value)
        return value


class ChoiceOption(Option):
    """One of a closed list of text values."""

    kind = "choice"

    def __init__(
        self, key: str, default: str, choices: tuple[str, ...], scope: Scope = Scope.BRANCH
    ):
        super().__init__(key, default, scope)
        self.choices = choices

    def clean(self, value: Any) -> str:
        value = value.value if isinstance(value, Enum) else value
        if value not in self.choices:
            raise self.error(
                "not_a_choice", f"must be one of {', '.join(self.choices)}", value,
                choices=self.choices,
            )  # fmt: skip
        return str(value)


class EnumOption(Option):
    """A member of a string enum, stored as its value."""

    kind = "enum"

    def __init__(self, key: str, default: StrEnum, scope: Scope = Scope.BRANCH):
        super().__init__(key, default, scope)
        self.enum = type(default)

    def clean(self, value: Any) -> StrEnum:
        try:
            return self.enum(value)
        except ValueError:
            choices = tuple(m.value for m in self.enum)
            raise self.error(
                "not_a_choice", f"must be one of {', '.join(choices)}", value, choices=choices
            ) from None

    def to_text(self, value: Any) -> str:
        return str(value.value)


class IntOption(Option):
    kind = "int"

    def __init__(self, key: str, default: int, scope: Scope = Scope.BRANCH, *, low: int, high: int):
        super().__init__(key, default, scope)
        self.low, self.high = low, high

    def clean(self, value: Any) -> int:
        if isinstance(value, bool):
            raise self.error("not_a_number", "must be a whole number", value)
        if isinstance(value, str):
            try:
                value = int(number_text(value))  # full-width digits, 1,000
            except ValueError:
                raise self.error("not_a_number", "must be a whole number", value) from None
        if not isinstance(value, int):
            raise self.error("not_a_number", "must be a whole number", value)
        if not self.low <= value <= self.high:
            raise self.error(
                "out_of_range", f"must be between {self.low} and {self.high}", value,
                min=self.low, max=self.high,
            )  # fmt: skip
        return value


class DecimalOption(Option):
    """Money or a percentage: exact, ``places`` decimal places, between ``low`` and ``high``."""

    kind = "decimal"

    def __init__(
        self,
        key: str,
        default: Decimal,
        scope: Scope = Scope.BRANCH,
        *,
        low: Decimal,
        high: Decimal,
        places: int = 2,
    ):
        super().__init__(key, default, scope)
        self.low, self.high, self.places = low, high, places

    def clean(self, value: Any) -> Decimal:
        return clean_decimal(self, value, self.low, self.high, self.places)

    def to_text(self, value: Any) -> str:
        return f"{value:.{self.places}f}"


class BytesOption(Option):
    """Binary data (a picture, a window geometry), kept as base64 text; ``None`` if unset."""

    kind = "bytes"

    def __init__(
        self,
        key: str,
        scope: Scope = Scope.BRANCH,
        *,
        max_size: int,
        check: Callable[[Option, bytes], None] | None = None,
    ):
        super().__init__(key, None, scope)
        self.max_size = max_size
        self.check = check

    def clean(self, value: Any) -> bytes | None:
        if value is None or value == b"" or value == "":
            return None
        if isinstance(value, str):
            try:
                value = base64.b64decode(value, validate=True)
            except (binascii.Error, ValueError):
                raise self.error("not_base64", "is not base64 data", value) from None
        if not isinstance(value, bytes | bytearray):
            raise self.error("not_bytes", "must be binary data", type(value).__name__)
        value = bytes(value)
        if len(value) > self.max_size:
            raise self.error(
                "too_large", f"at most {self.max_size} bytes", len(value),
                size=len(value), max=self.max_size,
            )  # fmt: skip
        if self.check is not None:
            self.check(self, value)
        return value

    def to_text(self, value: Any) -> str:
        return base64.b64encode(value).decode("ascii") if value else ""


class StructOption(Option):
    """A structured value (lists, maps, records), kept as JSON. ``parse`` turns the plain
    JSON form (or a typed value) into the typed value, raising ValidationError; ``plain``
    turns it back into JSON-able data."""

    kind = "json"

    def __init__(
        self,
        key: str,
        default: Any,
        scope: Scope = Scope.BRANCH,
        *,
        parse: Callable[[Option, Any], Any],
        plain: Callable[[Any], Any],
    ):
        super().__init__(key, default, scope)
        self._parse = parse
        self._plain = plain

    def clean(self, value: Any) -> Any:
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError:
                # "cash,wechat" (a command line's list) goes to the parser as it is
                if value.lstrip()[:1] in ("[", "{"):
                    raise self.error("not_json", "is not valid JSON", value) from None
        return self._parse(self, value)

    def to_text(self, value: Any) -> str:
        return json.dumps(self._plain(value), ensure_ascii=False, sort_keys=True)

    def plain(self, value: Any) -> Any:
        return self._plain(value)


def clean_decimal(
    option: Option, value: Any, low: Decimal, high: Decimal, places: int = 2, what: str = ""
) -> Decimal:
    """``value`` as an exact Decimal with ``places`` places; floats are refused (binary
    fractions are not money)."""
    field = what or option.key
    if isinstance(value, float | bool):
        raise ValidationError(field, "not_a_number", "must be an exact number", value)
    try:
        number = value if isinstance(value, Decimal) else Decimal(number_text(value, currency=True))
    except (InvalidOperation, ValueError):
        raise ValidationError(field, "not_a_number", "must be a number", value) from None
    if not number.is_finite():
        raise ValidationError(field, "not_a_number", "must be a number", value)
    quantum = Decimal(1).scaleb(-places)
    if number != number.quantize(quantum):
        raise ValidationError(
            field, "too_many_places", f"at most {places} decimal places", value,
            places=places,
        )  # fmt: skip
    if not low <= number <= high:
        raise ValidationError(
            field, "out_of_range", f"must be between {low} and {high}", value,
            min=low, max=high,
        )  # fmt: skip
    return number.quantize(quantum)


class Registry:
    """The declared settings by key; declaring a key twice is a programming error."""

    def __init__(self) -> None:
        self._options: dict[str, Option] = {}

    def declare(self, *options: Option) -> None:
        for option in options:
            if option.key in self._options:
                raise ValueError(f"setting {option.key!r} is declared twice")
            self._options[option.key] = option

    def __getitem__(self, key: str) -> Option:
        option = self._options.get(key)
        if option is None:
            raise ValidationError(key, "unknown_setting", "no such setting", key)
        return option

    def get(self, key: str) -> Option | None:
        return self._options.get(key)

    def __contains__(self, key: object) -> bool:
        return key in self._options

    def __iter__(self) -> Iterator[Option]:
        return iter(self._options.values())

    def keys(self, scope: Scope | None = None, *, secret: bool = False) -> list[str]:
        return [
            o.key
            for o in self._options.values()
            if (scope is None or o.scope is scope) and (secret or not o.secret)
        ]

    def clean_all(self, values: dict[str, Any]) -> dict[str, Any]:
        """Every value checked; one ValidationErrors naming every bad key, else the typed
        values."""
        from app.domain.errors import ValidationErrors

        typed: dict[str, Any] = {}
        errors: list[ValidationError] = []
        for key, value in values.items():
            try:
                typed[key] = self[key].clean(value)
            except ValidationError as err:
                errors.append(err)
            except ValidationErrors as errs:
                errors.extend(errs.errors)
        if errors:
            raise ValidationErrors(errors)
        return typed
