"""Pickup tokens: what the QR codes on the voucher and the gate pass carry.

A token is ``WB1:<order number>:<signature>`` where the signature is an HMAC-SHA256 of the
order number keyed by the installation's secret (shared by every station through the
database), truncated to 120 bits and written in base32. Everything is upper case and in
QR's alphanumeric set, so a code stays small and a scanner that types it back in (with or
without a trailing Enter, in either case) gives a verifiable text. A token cannot be made
without the secret; changing any character of it breaks the signature.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re

from app.domain.errors import NotFound
from app.printing.errors import PickupTokenInvalid
from app.services.context import ServiceContext
from app.services.queries import find_order_id
from app.services.settings import installation_secret

PREFIX = "WB1"
_SIG_BYTES = 15  # 120 bits -> 24 base32 characters, no padding
_TOKEN = re.compile(r"^WB1:([A-Z0-9][A-Z0-9-]{0,23}):([A-Z2-7]{24})$")


def _signature(order_number: str, secret: bytes) -> str:
    mac = hmac.new(secret, b"pickup\x00" + order_number.encode("ascii"), hashlib.sha256)
    return base64.b32encode(mac.digest()[:_SIG_BYTES]).decode("ascii")


def make_token(order_number: str, secret: bytes) -> str:
    number = order_number.strip().upper()
    if not re.fullmatch(r"[A-Z0-9][A-Z0-9-]{0,23}", number):
        raise ValueError(f"not an order number: {order_number!r}")
    return f"{PREFIX}:{number}:{_signature(number, secret)}"


def verify_token(scanned: str, secret: bytes) -> str:
    """The order number a scanned token was issued for; raises :class:`PickupTokenInvalid`
    if it is malformed or its signature does not match (forged or altered)."""
    text = scanned.strip().upper()
    match = _TOKEN.match(text)
    if match is None:
        raise PickupTokenInvalid("format", scanned)
    number, signature = match.groups()
    if not hmac.compare_digest(signature, _signature(number, secret)):
        raise PickupTokenInvalid("signature", scanned)
    return number


def verify_pickup(ctx: ServiceContext, scanned_text: str) -> int:
    """The cashier's / gate's check of a scanned pickup code: the order id it stands for.

    Raises :class:`PickupTokenInvalid` (``why`` = ``format``, ``signature`` or
    ``unknown_order``) for anything this installation did not issue.
    """
    with ctx.db.read() as session:
        number = verify_token(scanned_text, installation_secret(session))
        try:
            return find_order_id(session, number)
        except NotFound:
            raise PickupTokenInvalid("unknown_order", scanned_text) from None
