"""Column types shared by the models: money, quantities, UTC times, search keys."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Dialect, Enum, Numeric, String, TypeDecorator
from sqlalchemy.dialects import postgresql

#: Money: exact decimal with two places (rounding lives in app.domain.money).
Money = Numeric(12, 2, asdecimal=True)
#: Quantities: hours of labor or parts, three places.
Quantity = Numeric(10, 3, asdecimal=True)


def key_string(length: int) -> Any:
    """A search-key column: byte-order ("C") collation on PostgreSQL so that prefix range
    scans (``key >= 'ab' AND key < 'ac'``) use a plain b-tree index on both databases."""
    return String(length).with_variant(postgresql.VARCHAR(length, collation="C"), "postgresql")


class UTCDateTime(TypeDecorator[datetime]):
    """Timestamps are stored in UTC and always come back timezone-aware (UTC)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: Workbay stores only timezone-aware UTC times")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


def enum_type(enum_cls: type[Any], length: int) -> Enum:
    """A StrEnum stored as its value in a VARCHAR (no native DB enum: migrations stay simple)."""
    return Enum(
        enum_cls,
        native_enum=False,
        length=length,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )
