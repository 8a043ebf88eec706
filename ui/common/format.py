"""How money, quantities, counts and times look on screen (stored UTC, shown local)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from app.domain.money import parse_amount, round_money

#: the currency sign every amount on screen carries (the shop's money is yuan)
CURRENCY = "¥"


def money(value: Decimal | int | str | None) -> str:
    """The one way an amount shows on screen, in every desk, table and label, in either
    language: "¥1,234.50", "-¥20.00" (the sign before the currency), always two decimals,
    rounded as the books round (:func:`app.domain.money.round_money`). ``None`` or text
    that is no amount shows as ""."""
    if value is None:
        return ""
    if not isinstance(value, Decimal):
        parsed = parse_amount(value) if isinstance(value, str) else Decimal(value)
        if parsed is None:
            return ""
        value = parsed
    cents = round_money(value)
    sign = "-" if cents < 0 else ""
    return f"{sign}{CURRENCY}{abs(cents):,.2f}"


def amount_text(value: Decimal | None) -> str:
    """An amount as typed into a field ("1234.50": no sign, no grouping), to edit."""
    return "" if value is None else f"{round_money(value):.2f}"


def quantity(value: Decimal) -> str:
    text = f"{value.normalize():f}"
    return text


def local_time(value: datetime | None, with_date: bool = True) -> str:
    if value is None:
        return ""
    local = value.astimezone()
    return local.strftime("%Y-%m-%d %H:%M" if with_date else "%H:%M")


def short_time(value: datetime | None) -> str:
    """A stored UTC time on the station's clock: "14:30" today, "11-24 14:30" otherwise."""
    if value is None:
        return ""
    local = value.astimezone()
    if local.date() == datetime.now().astimezone().date():
        return local.strftime("%H:%M")
    return local.strftime("%m-%d %H:%M")
