"""Numbers typed into the shop's settings (labor rate, lock-out minutes, ...) are read as the
desks read them: full-width digits and punctuation from a Chinese input method, thousands
separators, a currency sign."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.domain.errors import ValidationError
from app.settings.registry import DecimalOption, IntOption

RATE = DecimalOption("t.rate", Decimal("120.00"), low=Decimal("0.01"), high=Decimal("99999.99"))
MINUTES = IntOption("t.minutes", 10, low=1, high=480)


@pytest.mark.parametrize(
    ("typed", "value"),
    [("１２０。５", "120.50"), ("¥1,200", "1200.00"), ("１，２００元", "1200.00"), ("88", "88.00")],
)
def test_a_decimal_setting_reads_any_width(typed, value):
    assert RATE.clean(typed) == Decimal(value)


@pytest.mark.parametrize(("typed", "value"), [("１５", 15), (" 15 ", 15), ("\u200b30", 30)])
def test_a_whole_number_setting_reads_any_width(typed, value):
    assert MINUTES.clean(typed) == value


@pytest.mark.parametrize("typed", ["", "abc", "1.5", "\x00", "NaN"])
def test_what_is_no_number_is_refused_not_raised(typed):
    option = MINUTES if typed != "NaN" else RATE
    with pytest.raises(ValidationError):
        option.clean(typed)
