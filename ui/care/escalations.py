"""A missed complaint deadline reaches the service manager, whatever desk is open.

:class:`EscalationWatch` does two things for the main window:

* **it escalates.** Every minute (and once at the start) it sends the desks' command
  ``escalate_complaints`` (``app.services.complaints.escalate_due``): a deadline that passes
  with nobody touching the complaint is escalated by whichever station runs first. The
  service is idempotent (one escalation per complaint, deadline and due instant), so every
  signed-in station runs it and a deadline still escalates with only one station open; two
  stations at the same second cost one refused transaction, retried the next minute.
* **it counts.** The open complaints with a missed deadline, read again whenever a
  complaint changes on the change feed (an escalation published by any station arrives
  there, through the live link from other stations), so the count on a manager's status
  bar moves live. ``count_changed(int)`` says it; ``escalated(int)`` says how many were
  escalated by this station's last check.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.services import complaints
from app.services.context import ServiceContext
from ui.changes import ChangeAdapter
from ui.common.calls import call
from ui.common.commands import run_command
from ui.stations.live import LiveSync

CHECK_MS = 60_000


class EscalationWatch(QObject):
    count_changed = Signal(int)
    escalated = Signal(int)

    def __init__(
        self,
        ctx: ServiceContext,
        changes: ChangeAdapter,
        parent: QObject | None = None,
        *,
        live: LiveSync | None = None,
        interval_ms: int = CHECK_MS,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.live = live
        self.count = 0
        self.counting = False  # whether anyone shows the count (a manager's window)
        self._checking = False
        self.daily = False
        self._classifying = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(200)
        self._soon.timeout.connect(self.recount)
        changes.changed.connect(self._on_changes)

    def start(self, *, escalate: bool = True, count: bool = True, daily: bool = False) -> None:
        """``escalate``: run the periodic check from this station; ``count``: keep the
        count of overdue complaints (a manager's window); ``daily``: with the check, the
        day's value classes when nobody ran them today (a user with the follow-up right)."""
        self.counting = count
        self.daily = daily
        if escalate:
            self._timer.start()
            self.check()
        elif count:
            self.recount()

    def stop(self) -> None:
        self._timer.stop()
        self._soon.stop()

    def check(self) -> None:
        """Escalate every missed deadline not escalated yet, then count."""
        if self._checking:
            return
        self._checking = True
        run_command(
            self,
            self.ctx,
            "escalate_complaints",
            {},
            self._on_checked,
            self._on_check_failed,
            live=self.live,
        )

    def _on_checked(self, new: list[Any]) -> None:
        self._checking = False
        if new:
            self.escalated.emit(len(new))
        self.recount()
        self._daily_classes()

    def _daily_classes(self) -> None:
        """The day's classification, if no station has run it today (one settings read when
        it has; ``app.services.value_classes.daily_classes``); a refusal waits for the next
        check."""
        if not self.daily or self._classifying:
            return
        self._classifying = True
        run_command(
            self, self.ctx, "daily_classes", {}, self._on_classified, self._on_classified,
            live=self.live,
        )  # fmt: skip

    def _on_classified(self, _result: object) -> None:
        self._classifying = False

    def _on_check_failed(self, _exc: Exception) -> None:
        # offline, or another station escalated the same deadline at the same moment:
        # the next check (a minute on) does it
        self._checking = False
        self.recount()

    def recount(self) -> None:
        if not self.counting:
            return
        ctx = self.ctx
        call(self, lambda: len(complaints.overdue_complaints(ctx)), self._on_count, lambda _e: None)

    def _on_count(self, count: int) -> None:
        self.count = count
        self.count_changed.emit(count)

    def _on_changes(self, changes: list[Any]) -> None:
        if self.counting and any(getattr(c, "entity", None) == "complaint" for c in changes):
            self._soon.start()
