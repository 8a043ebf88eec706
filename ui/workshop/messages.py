"""Why the workshop refused something, in the user's language.

The shared :mod:`ui.common.errors` words every error code; the workshop adds what a refused
save needs most: who changed the order meanwhile, where, when and what (ConflictError).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.errors import ChangeNote, ConflictError
from ui.common.errors import error_text
from ui.workshop import labels

_CTX = "WorkshopMessages"

#: what another station did, by the order journal's action
_EVENTS = {
    "approve": QT_TRANSLATE_NOOP("WorkshopMessages", "recorded the customer's signature"),
    "assign": QT_TRANSLATE_NOOP("WorkshopMessages", "assigned a technician"),
    "reassign": QT_TRANSLATE_NOOP("WorkshopMessages", "reassigned the job"),
    "start": QT_TRANSLATE_NOOP("WorkshopMessages", "started the work"),
    "pause": QT_TRANSLATE_NOOP("WorkshopMessages", "paused the work"),
    "resume": QT_TRANSLATE_NOOP("WorkshopMessages", "resumed the work"),
    "finish": QT_TRANSLATE_NOOP("WorkshopMessages", "finished the work"),
    "qc_pass": QT_TRANSLATE_NOOP("WorkshopMessages", "passed the quality check"),
    "qc_fail": QT_TRANSLATE_NOOP("WorkshopMessages", "failed the quality check"),
    "extra_work": QT_TRANSLATE_NOOP("WorkshopMessages", "reported extra work"),
    "extra_work_approved": QT_TRANSLATE_NOOP(
        "WorkshopMessages", "recorded the customer's approval of extra work"
    ),
    "extra_work_declined": QT_TRANSLATE_NOOP(
        "WorkshopMessages", "recorded the customer's refusal of extra work"
    ),
    "line_update": QT_TRANSLATE_NOOP("WorkshopMessages", "changed a line"),
    "line_remove": QT_TRANSLATE_NOOP("WorkshopMessages", "removed a line"),
    "details": QT_TRANSLATE_NOOP("WorkshopMessages", "changed the order's details"),
    "cancel": QT_TRANSLATE_NOOP("WorkshopMessages", "cancelled the order"),
    "settle": QT_TRANSLATE_NOOP("WorkshopMessages", "settled the order"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def change_text(note: ChangeNote) -> str:
    """ "Wang Wei at Bay 2 (14:05) paused the work"."""
    what = _EVENTS.get(note.action)
    return (
        QCoreApplication.translate("WorkshopMessages", "%1 at %2 (%3) %4")
        .replace("%1", note.user)
        .replace("%2", note.station)
        .replace("%3", labels.local_time(note.at) if note.at is not None else "")
        .replace("%4", _tr(what) if what else note.summary)
    )


def describe(exc: BaseException) -> str:
    """One translated sentence saying why the action was refused (or failed)."""
    if isinstance(exc, ConflictError):
        if not exc.changes:
            return QCoreApplication.translate(
                "WorkshopMessages",
                "Someone else saved this order first. It was reloaded: check and try again.",
            )
        done = "; ".join(change_text(n) for n in exc.changes)
        return QCoreApplication.translate(
            "WorkshopMessages", "Meanwhile %1. The order was reloaded: check and try again."
        ).replace("%1", done)
    return error_text(exc)
