"""What the cashier's scan field means: a pickup code (QR on the customer's copy of the work
order), or an order number typed in full or by its last digits, or the number of
the statement or release slip the customer holds.

Pickup codes are verified by ``app.printing.token`` when this installation has it: a forged
or altered code is refused. Plain order numbers are looked up as typed.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable, Sequence

from app.domain.text import normalize_input
from app.services import lookup
from app.services.context import ServiceContext
from app.services.views import BoardRow

TOKEN_MODULE = "app.printing.token"
DOCUMENT_KINDS = frozenset({"order_number", "settlement_number", "release_number"})


class ScanNotFound(Exception):
    """Nothing matches the text (``count`` = 0) or more than one order does."""

    def __init__(self, text: str, count: int = 0) -> None:
        super().__init__(text)
        self.text = text
        self.count = count


def token_verifier() -> Callable[[ServiceContext, str], int] | None:
    """``verify_pickup(ctx, text) -> order id`` if pickup codes are supported here."""
    if importlib.util.find_spec(TOKEN_MODULE) is None:
        return None
    module = importlib.import_module(TOKEN_MODULE)
    verify = getattr(module, "verify_pickup", None)
    return verify if callable(verify) else None


def looks_like_token(text: str) -> bool:
    return ":" in text


def resolve(ctx: ServiceContext, text: str, waiting: Sequence[BoardRow] = ()) -> int:
    """The order id ``text`` stands for. Raises the token module's error for a refused
    pickup code, :class:`ScanNotFound` when no (or no single) order matches."""
    text = normalize_input(text).strip()  # full-width from an input method: plain
    if not text:
        raise ScanNotFound(text)
    if looks_like_token(text):
        verify = token_verifier()
        if verify is None:
            raise ScanNotFound(text)
        return verify(ctx, text)
    if text.isdigit() and len(text) <= 4:
        # the last digits of a number on the waiting list ("12" -> WO-...-0012)
        tail = "-" + text.zfill(4)
        matches = [r.order_id for r in waiting if r.number.endswith(tail)]
        if len(matches) == 1:
            return matches[0]
        raise ScanNotFound(text, len(matches))
    # a work order, statement (ST-) or release slip (RL-) number: each leads to its order
    kinds = [k for k in lookup.classify(text) if k in DOCUMENT_KINDS]
    if not kinds:
        raise ScanNotFound(text)
    hits = [h for h in lookup.lookup(ctx, text, kinds=kinds) if h.kind == "order"]
    exact = [h for h in hits if h.title == text.upper()]
    if len(exact) == 1:
        return exact[0].id
    if len(hits) == 1:
        return hits[0].id
    raise ScanNotFound(text, len(hits))
