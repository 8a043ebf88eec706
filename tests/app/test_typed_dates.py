"""Dates typed at a desk (purchase and invoice dates): the core reads the forms people type,
full-width digits too, refuses what is no date and a date in the future, next to the field."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.domain.errors import ValidationError, ValidationErrors
from app.domain.validation import check_date
from app.services import customers
from app.services.inputs import AssetInput
from tests.factories import customer, vehicle


@pytest.mark.parametrize(
    "typed",
    [
        "2026-03-01",
        "2026/3/1",
        "2026.3.1",
        "20260301",
        " 2026-3-1 ",
        "２０２６－０３－０１",
        "２０２６/３/１",
        "2026年3月1日",
        "２０２６年３月１日",
    ],
)
def test_the_forms_of_a_date(typed: str):
    assert check_date(typed, "purchase_date") == date(2026, 3, 1)


@pytest.mark.parametrize("blank", [None, "", "   ", "\u200b"])
def test_blank_is_unknown(blank):
    assert check_date(blank, "purchase_date") is None


@pytest.mark.parametrize(
    "typed",
    ["2026-02-30", "2026/13/1", "2026-03", "1/3/2026", "202603011", "yesterday", "٢٠٢٦0301"],
)
def test_what_is_no_date_is_refused(typed: str):
    with pytest.raises(ValidationError) as info:
        check_date(typed, "invoice_date")
    assert (info.value.field, info.value.code) == ("invoice_date", "date_format")


def test_29_february_exists_in_a_leap_year_only():
    assert check_date("2024-02-29", "d") == date(2024, 2, 29)
    with pytest.raises(ValidationError):
        check_date("2025-02-29", "d")


def test_an_asset_saved_with_typed_dates_and_refused_in_the_future(db, ctx):
    owner = customers.create_customer(ctx, customer())
    asset = customers.create_asset(ctx, owner.id, vehicle("粤B7D001"))
    typed = AssetInput(**{**vehicle("粤B7D001").__dict__})
    typed.purchase_date = "２０２４/３/１"
    typed.invoice_date = "20240302"
    saved = customers.update_asset(ctx, asset.id, typed, version=asset.version)
    assert (saved.purchase_date, saved.invoice_date) == (date(2024, 3, 1), date(2024, 3, 2))

    future = (customers.shop_today() + timedelta(days=1)).isoformat()
    typed.purchase_date = future
    typed.invoice_date = "2024-02-30"
    with pytest.raises(ValidationErrors) as info:
        customers.update_asset(ctx, asset.id, typed, version=saved.version)
    codes = {(e.field, e.code) for e in info.value.errors}
    assert codes == {("purchase_date", "date_future"), ("invoice_date", "date_format")}
    again = customers.get_asset(ctx, asset.id)
    assert (again.purchase_date, again.invoice_date) == (date(2024, 3, 1), date(2024, 3, 2))
