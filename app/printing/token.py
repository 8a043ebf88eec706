"""Signed codes: what the QR codes on the pickup voucher and the gate pass carry.

A token is ``WB1:<purpose>:<order number>:<signature>``. The purpose says what the code is
for: ``P`` the pickup voucher (intake slip, the customer's copy of the work order), ``G``
the gate pass (release slip). The signature is an HMAC-SHA256 of the purpose and the order
number keyed by the installation's secret (shared by every station through the database),
truncated to 120 bits and written in base32: a voucher's code can't be turned into a gate
pass's by changing its letter. Everything is upper case and in QR's alphanumeric set, so a
code stays small and a scanner that types it back in (with or without a trailing Enter, in
either case) gives a verifiable text. A token cannot be made without the secret; changing
any character of it breaks the signature.

Vouchers printed before purposes existed carry ``WB1:<order number>:<signature>``; they
stay valid as pickup codes.

A pickup voucher works until the order is released; from then on the gate pass is what
opens the gate (:func:`verify_pickup` says "already released on …" for a voucher).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.printing.errors import GatePassNotReleased, PickupTokenInvalid, PickupVoucherReleased

if TYPE_CHECKING:
    from app.services.context import ServiceContext

PREFIX = "WB1"
PICKUP = "P"  # the pickup voucher (intake slip, work order customer copy)
GATE = "G"  # the gate pass (release slip)
PURPOSES = (PICKUP, GATE)
#: the documents that carry a code, and which: the customer's vouchers and the gate pass
CODE_OF_KIND = {"intake-slip": PICKUP, "work-order": PICKUP, "release-slip": GATE}
_SIG_BYTES = 15  # 120 bits -> 24 base32 characters, no padding
_NUMBER = r"[A-Z0-9][A-Z0-9-]{0,23}"
_TOKEN = re.compile(rf"^WB1:([PG]):({_NUMBER}):([A-Z2-7]{{24}})$")
_LEGACY = re.compile(rf"^WB1:({_NUMBER}):([A-Z2-7]{{24}})$")


@dataclass(frozen=True)
class Token:
    """A verified code: what it is for and the order number it was issued for."""

    purpose: str  # PICKUP | GATE
    number: str
    legacy: bool = False  # an old ``WB1:<number>:<sig>`` voucher


def _legacy_signature(order_number: str, secret: bytes) -> str:
    mac = hmac.new(secret, b"pickup\x00" + order_number.encode("ascii"), hashlib.sha256)
    return base64.b32encode(mac.digest()[:_SIG_BYTES]).decode("ascii")


def _signature(purpose: str, order_number: str, secret: bytes) -> str:
    message = b"WB1\x00" + purpose.encode("ascii") + b"\x00" + order_number.encode("ascii")
    mac = hmac.new(secret, message, hashlib.sha256)
    return base64.b32encode(mac.digest()[:_SIG_BYTES]).decode("ascii")


def make_token(order_number: str, secret: bytes, purpose: str = PICKUP) -> str:
    """The code of ``purpose`` (:data:`PICKUP` or :data:`GATE`) for an order number."""
    number = order_number.strip().upper()
    if not re.fullmatch(_NUMBER, number):
        raise ValueError(f"not an order number: {order_number!r}")
    if purpose not in PURPOSES:
        raise ValueError(f"not a code purpose: {purpose!r}")
    return f"{PREFIX}:{purpose}:{number}:{_signature(purpose, number, secret)}"


def code_for(kind: str, order_number: str, secret: bytes) -> str | None:
    """The code document ``kind`` of an order carries (None: it carries none)."""
    purpose = CODE_OF_KIND.get(kind)
    return None if purpose is None else make_token(order_number, secret, purpose)


def read_token(scanned: str, secret: bytes) -> Token:
    """The purpose and order number of a scanned code; raises :class:`PickupTokenInvalid`
    if it is malformed or its signature does not match (forged or altered)."""
    text = scanned.strip().upper()
    match = _TOKEN.match(text)
    if match is not None:
        purpose, number, signature = match.groups()
        expected = _signature(purpose, number, secret)
        legacy = False
    else:
        old = _LEGACY.match(text)
        if old is None:
            raise PickupTokenInvalid("format", scanned)
        number, signature = old.groups()
        purpose, expected, legacy = PICKUP, _legacy_signature(number, secret), True
    if not hmac.compare_digest(signature, expected):
        raise PickupTokenInvalid("signature", scanned)
    return Token(purpose, number, legacy)


def verify_token(scanned: str, secret: bytes) -> str:
    """The order number a scanned code (of any purpose) was issued for; raises
    :class:`PickupTokenInvalid` if it is malformed or forged/altered."""
    return read_token(scanned, secret).number


def verify_pickup(ctx: ServiceContext, scanned_text: str) -> int:
    """The cashier's / gate's check of a scanned code: the order id it stands for.

    Raises :class:`PickupTokenInvalid` (``why`` = ``format``, ``signature`` or
    ``unknown_order``) for anything this installation did not issue;
    :class:`PickupVoucherReleased` for a pickup voucher of an order already released (the
    gate pass is what counts then); :class:`GatePassNotReleased` for a gate pass of an order
    that is not released (its release was taken back).
    """
    from sqlalchemy import select  # deferred: making a code needs no database

    from app.domain.errors import NotFound
    from app.domain.models import ReleaseSlip, WorkOrder
    from app.services.queries import find_order_id
    from app.services.settings import installation_secret

    with ctx.db.read() as session:
        token = read_token(scanned_text, installation_secret(session))
        try:
            order_id = find_order_id(session, token.number)
        except NotFound:
            raise PickupTokenInvalid("unknown_order", scanned_text) from None
        order = session.get(WorkOrder, order_id)
        assert order is not None
        slip = session.scalars(
            select(ReleaseSlip)
            .where(ReleaseSlip.order_id == order_id)
            .order_by(ReleaseSlip.id.desc())
        ).first()
        released = order.released_at is not None and slip is not None
        if token.purpose == PICKUP and released:
            assert slip is not None and order.released_at is not None
            raise PickupVoucherReleased(scanned_text, token.number, order.released_at, slip.number)
        if token.purpose == GATE and not released:
            raise GatePassNotReleased(scanned_text, token.number)
        return order_id
