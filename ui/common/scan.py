"""What a barcode/QR scanner (or a typed exact number) at the counter means.

A scanner types a code and Enter: an exact work-order number, or the text of a pickup QR
token (verified by ``app.printing.token.verify_pickup``), opens the order at once. Runs off
the GUI thread.
"""

from __future__ import annotations

import re

from app.domain.errors import NotFound
from app.printing.token import verify_pickup
from app.services.context import ServiceContext
from app.services.queries import get_order_by_number

ORDER_NUMBER = re.compile(r"^WO-?\d{8}-?\d{4}$", re.IGNORECASE)


def canonical_order_number(text: str) -> str | None:
    compact = text.strip().replace(" ", "").upper()
    if not ORDER_NUMBER.match(compact):
        return None
    digits = compact[2:].replace("-", "")
    return f"WO-{digits[:8]}-{digits[8:]}"


def looks_like_token(text: str) -> bool:
    return text.strip().upper().startswith("WB1:")


def scanned_order_id(ctx: ServiceContext, text: str) -> int | None:
    """The order ``text`` names exactly (order number or pickup token), else None.

    A token that this installation did not issue raises ``PickupTokenInvalid`` (the desk
    says so instead of searching for it)."""
    if looks_like_token(text):
        return verify_pickup(ctx, text)
    number = canonical_order_number(text)
    if number is None:
        return None
    try:
        return get_order_by_number(ctx, number).id
    except NotFound:
        return None
