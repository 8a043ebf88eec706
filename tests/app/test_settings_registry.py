"""The settings registry: every setting declared once with a default that passes its own
checks and survives its stored text; typed values round-trip; bad values are refused with
the key as the field and a code the desk translates."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal
from typing import Any

import pytest

from app.domain.enums import AssetKind, DocumentKind, PaymentMethod, SettlementRounding
from app.domain.errors import ValidationError, ValidationErrors
from app.settings import SETTINGS, Scope
from app.settings.registry import Option, Registry, TextOption
from app.settings.values import (
    CREDIT_CODE_CHARS,
    MemberLevel,
    OpeningHours,
    WarrantyTerm,
    credit_code_check_char,
)

ALL = list(SETTINGS)


def refused(key: str, value: Any) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        SETTINGS[key].clean(value)
    return info.value


@pytest.mark.parametrize("option", ALL, ids=lambda o: o.key)
def test_every_default_passes_its_own_checks_and_survives_the_store(option: Option) -> None:
    assert option.scope in Scope
    if option.key == "install.secret":  # created on first use, never a default
        return
    assert option.clean(option.default) == option.default
    assert option.from_text(option.to_text(option.default)) == option.default
    assert option.from_text(None) == option.default


def test_the_settings_the_shop_needs_are_declared_with_their_scopes() -> None:
    expected = {
        Scope.BRANCH: {
            "shop.legal_name", "shop.short_name", "shop.address", "shop.phone", "shop.logo",
            "shop.credit_code", "shop.license_no", "shop.license_class", "shop.bank_name",
            "shop.bank_account", "payment.methods", "settlement.rounding", "labor.rate",
            "member.levels", "numbering.prefixes", "warranty.defaults", "hours.week",
            "hours.holidays", "hours.workdays", "discount.limit_percent",
        },
        Scope.INSTALLATION: {
            "install.secret", "security.idle_lock_minutes", "security.lockout_attempts",
            "security.lockout_minutes",
        },
        Scope.STATION: {
            "ui.language", "ui.desk", "ui.geometry", "database.url", "database.password",
            "printing.printers", "printing.papers", "printing.lang",
        },
    }  # fmt: skip
    for scope, keys in expected.items():
        assert keys <= set(SETTINGS.keys(scope, secret=True)), scope
    assert SETTINGS.keys(Scope.INSTALLATION) == [
        "security.idle_lock_minutes",
        "security.lockout_attempts",
        "security.lockout_minutes",
    ]  # the secret is not listed
    assert SETTINGS["security.idle_lock_minutes"].default == 10
    assert SETTINGS["security.lockout_attempts"].default == 5
    assert SETTINGS["security.lockout_minutes"].default == 15
    assert SETTINGS["discount.limit_percent"].default == Decimal("10.00")


def test_a_key_is_declared_once() -> None:
    registry = Registry()
    registry.declare(TextOption("a.b", ""))
    with pytest.raises(ValueError, match="declared twice"):
        registry.declare(TextOption("a.b", "x"))


TYPED: list[tuple[str, Any]] = [
    ("shop.legal_name", "顺达汽车服务有限公司"),
    ("shop.credit_code", "91350100M000100Y43"),
    ("shop.license_class", "2"),
    ("shop.bank_account", "1402 0211 0900 1234 567"),
    ("payment.methods", (PaymentMethod.WECHAT, PaymentMethod.CASH)),
    ("settlement.rounding", SettlementRounding.DOWN_TO_JIAO),
    ("labor.rate", Decimal("150.50")),
    ("member.levels", (MemberLevel("金卡", "Gold", Decimal("8.50"), Decimal("2.00")),)),
    (
        "numbering.prefixes",
        {
            DocumentKind.WORK_ORDER: "RO",
            DocumentKind.SETTLEMENT: "JS",
            DocumentKind.RELEASE: "FX",
            DocumentKind.RECEIPT: "SK",
            DocumentKind.CERTIFICATE: "HG",
        },
    ),  # fmt: skip
    (
        "warranty.defaults",
        {
            AssetKind.VEHICLE: WarrantyTerm(24, 60_000),
            AssetKind.DEVICE: WarrantyTerm(12),
            AssetKind.EBIKE: WarrantyTerm(6),
        },
    ),  # fmt: skip
    ("hours.holidays", (date(2026, 10, 1), date(2026, 10, 2))),
    ("security.idle_lock_minutes", 3),
    ("printing.papers", {"settlement": "80mm"}),
    ("ui.geometry", b"\x01\xd9\xd0\xcb\x00\x03"),
]


@pytest.mark.parametrize(("key", "value"), TYPED, ids=[k for k, _ in TYPED])
def test_typed_values_round_trip_through_their_text(key: str, value: Any) -> None:
    option = SETTINGS[key]
    assert option.clean(value) == value
    text = option.to_text(value)
    assert isinstance(text, str)
    assert option.from_text(text) == value
    assert option.clean(text) == value  # the text form is accepted as input too


def test_text_forms_a_command_line_gives() -> None:
    assert SETTINGS["payment.methods"].clean("cash, wechat,cash") == (
        PaymentMethod.CASH,
        PaymentMethod.WECHAT,
    )
    assert SETTINGS["labor.rate"].clean("88") == Decimal("88.00")
    assert SETTINGS["security.lockout_attempts"].clean(" 7 ") == 7
    week = SETTINGS["hours.week"].clean('{"sun": null, "sat": ["9:00", "12:30"]}')
    assert week["sun"] is None and week["sat"] == OpeningHours(time(9), time(12, 30))
    assert week["mon"] == OpeningHours(time(8, 30), time(18))  # the rest keep the default
    prefixes = SETTINGS["numbering.prefixes"].clean('{"WO": "RO"}')
    assert prefixes[DocumentKind.WORK_ORDER] == "RO"
    assert prefixes[DocumentKind.SETTLEMENT] == "ST"


def test_the_credit_code_check_character_follows_gb_32100() -> None:
    # real codes, as printed on business licences
    for code in ("91350100M000100Y43", "914403001922038216"):
        assert credit_code_check_char(code[:17]) == code[17]
        assert SETTINGS["shop.credit_code"].clean(code) == code
    assert set(CREDIT_CODE_CHARS).isdisjoint("IOSVZ")
    err = refused("shop.credit_code", "91350100M000100Y44")
    assert (err.field, err.code) == ("shop.credit_code", "bad_check_character")
    assert refused("shop.credit_code", "91350100M00010").code == "bad_length"
    err = refused("shop.credit_code", "91350100M000100I43")
    assert (err.code, err.params["char"]) == ("bad_character", "I")


@pytest.mark.parametrize(
    ("key", "value", "field", "code"),
    [
        ("shop.license_class", "4", "shop.license_class", "not_a_choice"),
        ("shop.short_name", "长" * 41, "shop.short_name", "too_long"),
        ("shop.phone", "call me", "shop.phone", "bad_format"),
        ("shop.bank_account", "12AB", "shop.bank_account", "bad_format"),
        ("payment.methods", [], "payment.methods", "at_least_one"),
        ("payment.methods", ["cash", "bitcoin"], "payment.methods", "not_a_choice"),
        ("settlement.rounding", "up_to_100", "settlement.rounding", "not_a_choice"),
        ("labor.rate", "12.345", "labor.rate", "too_many_places"),
        ("labor.rate", 120.5, "labor.rate", "not_a_number"),  # a float is not money
        ("labor.rate", "0", "labor.rate", "out_of_range"),
        ("discount.limit_percent", "101", "discount.limit_percent", "out_of_range"),
        ("security.lockout_attempts", "0", "security.lockout_attempts", "out_of_range"),
        ("security.idle_lock_minutes", "ten", "security.idle_lock_minutes", "not_a_number"),
        ("numbering.prefixes", {"WO": "ST"}, "numbering.prefixes.ST", "duplicate"),
        ("numbering.prefixes", {"WO": "WORKORD"}, "numbering.prefixes.WO", "bad_prefix"),
        ("numbering.prefixes", {"WO": "W-O"}, "numbering.prefixes.WO", "bad_prefix"),
        ("numbering.prefixes", {"XX": "AB"}, "numbering.prefixes", "not_a_choice"),
        (
            "member.levels",
            [{"name_zh": "金卡", "name_en": "Gold", "labor_percent": "120"}],
            "member.levels[1]",
            "out_of_range",
        ),
        (
            "member.levels",
            [{"name_zh": "金卡", "name_en": "Gold"}, {"name_zh": "金卡", "name_en": "Gold 2"}],
            "member.levels[2]",
            "duplicate",
        ),
        ("member.levels", [{"name_zh": "金卡"}], "member.levels[1]", "required"),
        ("warranty.defaults", {"boat": {"months": 1}}, "warranty.defaults.boat", "not_a_choice"),
        (
            "warranty.defaults",
            {"vehicle": {"months": 36, "km": -5}},
            "warranty.defaults.vehicle",
            "out_of_range",
        ),
        ("hours.week", {"mon": ["18:00", "08:00"]}, "hours.week.mon", "closes_before_opening"),
        ("hours.week", {"mon": ["25:00", "26:00"]}, "hours.week.mon", "bad_time"),
        ("hours.week", {"someday": None}, "hours.week", "not_a_choice"),
        ("hours.holidays", "2026-10-01,2026-02-30", "hours.holidays[2]", "bad_date"),
        ("hours.holidays", "[2026-10-01", "hours.holidays", "not_json"),
        ("database.url", "postgresql://u:pw@h/db", "database.url", "password_in_url"),
        ("printing.papers", {"settlement": "a3"}, "printing.papers.settlement", "not_a_choice"),
        ("ui.language", "fr", "ui.language", "not_a_choice"),
    ],
)
def test_bad_values_are_refused_naming_the_key(key: str, value: Any, field: str, code: str) -> None:
    err = refused(key, value)
    assert (err.field, err.code) == (field, code)
    assert err.message and not err.message.startswith(key + ":")  # the field names the key


def test_clean_all_names_every_bad_key_at_once() -> None:
    with pytest.raises(ValidationErrors) as info:
        SETTINGS.clean_all(
            {"labor.rate": "x", "shop.phone": "0591-87654321", "no.such": 1, "ui.language": "fr"}
        )
    assert [(e.field, e.code) for e in info.value.errors] == [
        ("labor.rate", "not_a_number"),
        ("no.such", "unknown_setting"),
        ("ui.language", "not_a_choice"),
    ]


def test_a_stored_text_that_no_longer_validates_reads_as_the_default() -> None:
    assert SETTINGS["labor.rate"].from_text("abc") == Decimal("120.00")
    assert SETTINGS["payment.methods"].from_text("[]") == SETTINGS["payment.methods"].default
    assert SETTINGS["shop.logo"].from_text("bm90IGEgcGljdHVyZQ==") is None
