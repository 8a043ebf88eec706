"""Input rules: VIN, plates, IMEI and serials, phones, money, quantities, percentages, text;
and that a form refused by a service writes nothing."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.enums import AssetKind, LineKind
from app.domain.errors import ValidationError, ValidationErrors
from app.domain.text import normalize_input, number_text, parse_decimal, parse_int, search_text
from app.domain.validation import (
    PROVINCES,
    check_imei,
    check_money,
    check_percent,
    check_phone,
    check_plate,
    check_quantity,
    check_serial,
    check_text,
    check_vin,
    luhn_ok,
    mask_phone,
    normalize_phone,
    normalize_plate,
    normalize_serial,
    vin_check_digit,
)
from app.services import customers, intake
from app.services.inputs import (
    AssetInput,
    CustomerInput,
    IntakeInput,
    LineInput,
    VisitDetails,
)
from tests.app._support import assert_nothing_written, make_imei, make_vin, snapshot


def _refused(fn, *args, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        fn(*args, **kwargs)
    return info.value


# --- VIN ---


# tests/factories.VALID_VINS holds two VINs whose check digit is wrong; these are checked.
VALID_VINS = ["1M8GDM9AXKP042788", "LSVAU218XN2183294", "WVWZZZ3C5WE123456", "LFV2A21K763045678"]


@pytest.mark.parametrize("vin", VALID_VINS)
def test_valid_vins_are_accepted(vin):
    assert check_vin(vin) == vin


def test_vin_is_normalized_to_upper_case_without_separators():
    assert check_vin(" 1m8gdm9a-xkp042788 ") == "1M8GDM9AXKP042788"


def test_vin_check_digit_matches_the_iso_3779_example():
    # The worked example of the North American standard: check digit X.
    assert vin_check_digit("1M8GDM9AXKP042788") == "X"


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("1M8GDM9AXKP04278", "vin_length"),  # 16
        ("1M8GDM9AXKP0427888", "vin_length"),  # 18
        ("", "vin_length"),
        ("1M8GDM9AXKP0I2788", "vin_letters"),
        ("1M8GDM9AXKP0O2788", "vin_letters"),
        ("1M8GDM9AXKP0Q2788", "vin_letters"),
        ("1M8GDM9AXKP04278*", "vin_chars"),
        ("1M8GDM9A1KP042788", "vin_check"),  # wrong check digit
    ],
)
def test_bad_vins_are_refused_with_a_reason(raw, code):
    err = _refused(check_vin, raw, "asset.vin")
    assert (err.field, err.code, err.value) == ("asset.vin", code, raw)


def test_every_wrong_check_digit_is_caught():
    vin = make_vin("LSVAU218N2183294")
    assert check_vin(vin) == vin
    for wrong in "0123456789X":
        if wrong != vin[8]:
            assert _refused(check_vin, vin[:8] + wrong + vin[9:]).code == "vin_check"


# --- plates ---


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("粤B12345", "粤B12345"),
        ("粤b·12345", "粤B12345"),
        ("粤B 12345", "粤B12345"),
        ("京A.8888A", "京A8888A"),
        ("沪C1234挂", "沪C1234挂"),
        ("川A1234学", "川A1234学"),
        ("粤BD12345", "粤BD12345"),  # new energy, small car
        ("粤BDA1234", "粤BDA1234"),
        ("粤B12345D", "粤B12345D"),  # new energy, large vehicle
        ("苏e·12345f", "苏E12345F"),
    ],
)
def test_regular_and_new_energy_plates_are_accepted(raw, expected):
    assert check_plate(raw) == expected


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("", "required"),
        ("   ", "required"),
        ("B12345", "plate_province"),
        ("AB12345", "plate_province"),
        ("粤B1234", "plate_length"),
        ("粤B1234567", "plate_length"),
        ("粤BI2345", "plate_format"),  # I is never used
        ("粤BO2345", "plate_format"),  # nor O
        ("粤B123456", "plate_format"),  # 8 characters but not new-energy
        ("粤BA12345", "plate_format"),  # 8 characters, third is not D/F
        ("粤1B2345", "plate_format"),
    ],
)
def test_bad_plates_are_refused_with_a_reason(raw, code):
    err = _refused(check_plate, raw, "asset.plate")
    assert (err.field, err.code) == ("asset.plate", code)


# --- IMEI and serials ---


def test_imei_luhn():
    assert luhn_ok("490154203237518")
    assert not luhn_ok("490154203237517")
    imei = make_imei("35209900176148")
    assert check_imei(imei) == imei
    assert check_imei("49-015420-323751-8") == "490154203237518"


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("490154203237517", "imei_check"),
        ("49015420323751", "imei_format"),  # 14 digits
        ("4901542032375180", "imei_format"),  # 16 digits
        ("49015420323751A", "imei_format"),
        ("", "imei_format"),
    ],
)
def test_bad_imeis_are_refused(raw, code):
    err = _refused(check_imei, raw)
    assert (err.field, err.code) == ("imei", code)


def test_serials():
    assert check_serial("c02-xk1 2abc") == "C02XK12ABC"
    assert _refused(check_serial, "AB1").code == "serial_format"
    assert _refused(check_serial, "X" * 41).code == "serial_format"
    assert _refused(check_serial, "序列号1234").code == "serial_format"


# --- phone numbers ---


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("13812345678", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("+8613812345678", "13812345678"),
        ("008613812345678", "13812345678"),
        ("19212345678", "19212345678"),  # a newer mobile range
        ("010-12345678", "01012345678"),
        ("(0755) 8888-6666", "075588886666"),
        ("（０７５５）８８８８－６６６６", "075588886666"),  # typed with a Chinese input method
        ("０７５２－２１２３４５６", "07522123456"),  # Huizhou: 7-digit local numbers
        ("+86 10 1234 5678", "01012345678"),  # a landline with +86: the trunk 0 comes back
        ("400-812-3123", "4008123123"),
        ("800 810 8888", "8008108888"),
        ("+852 9123 4567", "+85291234567"),  # Hong Kong
        ("00852 9123 4567", "+85291234567"),  # dialled from the mainland
        ("+853 6612 3456", "+85366123456"),  # Macao
        ("+886 912 345 678", "+886912345678"),  # Taiwan
        ("+44 20 7946 0958", "+442079460958"),
        ("+1 (650) 253-0000", "+16502530000"),
        ("１３８\u30001234\u30005678", "13812345678"),  # full-width digits and space
        ("\u200e138 1234 5678\t", "13812345678"),  # a direction mark, a scanner's Tab
    ],
)
def test_phone_numbers_are_accepted_and_normalized(raw, expected):
    assert check_phone(raw) == expected
    assert check_phone(expected) == expected  # the stored form is its own canonical form
    assert normalize_phone(raw) == expected  # and the lookup key of the whole number


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("", "phone_format"),
        ("abc", "phone_format"),
        ("138ABCD5678", "phone_format"),  # no letters for digits
        ("12812345678", "phone_format"),  # no such mobile range
        ("23812345678", "phone_format"),
        ("1381234567", "phone_format"),  # a digit short: a mobile or a landline?
        ("(0755) 1234567", "phone_format"),  # Shenzhen numbers have had 8 digits since 1996
        ("12345", "phone_too_short"),  # a local number without its area code
        ("+852 9123", "phone_too_short"),
        ("138123456789012345678901", "phone_too_long"),
        ("+999 1234 5678", "phone_country"),
        ("0755-8888 6666 ext. 801", "phone_extension"),
        ("0755-88886666转801", "phone_extension"),
        ("\x00", "phone_format"),
    ],
)
def test_bad_phone_numbers_are_refused_with_the_reason(raw, code):
    err = _refused(check_phone, raw, "customer.phones.0")
    assert (err.field, err.code) == ("customer.phones.0", code)


def test_partial_numbers_are_lookup_prefixes_of_the_stored_form():
    assert normalize_phone("138 1234") == "1381234"
    assert normalize_phone("+86 138-12") == "13812"
    assert normalize_phone("0755-8888") == "07558888"
    assert normalize_phone("+852 9123") == "+8529123"
    assert normalize_phone("00852 9123") == "+8529123"
    assert normalize_phone("１３８") == "138"
    assert normalize_phone("\x00\ud800") == ""  # never raises


def test_mask_phone_keeps_prefix_and_last_four():
    assert mask_phone("13812345678") == "138****5678"


# --- money, quantities, percentages ---


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0", "0.00"),
        ("12", "12.00"),
        ("12.5", "12.50"),
        (" 1,234.56 ", "1234.56"),
        (Decimal("7.10"), "7.10"),
        ("3.000", "3.00"),  # trailing zeros are not extra precision
        (15, "15.00"),
        ("9999999999.99", "9999999999.99"),
    ],
)
def test_money_is_accepted_as_two_place_decimal(raw, expected):
    value = check_money(raw, "unit_price")
    assert value == Decimal(expected) and value.as_tuple().exponent == -2


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("-0.01", "money_negative"),
        (Decimal("-5"), "money_negative"),
        ("1.005", "money_precision"),
        ("0.001", "money_precision"),
        ("abc", "money_format"),
        ("", "money_format"),
        ("NaN", "money_format"),
        ("Infinity", "money_format"),
        (1.5, "money_float"),
        ("10000000000.00", "money_too_large"),
    ],
)
def test_bad_money_is_refused(raw, code):
    err = _refused(check_money, raw, "unit_price")
    assert (err.field, err.code) == ("unit_price", code)


def test_zero_money_can_be_refused():
    assert _refused(check_money, "0", "amount", allow_zero=False).code == "money_zero"


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("0", "quantity_positive"),
        ("-1", "quantity_positive"),
        (Decimal("0.000"), "quantity_positive"),
        ("0.0005", "quantity_precision"),
        ("x", "quantity_format"),
        ("10000000", "quantity_too_large"),
    ],
)
def test_zero_negative_or_over_precise_quantities_are_refused(raw, code):
    assert _refused(check_quantity, raw).code == code


def test_quantities_have_three_places():
    assert check_quantity("1.5") == Decimal("1.500")
    assert check_quantity(2) == Decimal("2.000")


def test_percentages():
    assert check_percent("") == Decimal("0.00")
    assert check_percent("12.5") == Decimal("12.50")
    assert _refused(check_percent, "100.01").code == "percent_range"
    assert _refused(check_percent, "-1").code == "percent_range"
    assert _refused(check_percent, "1.234").code == "percent_precision"


# --- full-width and invisible input (Chinese input methods, scanners, pasted text) ---


def test_typed_text_is_made_plain_and_never_raises():
    assert normalize_input("７６００８") == "76008"
    assert normalize_input("ＶＩＮ\u3000ＬＳＶ") == "VIN LSV"
    assert normalize_input("１２。５") == "12.5"
    assert normalize_input("－5—3–2") == "-5-3-2"
    assert normalize_input("a\x00b\u200bc\u200ed\ufeffe\ud800f\uffff") == "a bcdef"
    assert normalize_input(None) == "" and normalize_input(42) == "42"
    assert search_text("  粤Ｂ\t７６００８\r\n ") == "粤B 76008"
    assert search_text("x" * 10_000) == "x" * 60
    assert search_text("\x00\u200b \u3000") == ""


def test_province_and_plate_characters_survive_normalization():
    for ch in PROVINCES + "挂学警港澳":
        assert normalize_input(ch) == ch
        assert normalize_plate(ch + "Ｂ１２３４５") == ch + "B12345"


@pytest.mark.parametrize(
    ("check", "raw", "expected"),
    [
        (check_plate, "粤Ｂ１２３４５", "粤B12345"),
        (check_plate, "粤ｂ・１２３４５", "粤B12345"),
        (check_plate, "粤Ｂ－Ｄ１２３４５", "粤BD12345"),
        (check_vin, "１Ｍ８ＧＤＭ９ＡＸＫＰ０４２７８８", "1M8GDM9AXKP042788"),
        (check_vin, "\u200b1M8GDM9AXKP042788\r\n", "1M8GDM9AXKP042788"),
        (check_imei, "４９０１５４２０３２３７５１８", "490154203237518"),
        (check_imei, "49-015420-323751-8\x00", "490154203237518"),
        (check_serial, "ｃ０２－ｘｋ１２ａｂｃ", "C02XK12ABC"),
        (check_money, "１２８。５０", Decimal("128.50")),
        (check_money, "￥１，２８０", Decimal("1280.00")),
        (check_money, "1280元", Decimal("1280.00")),
        (check_quantity, "１。５", Decimal("1.500")),
        (check_quantity, "２", Decimal("2.000")),
        (check_percent, "１２。５", Decimal("12.50")),
        (check_percent, "10%", Decimal("10.00")),
    ],
)
def test_full_width_codes_and_numbers_are_accepted_as_half_width(check, raw, expected):
    field = check.__name__.removeprefix("check_")
    value = check(raw, field) if check is check_money else check(raw)
    assert value == expected


@pytest.mark.parametrize(
    ("check", "raw", "code"),
    [
        (check_imei, "٤٩٠١٥٤٢٠٣٢٣٧٥١٨", "imei_format"),  # Arabic-Indic digits are no IMEI
        (check_money, "－５", "money_negative"),  # a full-width minus is still a minus
        (check_money, "１２。５。５", "money_format"),
        (check_quantity, "－１", "quantity_positive"),
    ],
)
def test_full_width_input_is_refused_for_the_real_reason(check, raw, code):
    err = _refused(check, raw, "amount") if check is check_money else _refused(check, raw)
    assert err.code == code


def test_number_parsers_for_the_desks():
    assert parse_int("４２，０００") == 42000 and parse_int(" 42 ") == 42
    assert parse_int("4.5") is None and parse_int("") is None and parse_int("٣") is None
    assert parse_int("9" * 40) is None  # no 40-digit mileage
    assert parse_decimal("１。５") == Decimal("1.5") and parse_decimal("NaN") is None
    assert parse_decimal("¥5", currency=True) == Decimal("5") and parse_decimal("¥5") is None
    assert number_text("１ ２３４，５６") == "123456"


_ANY = st.text(st.characters(exclude_categories=()), max_size=60)


@settings(max_examples=300, deadline=None)
@given(raw=st.one_of(_ANY, st.text(st.sampled_from("0123456789+-() ０１８６＋－\x00\u200b"))))
def test_any_text_is_a_phone_number_or_a_reason(raw):
    """Whatever is typed: the stored form (its own canonical form) or a ValidationError with
    a code the desks have a text for; normalize_* never raise."""
    for normalize in (normalize_phone, normalize_plate, normalize_serial, normalize_input):
        normalize(raw)
    try:
        phone = check_phone(raw)
    except ValidationError as err:
        assert err.code in {
            "phone_format",
            "phone_too_short",
            "phone_too_long",
            "phone_country",
            "phone_extension",
        }
    else:
        assert check_phone(phone) == phone == normalize_phone(phone)
        assert phone.isascii() and len(phone) <= 20


# --- text ---


@pytest.mark.parametrize(
    "name",
    [
        "张伟",
        "欧阳娜娜",
        "Zhang Wei",
        "Дмитрий Иванов",
        "محمد علي",
        "김민준",
        "Ørsted-Ålesund",
        "O'Brien",
        "Nguyễn Văn An",
        "佐藤 花子",
    ],
)
def test_names_in_any_script_are_accepted(name):
    assert check_text(f"  {name} ", "name", 100, required=True) == name


def test_over_long_empty_and_control_text_is_refused():
    assert check_text("x" * 100, "name", 100) == "x" * 100
    err = _refused(check_text, "x" * 101, "name", 100)
    assert (err.code, err.params["max_len"]) == ("too_long", 100)
    assert _refused(check_text, "  ", "name", 100, required=True).code == "required"
    assert _refused(check_text, None, "name", 100, required=True).code == "required"
    assert _refused(check_text, "a\x00b", "name", 100).code == "control_chars"
    assert check_text(None, "notes", 10) == ""
    assert check_text("line 1\nline 2", "notes", 20) == "line 1\nline 2"


# --- forms refused whole, nothing written ---


def test_intake_reports_every_bad_field_and_writes_nothing(db, ctx):
    before = snapshot(db)
    data = IntakeInput(
        details=VisitDetails(symptom="x" * 4001, fuel_level=120, mileage_in=-1),
        customer=CustomerInput(name="", phones=["1381234567"]),
        asset=AssetInput(kind=AssetKind.VEHICLE, plate="粤BI2345", vin="1M8GDM9A1KP042788"),
        lines=[
            LineInput(LineKind.LABOR, "工时", "0", "10"),
            LineInput(LineKind.PART, "", "1", "-3"),
            LineInput(LineKind.PART, "机油", "1", "9.999"),
        ],
    )
    with pytest.raises(ValidationErrors) as info:
        intake.intake(ctx, data)
    codes = {e.field: e.code for e in info.value.errors}
    assert len(codes) == len(info.value.errors), "one message per field"
    assert codes == {
        "customer.name": "required",
        "customer.phones.0": "phone_format",
        "asset.plate": "plate_format",
        "asset.vin": "vin_check",
        "symptom": "too_long",
        "fuel_level": "percent_range",
        "mileage_in": "mileage_range",
        "lines.0.quantity": "quantity_positive",
        "lines.1.description": "required",
        "lines.1.unit_price": "money_negative",
        "lines.2.unit_price": "money_precision",
    }
    assert info.value.for_field("asset.vin").value == "1M8GDM9A1KP042788"
    assert_nothing_written(db, before)


@pytest.mark.parametrize(
    ("asset", "field", "code"),
    [
        (AssetInput(kind=AssetKind.VEHICLE), "asset.plate", "required"),
        (AssetInput(kind=AssetKind.DEVICE, imei="490154203237517"), "asset.imei", "imei_check"),
        (AssetInput(kind=AssetKind.DEVICE), "asset.imei", "required"),
        (AssetInput(kind=AssetKind.DEVICE, serial="AB"), "asset.serial", "serial_format"),
        (AssetInput(kind=AssetKind.EBIKE), "asset.frame_no", "required"),
        (
            AssetInput(kind=AssetKind.VEHICLE, plate="粤B12345", year=1850),
            "asset.year",
            "year_range",
        ),
    ],
)
def test_intake_refuses_incomplete_assets(db, ctx, asset, field, code):
    before = snapshot(db)
    with pytest.raises(ValidationErrors) as info:
        intake.intake(
            ctx,
            IntakeInput(
                details=VisitDetails(symptom="不开机"),
                customer=CustomerInput(name="Ivan", phones=["13900001111"]),
                asset=asset,
            ),
        )
    assert [(e.field, e.code) for e in info.value.errors] == [(field, code)]
    assert_nothing_written(db, before)


def test_customer_form_needs_a_phone_and_accepts_any_script(db, ctx):
    before = snapshot(db)
    with pytest.raises(ValidationErrors) as info:
        customers.create_customer(ctx, CustomerInput(name="Дмитрий", phones=["", " "]))
    assert [(e.field, e.code) for e in info.value.errors] == [("phones.0", "required")]
    assert_nothing_written(db, before)
    c = customers.create_customer(
        ctx, CustomerInput(name="Дмитрий", phones=["+86 139 0000 1111", "13900001111"])
    )
    assert c.name == "Дмитрий" and [p.number for p in c.phones] == ["13900001111"]
