"""Amounts on screen are written one way, ¥1,234.50, in either language: the sign before
the currency, grouping, always two decimals, rounded half up as the books are; counts say
"1 line" and "2 lines" through Qt's plural forms."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ui.common import format as fmt


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (Decimal("1234.5"), "¥1,234.50"),
        (Decimal("0"), "¥0.00"),
        (Decimal("12"), "¥12.00"),
        (Decimal("-20"), "-¥20.00"),
        (Decimal("1234567.891"), "¥1,234,567.89"),
        (Decimal("0.005"), "¥0.01"),  # half up, as the books round
        (Decimal("2.675"), "¥2.68"),
        (Decimal("-0.001"), "¥0.00"),  # no "-¥0.00"
        (7, "¥7.00"),
        ("1,280.5", "¥1,280.50"),
        ("￥８０", "¥80.00"),  # full-width, from a Chinese input method
        ("abc", ""),
        (None, ""),
    ],
)
def test_money_has_one_form(value, shown):
    assert fmt.money(value) == shown


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_money_is_the_same_in_both_languages(qapp, language):
    from ui.shell import i18n

    try:
        i18n.install(language)
        assert fmt.money(Decimal("1234.5")) == "¥1,234.50"
    finally:
        i18n.install("en")


def test_amount_to_edit_is_plain():
    assert fmt.amount_text(Decimal("1234.5")) == "1234.50"
    assert fmt.amount_text(None) == ""
