"""The workshop's controller for the job in the panel: start, pause, resume, finding, done,
quality check and assignment. Each slot collects the input and sends one action with the
version the user saw through the desk's command path (:mod:`ui.common.commands`: off the GUI
thread, one at a time, kept on this station during an outage), then shows the result, that
it is kept until the connection is back, or why it was refused."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from uuid import uuid4

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.domain.enums import OrderState, PauseReason
from app.domain.errors import ConflictError, ValidationError, ValidationErrors
from app.domain.text import parse_int
from app.services.approvals import ApprovalGrant
from app.services.context import ServiceContext
from app.services.inputs import LineInput
from app.services.outbox import OutboxEntry
from app.services.views import OrderDetail
from ui.auth.approval_dialog import ask_approval, order_subject
from ui.common import labels as common
from ui.common.commands import Commands, still_busy
from ui.common.errors import order_error_text
from ui.common.keys import connect_action
from ui.stations.live import LiveSync
from ui.workshop.finding_dialog import FindingDialog
from ui.workshop.job_panel import JobPanel
from ui.workshop.pause_dialog import PauseDialog

Done = Callable[[], None]
Failed = Callable[[Exception], None]


class JobActions(QObject):
    """Connects the panel's buttons to the workflow services."""

    #: an order changed here; its id (the workspace reloads the lists through the feed)
    reload_requested = Signal(int)

    def __init__(
        self,
        ctx: ServiceContext,
        panel: JobPanel,
        parent: QWidget,
        live: LiveSync | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.panel = panel
        self._window = parent
        self.commands = Commands(ctx, live, self)
        self.commands.busy_changed.connect(self._on_busy)
        for button, key, slot in (
            (panel.start, "S", self._on_start),
            (panel.pause, "P", self._on_pause),
            (panel.resume, "R", self._on_resume),
            (panel.finding, "F", self._on_finding),
            (panel.done, "D", self._on_done),
            (panel.qc_pass, "Q", self._on_qc_pass),
            (panel.qc_fail, "X", self._on_qc_fail),
            (panel.assign, "A", self._on_assign),
        ):
            connect_action(parent, button, key, slot)

    # --- plumbing ------------------------------------------------------------------------

    def _detail(self) -> OrderDetail | None:
        if self.panel.detail is None:
            self.panel.say(self.tr("Choose a job in the list first."))
        return self.panel.detail

    def _send(
        self,
        action: str,
        args: dict[str, Any],
        done: Done | None = None,
        failed: Failed | None = None,
    ) -> bool:
        """Send ``action`` on the shown order (with the version the user saw); show the new
        state, or that it is kept until the connection is back. ``done``/``failed`` are a
        dialog's (it closes, or shows the refusal); without them the panel says it. After a
        conflict the order is reloaded first, so the user sees what changed."""
        detail = self._detail()
        if detail is None:
            return False
        order_id, number = detail.id, detail.order.number

        def applied(result: OrderDetail) -> None:
            shown = self.panel.detail
            if shown is None or shown.id == result.id:
                self.panel.show_detail(result)
            self.panel.say(
                self.tr("%1 is now “%2”.")
                .replace("%1", result.order.number)
                .replace("%2", common.name(result.order.state)),
                error=False,
            )
            if done is not None:
                done()

        def refused(exc: Exception) -> None:
            if isinstance(exc, ConflictError):
                self.reload_requested.emit(order_id)
            if failed is not None:
                self.panel.say("")  # the dialog says why
                failed(exc)
            else:
                self.panel.say(order_error_text(exc))

        def kept(_entry: OutboxEntry) -> None:
            self.panel.say(
                self.tr(
                    "No connection: %1 is kept on this station and sent when the "
                    "connection is back (the job shows its last saved state until then)."
                ).replace("%1", number),
                error=False,
            )
            if done is not None:
                done()

        sent = self.commands.run(
            action,
            {"order_id": order_id, "version": detail.version, **args},
            applied,
            refused,
            subject=number,
            on_kept=kept,
        )
        if not sent:
            (failed or (lambda exc: self.panel.say(order_error_text(exc))))(still_busy())
        return sent

    def _on_busy(self, busy: bool) -> None:
        if busy:
            self.panel.say(self.tr("Sending…"), error=False)

    # --- technician ----------------------------------------------------------------------

    def _on_start(self) -> None:
        self._send("start_work", {})

    def _on_resume(self) -> None:
        self._send("resume_work", {})

    def _on_done(self) -> None:
        self._send("finish_work", {})

    def _on_pause(self) -> None:
        detail = self._detail()
        if detail is None:
            return

        def submit(reason: PauseReason, note: str, done: Done, failed: Failed) -> None:
            self._send("pause_work", {"reason": reason, "note": note}, done, failed)

        dialog = PauseDialog(detail.order.number, submit, self._window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _on_finding(self) -> None:
        detail = self._detail()
        if detail is None:
            return

        request_id = uuid4().hex  # one finding, sent once even if the send is retried

        def submit(
            new_lines: list[LineInput],
            finding: str,
            pause: bool,
            approval: ApprovalGrant | None,
            done: Done,
            failed: Failed,
        ) -> None:
            self._send(
                "propose_extra_work",
                {
                    "lines": new_lines,
                    "finding": finding,
                    "pause": pause,
                    "request_id": request_id,
                    "approval": approval,
                },
                done,
                failed,
            )

        dialog = FindingDialog(
            self.ctx,
            detail.order.number,
            detail.asset.kind,
            submit,
            can_pause=detail.order.state is OrderState.IN_PROGRESS,
            ask=lambda denied, resend: ask_approval(
                dialog,
                self.ctx,
                denied,
                order_subject(detail.id),
                self.tr("Extra work on %1 priced below the catalog").replace(
                    "%1", detail.order.number
                ),
                resend,
            ),
            parent=self._window,
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # --- quality check -------------------------------------------------------------------

    def _quality_check(self, passed: bool) -> None:
        detail = self._detail()
        if detail is None:
            return
        note = self.panel.qc_note.text()
        mileage = parse_int(self.panel.qc_mileage.text()) if passed else None
        self.panel.qc_errors.clear()

        def refused(exc: Exception) -> None:
            if isinstance(exc, ValidationError | ValidationErrors):
                rest = self.panel.qc_errors.show(exc)
                self.panel.say(
                    (
                        self.tr("Check the mileage out.")
                        if passed
                        else self.tr("Say what failed the check.")
                    )
                    if not rest
                    else order_error_text(exc)
                )
                return
            self.panel.say(order_error_text(exc))

        def sent(_result: Any = None) -> None:
            self.panel.qc_note.clear()
            self.panel.qc_mileage.clear()

        args: dict[str, Any] = {"passed": passed, "note": note}
        if mileage is not None:
            args["mileage_out"] = mileage
        self._send("quality_check", args, sent, refused)

    def _on_qc_pass(self) -> None:
        self._quality_check(True)

    def _on_qc_fail(self) -> None:
        self._quality_check(False)

    # --- assignment ----------------------------------------------------------------------

    def _on_assign(self) -> None:
        technician_id = self.panel.technicians.currentData()
        if technician_id is None:
            self.panel.say(self.tr("Choose a technician first."))
            return
        self._send("assign", {"technician_id": int(technician_id)})
