"""Typed errors of the printing package (all are :class:`~app.domain.errors.WorkbayError`)."""

from __future__ import annotations

from datetime import datetime

from app.domain.errors import WorkbayError


class FontNotFound(WorkbayError):
    """No TrueType font with Chinese glyphs was found; ``package`` names what to install."""

    code = "font_not_found"

    def __init__(self, searched: list[str], package: str = "fonts-wqy-microhei") -> None:
        super().__init__(
            "no Chinese TrueType font found for printing; install the package "
            f"{package} (apt-get install -y {package}) or set WORKBAY_PRINT_FONT to a .ttf/.ttc "
            f"file (searched: {', '.join(searched) or 'nothing'})",
            package=package,
            searched=searched,
        )
        self.package = package
        self.searched = searched


class DocumentNotAvailable(WorkbayError):
    """The order is not in a state where this document exists (e.g. no statement before
    settlement); ``why`` is a stable reason code."""

    code = "document_not_available"

    def __init__(self, kind: str, order_number: str, state: str, why: str, message: str) -> None:
        super().__init__(
            f"no {kind} for {order_number} (state {state!r}): {message}",
            kind=kind,
            order_number=order_number,
            state=state,
            why=why,
        )
        self.kind = kind
        self.order_number = order_number
        self.state = state
        self.why = why


class UnknownDocument(WorkbayError):
    code = "unknown_document"

    def __init__(self, what: str, value: str, choices: tuple[str, ...]) -> None:
        super().__init__(
            f"unknown {what} {value!r} (choose one of: {', '.join(choices)})",
            what=what,
            value=value,
        )
        self.what = what
        self.value = value
        self.choices = choices


class PickupTokenInvalid(WorkbayError):
    """A scanned pickup code is not one this installation issued (forged, altered, foreign
    or not a pickup code at all); ``why``: ``format`` | ``signature`` | ``unknown_order``."""

    code = "pickup_token_invalid"

    def __init__(self, why: str, scanned: str) -> None:
        super().__init__(f"not a valid pickup code ({why})", why=why)
        self.why = why
        self.scanned = scanned


class PickupVoucherReleased(PickupTokenInvalid):
    """A pickup voucher scanned after its order was released: the voucher is spent, the
    gate pass (release slip) is what counts now. ``released_at`` is UTC; the params carry it
    as the shop's local time (``YYYY-MM-DD HH:MM``) for the message."""

    code = "pickup_voucher_released"

    def __init__(self, scanned: str, order_number: str, released_at: datetime, release_no: str):
        super().__init__("released", scanned)
        self.message = (
            f"the pickup voucher of {order_number} is no longer valid: the order was already "
            f"released on {released_at.astimezone():%Y-%m-%d %H:%M} (gate pass {release_no})"
        )
        self.args = (self.message,)
        self.params.update(
            order_number=order_number,
            released_at=f"{released_at.astimezone():%Y-%m-%d %H:%M}",
            release_no=release_no,
        )
        self.order_number = order_number
        self.released_at = released_at
        self.release_no = release_no


class GatePassNotReleased(PickupTokenInvalid):
    """A gate pass scanned for an order that is not (or no longer) released."""

    code = "gate_pass_not_released"

    def __init__(self, scanned: str, order_number: str) -> None:
        super().__init__("not_released", scanned)
        self.message = f"the gate pass of {order_number} is not valid: the order is not released"
        self.args = (self.message,)
        self.params.update(order_number=order_number)
        self.order_number = order_number
