"""Input rules for identifiers, phone numbers, money, quantities and text.

Each ``check_*`` function returns the normalized value or raises
:class:`~app.domain.errors.ValidationError` naming the field and the reason. ``normalize_*``
functions never raise; they build the search keys used by lookup.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from decimal import Decimal, InvalidOperation

import phonenumbers

from app.domain import privacy
from app.domain.errors import ValidationError
from app.domain.text import normalize_input, number_text

#: what people and printed documents put between the groups of a code (after
#: :func:`~app.domain.text.normalize_input`, so full-width forms are covered too)
_SEPARATORS = re.compile(r"[\s·•・.\-_/]+")

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
    return _SEPARATORS.sub("", normalize_input(raw)).upper()


#: the first character of the WMI (the region of manufacture) where the law makes position 9
#: a check digit: North America (1-5; 49 CFR 565.15) and China (L, and H where L ran out;
#: GB 16735). Elsewhere ISO 3779 leaves position 9 to the maker: European makes (S-Z: WVW,
#: WBA, VF...), Japanese (J), Korean (K) and others often put a letter or a plant code
#: there, so a mismatch there is a warning the advisor confirms, not a refusal.
VIN_CHECKED_REGIONS = frozenset("12345LH")

#: the param of a :class:`ValidationError` that makes it a *warning*: the name of the
#: input's flag (``confirm_vin``, ``confirm_mileage``) that, set by the user, accepts it
CONFIRM = "confirm"


def needs_confirmation(
    field: str, code: str, message: str, value: object, confirm: str, **params: object
) -> ValidationError:
    """A refusal the user may overrule: raised like any :class:`ValidationError` (nothing is
    written), shown next to its field with a way to confirm; sent again with the input's
    ``confirm`` flag set, the value is accepted and the confirmation recorded."""
    return ValidationError(field, code, message, value, **{CONFIRM: confirm, **params})


def confirmation_flag(err: ValidationError) -> str | None:
    """The input flag that accepts ``err`` (None: a hard refusal)."""
    flag = err.params.get(CONFIRM)
    return flag if isinstance(flag, str) else None


def vin_check_required(vin: str) -> bool:
    """Whether the region of ``vin`` (its first character) makes position 9 a check digit."""
    return vin[:1] in VIN_CHECKED_REGIONS


def check_vin(raw: str, field: str = "vin", *, confirmed: bool = False) -> str:
    """A 17-character VIN. A wrong check digit is refused where the region requires it; for
    other regions it is a warning (``confirm_vin``) the advisor confirms against the papers."""
    vin = normalize_vin(raw)
    if len(vin) != 17:
        raise ValidationError(field, "vin_length", "a VIN has 17 characters", raw, length=len(vin))
    bad = sorted({c for c in vin if c in "IOQ"})
    if bad:
        raise ValidationError(field, "vin_letters", "a VIN never contains I, O or Q", raw)
    if any(c not in _VIN_VALUES for c in vin):
        raise ValidationError(field, "vin_chars", "a VIN has only letters and digits", raw)
    if vin[8] != vin_check_digit(vin):
        if vin_check_required(vin):
            raise ValidationError(field, "vin_check", "the VIN's check digit does not match", raw)
        if not confirmed:
            raise needs_confirmation(
                field,
                "vin_check_unverified",
                "position 9 is not the check digit: confirm the VIN against the papers",
                raw,
                "confirm_vin",
            )
    return vin


# --- Chinese licence plates (regular 7 characters, new-energy 8) ---

PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_PLATE_BODY = "[A-HJ-NP-Z0-9]"
_REGULAR = re.compile(rf"^[{PROVINCES}][A-Z]{_PLATE_BODY}{{4}}[A-HJ-NP-Z0-9挂学警港澳]$")
_NEW_ENERGY = re.compile(rf"^[{PROVINCES}][A-Z](?:[DF]{_PLATE_BODY}[0-9]{{4}}|[0-9]{{5}}[DF])$")


def normalize_plate(raw: str) -> str:
    """``粤b·12345``, ``粤B 12345`` and ``粤Ｂ１２３４５`` all become ``粤B12345``."""
    return _SEPARATORS.sub("", normalize_input(raw)).upper()


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
    imei = _SEPARATORS.sub("", normalize_input(raw))
    if not re.fullmatch(r"[0-9]{15}", imei):
        raise ValidationError(field, "imei_format", "an IMEI has 15 digits", raw)
    if not luhn_ok(imei):
        raise ValidationError(field, "imei_check", "the IMEI's check digit does not match", raw)
    return imei


def normalize_serial(raw: str) -> str:
    return _SEPARATORS.sub("", normalize_input(raw)).upper()


def check_serial(raw: str, field: str = "serial") -> str:
    serial = normalize_serial(raw)
    if not 4 <= len(serial) <= 40 or not serial.isascii() or not serial.isalnum():
        raise ValidationError(
            field, "serial_format", "a serial number has 4 to 40 letters and digits", raw
        )
    return serial


# --- phone numbers (libphonenumber's metadata, through ``phonenumbers``) ---

#: numbers without a country code are Chinese
PHONE_REGION = "CN"
_PHONE_NOISE = re.compile(r"[\s\-()（）.·/]+")
_EXTENSION = re.compile(r"(?:ext|转|分机)", re.IGNORECASE)
_PARSE_ERRORS = {
    phonenumbers.NumberParseException.INVALID_COUNTRY_CODE: "phone_country",
    phonenumbers.NumberParseException.TOO_SHORT_AFTER_IDD: "phone_too_short",
    phonenumbers.NumberParseException.TOO_SHORT_NSN: "phone_too_short",
    phonenumbers.NumberParseException.TOO_LONG: "phone_too_long",
}
_POSSIBLE_ERRORS = {
    phonenumbers.ValidationResult.INVALID_COUNTRY_CODE: "phone_country",
    phonenumbers.ValidationResult.TOO_SHORT: "phone_too_short",
    # a local number: a landline without its area code
    phonenumbers.ValidationResult.IS_POSSIBLE_LOCAL_ONLY: "phone_too_short",
    phonenumbers.ValidationResult.INVALID_LENGTH: "phone_format",
    phonenumbers.ValidationResult.TOO_LONG: "phone_too_long",
}


def canonical_phone(number: phonenumbers.PhoneNumber) -> str:
    """How a number is stored: Chinese numbers as dialled in China, digits only
    (``13812345678``, ``075512345678``, ``4008123123``); others in E.164 (``+85291234567``)."""
    if number.country_code == 86:
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        return re.sub(r"[^0-9]", "", national)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _parse_phone(text: str) -> phonenumbers.PhoneNumber | None:
    try:
        return phonenumbers.parse(text, PHONE_REGION)
    except phonenumbers.NumberParseException:
        return None


def normalize_phone(raw: str) -> str:
    """The search key of a typed (possibly partial) number; never raises.

    A whole valid number becomes its stored form (:func:`canonical_phone`); a part keeps its
    digits, ``+86`` / ``0086`` dropped and ``00`` (dialling abroad from China) as ``+``, so
    that it is a prefix of the stored form."""
    s = _PHONE_NOISE.sub("", normalize_input(raw))
    if s.startswith("+86"):
        s = s[3:]
    elif s.startswith("0086"):
        s = s[4:]
    elif s.startswith("00") and len(s) > 2:
        s = "+" + s[2:]
    if re.fullmatch(r"\+?[0-9]{7,17}", s):
        number = _parse_phone(s)
        if number is not None and phonenumbers.is_valid_number(number):
            return canonical_phone(number)
    return s


def check_phone(raw: str, field: str = "phone") -> str:
    """A phone number any way it is written (``138 1234 5678``, ``+86 138…``,
    ``(0755) 1234-5678``, ``400-812-3123``, ``+852 9123 4567``), validated against the
    numbering plans; returns the stored form (:func:`canonical_phone`)."""
    text = _PHONE_NOISE.sub(" ", normalize_input(raw)).strip()

    def refuse(code: str, message: str) -> ValidationError:
        return ValidationError(field, code, message, raw)

    if _EXTENSION.search(text):
        raise refuse("phone_extension", "write an extension in the notes")
    if not re.fullmatch(r"\+?[0-9 ]+", text):
        raise refuse("phone_format", "a phone number has only digits (and a leading +)")
    try:
        number = phonenumbers.parse(text, PHONE_REGION)
    except phonenumbers.NumberParseException as err:
        raise refuse(
            _PARSE_ERRORS.get(err.error_type, "phone_format"), "this is not a phone number"
        ) from None
    if not phonenumbers.is_valid_number(number):
        reason = phonenumbers.is_possible_number_with_reason(number)
        code = _POSSIBLE_ERRORS.get(reason, "phone_format")
        raise refuse(code, "this is not a valid phone number")
    return canonical_phone(number)


mask_phone = privacy.mask_phone  # lives with the other masks (no phonenumbers needed)


# --- money, quantities, text ---

MONEY_MAX = Decimal("9999999999.99")


def check_money(raw: object, field: str, *, allow_zero: bool = True) -> Decimal:
    """A non-negative amount with at most two decimal places."""
    try:
        value = raw if isinstance(raw, Decimal) else Decimal(number_text(raw, currency=True))
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
        value = raw if isinstance(raw, Decimal) else Decimal(number_text(raw))
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
        value = raw if isinstance(raw, Decimal) else Decimal(number_text(raw).rstrip("%") or "0")
    except (InvalidOperation, ValueError):
        raise ValidationError(field, "percent_format", "this is not a percentage", raw) from None
    if not value.is_finite() or not 0 <= value <= 100:
        raise ValidationError(field, "percent_range", "a percentage is from 0 to 100", raw)
    if value != value.quantize(Decimal("0.01")):
        raise ValidationError(field, "percent_precision", "at most two decimal places", raw)
    return value.quantize(Decimal("0.01"))


#: characters that show nothing: Hangul fillers and the blank braille pattern (letters and
#: symbols by category, blank on screen)
_BLANK_LOOKING = frozenset("\u115f\u1160\u3164\uffa0\u2800")
#: categories that show nothing by themselves: control, format (zero-width, direction marks,
#: BOM, soft hyphen, word joiner), space separators (incl. U+3000), line/paragraph separators
_INVISIBLE = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp"})


def _invisible(ch: str) -> bool:
    return ch in _BLANK_LOOKING or unicodedata.category(ch) in _INVISIBLE


def looks_blank(raw: str | None) -> bool:
    """Whether ``raw`` shows nothing: empty, or only spaces, zero-width, format, control,
    filler characters and combining marks with nothing to combine with."""
    return all(_invisible(ch) or unicodedata.category(ch) in ("Mn", "Me") for ch in raw or "")


def trim_invisible(raw: str | None) -> str:
    """``raw`` without the white space and invisible characters at either end (inside the
    text they stay: a joiner in an emoji sequence, a space between words)."""
    text = raw or ""
    start, end = 0, len(text)
    while start < end and _invisible(text[start]):
        start += 1
    while end > start and _invisible(text[end - 1]):
        end -= 1
    return text[start:end]


def check_text(raw: str | None, field: str, max_len: int, *, required: bool = False) -> str:
    """Trimmed text in any script; refuses empty (when required), invisible-only and
    over-long values. Every required text of the core is checked here, so a name typed as
    zero-width or ideographic spaces is refused like an empty one; an optional text typed
    as invisible characters only (a contact person of zero-width spaces) is refused too."""
    text = trim_invisible(raw)
    if looks_blank(text):
        if required:
            raise ValidationError(field, "required", "this field is required", raw)
        if (raw or "").strip():  # typed, yet nothing shows (pasted zero-width characters)
            raise ValidationError(field, "invisible_only", "only invisible characters", raw)
        return ""
    if len(text) > max_len:
        raise ValidationError(
            field, "too_long", f"at most {max_len} characters", raw, max_len=max_len
        )
    if any(ord(c) < 32 and c not in "\n\t" for c in text):
        raise ValidationError(field, "control_chars", "contains control characters", raw)
    return text


# --- calendar dates typed at a desk (purchase, invoice) ---

_DATE_PARTS = re.compile(r"([0-9]{4})\s*[-/.年]\s*([0-9]{1,2})\s*[-/.月]\s*([0-9]{1,2})\s*日?")


def check_date(raw: object, field: str) -> date | None:
    """A calendar date as typed: ``2026-03-01``, ``2026/3/1``, ``2026.3.1``, ``20260301`` or
    ``2026年3月1日``, full-width digits too; blank is None. Anything else, or a day that does
    not exist (``2026-02-30``), is refused with ``date_format``."""
    if raw is None or isinstance(raw, date):
        return raw
    text = normalize_input(raw).strip()
    if not text:
        return None
    match = _DATE_PARTS.fullmatch(text)
    if match is not None:
        parts = match.groups()
    elif re.fullmatch(r"[0-9]{8}", text):
        parts = (text[:4], text[4:6], text[6:])
    else:
        raise ValidationError(field, "date_format", "not a date (year-month-day)", raw)
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        raise ValidationError(field, "date_format", "no such day", raw) from None
