"""How money, quantities and times look on screen (stored UTC, shown local)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal


def money(value: Decimal | None) -> str:
    if value is None:
        return ""
    return f"¥{value:,.2f}"


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
