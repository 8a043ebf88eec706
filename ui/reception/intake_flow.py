"""The walk-in intake as one keyboard-first flow of steps.

customer → vehicle/device → visit → inspection → estimate → promise → confirm. Enter/Tab move
forward (Enter on a step's last field, or PageDown / Alt+Right, goes to the next step),
PageUp / Alt+Left go back, Ctrl+Enter confirms from anywhere, Esc cancels. Each step checks
its input with the services' own rules before moving on; nothing is written until confirm,
which saves the order, its inspection and the customer's approval in one service call
(``app.services.intake.intake``), with the intake's own request id so it counts once.

With the station's live link the call goes through its outbox: while the database is out of
reach the intake is kept on this station and saved when the connection is back, without
typing it again. The state is kept as a draft on every step change and on a timer, offered
again after a restart or crash, and discarded once the server or the outbox has the intake.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from app.domain.errors import ValidationError
from app.services import intake
from app.services.approvals import ApprovalGrant
from app.services.context import ServiceContext
from app.services.customers import get_asset
from app.services.outbox import Submitted
from ui.auth.approval_dialog import ask_approval, needs_approval
from ui.common.calls import call
from ui.common.commands import send
from ui.common.errors import error_text, right_text, validation_errors
from ui.reception import intake_draft
from ui.reception.intake_asset import AssetStep
from ui.reception.intake_confirm import ConfirmStep
from ui.reception.intake_customer import CustomerStep
from ui.reception.intake_estimate import EstimateStep
from ui.reception.intake_inspection import InspectionStep
from ui.reception.intake_promise import PromiseStep
from ui.reception.intake_state import (
    STEP_ASSET,
    STEP_CONFIRM,
    STEP_CUSTOMER,
    STEP_VISIT,
    IntakeState,
    line_to_json,
    step_of_field,
)
from ui.reception.intake_step import Step
from ui.reception.intake_visit import VisitStep
from ui.stations.live import LiveSync

DRAFT_INTERVAL_MS = 5000


class IntakeFlow(QWidget):
    """Emits ``finished(order_id, number)`` after a confirmed intake the server saved,
    ``kept(OutboxEntry)`` when it was kept on this station until the connection is back,
    ``cancelled()`` otherwise."""

    finished = Signal(int, str)
    #: the order the intake service returned (shown as it is: not loaded again)
    saved = Signal(object)
    kept = Signal(object)
    cancelled = Signal()
    step_changed = Signal(int)

    def __init__(
        self, ctx: ServiceContext, parent: QWidget | None = None, *, live: LiveSync | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.live = live
        self.state = IntakeState()
        self.busy = False
        self.active = False  # an intake is under way (started, not yet confirmed/cancelled)
        self._dirty = False
        self._cancel_armed = False
        self.steps: list[Step] = [
            CustomerStep(ctx),
            AssetStep(ctx),
            VisitStep(ctx),
            InspectionStep(ctx),
            EstimateStep(ctx),
            PromiseStep(ctx),
            ConfirmStep(ctx),
        ]
        self.stack = QStackedWidget()
        self.indicator = QHBoxLayout()
        self._marks: list[QLabel] = []
        for n, step in enumerate(self.steps, start=1):
            self.stack.addWidget(step)
            mark = QLabel(f"{n}  {step.title()}")
            mark.setObjectName("stepMark")
            self._marks.append(mark)
            self.indicator.addWidget(mark)
        self.indicator.addStretch(1)
        self.back = QPushButton(self.tr("Back  (Alt+Left)"))
        self.next = QPushButton(self.tr("Next  (PageDown)"))
        self.next.setObjectName("primary")
        self.cancel = QPushButton(self.tr("Cancel  (Esc)"))
        for b in (self.back, self.next, self.cancel):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        nav = QHBoxLayout()
        nav.addWidget(self.cancel)
        nav.addStretch(1)
        nav.addWidget(self.back)
        nav.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.addLayout(self.indicator)
        layout.addWidget(self.stack, 1)
        layout.addLayout(nav)
        self._timer = QTimer(self)
        self._timer.setInterval(DRAFT_INTERVAL_MS)
        self._connect_signals()

    def _connect_signals(self) -> None:
        for step in self.steps:
            step.advance.connect(self.go_next)
            step.changed.connect(self._on_changed)
        confirm = self.steps[STEP_CONFIRM]
        assert isinstance(confirm, ConfirmStep)
        confirm.confirm.clicked.connect(self.confirm)
        asset = self.steps[STEP_ASSET]
        assert isinstance(asset, AssetStep)
        asset.on_file.connect(self._on_asset_on_file)
        self.back.clicked.connect(self.go_back)
        self.next.clicked.connect(self.go_next)
        self.cancel.clicked.connect(self._on_cancel)
        self._timer.timeout.connect(self._on_timer)
        keys: list[tuple[str, Any]] = [
            ("PgDown", self.go_next),
            ("Alt+Right", self.go_next),
            ("PgUp", self.go_back),
            ("Alt+Left", self.go_back),
            ("Ctrl+Return", self.confirm),
            ("Ctrl+Enter", self.confirm),
            ("Esc", self._on_cancel),
        ]
        for seq, slot in keys:
            shortcut = QShortcut(QKeySequence(seq), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # --- starting ---
    def start(self, state: IntakeState | None = None) -> None:
        """Begin a new intake (or continue ``state``, e.g. a restored draft)."""
        self.state = state or IntakeState()
        self.busy = False
        self.active = True
        for step in self.steps:
            step.show_errors([], focus=False)
            step.load(self.state)
        self._show(self.state.step)
        self._timer.start()

    def start_returning(self, customer_id: int, asset_id: int | None) -> None:
        """Begin from a customer (and asset) on file: the known steps are skipped."""
        state = IntakeState(customer_id=customer_id, asset_id=asset_id, returning=True)
        state.step = STEP_VISIT if asset_id else STEP_ASSET
        self.start(state)
        if asset_id:
            call(self, lambda: get_asset(self.ctx, asset_id), self._on_asset_loaded, self._on_error)

    def start_from_appointment(self, prefill: Any, lines: list[Any], label: str) -> None:
        """Begin from a booking (``IntakePrefill``): its customer and asset, the booked
        catalog work as estimate lines, work typed by hand and the notes in the symptom and
        the workshop's notes, whether the customer waits; saved with the booking linked."""
        state = IntakeState(
            customer_id=prefill.customer_id,
            asset_id=prefill.asset_id,
            returning=True,
            appointment_id=prefill.appointment_id,
            appointment_label=label,
            lines=[line_to_json(line) for line in lines],
            symptom="; ".join(i.description for i in prefill.hand_items),
            notes=prefill.notes or "",
            waits_on_site=prefill.waiting,
        )
        state.step = STEP_VISIT
        self.start(state)
        call(
            self,
            lambda: get_asset(self.ctx, prefill.asset_id),
            self._on_asset_loaded,
            self._on_error,
        )

    def _on_asset_loaded(self, asset: Any) -> None:
        self.current().store(self.state)
        self.state.asset_kind = asset.kind.value
        self.state.asset_label = asset.label
        self.state.customer_label = asset.owner.name
        self.steps[STEP_CUSTOMER].load(self.state)
        self.steps[STEP_ASSET].load(self.state)
        self.current().entered(self.state)
        self._save_draft()

    def _clear(self) -> None:
        """A blank form (after the outbox took the intake: nothing to type again)."""
        self.state = IntakeState()
        for step in self.steps:
            step.show_errors([], focus=False)
            step.load(self.state)
        self._show(STEP_CUSTOMER)

    # --- navigation ---
    def current(self) -> Step:
        return self.steps[self.stack.currentIndex()]

    def index(self) -> int:
        return self.stack.currentIndex()

    def _show(self, index: int) -> None:
        index = max(STEP_CUSTOMER, min(STEP_CONFIRM, index))
        self.state.step = index
        self.stack.setCurrentIndex(index)
        step = self.steps[index]
        step.entered(self.state)
        for n, mark in enumerate(self._marks):
            mark.setProperty("state", "current" if n == index else ("done" if n < index else ""))
            mark.style().unpolish(mark)
            mark.style().polish(mark)
        self.back.setEnabled(index > STEP_CUSTOMER)
        self.next.setVisible(index < STEP_CONFIRM)
        step.focus_first()
        self.step_changed.emit(index)

    def go_next(self) -> None:
        if self.busy:
            return
        step = self.current()
        step.store(self.state)
        errors = step.check(self.state)
        step.show_errors(errors)
        if isinstance(step, AssetStep):
            step.check_on_file()  # said here when answered (brings the user back if moved on)
        if errors:
            return
        if self.index() == STEP_CONFIRM:
            self.confirm()
            return
        target = self.index() + 1
        if target == STEP_ASSET and self.state.asset_id is not None and self.state.returning:
            target = STEP_VISIT
        self._show(target)
        self._save_draft()

    def _on_asset_on_file(self) -> None:
        """The core says a typed plate/VIN/IMEI is already on file, and the user has moved on
        meanwhile: back to the vehicle step, where it is said and offered."""
        if not self.active or self.busy or self.index() <= STEP_ASSET:
            return
        self.current().store(self.state)
        asset = self.steps[STEP_ASSET]
        self._show(STEP_ASSET)
        asset.show_errors(asset.check(self.state))

    def go_back(self) -> None:
        if self.busy or self.index() == STEP_CUSTOMER:
            return
        self.current().store(self.state)
        self._show(self.index() - 1)
        self._save_draft()

    def go_to(self, index: int) -> None:
        self.current().store(self.state)
        self._show(index)

    # --- confirm ---
    def confirm(self) -> None:
        if self.busy:
            return
        self.current().store(self.state)
        for n, step in enumerate(self.steps):
            errors = step.check(self.state)
            if errors:
                self._show(n)
                step.show_errors(errors)
                return
        self._save_draft()
        self._send(None)

    def _send(self, approval: ApprovalGrant | None) -> None:
        """Submit the intake (with a manager's ``approval`` of its prices once given)."""
        self.busy = True
        self._progress(self.tr("Saving…"))
        data, request_id = self.state.intake_input(), self.state.request_id
        live, ctx = self.live, self.ctx

        def submit() -> Submitted:  # the desks' one command path (kept offline if need be)
            return send(
                ctx, live, "intake", {"data": data, "request_id": request_id, "approval": approval}
            )

        call(self, submit, self._on_submitted, lambda exc: self._on_commit_error(exc, approval))

    def _on_submitted(self, submitted: Submitted) -> None:
        """The server saved the intake, or the outbox keeps it: the draft is not needed."""
        self.busy = False
        self.active = False
        self._timer.stop()
        intake_draft.discard()
        self._progress("")
        if submitted.queued is not None:
            self._clear()
            self.kept.emit(submitted.queued)
            return
        detail = submitted.result
        self.saved.emit(detail)
        self.finished.emit(detail.id, detail.order.number)

    def _on_commit_error(self, exc: Exception, approval: ApprovalGrant | None = None) -> None:
        self.busy = False
        self._progress("")
        denied = needs_approval(exc)
        if denied is not None and approval is None:
            # a line priced below the catalog (or discounted beyond the limit): the manager
            # approves here, and the same intake is sent again
            self.steps[STEP_CONFIRM].show_message(error_text(exc))
            ask_approval(
                self,
                self.ctx,
                denied,
                intake.intake_subject(self.state.request_id),
                self.tr("New work order: %1").replace("%1", right_text(denied.permission)),
                self._send,
            )
            return
        errors = validation_errors(exc)
        if errors:
            target = min(step_of_field(e.field) for e in errors)
            self._show(target)
            self.steps[target].show_errors(errors)
            return
        self.steps[STEP_CONFIRM].show_message(error_text(exc))

    def _progress(self, text: str) -> None:
        confirm = self.steps[STEP_CONFIRM]
        assert isinstance(confirm, ConfirmStep)
        confirm.progress.setText(text)

    def _on_error(self, exc: Exception) -> None:
        self.current().show_message(error_text(exc))

    # --- draft ---
    def _on_changed(self) -> None:
        self._dirty = True

    def _on_timer(self) -> None:
        if self._dirty and not self.busy:
            self.current().store(self.state)
            self._save_draft()

    def save_now(self) -> None:
        self.current().store(self.state)
        self._save_draft()

    def _save_draft(self) -> None:
        self._dirty = False
        intake_draft.save(self.state)

    def _on_cancel(self) -> None:
        """Esc twice: the first only warns, so a stray key never throws an intake away."""
        if self.busy:
            return
        if not self._cancel_armed:
            self._cancel_armed = True
            self.current().show_message(self.tr("Press Esc again to discard this intake."))
            QTimer.singleShot(4000, self, self._disarm_cancel)
            return
        self._cancel_armed = False
        self.active = False
        self._timer.stop()
        intake_draft.discard()
        self.cancelled.emit()

    def _disarm_cancel(self) -> None:
        if self._cancel_armed:
            self._cancel_armed = False
            self.current().show_message("")

    def show_field_errors(self, errors: list[ValidationError]) -> None:
        """For tests and callers: put ``errors`` on their steps."""
        target = min(step_of_field(e.field) for e in errors)
        self._show(target)
        self.steps[target].show_errors(errors)
