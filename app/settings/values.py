"""The typed values of the structured settings (member levels, warranty terms, opening
hours) and the checks of the shop profile's formats (统一社会信用代码, bank account)."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal
from typing import Any

from app.domain.enums import AssetKind, DocumentKind, PaymentMethod
from app.domain.errors import ValidationError
from app.settings.registry import Option, clean_decimal

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PAPER_KEYS = ("a4", "a5", "80mm", "58mm")
PRINT_LANGS = ("zh_CN", "en", "bilingual")
LOGO_MAX_SIDE = 600


@dataclass(frozen=True)
class MemberLevel:
    """A member card level: its discount on labor and on parts, in percent."""

    name_zh: str
    name_en: str
    labor_percent: Decimal
    parts_percent: Decimal = Decimal("0.00")


@dataclass(frozen=True)
class WarrantyTerm:
    """A manufacturer warranty: ``months`` from the invoice, or ``km`` (None: no limit),
    whichever comes first."""

    months: int
    km: int | None = None


@dataclass(frozen=True)
class OpeningHours:
    """One weekday: open from ``opens`` to ``closes`` (shop-local time)."""

    opens: time
    closes: time


# -- 统一社会信用代码 (GB 32100-2015) -----------------------------------------------------------

CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def credit_code_check_char(first17: str) -> str:
    total = sum(
        CREDIT_CODE_CHARS.index(c) * w for c, w in zip(first17, _CREDIT_WEIGHTS, strict=True)
    )
    return CREDIT_CODE_CHARS[(31 - total % 31) % 31]


def check_credit_code(option: Option, value: str) -> None:
    if len(value) != 18:
        raise option.error("bad_length", "must be 18 characters", value, length=18)
    bad = [c for c in value if c not in CREDIT_CODE_CHARS]
    if bad:
        raise option.error(
            "bad_character", f"character {bad[0]!r} is not allowed", value, char=bad[0]
        )
    if credit_code_check_char(value[:17]) != value[17]:
        raise option.error("bad_check_character", "the check character does not match", value)


def check_png_logo(option: Option, data: bytes) -> None:
    """The stored logo is a PNG of at most LOGO_MAX_SIDE pixels a side (``shop.set_logo``
    makes one from any picture)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            fmt, size = image.format, image.size
    except (UnidentifiedImageError, OSError, ValueError):
        raise option.error("not_image", "is not a picture", None) from None
    if fmt != "PNG" or max(size) > LOGO_MAX_SIDE:
        raise option.error("not_normalized", "must be a PNG of at most 600 px", None)


# -- parsers of the structured settings ----------------------------------------------------


def _list_from(option: Option, value: Any) -> list[Any]:
    if isinstance(value, str):  # "cash,wechat" from a command line
        value = [v.strip() for v in value.split(",") if v.strip()]
    if not isinstance(value, list | tuple):
        raise option.error("not_a_list", "must be a list", value)
    return list(value)


def _map_from(option: Option, value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise option.error("not_a_map", "must be a map", value)
    return {str(k.value if hasattr(k, "value") else k): v for k, v in value.items()}


def parse_payment_methods(option: Option, value: Any) -> tuple[PaymentMethod, ...]:
    found: list[PaymentMethod] = []
    for item in _list_from(option, value):
        try:
            method = PaymentMethod(item)
        except ValueError:
            raise option.error(
                "not_a_choice", f"unknown payment method {item!r}", item,
                choices=tuple(m.value for m in PaymentMethod),
            ) from None  # fmt: skip
        if method not in found:
            found.append(method)
    if not found:
        raise option.error("at_least_one", "at least one payment method is needed", value)
    return tuple(found)


def parse_member_levels(option: Option, value: Any) -> tuple[MemberLevel, ...]:
    levels: list[MemberLevel] = []
    items = _list_from(option, value)
    if len(items) > 12:
        raise option.error("too_many", "at most 12 levels", len(items), max=12)
    for n, item in enumerate(items, 1):
        where = f"{option.key}[{n}]"
        if isinstance(item, MemberLevel):
            item = {
                "name_zh": item.name_zh, "name_en": item.name_en,
                "labor_percent": item.labor_percent, "parts_percent": item.parts_percent,
            }  # fmt: skip
        if not isinstance(item, dict):
            raise ValidationError(where, "not_a_map", "must be a record", item)
        zh = str(item.get("name_zh") or "").strip()
        en = str(item.get("name_en") or "").strip()
        if not zh or not en:
            raise ValidationError(
                where, "required", "both names (Chinese and English) are needed", item
            )
        if len(zh) > 20 or len(en) > 30:
            raise ValidationError(where, "too_long", "the name is too long", item)
        labor = clean_decimal(
            option, item.get("labor_percent", "0"), Decimal(0), Decimal(100), 2, where
        )
        parts = clean_decimal(
            option, item.get("parts_percent", "0"), Decimal(0), Decimal(100), 2, where
        )
        if any(lv.name_zh == zh or lv.name_en.casefold() == en.casefold() for lv in levels):
            raise ValidationError(where, "duplicate", f"the name {zh!r} is used twice", zh)
        levels.append(MemberLevel(zh, en, labor, parts))
    return tuple(levels)


def plain_member_levels(levels: tuple[MemberLevel, ...]) -> list[dict[str, str]]:
    return [
        {
            "name_zh": lv.name_zh,
            "name_en": lv.name_en,
            "labor_percent": f"{lv.labor_percent:.2f}",
            "parts_percent": f"{lv.parts_percent:.2f}",
        }
        for lv in levels
    ]


_PREFIX = re.compile(r"[A-Za-z0-9]{1,6}")


def parse_prefixes(option: Option, value: Any) -> dict[DocumentKind, str]:
    given = _map_from(option, value)
    unknown = [k for k in given if k not in {d.value for d in DocumentKind}]
    if unknown:
        raise option.error(
            "not_a_choice", f"no document kind {unknown[0]!r}", unknown[0],
            choices=tuple(d.value for d in DocumentKind),
        )  # fmt: skip
    prefixes = {kind: str(given.get(kind.value, kind.value)).strip() for kind in DocumentKind}
    for kind, prefix in prefixes.items():
        if not _PREFIX.fullmatch(prefix):
            raise ValidationError(
                f"{option.key}.{kind.value}", "bad_prefix",
                "1 to 6 letters or digits", prefix,
            )  # fmt: skip
    seen: dict[str, DocumentKind] = {}
    for kind, prefix in prefixes.items():
        if prefix.upper() in seen:
            raise ValidationError(
                f"{option.key}.{kind.value}", "duplicate",
                f"{prefix!r} is already the prefix of "
                f"{seen[prefix.upper()].value}", prefix, other=seen[prefix.upper()].value,
            )  # fmt: skip
        seen[prefix.upper()] = kind
    return prefixes


def plain_prefixes(prefixes: dict[DocumentKind, str]) -> dict[str, str]:
    return {k.value: v for k, v in prefixes.items()}


def parse_warranty(option: Option, value: Any) -> dict[AssetKind, WarrantyTerm]:
    given = _map_from(option, value)
    terms: dict[AssetKind, WarrantyTerm] = dict(option.default)
    for key, item in given.items():
        where = f"{option.key}.{key}"
        try:
            kind = AssetKind(key)
        except ValueError:
            raise ValidationError(where, "not_a_choice", "no such asset kind", key) from None
        if isinstance(item, WarrantyTerm):
            item = {"months": item.months, "km": item.km}
        if not isinstance(item, dict):
            raise ValidationError(where, "not_a_map", "must be months and km", item)
        months, km = item.get("months"), item.get("km")
        if not isinstance(months, int) or isinstance(months, bool) or not 0 <= months <= 240:
            raise ValidationError(
                where, "out_of_range", "months must be 0 to 240", months, min=0, max=240
            )
        if km is not None and (
            not isinstance(km, int) or isinstance(km, bool) or not 0 < km <= 2_000_000
        ):
            raise ValidationError(
                where, "out_of_range", "km must be 1 to 2000000 or empty", km,
                min=1, max=2_000_000,
            )  # fmt: skip
        terms[kind] = WarrantyTerm(months, km)
    return terms


def plain_warranty(terms: dict[AssetKind, WarrantyTerm]) -> dict[str, dict[str, int | None]]:
    return {k.value: {"months": t.months, "km": t.km} for k, t in terms.items()}


def _time(where: str, text: Any) -> time:
    if isinstance(text, time):
        return text
    if not isinstance(text, str) or not re.fullmatch(r"\d{1,2}:\d{2}", text.strip()):
        raise ValidationError(where, "bad_time", "a time like 08:30 is needed", text)
    hours, minutes = (int(x) for x in text.strip().split(":"))
    if hours > 23 or minutes > 59:
        raise ValidationError(where, "bad_time", "a time like 08:30 is needed", text)
    return time(hours, minutes)


def parse_week(option: Option, value: Any) -> dict[str, OpeningHours | None]:
    given = _map_from(option, value)
    unknown = [k for k in given if k not in WEEKDAYS]
    if unknown:
        raise option.error(
            "not_a_choice", f"no weekday {unknown[0]!r}", unknown[0], choices=WEEKDAYS
        )
    week: dict[str, OpeningHours | None] = dict(option.default)
    for day, item in given.items():
        where = f"{option.key}.{day}"
        if item is None or item == "closed":
            week[day] = None
            continue
        if isinstance(item, OpeningHours):
            item = [item.opens, item.closes]
        if not isinstance(item, list | tuple) or len(item) != 2:
            raise ValidationError(where, "bad_hours", "opening and closing time", item)
        opens, closes = _time(where, item[0]), _time(where, item[1])
        if closes <= opens:
            raise ValidationError(where, "closes_before_opening", "closes before it opens", item)
        week[day] = OpeningHours(opens, closes)
    return week


def plain_week(week: dict[str, OpeningHours | None]) -> dict[str, list[str] | None]:
    return {
        day: None if h is None else [h.opens.strftime("%H:%M"), h.closes.strftime("%H:%M")]
        for day, h in week.items()
    }


def parse_dates(option: Option, value: Any) -> tuple[date, ...]:
    found: set[date] = set()
    for n, item in enumerate(_list_from(option, value), 1):
        if isinstance(item, date):
            found.add(item)
            continue
        try:
            found.add(date.fromisoformat(str(item).strip()))
        except ValueError:
            where = f"{option.key}[{n}]"
            raise ValidationError(where, "bad_date", "a date like 2026-10-01", item) from None
    if len(found) > 400:
        raise option.error("too_many", "at most 400 dates", len(found), max=400)
    return tuple(sorted(found))


def plain_dates(days: tuple[date, ...]) -> list[str]:
    return [d.isoformat() for d in days]


def parse_names_by_kind(allowed: tuple[str, ...] | None = None) -> Any:
    """A map document kind -> name (a printer, a paper) remembered by a station."""

    def parse(option: Option, value: Any) -> dict[str, str]:
        given = _map_from(option, value)
        result: dict[str, str] = {}
        for kind, name in given.items():
            where = f"{option.key}.{kind}"
            if not re.fullmatch(r"[a-z0-9-]{1,30}", kind):
                raise ValidationError(where, "bad_kind", "no such document kind", kind)
            if not isinstance(name, str) or len(name) > 200:
                raise ValidationError(where, "not_text", "must be text", name)
            if allowed is not None and name not in allowed:
                raise ValidationError(
                    where, "not_a_choice", f"must be one of {', '.join(allowed)}", name,
                    choices=allowed,
                )  # fmt: skip
            if name:
                result[kind] = name
        return result

    return parse


# -- the logo --------------------------------------------------------------------------------

LOGO_MAX_BYTES = 5 * 1024 * 1024


def normalize_logo(data: bytes, field: str = "logo") -> bytes:
    """Any picture Pillow reads, at most 5 MB, as a PNG of at most 600 px a side (so every
    station and every printed page gets the same small picture)."""
    from PIL import Image, UnidentifiedImageError

    if len(data) > LOGO_MAX_BYTES:
        raise ValidationError(
            field, "too_large", f"the picture is {len(data) / 1048576:.1f} MB, at most 5 MB",
            len(data), size=len(data), max=LOGO_MAX_BYTES,
        )  # fmt: skip
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            picture = (
                image.convert("RGBA")
                if image.mode not in ("RGB", "RGBA", "L", "LA")
                else image.copy()
            )
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise ValidationError(field, "not_image", "the file is not a picture", None) from None
    picture.thumbnail((LOGO_MAX_SIDE, LOGO_MAX_SIDE))
    out = io.BytesIO()
    picture.save(out, "PNG", optimize=True)
    return out.getvalue()


@dataclass(frozen=True)
class Capacity:
    """The workshop of one asset kind for appointments: bays (lifts, benches) and the
    technicians on duty through the opening hours. A slot takes in ``min(bays,
    technicians) x slot length`` labor hours of booked work."""

    bays: int
    technicians: int

    def hours_per_slot(self, slot_minutes: int) -> Decimal:
        return (Decimal(min(self.bays, self.technicians) * slot_minutes) / 60).quantize(
            Decimal("0.01")
        )


DEFAULT_CAPACITY = {
    AssetKind.VEHICLE: Capacity(4, 4),
    AssetKind.DEVICE: Capacity(2, 2),
    AssetKind.EBIKE: Capacity(2, 2),
}


def parse_capacity(option: Option, value: Any) -> dict[AssetKind, Capacity]:
    given = _map_from(option, value)
    found: dict[AssetKind, Capacity] = dict(option.default)
    for key, item in given.items():
        where = f"{option.key}.{key}"
        try:
            kind = AssetKind(key)
        except ValueError:
            raise ValidationError(where, "not_a_choice", "no such asset kind", key) from None
        if isinstance(item, Capacity):
            item = {"bays": item.bays, "technicians": item.technicians}
        if not isinstance(item, dict):
            raise ValidationError(where, "not_a_map", "must be bays and technicians", item)
        counts = []
        for name in ("bays", "technicians"):
            n = item.get(name)
            if not isinstance(n, int) or isinstance(n, bool) or not 0 <= n <= 200:
                raise ValidationError(
                    f"{where}.{name}", "out_of_range", f"{name} must be 0 to 200", n,
                    min=0, max=200,
                )  # fmt: skip
            counts.append(n)
        found[kind] = Capacity(*counts)
    return found


def plain_capacity(capacity: dict[AssetKind, Capacity]) -> dict[str, dict[str, int]]:
    return {k.value: {"bays": c.bays, "technicians": c.technicians} for k, c in capacity.items()}
