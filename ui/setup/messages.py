"""The Setup desk's refusals as sentences: the error codes of the settings registry, the shop
profile, staff accounts, the catalog and its import, in the user's language.

``field_message(err)`` is what stands next to a field; codes this desk does not know fall
back to the shared texts of :mod:`ui.common.errors`, then to the service's own message.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.errors import ConflictError, RuleViolation, ValidationError
from ui.common import errors as common
from ui.common import format as fmt

_CTX = "SetupErrors"

CODES: dict[str, str] = {
    # settings registry
    "required": QT_TRANSLATE_NOOP("SetupErrors", "This field is required."),
    "not_text": QT_TRANSLATE_NOOP("SetupErrors", "This must be text."),
    "too_long": QT_TRANSLATE_NOOP("SetupErrors", "At most {max} characters."),
    "bad_format": QT_TRANSLATE_NOOP("SetupErrors", "This is not in the expected format."),
    "not_a_choice": QT_TRANSLATE_NOOP("SetupErrors", "Choose one of the offered values."),
    "not_a_number": QT_TRANSLATE_NOOP("SetupErrors", "This is not a number."),
    "out_of_range": QT_TRANSLATE_NOOP("SetupErrors", "Enter a value from {min} to {max}."),
    "too_many_places": QT_TRANSLATE_NOOP("SetupErrors", "At most {places} decimal places."),
    "too_many": QT_TRANSLATE_NOOP("SetupErrors", "At most {max} entries."),
    "at_least_one": QT_TRANSLATE_NOOP("SetupErrors", "Choose at least one."),
    "duplicate": QT_TRANSLATE_NOOP("SetupErrors", "This is used twice."),
    "bad_prefix": QT_TRANSLATE_NOOP("SetupErrors", "A prefix has 1 to 6 letters or digits."),
    "bad_time": QT_TRANSLATE_NOOP("SetupErrors", "A time like 08:30 is needed."),
    "bad_hours": QT_TRANSLATE_NOOP("SetupErrors", "Enter the opening and the closing time."),
    "closes_before_opening": QT_TRANSLATE_NOOP(
        "SetupErrors", "The closing time must be after the opening time."
    ),
    "bad_date": QT_TRANSLATE_NOOP("SetupErrors", "A date like 2026-10-01 is needed."),
    "holiday_and_workday": QT_TRANSLATE_NOOP(
        "SetupErrors", "{value} is both a holiday and a make-up working day."
    ),
    "before_since": QT_TRANSLATE_NOOP("SetupErrors", "The end of the period is before its start."),
    "no_customer": QT_TRANSLATE_NOOP("SetupErrors", "No customer matches “{value}”."),
    "bad_code": QT_TRANSLATE_NOOP(
        "SetupErrors", "A code has 1 to 40 small letters, digits or _ (e.g. tire_pressure)."
    ),
    "inactive_mandatory": QT_TRANSLATE_NOOP(
        "SetupErrors", "An item that is not active cannot be mandatory."
    ),
    # shop profile
    "bad_length": QT_TRANSLATE_NOOP("SetupErrors", "It has {length} characters."),
    "bad_character": QT_TRANSLATE_NOOP("SetupErrors", "The character “{char}” is not allowed."),
    "bad_check_character": QT_TRANSLATE_NOOP(
        "SetupErrors", "The check character (the last one) does not match: a character is mistyped."
    ),
    "not_image": QT_TRANSLATE_NOOP(
        "SetupErrors", "This file is not a picture (PNG, JPEG, BMP or GIF)."
    ),
    "too_large": QT_TRANSLATE_NOOP(
        "SetupErrors", "The file is too large ({size_mb} MB); at most {max_mb} MB."
    ),
    "not_normalized": QT_TRANSLATE_NOOP("SetupErrors", "The picture could not be used."),
    # staff
    "taken": QT_TRANSLATE_NOOP("SetupErrors", "This is already taken by another member of staff."),
    "reserved": QT_TRANSLATE_NOOP("SetupErrors", "This login is reserved."),
    "bad_login": QT_TRANSLATE_NOOP(
        "SetupErrors", "2 to 40 letters, digits, dots, dashes or underscores."
    ),
    "too_short": QT_TRANSLATE_NOOP("SetupErrors", "At least {min} characters."),
    "one_character": QT_TRANSLATE_NOOP("SetupErrors", "Not the same character over and over."),
    "bad_pin": QT_TRANSLATE_NOOP("SetupErrors", "A PIN has 4 to 8 digits."),
    "bad_language": QT_TRANSLATE_NOOP("SetupErrors", "Choose Chinese or English."),
    "bad_role": QT_TRANSLATE_NOOP("SetupErrors", "Choose a role from the list."),
    "wrong_password": QT_TRANSLATE_NOOP("SetupErrors", "The current password is wrong."),
    "mismatch": QT_TRANSLATE_NOOP("SetupErrors", "The two entries differ."),
    "last_admin": QT_TRANSLATE_NOOP(
        "SetupErrors",
        "{user} is the last active administrator: give another member of staff the "
        "administrator role first.",
    ),
    "deactivate_self": QT_TRANSLATE_NOOP("SetupErrors", "You cannot switch off your own account."),
    # catalog items
    "kind_unknown": QT_TRANSLATE_NOOP(
        "SetupErrors", "“{value}” is not a kind: labor, part or sundry (工时, 配件, 辅料)."
    ),
    "asset_kind_unknown": QT_TRANSLATE_NOOP(
        "SetupErrors", "“{value}” is not a vehicle, device or e-bike (汽车, 手机, 电动车)."
    ),
    "flag_unknown": QT_TRANSLATE_NOOP("SetupErrors", "“{value}” is not yes or no (是 / 否)."),
    "hours_required": QT_TRANSLATE_NOOP(
        "SetupErrors", "Labor priced per hour needs its standard hours."
    ),
    "hours_labor_only": QT_TRANSLATE_NOOP("SetupErrors", "Only labor has standard hours."),
    "flat_labor_only": QT_TRANSLATE_NOOP("SetupErrors", "Only labor has a flat price."),
    "code_exists": QT_TRANSLATE_NOOP("SetupErrors", "This code is already in the catalog."),
    # catalog files
    "file_missing": QT_TRANSLATE_NOOP("SetupErrors", "The file cannot be opened."),
    "file_empty": QT_TRANSLATE_NOOP("SetupErrors", "The file is empty."),
    "file_too_large": QT_TRANSLATE_NOOP(
        "SetupErrors", "The file is too large ({size_mb} MB); at most 20 MB."
    ),
    "file_format": QT_TRANSLATE_NOOP(
        "SetupErrors", "This is neither a CSV file nor an Excel .xlsx workbook."
    ),
    "encoding": QT_TRANSLATE_NOOP(
        "SetupErrors", "The file is neither UTF-8 nor GBK text: save it as “CSV UTF-8”."
    ),
    "csv_malformed": QT_TRANSLATE_NOOP("SetupErrors", "The CSV cannot be read (a broken quote?)."),
    "too_many_rows": QT_TRANSLATE_NOOP("SetupErrors", "At most {limit} rows per file."),
    "no_rows": QT_TRANSLATE_NOOP("SetupErrors", "The file has a header but no items."),
    "empty_row": QT_TRANSLATE_NOOP(
        "SetupErrors", "An empty row inside the data: delete it or fill it."
    ),
    "duplicate_code": QT_TRANSLATE_NOOP(
        "SetupErrors", "The code {value} is already on row {first_row}."
    ),
    "unnamed_column": QT_TRANSLATE_NOOP(
        "SetupErrors", "Column {position} has values but no header."
    ),
    "unknown_column": QT_TRANSLATE_NOOP(
        "SetupErrors", "Unknown column “{value}”: remove it or name it as in an export."
    ),
    "duplicate_column": QT_TRANSLATE_NOOP("SetupErrors", "The column “{value}” appears twice."),
    "missing_column": QT_TRANSLATE_NOOP("SetupErrors", "This column is missing."),
    "extra_cells": QT_TRANSLATE_NOOP(
        "SetupErrors", "A value in column {position}, right of the last column."
    ),
    "export_format": QT_TRANSLATE_NOOP("SetupErrors", "Export as CSV or Excel .xlsx."),
    "export_encoding": QT_TRANSLATE_NOOP("SetupErrors", "Export in UTF-8 or GBK."),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CTX, source)


def _params(err: ValidationError | RuleViolation) -> dict[str, Any]:
    params: dict[str, Any] = dict(err.params)
    if isinstance(err, ValidationError):
        params.setdefault("value", err.value)
    # the services name a limit max / max_len / min_len; the sentences say {max} / {min}
    params.setdefault("max", params.get("max_len", ""))
    params.setdefault("min", params.get("min_len", ""))
    size = params.get("size")
    if isinstance(size, int):
        params["size_mb"] = f"{size / 1_048_576:.1f}"
    limit = params.get("max")
    if isinstance(limit, int) and "size" in params:
        params["max_mb"] = f"{limit / 1_048_576:g}"
    else:
        params.setdefault("max_mb", "5")
    return params


def code_text(code: str, params: dict[str, Any]) -> str | None:
    source = CODES.get(code)
    if source is None:
        return None
    text = _tr(source)
    try:
        return text.format(**{k: ("" if v is None else v) for k, v in params.items()})
    except (KeyError, IndexError, ValueError):
        return text


def row_error_message(code: str, params: dict[str, Any], fallback: str) -> str:
    """An import problem (:class:`app.services.catalog_io.RowError`) as a sentence."""
    params = dict(params)
    size = params.get("size")
    if isinstance(size, int):
        params["size_mb"] = f"{size / 1_048_576:.1f}"
    params.setdefault("max", params.get("max_len", ""))
    text = code_text(code, params) or common.code_text(code, **params)
    return text or fallback or code


def field_message(err: ValidationError) -> str:
    """The sentence next to the field ``err.field``."""
    return code_text(err.code, _params(err)) or common.field_text(err)


_SAVED_FIRST = QT_TRANSLATE_NOOP(
    "SetupErrors", "Someone else saved this first. It was reloaded: check and save again."
)
_WHO_WHERE = QT_TRANSLATE_NOOP("SetupErrors", "%1 at %2 (%3)")
_SAVED_MEANWHILE = QT_TRANSLATE_NOOP(
    "SetupErrors", "Saved meanwhile by %1. It was reloaded: check and save again."
)


def conflict_message(err: ConflictError) -> str:
    """Who saved first, where and when: "Saved meanwhile by Wang Wei at Counter 2 (14:05)"."""
    if not err.changes:
        return _tr(_SAVED_FIRST)
    who = "; ".join(
        _tr(_WHO_WHERE)
        .replace("%1", n.user)
        .replace("%2", n.station)
        .replace("%3", fmt.short_time(n.at) if n.at is not None else "")
        for n in err.changes
    )
    return _tr(_SAVED_MEANWHILE).replace("%1", who)


def error_message(err: BaseException) -> str:
    """Any refusal of a setup service as one sentence (or several, one a line)."""
    if isinstance(err, ConflictError):
        return conflict_message(err)
    if isinstance(err, RuleViolation):
        return code_text(err.code, _params(err)) or common.error_text(err)
    errs = common.validation_errors(err)
    if errs:
        return "\n".join(field_message(e) for e in errs)
    return common.error_text(err)
