"""Input rules for identifiers, phone numbers, money, quantities and text.

Each ``check_*`` function returns the normalized value or raises
:class:`~app.domain.errors.ValidationError` naming the field and the reason. ``normalize_*``
functions never raise; they build the search keys used by lookup.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from app.domain.errors import ValidationError

_SEPARATORS = re.compile(r"[\s·•.\-_/]+")

# --- VIN (ISO 3779 / GB 16735: 17 characters, no I, O, Q, check digit in position 9) ---

_VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_check_digit(vin: str) -> str:
    """The check character (position 9) that a 17-character VIN must carry."""
    total = sum(_VIN_VALUES[c] * w for c, w in zip(vin, _VIN_WEIGHTS, strict=True))
    rem = total % 11
    return "X" if rem == 10 else str(rem)


def normalize_vin(raw: str) -> str:
    return _SEPARATORS.sub("", raw).upper()


def check_vin(raw: str, field: str = "vin") -> str:
    vin = normalize_vin(raw)
    if len(vin) != 17:
        raise ValidationError(field, "vin_length", "a VIN has 17 characters", raw, length=len(vin))
    bad = sorted({c for c in vin if c in "IOQ"})
    if bad:
        raise ValidationError(field, "vin_letters", "a VIN never contains I, O or Q", raw)
    if any(c not in _VIN_VALUES for c in vin):
        raise ValidationError(field, "vin_chars", "a VIN has only letters and digits", raw)
    if vin[8] != vin_check_digit(vin):
        raise ValidationError(field, "vin_check", "the VIN's check digit does not match", raw)
    return vin


# --- Chinese licence plates (regular 7 characters, new-energy 8) ---

PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_PLATE_BODY = "[A-HJ-NP-Z0-9]"
_REGULAR = re.compile(rf"^[{PROVINCES}][A-Z]{_PLATE_BODY}{{4}}[A-HJ-NP-Z0-9挂学警港澳]$")
_NEW_ENERGY = re.compile(rf"^[{PROVINCES}][A-Z](?:[DF]{_PLATE_BODY}[0-9]{{4}}|[0-9]{{5}}[DF])$")


def normalize_plate(raw: str) -> str:
    """``粤b·12345`` and ``粤B 12345`` both become ``粤B12345``."""
    return _SEPARATORS.sub("", raw).upper()


def check_plate(raw: str, field: str = "plate") -> str:
    plate = normalize_plate(raw)
    if not plate:
        raise ValidationError(field, "required", "the plate number is required", raw)
    if plate[0] not in PROVINCES:
        raise ValidationError(field, "plate_province", "a plate starts with a province", raw)
    if len(plate) not in (7, 8):
        raise ValidationError(field, "plate_length", "a plate has 7 or 8 characters", raw)
    if len(plate) == 7 and _REGULAR.match(plate):
        return plate
    if len(plate) == 8 and _NEW_ENERGY.match(plate):
        return plate
    raise ValidationError(field, "plate_format", "this is not a valid plate number", raw)


# --- IMEI (15 digits, Luhn) and serial numbers ---


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def check_imei(raw: str, field: str = "imei") -> str:
    imei = _SEPARATORS.sub("", raw)
    if not imei.isdigit() or len(imei) != 15:
        raise ValidationError(field, "imei_format", "an IMEI has 15 digits", raw)
    if not luhn_ok(imei):
        raise ValidationError(field, "imei_check", "the IMEI's check digit does not match", raw)
    return imei


def normalize_serial(raw: str) -> str:
    return _SEPARATORS.sub("", raw).upper()


def check_serial(raw: str, field: str = "serial") -> str:
    serial = normalize_serial(raw)
    if not 4 <= len(serial) <= 40 or not serial.isascii() or not serial.isalnum():
        raise ValidationError(
            field, "serial_format", "a serial number has 4 to 40 letters and digits", raw
        )
    return serial


# --- phone numbers ---

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^0\d{2,3}\d{7,8}$")
_INTERNATIONAL = re.compile(r"^\+\d{7,15}$")


def normalize_phone(raw: str) -> str:
    s = re.sub(r"[\s\-()（）]+", "", raw)
    if s.startswith("+86"):
        s = s[3:]
    elif s.startswith("0086"):
        s = s[4:]
    return s


def check_phone(raw: str, field: str = "phone") -> str:
    phone = normalize_phone(raw)
    if _MOBILE.match(phone) or _LANDLINE.match(phone) or _INTERNATIONAL.match(phone):
        return phone
    raise ValidationError(field, "phone_format", "this is not a valid phone number", raw)


def mask_phone(phone: str) -> str:
    """``13812345678`` -> ``138****5678`` for customer copies."""
    if len(phone) >= 7:
        return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]
    return phone


# --- money, quantities, text ---

MONEY_MAX = Decimal("9999999999.99")


def check_money(raw: object, field: str, *, allow_zero: bool = True) -> Decimal:
    """A non-negative amount with at most two decimal places."""
    try:
        value = raw if isinstance(raw, Decimal) else Decimal(str(raw).strip().replace(",", ""))
    except (InvalidOperation, ValueError):
        raise ValidationError(field, "money_format", "this is not an amount", raw) from None
    if isinstance(raw, float):
        raise ValidationError(field, "money_float", "amounts must not be floating point", raw)
    if not value.is_finite():
        raise ValidationError(field, "money_format", "this is not an amount", raw)
    if value < 0:
        raise ValidationError(field, "money_negative", "the amount must not be negative", raw)
    if not allow_zero and value == 0:
        raise ValidationError(field, "money_zero", "the amount must be more than zero", raw)
    if value.as_tuple().exponent < -2 and value != value.quantize(Decimal("0.01")):  # type: ignore[operator]
        raise ValidationError(
            field, "money_precision", "an amount has at most two decimal places", raw
        )
    if value > MONEY_MAX:
        raise ValidationError(field, "money_too_large", "the amount is too large", raw)
    return value.quantize(Decimal("0.01"))


def check_quantity(raw: object, field: str = "quantity") -> Decimal:
    try:
        value = raw if isinstance(raw, Decimal) else Decimal(str(raw).strip())
    except (InvalidOperation, ValueError):
        raise ValidationError(field, "quantity_format", "this is not a quantity", raw) from None
    if not value.is_finite() or value <= 0:
        raise ValidationError(
            field, "quantity_positive", "the quantity must be more than zero", raw
        )
    if value != value.quantize(Decimal("0.001")):
        raise ValidationError(
            field, "quantity_precision", "a quantity has at most three decimal places", raw
        )
    if value >= Decimal("10000000"):
        raise ValidationError(field, "quantity_too_large", "the quantity is too large", raw)
    return value.quantize(Decimal("0.001"))


def check_percent(raw: object, field: str = "discount_percent") -> Decimal:
    try:
        value = raw if isinstance(raw, Decimal) else Decimal(str(raw).strip() or "0")
    except (InvalidOperation, ValueError):
        raise ValidationError(field, "percent_format", "this is not a percentage", raw) from None
    if not value.is_finite() or not 0 <= value <= 100:
        raise ValidationError(field, "percent_range", "a percentage is from 0 to 100", raw)
    if value != value.quantize(Decimal("0.01")):
        raise ValidationError(field, "percent_precision", "at most two decimal places", raw)
    return value.quantize(Decimal("0.01"))


def check_text(raw: str | None, field: str, max_len: int, *, required: bool = False) -> str:
    """Trimmed text in any script; refuses empty (when required) and over-long values."""
    text = (raw or "").strip()
    if required and not text:
        raise ValidationError(field, "required", "this field is required", raw)
    if len(text) > max_len:
        raise ValidationError(
            field, "too_long", f"at most {max_len} characters", raw, max_len=max_len
        )
    if any(ord(c) < 32 and c not in "\n\t" for c in text):
        raise ValidationError(field, "control_chars", "contains control characters", raw)
    return text
