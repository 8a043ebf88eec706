"""Service arguments to JSON and back, exactly: the outbox keeps typed input on disk.

Decimals, dates and times are tagged (``{"$decimal": "12.50"}``) so they come back as the
same type and value, never through float; dataclasses and enums are rebuilt from the
service function's own type hints.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

_TAGS: dict[str, Callable[[str], Any]] = {
    "$decimal": Decimal,
    "$datetime": datetime.fromisoformat,
    "$date": date.fromisoformat,
}


def encode(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str | float):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [encode(v) for v in value]
    raise TypeError(f"cannot keep a {type(value).__name__} in the outbox")


def decode(value: Any, hint: Any) -> Any:
    if isinstance(value, dict) and len(value) == 1:
        tag, raw = next(iter(value.items()))
        if tag in _TAGS:
            return _TAGS[tag](raw)
    if value is None or hint is Any:
        return value
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        for option in options:
            if isinstance(value, dict) and dataclasses.is_dataclass(option):
                return decode(value, option)
            if isinstance(option, type) and issubclass(option, Enum):
                try:
                    return option(value)
                except ValueError:
                    continue
        return value
    if origin in (list, tuple):
        (item,) = typing.get_args(hint)[:1]
        return [decode(v, item) for v in value]
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        hints = typing.get_type_hints(hint)
        return hint(**{k: decode(v, hints[k]) for k, v in value.items() if k in hints})
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint(value)
    return value


def encode_args(fn: Callable[..., Any], kwargs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(fn)
    unknown = set(kwargs) - set(hints)
    if unknown:
        raise TypeError(f"{fn.__name__} takes no {', '.join(sorted(unknown))}")
    return {k: encode(v) for k, v in kwargs.items()}


def decode_args(fn: Callable[..., Any], data: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(fn)
    return {k: decode(v, hints[k]) for k, v in data.items()}
