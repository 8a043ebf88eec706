"""What a barcode/QR scanner (or a typed exact number) at the counter means.

A scanner types a code and Enter: an exact work-order number, or the text of a pickup QR
token (verified by ``app.printing.token.verify_pickup``), opens the order at once. Runs off
the GUI thread.
"""

from __future__ import annotations

import re

from app.domain.errors import NotFound
from app.domain.text import normalize_input
from app.printing.token import verify_pickup
from app.services.context import ServiceContext
from app.services.queries import get_order_by_number

ORDER_NUMBER = re.compile(r"^WO-?[0-9]{8}-?[0-9]{4}$", re.IGNORECASE)


def canonical_order_number(text: str) -> str | None:
    """``wo2026112300 01`` or, from a scanner behind a full-width input method,
    ``ＷＯ－２０２６１１２３－０００１``: ``WO-20261123-0001``."""
    compact = normalize_input(text).strip().replace(" ", "").upper()
    if not ORDER_NUMBER.match(compact):
        return None
    digits = compact[2:].replace("-", "")
    return f"WO-{digits[:8]}-{digits[8:]}"


def looks_like_token(text: str) -> bool:
    return normalize_input(text).strip().upper().startswith("WB1:")


def scanned_order_id(ctx: ServiceContext, text: str) -> int | None:
    """The order ``text`` names exactly (order number or pickup token), else None.

    A token that this installation did not issue raises ``PickupTokenInvalid`` (the desk
    says so instead of searching for it)."""
    if looks_like_token(text):
        return verify_pickup(ctx, normalize_input(text))
    number = canonical_order_number(text)
    if number is None:
        return None
    try:
        return get_order_by_number(ctx, number).id
    except NotFound:
        return None
