"""What a public screen may show about a customer's visit (the lounge's TV board).

Waiting customers see each other's rows, so identifiers are partly masked (enough for the
owner to find their own car or phone, not enough to read someone else's IMEI or plate off
the wall) and states are said in the customer's words: no "late", no pause reasons, no
internal steps. Pure functions, no Qt; the screen translates :class:`PublicProgress`.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum

from app.domain.enums import OrderState

MASK = "*"


def mask_phone(phone: str) -> str:
    """``13812345678`` -> ``138****5678`` for customer copies."""
    if len(phone) >= 7:
        return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]
    return phone


#: a Chinese plate: the province's character, the authority's letter, 5 (6 for new-energy)
#: characters (4 before 学, 警...); the dot some people type after the letter is optional
_CN_PLATE = re.compile(r"^([\u4e00-\u9fff])([A-Z])[·.\s]?([A-Z0-9]{4,6})([\u4e00-\u9fff]?)$")


class PublicProgress(StrEnum):
    """A visit's state as a waiting customer reads it."""

    CHECKED_IN = "checked_in"  # received, not yet in the workshop
    IN_PROGRESS = "in_progress"  # being repaired, or paused for whatever reason
    QUALITY_CHECK = "quality_check"
    READY = "ready"  # ready for pickup (checked, or settled and waiting for payment)


_PROGRESS = {
    OrderState.OPEN: PublicProgress.CHECKED_IN,
    OrderState.APPROVED: PublicProgress.CHECKED_IN,
    OrderState.ASSIGNED: PublicProgress.IN_PROGRESS,
    OrderState.IN_PROGRESS: PublicProgress.IN_PROGRESS,
    # waiting for parts, for the customer's approval, or any other pause: still in hand
    OrderState.PAUSED: PublicProgress.IN_PROGRESS,
    OrderState.WORK_DONE: PublicProgress.QUALITY_CHECK,
    OrderState.READY: PublicProgress.READY,
    OrderState.SETTLED: PublicProgress.READY,
}


def public_progress(state: OrderState) -> PublicProgress | None:
    """The customer's word for ``state``; ``None`` for a visit the lounge does not show
    (released or cancelled)."""
    return _PROGRESS.get(state)


def _tail(text: str, keep: int) -> str:
    """``text`` with all but its last ``keep`` characters masked (at least as many masks as
    kept characters hidden, at most four, so the length does not give the rest away)."""
    if len(text) <= keep:
        return MASK * len(text)
    return MASK * min(max(len(text) - keep, 1), 4) + text[-keep:]


def mask_plate(plate: str) -> str:
    """粤B76008 -> 粤B7**08 (province, authority, first and last two kept); other plates
    keep their first and last two characters."""
    text = "".join(plate.split()).upper()
    match = _CN_PLATE.match(text)
    if match:
        province, authority, body, suffix = match.groups()
        return f"{province}{authority}{body[0]}{MASK * (len(body) - 3)}{body[-2:]}{suffix}"
    if len(text) <= 4:
        return text[:1] + MASK * (len(text) - 1)
    return text[:2] + MASK * min(len(text) - 4, 4) + text[-2:]


def mask_serial(ident: str) -> str:
    """An IMEI, VIN, serial or frame number: the last four characters only."""
    return _tail("".join(ident.split()), 4)


mask_imei = mask_serial
mask_vin = mask_serial


def mask_name(name: str) -> str:
    """吴敏 -> 吴*, 欧阳娜娜 -> 欧* (one mark, whatever the length); Olivia Garcia -> O. G.;
    Wu -> W."""
    text = " ".join(name.split())
    if not text:
        return ""
    if _is_cjk(text[0]):
        return text[0] + MASK
    return " ".join(f"{word[0].upper()}." for word in text.split(" ")[:2] if word)


def mask_ident(ident: str) -> str:
    """An identifier of unknown kind by its shape: a plate keeps its region and a few
    characters, anything longer (IMEI, VIN, serial) its last four."""
    text = "".join(ident.split())
    if not text:
        return ""
    if _CN_PLATE.match(text.upper()) or len(text) <= 8:
        return mask_plate(text)
    return mask_serial(text)


def mask_asset_label(label: str) -> str:
    """An asset as the desks name it ("粤B76008 比亚迪 汉", "862901072490135 vivo X100"):
    the identifier in front masked, make and model as they are."""
    ident, _space, rest = label.strip().partition(" ")
    if not _CN_PLATE.match(ident.upper()) and not any(c.isdigit() for c in ident):
        return label.strip()  # no identifier on file: the label is only make and model
    masked = mask_ident(ident)
    return f"{masked} {rest.strip()}".strip()


def _is_cjk(char: str) -> bool:
    return unicodedata.name(char, "").startswith(("CJK UNIFIED", "CJK COMPATIBILITY"))
