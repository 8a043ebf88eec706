"""Domain errors as text the user reads: every error code of ``app`` in the user's language.

``error_text(err)`` is the one place a refused call becomes a message; forms put the text of a
:class:`~app.domain.errors.ValidationError` next to the field it names (see
:mod:`ui.common.field_errors`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from sqlalchemy.exc import OperationalError

from app.domain.enums import OrderState, Role
from app.domain.errors import (
    AccessDenied,
    ChangeNote,
    ConflictError,
    DatabaseUnavailable,
    IllegalTransition,
    NotFound,
    SchemaTooNew,
    SignInRefused,
    ValidationError,
    ValidationErrors,
    WorkbayError,
)
from app.domain.permissions import Permission
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
    "vin_check_unverified": QT_TRANSLATE_NOOP(
        "Errors",
        "Position 9 is not a check digit (usual for European and Japanese makes): "
        "compare the VIN with the papers, then confirm.",
    ),
    "invisible_only": QT_TRANSLATE_NOOP(
        "Errors", "Only invisible characters: type it again or leave it empty."
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
    "phone_too_short": QT_TRANSLATE_NOOP(
        "Errors",
        "Digits are missing (mobile: 11 digits; landline with its area code, e.g. 0755-88886666).",
    ),
    "phone_too_long": QT_TRANSLATE_NOOP("Errors", "This phone number has too many digits."),
    "phone_country": QT_TRANSLATE_NOOP(
        "Errors", "Unknown country code: a foreign number starts with + and its country code."
    ),
    "phone_extension": QT_TRANSLATE_NOOP(
        "Errors", "Leave the extension out of the number; write it in the notes."
    ),
    "money_format": QT_TRANSLATE_NOOP("Errors", "This is not an amount."),
    "money_float": QT_TRANSLATE_NOOP("Errors", "Amounts must be exact decimals."),
    "money_negative": QT_TRANSLATE_NOOP("Errors", "The amount must not be negative."),
    "money_zero": QT_TRANSLATE_NOOP("Errors", "The amount must be more than zero."),
    "money_precision": QT_TRANSLATE_NOOP("Errors", "An amount has at most two decimal places."),
    "money_too_large": QT_TRANSLATE_NOOP("Errors", "The amount is too large."),
    # a price cell or field left empty (ui/common/cell_editing.py): a free line is said
    "price_empty": QT_TRANSLATE_NOOP("Errors", "Type a price: 0 for a line given free."),
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
    "date_future": QT_TRANSLATE_NOOP("Errors", "This date is in the future."),
    "date_format": QT_TRANSLATE_NOOP(
        "Errors", "Not a date: type year, month, day, e.g. 2026-03-01 or 20260301."
    ),
    "promised_past": QT_TRANSLATE_NOOP(
        "Errors", "The promised time has passed: promise a time still to come."
    ),
    "mileage_lower": QT_TRANSLATE_NOOP(
        "Errors",
        "Lower than at the last visit ({last_km:,} km): check the odometer, then confirm.",
    ),
    "mileage_out_below_in": QT_TRANSLATE_NOOP(
        "Errors", "Mileage out is below the mileage in ({mileage_in:,} km)."
    ),
    "legal_facts_closed": QT_TRANSLATE_NOOP(
        "Errors", "The order is closed: its repair category and mileage are on its documents."
    ),
    "certificate_no_qc": QT_TRANSLATE_NOOP(
        "Errors", "The completion certificate is issued once the final inspection passes."
    ),
    "certificate_not_vehicle": QT_TRANSLATE_NOOP(
        "Errors", "A completion certificate is issued for vehicles only."
    ),
    "invalid_choice": QT_TRANSLATE_NOOP("Errors", "Choose one of the listed values."),
    "not_sanbao": QT_TRANSLATE_NOOP(
        "Errors",
        "Only a 三包 repair has these costs: the car is not under 三包 and no line is paid "
        "by the warranty.",
    ),
    "unknown_field": QT_TRANSLATE_NOOP("Errors", "There is no such field."),
    "period_reversed": QT_TRANSLATE_NOOP("Errors", "The period ends before it starts."),
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
    # staff and sign-in (app/services/staff.py, auth.py)
    "password_mismatch": QT_TRANSLATE_NOOP("Errors", "The two passwords differ: type it again."),
    "too_short": QT_TRANSLATE_NOOP("Errors", "At least {min_len} characters."),
    "one_character": QT_TRANSLATE_NOOP("Errors", "Not the same character over and over."),
    "bad_pin": QT_TRANSLATE_NOOP("Errors", "A PIN has 4 to 8 digits."),
    "bad_login": QT_TRANSLATE_NOOP(
        "Errors", "A login has 2 to 40 letters, digits, dots, dashes or underscores."
    ),
    "reserved": QT_TRANSLATE_NOOP("Errors", "This login is reserved: choose another."),
    "bad_language": QT_TRANSLATE_NOOP("Errors", "Choose Chinese or English."),
    "bad_role": QT_TRANSLATE_NOOP("Errors", "Unknown role."),
    "taken": QT_TRANSLATE_NOOP("Errors", "Already taken by someone on the staff."),
    "wrong_password": QT_TRANSLATE_NOOP("Errors", "The current password is wrong."),
    "deactivate_self": QT_TRANSLATE_NOOP("Errors", "You cannot switch off your own account."),
    "last_admin": QT_TRANSLATE_NOOP(
        "Errors", "This is the last administrator: make someone else one first."
    ),
    "already_set_up": QT_TRANSLATE_NOOP(
        "Errors", "Workbay already has an administrator (set up at another station): sign in."
    ),
    # catalog, checklists and its files (app/services/catalog*.py, setup.py)
    "asset_kind_unknown": QT_TRANSLATE_NOOP(
        "Errors", "Unknown kind of vehicle or device: vehicle, device or e-bike."
    ),
    "kind_unknown": QT_TRANSLATE_NOOP("Errors", "Unknown kind: labor, part or sundry."),
    "flat_labor_only": QT_TRANSLATE_NOOP("Errors", "Only labor has a flat price."),
    "hours_labor_only": QT_TRANSLATE_NOOP("Errors", "Only labor has standard hours."),
    "hours_required": QT_TRANSLATE_NOOP(
        "Errors", "Labor priced by the hour needs its standard hours."
    ),
    "at_least_one": QT_TRANSLATE_NOOP("Errors", "At least one is needed."),
    "bad_code": QT_TRANSLATE_NOOP("Errors", "A code has 1 to 40 small letters, digits or _."),
    "duplicate": QT_TRANSLATE_NOOP("Errors", "Used twice: each must be different."),
    "inactive_mandatory": QT_TRANSLATE_NOOP(
        "Errors", "An item that is switched off cannot be mandatory."
    ),
    "import_refused": QT_TRANSLATE_NOOP(
        "Errors", "The file was refused and nothing was imported: see the rows named."
    ),
    "export_format": QT_TRANSLATE_NOOP("Errors", "Export as CSV or Excel (.xlsx)."),
    "export_encoding": QT_TRANSLATE_NOOP("Errors", "A CSV file is written in UTF-8 or GBK."),
    "export_not_encodable": QT_TRANSLATE_NOOP(
        "Errors", "Row {row} holds “{char}”, which GBK cannot hold: export as UTF-8."
    ),
    # settings and the shop profile (app/settings, app/services/settings.py, shop.py)
    "unknown_setting": QT_TRANSLATE_NOOP("Errors", "No such setting."),
    "secret": QT_TRANSLATE_NOOP("Errors", "This cannot be read or set here."),
    "station_setting": QT_TRANSLATE_NOOP(
        "Errors", "This is kept on each station, not shared: change it in Settings there."
    ),
    "not_station_setting": QT_TRANSLATE_NOOP("Errors", "This is not kept on the station."),
    "not_shared": QT_TRANSLATE_NOOP("Errors", "This cannot be set from the command line."),
    "not_assignment": QT_TRANSLATE_NOOP("Errors", "Write it as KEY=VALUE."),
    "not_text": QT_TRANSLATE_NOOP("Errors", "This must be text."),
    "not_a_number": QT_TRANSLATE_NOOP("Errors", "This must be a whole number."),
    "not_a_map": QT_TRANSLATE_NOOP("Errors", "This is not in the expected form."),
    "not_a_choice": QT_TRANSLATE_NOOP("Errors", "This is not one of the choices."),
    "out_of_range": QT_TRANSLATE_NOOP("Errors", "This must be from {min} to {max}."),
    "too_many_places": QT_TRANSLATE_NOOP("Errors", "At most {places} decimal places."),
    "too_small": QT_TRANSLATE_NOOP("Errors", "This is too small."),
    "bad_prefix": QT_TRANSLATE_NOOP("Errors", "A prefix has 1 to 6 letters or digits."),
    "bad_kind": QT_TRANSLATE_NOOP("Errors", "No such kind of document."),
    "bad_time": QT_TRANSLATE_NOOP("Errors", "A time like 08:30, please."),
    "bad_hours": QT_TRANSLATE_NOOP("Errors", "Give the opening and the closing time."),
    "closes_before_opening": QT_TRANSLATE_NOOP("Errors", "It closes before it opens."),
    "bad_date": QT_TRANSLATE_NOOP("Errors", "A date like 2026-10-01, please."),
    "not_image": QT_TRANSLATE_NOOP("Errors", "This file is not a picture (PNG or JPEG)."),
    "too_large": QT_TRANSLATE_NOOP("Errors", "The picture is too large: at most 5 MB."),
    "unreadable": QT_TRANSLATE_NOOP("Errors", "The file cannot be read."),
    # the audit log (app/services/audit_log.py)
    "before_since": QT_TRANSLATE_NOOP("Errors", "The end of the period is before its start."),
    "unknown_language": QT_TRANSLATE_NOOP("Errors", "Chinese or English, please."),
    # command lines
    "stdin_missing": QT_TRANSLATE_NOOP("Errors", "Nothing was given on the standard input."),
    "forbidden": QT_TRANSLATE_NOOP("Errors", "Your roles do not include this right."),
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
    # customer care (app/services/followups.py)
    "customer_gone": QT_TRANSLATE_NOOP(
        "Errors", "This customer's file was merged or anonymised: no calls to it."
    ),
    "followup_closed": QT_TRANSLATE_NOOP("Errors", "This follow-up is already closed."),
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
    "db_busy": QT_TRANSLATE_NOOP(
        "Errors", "Another station is holding this up. Nothing was saved: try again in a moment."
    ),
    "desk_busy": QT_TRANSLATE_NOOP(
        "Errors", "Still sending the last action: it was not sent a second time."
    ),
    "action_waiting": QT_TRANSLATE_NOOP(
        "Errors",
        "An action on {subject} is kept on this station and waits to be sent: "
        "the order can change again once the connection is back.",
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
    "bench_no_assets": QT_TRANSLATE_NOOP(
        "Errors", "The database holds no vehicles or devices for the benchmark to take in."
    ),
    "bench_foreign_data": QT_TRANSLATE_NOOP(
        "Errors", "The database holds data that the benchmark did not make."
    ),
    "bench_screen_silent": QT_TRANSLATE_NOOP(
        "Errors", "The benchmark's second station did not answer in time."
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
    "pickup_voucher_released": QT_TRANSLATE_NOOP(
        "Errors",
        "This pickup voucher of {order_number} is no longer valid: the order was already "
        "released on {released_at} (gate pass {release_no}).",
    ),
    "gate_pass_not_released": QT_TRANSLATE_NOOP(
        "Errors", "This gate pass of {order_number} is not valid: the order is not released."
    ),
    "illegal_transition": QT_TRANSLATE_NOOP("Errors", "Not possible while the order is “{state}”."),
    # complaints and messages (app/services/complaints.py, messages.py, privacy_requests.py)
    "anonymised": QT_TRANSLATE_NOOP(
        "Errors", "This customer was anonymised on request: no calls, messages or new cases."
    ),
    "merged": QT_TRANSLATE_NOOP(
        "Errors", "This customer's file was merged into another: use that file."
    ),
    "in_future": QT_TRANSLATE_NOOP("Errors", "This time is in the future."),
    "before_wait": QT_TRANSLATE_NOOP("Errors", "This is before the wait began."),
    "same_owner": QT_TRANSLATE_NOOP("Errors", "This staff member already owns the complaint."),
    "cannot_handle": QT_TRANSLATE_NOOP(
        "Errors", "{name} cannot handle complaints: hand it to someone who can."
    ),
    "complaint_closed": QT_TRANSLATE_NOOP("Errors", "The complaint is closed: reopen it first."),
    "complaint_waiting": QT_TRANSLATE_NOOP(
        "Errors", "The complaint waits for parts or a verdict: resume it first."
    ),
    "complaint_not_waitable": QT_TRANSLATE_NOOP(
        "Errors", "The complaint is closed or already waiting."
    ),
    "complaint_not_waiting": QT_TRANSLATE_NOOP("Errors", "The complaint is not waiting."),
    "complaint_not_closed": QT_TRANSLATE_NOOP("Errors", "Only a closed complaint is reopened."),
    "unknown_placeholder": QT_TRANSLATE_NOOP(
        "Errors", "The template uses {{{name}}}, which this message does not have ({known})."
    ),
    "bad_template": QT_TRANSLATE_NOOP(
        "Errors", "The template's braces do not match: write {{name}} for a placeholder."
    ),
    "missing_value": QT_TRANSLATE_NOOP("Errors", "No value for the placeholder {name}."),
    "no_template": QT_TRANSLATE_NOOP("Errors", "There is no template for this message."),
    "no_consent": QT_TRANSLATE_NOOP(
        "Errors", "The customer has not agreed to be contacted this way ({channel})."
    ),
    "no_phone": QT_TRANSLATE_NOOP("Errors", "The customer has no phone number on file."),
    "no_gateway": QT_TRANSLATE_NOOP(
        "Errors", "No SMS gateway is saved: enter the AccessKey ID and secret and save first."
    ),
    "sms_failed": QT_TRANSLATE_NOOP("Errors", "The SMS gateway did not take it: {reason}"),
    # appointments (app/services/appointments.py)
    "slot_full": QT_TRANSLATE_NOOP(
        "Errors",
        "The {slot} slot has {free} of {capacity} h free and this booking needs {wanted} h: "
        "choose another slot, or a manager lets it in.",
    ),
    "slot_in_past": QT_TRANSLATE_NOOP("Errors", "This slot has already begun: {value}."),
    "holiday": QT_TRANSLATE_NOOP("Errors", "The shop is closed on this holiday: {value}."),
    "closed_day": QT_TRANSLATE_NOOP("Errors", "The shop is closed that day: {value}."),
    "outside_hours": QT_TRANSLATE_NOOP(
        "Errors",
        "{value} is not a slot: the shop books {minutes}-minute slots from {opens} to {closes}.",
    ),
    "dst_gap": QT_TRANSLATE_NOOP(
        "Errors", "{value} does not exist that day: the clocks go forward. Choose another time."
    ),
    "already_booked": QT_TRANSLATE_NOOP(
        "Errors", "This vehicle or device is already booked that day, at {at}."
    ),
    "no_standard_hours": QT_TRANSLATE_NOOP(
        "Errors", "“{item}” has no standard hours: type the hours it takes."
    ),
    "appointment_cancelled": QT_TRANSLATE_NOOP(
        "Errors",
        "This appointment was cancelled ({reason}): book again or take it in as a walk-in.",
    ),
    "appointment_arrived": QT_TRANSLATE_NOOP("Errors", "This customer has already arrived."),
    "appointment_no_show": QT_TRANSLATE_NOOP(
        "Errors", "This appointment was marked as not come ({reason})."
    ),
    "not_late_yet": QT_TRANSLATE_NOOP(
        "Errors", "A customer counts as not come only 30 minutes after the slot."
    ),
    "asset_not_in_use": QT_TRANSLATE_NOOP(
        "Errors", "This vehicle or device is marked {status}: it is not booked."
    ),
    "not_the_owner": QT_TRANSLATE_NOOP(
        "Errors", "This vehicle or device belongs to another customer."
    ),
    "other_asset": QT_TRANSLATE_NOOP("Errors", "The appointment is for another vehicle or device."),
}


#: every right, as what the user may (not) do: "You may not <right>"
RIGHTS: dict[Permission, str] = {
    Permission.VIEW: QT_TRANSLATE_NOOP("Errors", "look up orders and customers"),
    Permission.EDIT_CUSTOMERS: QT_TRANSLATE_NOOP("Errors", "change customers and their vehicles"),
    Permission.INTAKE: QT_TRANSLATE_NOOP("Errors", "take in vehicles and devices"),
    Permission.EDIT_LINES: QT_TRANSLATE_NOOP("Errors", "change an order's lines"),
    Permission.PROPOSE_EXTRA_WORK: QT_TRANSLATE_NOOP("Errors", "report extra work"),
    Permission.DECIDE_EXTRA_WORK: QT_TRANSLATE_NOOP(
        "Errors", "record the customer's answer to extra work"
    ),
    Permission.ASSIGN: QT_TRANSLATE_NOOP("Errors", "assign jobs to technicians"),
    Permission.WORK: QT_TRANSLATE_NOOP("Errors", "start, pause and finish jobs"),
    Permission.QUALITY_CHECK: QT_TRANSLATE_NOOP("Errors", "do the quality check"),
    Permission.CANCEL: QT_TRANSLATE_NOOP("Errors", "cancel an order"),
    Permission.REOPEN: QT_TRANSLATE_NOOP("Errors", "reopen an order for rework"),
    Permission.DISCOUNT: QT_TRANSLATE_NOOP("Errors", "change who pays a line or its discount"),
    Permission.SETTLE: QT_TRANSLATE_NOOP("Errors", "settle an order"),
    Permission.PAY: QT_TRANSLATE_NOOP("Errors", "take payments"),
    Permission.RELEASE: QT_TRANSLATE_NOOP("Errors", "release a vehicle or device"),
    Permission.DISCOUNT_OVER_LIMIT: QT_TRANSLATE_NOOP("Errors", "give a discount beyond the limit"),
    Permission.PRICE_BELOW_CATALOG: QT_TRANSLATE_NOOP("Errors", "price a line below the catalog"),
    Permission.REFUND: QT_TRANSLATE_NOOP("Errors", "make a refund"),
    Permission.VOID_SETTLEMENT: QT_TRANSLATE_NOOP("Errors", "void a settlement statement"),
    Permission.RELEASE_ON_ACCOUNT: QT_TRANSLATE_NOOP(
        "Errors", "release with a balance owing (on account)"
    ),
    Permission.CANCEL_WITH_WORK: QT_TRANSLATE_NOOP("Errors", "cancel an order with work done"),
    Permission.SETUP: QT_TRANSLATE_NOOP("Errors", "change the shop's setup"),
    Permission.EDIT_CATALOG: QT_TRANSLATE_NOOP("Errors", "change the catalog"),
    Permission.MANAGE_STAFF: QT_TRANSLATE_NOOP("Errors", "manage staff accounts"),
    Permission.VIEW_AUDIT: QT_TRANSLATE_NOOP("Errors", "read the audit log"),
    Permission.FOLLOW_UP: QT_TRANSLATE_NOOP("Errors", "make follow-up and reminder calls"),
    Permission.COMPLAINTS: QT_TRANSLATE_NOOP("Errors", "record and handle complaints"),
    Permission.MESSAGES: QT_TRANSLATE_NOOP("Errors", "send messages to customers"),
    Permission.PRIVACY_REQUESTS: QT_TRANSLATE_NOOP(
        "Errors", "export or anonymise a customer's data"
    ),
    Permission.APPOINTMENTS: QT_TRANSLATE_NOOP("Errors", "book, move and cancel appointments"),
    Permission.OVERBOOK: QT_TRANSLATE_NOOP("Errors", "book into a full slot"),
}

#: every role's name as the shop says it
ROLES: dict[Role, str] = {
    Role.ADVISOR: QT_TRANSLATE_NOOP("Errors", "Service advisor"),
    Role.TECHNICIAN: QT_TRANSLATE_NOOP("Errors", "Technician"),
    Role.TEAM_LEAD: QT_TRANSLATE_NOOP("Errors", "Team lead"),
    Role.INSPECTOR: QT_TRANSLATE_NOOP("Errors", "Quality inspector"),
    Role.CASHIER: QT_TRANSLATE_NOOP("Errors", "Cashier"),
    Role.PARTS: QT_TRANSLATE_NOOP("Errors", "Parts clerk"),
    Role.FOLLOW_UP: QT_TRANSLATE_NOOP("Errors", "Follow-up agent"),
    Role.MANAGER: QT_TRANSLATE_NOOP("Errors", "Service manager"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Errors", "Administrator"),
}

#: why a sign-in, PIN or staff card was refused, by ``SignInRefused.code`` (and, for wrong
#: credentials, by what was typed)
SIGN_IN: dict[str, str] = {
    "bad_credentials": QT_TRANSLATE_NOOP(
        "Errors", "The login, password, PIN or staff card was not accepted."
    ),
    "bad_password": QT_TRANSLATE_NOOP(
        "Errors", "Wrong login or password. Check Caps Lock and try again."
    ),
    "bad_pin": QT_TRANSLATE_NOOP("Errors", "Wrong login or PIN, or a staff card not valid here."),
    "bad_unlock": QT_TRANSLATE_NOOP("Errors", "Wrong password or PIN."),
    "locked": QT_TRANSLATE_NOOP(
        "Errors", "Too many wrong tries: this account is locked until {until}."
    ),
    "locked_nodate": QT_TRANSLATE_NOOP(
        "Errors", "Too many wrong tries: this account is locked for a while."
    ),
    "inactive": QT_TRANSLATE_NOOP(
        "Errors", "This account is switched off. Ask the manager to switch it on."
    ),
    "no_pin": QT_TRANSLATE_NOOP(
        "Errors", "This account has no PIN yet: ask the manager to set one in Setup."
    ),
}


def right_text(permission: Permission | str) -> str:
    """What ``permission`` lets one do, in the user's language ("make a refund")."""
    try:
        source = RIGHTS[Permission(permission)]
    except ValueError:
        return str(permission)
    return QCoreApplication.translate(_CTX, source)


def role_text(role: Role | str) -> str:
    """A role's name in the user's language ("Service manager")."""
    try:
        source = ROLES[Role(role)]
    except ValueError:
        return str(role)
    return QCoreApplication.translate(_CTX, source)


def roles_text(roles: tuple[str, ...] | list[str] | frozenset[Role]) -> str:
    """Several roles, in the order of :class:`Role`, joined the user's way."""
    values = {str(r) for r in roles}
    known = [r for r in Role if r.value in values]
    if not known:
        return QCoreApplication.translate("Errors", "none")
    return QCoreApplication.translate("Errors", ", ").join(role_text(r) for r in known)


def access_text(err: AccessDenied) -> str:
    """ "You may not make a refund: your roles (Service advisor) do not include it." — or, for
    an action a manager may approve, what approval is needed."""
    if err.approvable:
        return QCoreApplication.translate(
            "Errors", "A manager's approval is needed to %1."
        ).replace("%1", right_text(err.permission))
    return (
        QCoreApplication.translate("Errors", "You may not %1: your roles (%2) do not include it.")
        .replace("%1", right_text(err.permission))
        .replace("%2", roles_text(err.roles))
    )


def sign_in_text(err: SignInRefused, typed: str = "") -> str:
    """Why a sign-in, PIN or staff card was refused, in the user's language; ``typed`` says
    what wrong credentials were: ``"password"``, ``"pin"`` (or card) or ``"unlock"``."""
    if err.code == "locked":
        until = err.params.get("until")
        if until is None:
            return QCoreApplication.translate(_CTX, SIGN_IN["locked_nodate"])
        return QCoreApplication.translate(_CTX, SIGN_IN["locked"]).format(
            until=fmt.local_time(until)
        )
    code = err.code
    if code == "bad_credentials" and typed:
        code = f"bad_{typed}"
    source = SIGN_IN.get(code) or SIGN_IN.get(err.code)
    return QCoreApplication.translate(_CTX, source) if source else err.message


def refusal_text(err: BaseException, typed: str = "") -> str:
    """:func:`error_text`, with a refused sign-in worded for what was ``typed``
    (``"password"``, ``"pin"`` or ``"unlock"``)."""
    if isinstance(err, SignInRefused):
        return sign_in_text(err, typed)
    return error_text(err)


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
    if isinstance(err, AccessDenied):
        return access_text(err)
    if isinstance(err, SignInRefused):
        return sign_in_text(err)
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
    "intake": QT_TRANSLATE_NOOP("Errors", "took the order in"),
    "estimate": QT_TRANSLATE_NOOP("Errors", "added lines to the estimate"),
    "inspection": QT_TRANSLATE_NOOP("Errors", "recorded the walk-around inspection"),
    "reopen": QT_TRANSLATE_NOOP("Errors", "opened the order as a rework"),
    "reworked": QT_TRANSLATE_NOOP("Errors", "reopened the order for rework"),
    "next_service": QT_TRANSLATE_NOOP("Errors", "set the next service"),
    "legal_facts": QT_TRANSLATE_NOOP(
        "Errors", "recorded the repair category, mileage out or old parts"
    ),
    "certificate": QT_TRANSLATE_NOOP("Errors", "issued the completion certificate"),
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


def conflict_text(err: ConflictError, describe: Callable[[str], str]) -> str:
    """A save refused because someone else saved the record first (a complaint, a
    follow-up...): who, where, when and what they did (``describe(action)``), one change a
    clause; the caller reloads the record."""
    if not err.changes:
        return QCoreApplication.translate(
            "Errors", "Someone else saved this first. It was reloaded: check and try again."
        )
    done = "; ".join(
        QCoreApplication.translate("Errors", "%1 at %2 (%3) %4")
        .replace("%1", n.user or "?")
        .replace("%2", n.station)
        .replace("%3", fmt.short_time(n.at) if n.at is not None else "")
        .replace("%4", describe(n.action))
        for n in err.changes
    )
    return QCoreApplication.translate(
        "Errors", "Refused: meanwhile %1. It was reloaded: check and try again."
    ).replace("%1", done)


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
