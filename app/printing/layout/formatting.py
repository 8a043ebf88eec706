"""How values look on paper: money, quantities, local times, escaped paragraph text."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from app.domain.money import round_money


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as XML entities (what ``xml.sax.saxutils.escape`` does, whose
    import brings urllib and http.client into a one-shot print)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def money(value: Decimal | None) -> str:
    """``1234.5`` -> ``1,234.50`` (always two places; never via float)."""
    if value is None:
        return ""
    return f"{round_money(value):,.2f}"


def yuan(value: Decimal | None) -> str:
    return "" if value is None else "¥" + money(value)


def quantity(value: Decimal) -> str:
    """``1.500`` -> ``1.5``, ``2.000`` -> ``2``."""
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def percent(value: Decimal) -> str:
    return quantity(value) + "%" if value else ""


def when(value: datetime | None) -> str:
    """A stored UTC time as the shop's local time, to the minute."""
    if value is None:
        return ""
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def day(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone().date()
    return value.strftime("%Y-%m-%d")


def km(value: int | None) -> str:
    return "" if value is None else f"{value:,} km"


def text(value: object) -> str:
    """Data as paragraph markup: escaped, line breaks kept."""
    if value is None:
        return ""
    return escape(str(value)).replace("\n", "<br/>")
