"""What a keyboard, a Chinese input method or a scanner types, made plain before any rule.

Chinese input methods in full-width mode type ``７６００８``, ``ＶＩＮ``, ``１２。５`` and a
full-width space; scanners may add control characters; pasted text brings zero-width and
direction marks. :func:`normalize_input` turns all of it into the plain text every
``normalize_*`` / ``check_*`` function and every number parser works on. Chinese characters
(plate provinces, names) pass unchanged: NFKC only folds compatibility forms.

Nothing here raises on any ``str``, whatever code points it holds.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

#: dashes and minus signs of other scripts and sizes -> "-"
_DASHES = dict.fromkeys(map(ord, "‐‑‒–—―−﹘﹣－"), "-")
#: what a Chinese input method types for "." (the ideographic full stop)
_PUNCT = {ord("。"): ".", ord("｡"): "."}
_TRANSLATE = {**_DASHES, **_PUNCT}
_SPACES = re.compile(r"\s+")


def _keep(ch: str) -> str:
    """A character as text keeps it: controls become a space (a scanner's Tab or CR ends a
    word), format characters (zero-width, direction marks), lone surrogates and
    noncharacters go."""
    cat = unicodedata.category(ch)
    if cat == "Cc":
        return " "
    if cat in ("Cf", "Cs"):
        return ""
    o = ord(ch)
    if 0xFDD0 <= o <= 0xFDEF or (o & 0xFFFE) == 0xFFFE:
        return ""
    return ch


def normalize_input(raw: object) -> str:
    """Typed text as plain text: full-width digits, letters, space and punctuation as ASCII
    (NFKC), every kind of dash as ``-``, ``。`` as ``.``, no control or invisible
    characters, no lone surrogates. Leading and trailing space is kept (callers strip)."""
    if raw is None:
        return ""
    text = raw if isinstance(raw, str) else str(raw)
    if text.isascii() and text.isprintable():
        return text  # the common case costs nothing
    text = "".join(_keep(ch) for ch in text)
    return unicodedata.normalize("NFKC", text).translate(_TRANSLATE)


def search_text(raw: object, max_len: int = 60) -> str:
    """A search query as keys are built from it: :func:`normalize_input`, runs of white
    space as one space, trimmed, at most ``max_len`` characters."""
    return _SPACES.sub(" ", normalize_input(raw)).strip()[:max_len].strip()


# --- numbers typed at a desk (mileage, quantities, amounts) ---

_NUMBER_NOISE = re.compile(r"[\s,']+")
_CURRENCY = re.compile(r"^(?:¥|RMB|CNY)|(?:元|RMB|CNY)$", re.IGNORECASE)


def number_text(raw: object, *, currency: bool = False) -> str:
    """The text of a typed number, ready for ``Decimal``/``int``: normalized, thousands
    separators and spaces removed; with ``currency``, a leading ``¥`` / trailing ``元``
    too. ``１，２３４。５`` -> ``1234.5``."""
    text = _NUMBER_NOISE.sub("", normalize_input(raw))
    if currency:
        text = _CURRENCY.sub("", text)
    return text


def parse_decimal(raw: object, *, currency: bool = False) -> Decimal | None:
    """A finite ``Decimal`` from typed text (see :func:`number_text`), else None."""
    if isinstance(raw, Decimal):
        return raw if raw.is_finite() else None
    text = number_text(raw, currency=currency)
    if not text.isascii():
        return None  # Decimal() would take other scripts' digits; a desk means none of them
    try:
        value = Decimal(text)
    except (InvalidOperation, ValueError):
        return None
    return value if value.is_finite() else None


def parse_int(raw: object) -> int | None:
    """A whole number from typed text (``１２，３４５`` -> 12345), else None."""
    if isinstance(raw, int) and not isinstance(raw, bool):
        return raw
    text = number_text(raw)
    if not re.fullmatch(r"[+-]?[0-9]+", text) or len(text) > 18:
        return None
    return int(text)
