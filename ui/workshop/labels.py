"""The workshop's words: board and line column titles, markers, and how times read.

Item models in ``ui/models`` hold no user-visible text; the workshop hands them this module
(see :class:`ui.models.workshop_board.BoardModel`), so the words live in the workshop's
translation files. Names of states, pause reasons, payers... are shared by every desk
(:mod:`ui.common.labels`).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.enums import Approval, LineKind, OrderState, PauseReason, Payer
from ui.common import format as fmt
from ui.common import labels as common

_CTX = "WorkshopLabels"

#: board columns, by the keys BoardModel uses
_BOARD_HEADERS = {
    "number": QT_TRANSLATE_NOOP("WorkshopLabels", "Order"),
    "state": QT_TRANSLATE_NOOP("WorkshopLabels", "Status"),
    "waiting": QT_TRANSLATE_NOOP("WorkshopLabels", "Waiting for"),
    "asset": QT_TRANSLATE_NOOP("WorkshopLabels", "Vehicle / device"),
    "customer": QT_TRANSLATE_NOOP("WorkshopLabels", "Customer"),
    "technician": QT_TRANSLATE_NOOP("WorkshopLabels", "Technician"),
    "promised": QT_TRANSLATE_NOOP("WorkshopLabels", "Promised"),
    "on_site": QT_TRANSLATE_NOOP("WorkshopLabels", "Customer waits"),
}

_LINE_HEADERS = {
    "kind": QT_TRANSLATE_NOOP("WorkshopLabels", "Kind"),
    "code": QT_TRANSLATE_NOOP("WorkshopLabels", "Code"),
    "description": QT_TRANSLATE_NOOP("WorkshopLabels", "Description"),
    "quantity": QT_TRANSLATE_NOOP("WorkshopLabels", "Qty"),
    "unit_price": QT_TRANSLATE_NOOP("WorkshopLabels", "Unit price"),
    "amount": QT_TRANSLATE_NOOP("WorkshopLabels", "Amount"),
    "approval": QT_TRANSLATE_NOOP("WorkshopLabels", "Customer's decision"),
    "payer": QT_TRANSLATE_NOOP("WorkshopLabels", "Paid by"),
}


def state(value: OrderState) -> str:
    return common.name(value)


def pause_reason(value: PauseReason | None) -> str:
    return common.name(value) if value is not None else ""


def approval(value: Approval) -> str:
    return common.name(value)


def line_kind(value: LineKind) -> str:
    return common.name(value)


def payer(value: Payer) -> str:
    return common.name(value)


def board_header(key: str) -> str:
    return QCoreApplication.translate(_CTX, _BOARD_HEADERS[key])


def line_header(key: str) -> str:
    return QCoreApplication.translate(_CTX, _LINE_HEADERS[key])


def unassigned() -> str:
    return QCoreApplication.translate("WorkshopLabels", "Unassigned")


def on_site() -> str:
    return QCoreApplication.translate("WorkshopLabels", "In the lounge")


def extra_work() -> str:
    return QCoreApplication.translate("WorkshopLabels", "Extra work")


def late(promised: str) -> str:
    """The promised time of a late order, e.g. "14:30 · LATE" (never colour alone)."""
    return QCoreApplication.translate("WorkshopLabels", "%1 · LATE").replace("%1", promised)


def late_tooltip(promised: str) -> str:
    return QCoreApplication.translate("WorkshopLabels", "Late: promised for %1").replace(
        "%1", promised
    )


#: "14:30" today, "11-24 14:30" otherwise
local_time = fmt.short_time
