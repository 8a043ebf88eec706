"""Why the cashier refused something, in the user's language.

The shared :mod:`ui.common.errors` words every error code; the cashier adds the pickup-code
checks (a forged or altered code is refused, and says so) and, for a refused save, who
changed the order meanwhile, where, when and what.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.errors import ChangeNote, ConflictError, WorkbayError
from ui.cashier import labels
from ui.common.errors import error_text

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

_EVENTS = {
    "settle": QT_TRANSLATE_NOOP("CashierMessages", "settled the order"),
    "void_settlement": QT_TRANSLATE_NOOP("CashierMessages", "voided the settlement"),
    "pay": QT_TRANSLATE_NOOP("CashierMessages", "took a payment"),
    "refund": QT_TRANSLATE_NOOP("CashierMessages", "made a refund"),
    "release": QT_TRANSLATE_NOOP("CashierMessages", "released the order"),
    "line_update": QT_TRANSLATE_NOOP("CashierMessages", "changed a line"),
    "line_remove": QT_TRANSLATE_NOOP("CashierMessages", "removed a line"),
    "extra_work": QT_TRANSLATE_NOOP("CashierMessages", "added extra work"),
    "qc_fail": QT_TRANSLATE_NOOP("CashierMessages", "failed the quality check"),
    "cancel": QT_TRANSLATE_NOOP("CashierMessages", "cancelled the order"),
    "details": QT_TRANSLATE_NOOP("CashierMessages", "changed the order's details"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def not_found(text: str) -> str:
    return QCoreApplication.translate(
        "CashierMessages", "No order %1 here. Scan the pickup code or type the order number."
    ).replace("%1", text)


def ambiguous(count: int) -> str:
    return QCoreApplication.translate(
        "CashierMessages", "%1 orders match: type more of the number."
    ).replace("%1", str(count))


def change_text(note: ChangeNote) -> str:
    """ "Zhao Min at Cashier 2 (14:05) took a payment"."""
    what = _EVENTS.get(note.action)
    return (
        QCoreApplication.translate("CashierMessages", "%1 at %2 (%3) %4")
        .replace("%1", note.user)
        .replace("%2", note.station)
        .replace("%3", labels.local_time(note.at) if note.at is not None else "")
        .replace("%4", _tr(what) if what else note.summary)
    )


def describe(exc: BaseException) -> str:
    """One translated sentence saying why the action was refused (or failed)."""
    if isinstance(exc, WorkbayError) and exc.code == "pickup_token_invalid":
        why = _TOKEN_WHY.get(str(exc.params.get("why")), _TOKEN_WHY["format"])
        return _tr(why)
    if isinstance(exc, ConflictError):
        if not exc.changes:
            return QCoreApplication.translate(
                "CashierMessages",
                "Someone else saved this order first. It was reloaded: check and try again.",
            )
        done = "; ".join(change_text(n) for n in exc.changes)
        return QCoreApplication.translate(
            "CashierMessages", "Meanwhile %1. The order was reloaded: check and try again."
        ).replace("%1", done)
    return error_text(exc)
