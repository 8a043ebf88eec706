"""Numbers typed with a Chinese input method in full-width mode (``４２０００``, ``５０。００``,
``１，２８０``) reach the core as the numbers they are: mileage, payment and refund amounts,
line quantities and prices, warranty terms."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from ui.cashier.payment_dialog import parse_amount
from ui.common.typed_numbers import WholeNumberValidator
from ui.models.reception_estimate import _decimal as estimate_decimal
from ui.models.workshop_finding import _decimal as finding_decimal
from ui.reception.intake_state import typed_int
from ui.reception.intake_visit import VisitStep
from ui.setup.numbers_page import NumbersPage


def commit(widget, text: str) -> None:
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


@pytest.mark.parametrize(
    ("typed", "shown"),
    [("４２０００", "42000"), ("42000", "42000"), ("４２,０００", "42,000"), ("abc", "")],
)
def test_a_whole_number_field_takes_full_width_digits(qtbot, typed, shown):
    field = QLineEdit()
    qtbot.addWidget(field)
    field.setValidator(WholeNumberValidator(0, 9_999_999, field))
    commit(field, typed)
    assert field.text() == shown


def test_the_visit_steps_mileage_takes_full_width_digits(qtbot, ctx):
    step = VisitStep(ctx)
    qtbot.addWidget(step)
    commit(step.mileage, "４２０００")
    assert step.mileage.text() == "42000" and typed_int(step.mileage.text()) == 42000


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("４２０００", 42000),
        ("４２，０００", 42000),
        ("42,000", 42000),
        ("", None),
        ("  ", None),
        ("abc", -1),
        ("4.5", -1),
        ("\x00", None),
    ],
)
def test_mileage_typed_is_read_in_any_width(typed, value):
    assert typed_int(typed) == value


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("５０。００", Decimal("50.00")),
        ("¥1,280.50", Decimal("1280.50")),
        ("￥１２８０．５", Decimal("1280.5")),
        ("1280元", Decimal("1280")),
        ("abc", None),
        ("-5", None),
        ("", None),
    ],
)
def test_payment_amounts_in_any_width(typed, amount):
    assert parse_amount(typed) == amount


@pytest.mark.parametrize("parse", [estimate_decimal, finding_decimal])
def test_line_quantities_and_prices_in_any_width(parse):
    assert parse("１。５") == Decimal("1.5")
    assert parse("１，２００") == Decimal("1200")
    assert parse("x") is None and parse("NaN") is None


def test_warranty_terms_in_any_width():
    assert NumbersPage._int("２４") == 24
    assert NumbersPage._int("１，０００") == 1000
    assert NumbersPage._int("²") == 2  # isdigit() said yes and int() raised
    assert NumbersPage._int("two") == "two"  # the service names it
    assert NumbersPage._int(" ") is None
