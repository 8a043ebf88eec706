"""The workshop's controller for the job in the panel: start, pause, resume, finding, done,
quality check and assignment. Each slot collects the input, calls one service with the
version the user saw, and shows the result or why it was refused."""

from __future__ import annotations

from collections.abc import Callable
from uuid import uuid4

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.domain.enums import OrderState, PauseReason
from app.domain.errors import ConflictError, ValidationError, ValidationErrors
from app.services import lines, workflow
from app.services.approvals import ApprovalGrant
from app.services.context import ServiceContext
from app.services.inputs import LineInput
from app.services.views import OrderDetail
from ui.auth.approval_dialog import ask_approval, order_subject
from ui.common import labels as common
from ui.common.errors import order_error_text
from ui.common.keys import connect_action
from ui.workshop.finding_dialog import FindingDialog
from ui.workshop.job_panel import JobPanel
from ui.workshop.pause_dialog import PauseDialog


class JobActions(QObject):
    """Connects the panel's buttons to the workflow services."""

    #: an order changed here; its id (the workspace reloads the lists through the feed)
    reload_requested = Signal(int)

    def __init__(self, ctx: ServiceContext, panel: JobPanel, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.panel = panel
        self._window = parent
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

    def _apply(self, call: Callable[[OrderDetail], OrderDetail]) -> OrderDetail:
        """Run ``call`` on the shown order; show the new state. Errors propagate (after a
        conflict the order is reloaded first, so the user sees what changed)."""
        detail = self._detail()
        assert detail is not None
        try:
            result = call(detail)
        except ConflictError:
            self.reload_requested.emit(detail.id)
            raise
        self.panel.show_detail(result)
        self.panel.say(
            self.tr("%1 is now “%2”.")
            .replace("%1", result.order.number)
            .replace("%2", common.name(result.order.state)),
            error=False,
        )
        return result

    def _act(self, call: Callable[[OrderDetail], OrderDetail]) -> bool:
        if self._detail() is None:
            return False
        try:
            self._apply(call)
        except Exception as exc:  # refused: say why in the panel
            self.panel.say(order_error_text(exc))
            return False
        return True

    # --- technician ----------------------------------------------------------------------

    def _on_start(self) -> None:
        self._act(lambda d: workflow.start_work(self.ctx, d.id, version=d.version))

    def _on_resume(self) -> None:
        self._act(lambda d: workflow.resume_work(self.ctx, d.id, version=d.version))

    def _on_done(self) -> None:
        self._act(lambda d: workflow.finish_work(self.ctx, d.id, version=d.version))

    def _on_pause(self) -> None:
        detail = self._detail()
        if detail is None:
            return

        def submit(reason: PauseReason, note: str) -> None:
            self._apply(
                lambda d: workflow.pause_work(self.ctx, d.id, reason, note, version=d.version)
            )

        dialog = PauseDialog(detail.order.number, submit, self._window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _on_finding(self) -> None:
        detail = self._detail()
        if detail is None:
            return

        request_id = uuid4().hex  # one finding, sent once even if the send is retried

        def submit(
            new_lines: list[LineInput], finding: str, pause: bool, approval: ApprovalGrant | None
        ) -> None:
            self._apply(
                lambda d: lines.propose_extra_work(
                    self.ctx,
                    d.id,
                    new_lines,
                    finding=finding,
                    pause=pause,
                    version=d.version,
                    request_id=request_id,
                    approval=approval,
                )
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
        self.panel.qc_errors.clear()
        try:
            self._apply(
                lambda d: workflow.quality_check(self.ctx, d.id, passed, note, version=d.version)
            )
        except (ValidationError, ValidationErrors) as exc:
            rest = self.panel.qc_errors.show(exc)
            self.panel.say(
                self.tr("Say what failed the check.") if not rest else order_error_text(exc)
            )
            return
        except Exception as exc:  # refused: say why in the panel
            self.panel.say(order_error_text(exc))
            return
        self.panel.qc_note.clear()

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
        self._act(lambda d: workflow.assign(self.ctx, d.id, int(technician_id), version=d.version))
