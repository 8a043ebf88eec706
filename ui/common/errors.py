"""Domain errors as text the user reads: every error code of ``app`` in the user's language.

``error_text(err)`` is the one place a refused call becomes a message; forms put the text of a
:class:`~app.domain.errors.ValidationError` next to the field it names (see
:mod:`ui.common.field_errors`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from sqlalchemy.exc import OperationalError

from app.domain.enums import OrderState
from app.domain.errors import (
    ChangeNote,
    ConflictError,
    DatabaseUnavailable,
    IllegalTransition,
    NotFound,
    SchemaTooNew,
    ValidationError,
    ValidationErrors,
    WorkbayError,
)
from ui.common import format as fmt
from ui.common import labels

_CTX = "Errors"

#: error code -> English source text; ``{name}`` placeholders come from the error's params
CODES: dict[str, str] = {
    # input rules (app/domain/validation.py)
    "required": QT_TRANSLATE_NOOP("Errors", "This field is required."),
    "too_long": QT_TRANSLATE_NOOP("Errors", "At most {max_len} characters."),
    "control_chars": QT_TRANSLATE_NOOP("Errors", "Contains invisible control characters."),
    "vin_length": QT_TRANSLATE_NOOP("Errors", "A VIN has 17 characters (this has {length})."),
    "vin_letters": QT_TRANSLATE_NOOP("Errors", "A VIN never contains the letters I, O or Q."),
    "vin_chars": QT_TRANSLATE_NOOP("Errors", "A VIN has only letters and digits."),
    "vin_check": QT_TRANSLATE_NOOP(
        "Errors", "The VIN's check digit does not match: a character is mistyped."
    ),
    "plate_province": QT_TRANSLATE_NOOP(
        "Errors", "A plate starts with the province character, e.g. 粤."
    ),
    "plate_length": QT_TRANSLATE_NOOP("Errors", "A plate has 7 characters (new energy: 8)."),
    "plate_format": QT_TRANSLATE_NOOP("Errors", "This is not a valid plate number."),
    "imei_format": QT_TRANSLATE_NOOP("Errors", "An IMEI has 15 digits."),
    "imei_check": QT_TRANSLATE_NOOP(
        "Errors", "The IMEI's check digit does not match: a digit is mistyped."
    ),
    "serial_format": QT_TRANSLATE_NOOP("Errors", "A serial number has 4 to 40 letters and digits."),
    "phone_format": QT_TRANSLATE_NOOP(
        "Errors", "This is not a valid phone number (mobile: 11 digits starting with 1)."
    ),
    "money_format": QT_TRANSLATE_NOOP("Errors", "This is not an amount."),
    "money_float": QT_TRANSLATE_NOOP("Errors", "Amounts must be exact decimals."),
    "money_negative": QT_TRANSLATE_NOOP("Errors", "The amount must not be negative."),
    "money_zero": QT_TRANSLATE_NOOP("Errors", "The amount must be more than zero."),
    "money_precision": QT_TRANSLATE_NOOP("Errors", "An amount has at most two decimal places."),
    "money_too_large": QT_TRANSLATE_NOOP("Errors", "The amount is too large."),
    "quantity_format": QT_TRANSLATE_NOOP("Errors", "This is not a quantity."),
    "quantity_positive": QT_TRANSLATE_NOOP("Errors", "The quantity must be more than zero."),
    "quantity_precision": QT_TRANSLATE_NOOP(
        "Errors", "A quantity has at most three decimal places."
    ),
    "quantity_too_large": QT_TRANSLATE_NOOP("Errors", "The quantity is too large."),
    "percent_format": QT_TRANSLATE_NOOP("Errors", "This is not a percentage."),
    "percent_range": QT_TRANSLATE_NOOP("Errors", "A percentage is from 0 to 100."),
    "percent_precision": QT_TRANSLATE_NOOP("Errors", "At most two decimal places."),
    # services
    "mileage_range": QT_TRANSLATE_NOOP("Errors", "The mileage is out of range."),
    "year_range": QT_TRANSLATE_NOOP("Errors", "This is not a model year."),
    "naive_time": QT_TRANSLATE_NOOP("Errors", "The time has no time zone."),
    "mark_position": QT_TRANSLATE_NOOP("Errors", "A damage mark must lie on the diagram."),
    "unknown_item": QT_TRANSLATE_NOOP("Errors", "This item is not on the checklist."),
    "asset_exists": QT_TRANSLATE_NOOP(
        "Errors", "Already on file: find it with the lookup instead of entering it again."
    ),
    "asset_other_owner": QT_TRANSLATE_NOOP("Errors", "This belongs to another customer."),
    "asset_has_open_order": QT_TRANSLATE_NOOP(
        "Errors", "It has an open order ({value}); close that first."
    ),
    "kind_fixed": QT_TRANSLATE_NOOP("Errors", "The kind of a vehicle or device cannot change."),
    "code_exists": QT_TRANSLATE_NOOP("Errors", "This code is already taken."),
    "already_decided": QT_TRANSLATE_NOOP("Errors", "The customer already decided this line."),
    "refund_too_large": QT_TRANSLATE_NOOP("Errors", "At most {left} can be refunded."),
    # business rules
    "extra_work_undecided": QT_TRANSLATE_NOOP(
        "Errors", "The customer has not yet decided on the extra work."
    ),
    "order_closed": QT_TRANSLATE_NOOP("Errors", "The order is closed."),
    "overpayment": QT_TRANSLATE_NOOP("Errors", "That is more than the balance."),
    "pay_not_settled": QT_TRANSLATE_NOOP("Errors", "Payments are taken once the order is settled."),
    "refund_state": QT_TRANSLATE_NOOP("Errors", "Refunds are made on settled or released orders."),
    "release_no_qc": QT_TRANSLATE_NOOP("Errors", "The quality check has not passed yet."),
    "release_unpaid": QT_TRANSLATE_NOOP("Errors", "{balance} is still to be paid."),
    "reopen_not_released": QT_TRANSLATE_NOOP(
        "Errors", "Only a released order can be reopened for rework."
    ),
    "rework_open": QT_TRANSLATE_NOOP("Errors", "A rework order for this order already exists."),
    "settlement_paid": QT_TRANSLATE_NOOP(
        "Errors", "{paid} is paid on this statement; refund it first."
    ),
    # error classes
    "not_found": QT_TRANSLATE_NOOP("Errors", "Not found: {what} {key}."),
    "conflict": QT_TRANSLATE_NOOP(
        "Errors", "Someone else saved this first. Their change is shown; your input is kept."
    ),
    "schema_too_new": QT_TRANSLATE_NOOP(
        "Errors", "The database is newer than this Workbay. Update Workbay on this station."
    ),
    "db_unavailable": QT_TRANSLATE_NOOP(
        "Errors", "The database cannot be reached. Workbay keeps retrying."
    ),
    "amount_too_large": QT_TRANSLATE_NOOP("Errors", "The total is more than a statement can hold."),
    "line_too_large": QT_TRANSLATE_NOOP("Errors", "The line amount is too large."),
    "payer_unknown": QT_TRANSLATE_NOOP("Errors", "Unknown payer."),
    "request_id": QT_TRANSLATE_NOOP("Errors", "A request id has 1 to 64 characters."),
    "request_reused": QT_TRANSLATE_NOOP(
        "Errors", "This request was already used for another action."
    ),
    "target_not_empty": QT_TRANSLATE_NOOP(
        "Errors", "The target database already holds data; copy into an empty database."
    ),
    "bench_foreign_data": QT_TRANSLATE_NOOP(
        "Errors", "The database holds data that the benchmark did not make."
    ),
    "invalid": QT_TRANSLATE_NOOP("Errors", "Some input was refused."),
    "error": QT_TRANSLATE_NOOP("Errors", "The action was refused."),
    # printing
    "font_not_found": QT_TRANSLATE_NOOP(
        "Errors", "No Chinese font for printing: install the package {package}."
    ),
    "document_not_available": QT_TRANSLATE_NOOP(
        "Errors", "This document does not exist yet for the order in its current state."
    ),
    "unknown_document": QT_TRANSLATE_NOOP("Errors", "Unknown document: {value}."),
    "pickup_token_invalid": QT_TRANSLATE_NOOP(
        "Errors", "This is not a pickup code issued by this shop."
    ),
    "illegal_transition": QT_TRANSLATE_NOOP("Errors", "Not possible while the order is “{state}”."),
}


def _format(source: str, params: dict[str, Any]) -> str:
    text = QCoreApplication.translate(_CTX, source)
    try:
        return text.format(**{k: ("" if v is None else v) for k, v in params.items()})
    except (KeyError, IndexError, ValueError):
        return text


def code_text(code: str, **params: Any) -> str | None:
    source = CODES.get(code)
    return _format(source, params) if source else None


def field_text(err: ValidationError) -> str:
    """The message to show next to the field ``err.field``."""
    params = {"value": err.value, **err.params}
    return code_text(err.code, **params) or err.message


def error_text(err: BaseException) -> str:
    """Any error a service call raised, as one translated sentence (or several, one a line)."""
    if isinstance(err, ValidationErrors):
        return "\n".join(field_text(e) for e in err.errors)
    if isinstance(err, ValidationError):
        return field_text(err)
    if isinstance(err, IllegalTransition):
        try:
            state = labels.name(OrderState(err.state))
        except ValueError:
            state = err.state
        return code_text("illegal_transition", state=state) or str(err)
    if isinstance(err, NotFound):
        return code_text("not_found", what=err.what, key=err.key) or str(err)
    if isinstance(err, ConflictError | SchemaTooNew | DatabaseUnavailable):
        return code_text(err.code) or str(err)
    if isinstance(err, OperationalError):
        return code_text("db_unavailable") or str(err)
    if isinstance(err, WorkbayError):
        return code_text(err.code, **err.params) or err.message
    return QCoreApplication.translate("Errors", "Unexpected error: {error}").format(error=err)


#: what another station did to an order meanwhile, by the order journal's action
ORDER_ACTIONS: dict[str, str] = {
    "approve": QT_TRANSLATE_NOOP("Errors", "recorded the customer's signature"),
    "assign": QT_TRANSLATE_NOOP("Errors", "assigned a technician"),
    "reassign": QT_TRANSLATE_NOOP("Errors", "reassigned the job"),
    "start": QT_TRANSLATE_NOOP("Errors", "started the work"),
    "pause": QT_TRANSLATE_NOOP("Errors", "paused the work"),
    "resume": QT_TRANSLATE_NOOP("Errors", "resumed the work"),
    "finish": QT_TRANSLATE_NOOP("Errors", "finished the work"),
    "qc_pass": QT_TRANSLATE_NOOP("Errors", "passed the quality check"),
    "qc_fail": QT_TRANSLATE_NOOP("Errors", "failed the quality check"),
    "extra_work": QT_TRANSLATE_NOOP("Errors", "reported extra work"),
    "extra_work_approved": QT_TRANSLATE_NOOP(
        "Errors", "recorded the customer's approval of extra work"
    ),
    "extra_work_declined": QT_TRANSLATE_NOOP(
        "Errors", "recorded the customer's refusal of extra work"
    ),
    "line_update": QT_TRANSLATE_NOOP("Errors", "changed a line"),
    "line_remove": QT_TRANSLATE_NOOP("Errors", "removed a line"),
    "details": QT_TRANSLATE_NOOP("Errors", "changed the order's details"),
    "cancel": QT_TRANSLATE_NOOP("Errors", "cancelled the order"),
    "settle": QT_TRANSLATE_NOOP("Errors", "settled the order"),
    "void_settlement": QT_TRANSLATE_NOOP("Errors", "voided the settlement"),
    "pay": QT_TRANSLATE_NOOP("Errors", "took a payment"),
    "refund": QT_TRANSLATE_NOOP("Errors", "made a refund"),
    "release": QT_TRANSLATE_NOOP("Errors", "released the order"),
}


def change_text(note: ChangeNote) -> str:
    """ "Wang Wei at Bay 2 (14:05) paused the work"."""
    what = ORDER_ACTIONS.get(note.action)
    return (
        QCoreApplication.translate("Errors", "%1 at %2 (%3) %4")
        .replace("%1", note.user)
        .replace("%2", note.station)
        .replace("%3", fmt.short_time(note.at) if note.at is not None else "")
        .replace("%4", QCoreApplication.translate(_CTX, what) if what else note.summary)
    )


def order_error_text(err: BaseException) -> str:
    """:func:`error_text` for a desk that reloads the order when a save is refused: a
    conflict says who changed the order meanwhile, where, when and what."""
    if isinstance(err, ConflictError):
        if not err.changes:
            return QCoreApplication.translate(
                "Errors",
                "Someone else saved this order first. It was reloaded: check and try again.",
            )
        done = "; ".join(change_text(n) for n in err.changes)
        return QCoreApplication.translate(
            "Errors", "Meanwhile %1. The order was reloaded: check and try again."
        ).replace("%1", done)
    return error_text(err)


def is_offline(err: BaseException) -> bool:
    """The database cannot be reached (the call may be retried later)."""
    return isinstance(err, DatabaseUnavailable | OperationalError)


def validation_errors(err: BaseException) -> list[ValidationError]:
    """The field errors inside ``err`` (empty if it is not about input)."""
    if isinstance(err, ValidationErrors):
        return list(err.errors)
    if isinstance(err, ValidationError):
        return [err]
    return []
