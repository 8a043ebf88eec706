"""Why the cashier refused something, in the user's language.

The shared :mod:`ui.common.errors` words every error code and, for a refused save, who
changed the order meanwhile (:func:`~ui.common.errors.order_error_text`); the cashier adds
the pickup-code checks (a forged or altered code is refused, and says so) and the scan
box's answers.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.errors import WorkbayError
from ui.common.errors import order_error_text

_CTX = "CashierMessages"

_TOKEN_WHY = {
    "format": QT_TRANSLATE_NOOP(
        "CashierMessages", "This is not a pickup code or order number of this shop."
    ),
    "signature": QT_TRANSLATE_NOOP(
        "CashierMessages",
        "Refused: this pickup code was altered or forged (its signature does not match). "
        "Check the customer's voucher and ID.",
    ),
    "unknown_order": QT_TRANSLATE_NOOP(
        "CashierMessages", "Refused: this pickup code names an order that does not exist here."
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def not_found(text: str) -> str:
    return QCoreApplication.translate(
        "CashierMessages", "No order %1 here. Scan the pickup code or type the order number."
    ).replace("%1", text)


def ambiguous(count: int) -> str:
    return QCoreApplication.translate(
        "CashierMessages", "%n order(s) match: type more of the number.", "", count
    )


def describe(exc: BaseException) -> str:
    """One translated sentence saying why the action was refused (or failed)."""
    if isinstance(exc, WorkbayError) and exc.code == "pickup_token_invalid":
        why = _TOKEN_WHY.get(str(exc.params.get("why")), _TOKEN_WHY["format"])
        return _tr(why)
    return order_error_text(exc)
