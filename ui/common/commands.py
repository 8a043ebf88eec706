"""Every desk action goes one way: off the GUI thread, one at a time, kept during an outage.

A desk (or panel) makes one :class:`Commands` and sends each change through
:meth:`Commands.run`: ``run("pay", {...}, on_done, on_error)``. The service runs in the thread
pool (:func:`ui.common.calls.call`), so a slow server never freezes the window; while it
runs the desk is busy (``busy_changed``) and a second action from it — a second Enter, F5
pressed twice — is not sent (``run`` returns ``False``).

Actions the outbox can keep (:data:`app.services.outbox.ACTIONS`: payments, refunds, extra
work and the customer's answer to it, the job's status changes) are sent through the
station's outbox with a request id. While the database is out of reach they are kept on this
station and sent once when the connection is back; the desk hears ``on_kept(entry)`` and
shows the order as waiting to be sent — never a state, or an amount, the server has not
confirmed. The other actions (settle, void, release, cancel, line and customer edits) are
sent at once, or refused with the reason.

An order with a kept action still waiting takes no further action from this station until
that one was sent (refused with ``action_waiting``): a change made on top of a state nobody
has seen would be refused on replay anyway (the order's version moved).

:func:`run_command` is the same path for a single call without a desk's busy state (a dialog
that keeps its own).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.domain.errors import DatabaseUnavailable, RuleViolation
from app.services import (
    appointments,
    cashier,
    catalog,
    catalog_io,
    complaints,
    customers,
    due_lists,
    followups,
    health_records,
    legal,
    lines,
    messages,
    privacy_requests,
    settings,
    setup,
    shop,
    staff,
    value_classes,
    workflow,
)
from app.services.context import ServiceContext
from app.services.outbox import ACTIONS as KEEPABLE
from app.services.outbox import OutboxEntry, Submitted, new_request_id
from ui.common.calls import call
from ui.stations.live import LiveSync

#: every action a desk may send: name -> service function
COMMANDS: dict[str, Callable[..., Any]] = {
    **KEEPABLE,
    "settle": cashier.settle,
    "void_settlement": cashier.void_settlement,
    "release": cashier.release,
    "cancel": workflow.cancel,
    "set_next_service": workflow.set_next_service,
    # the care desk's due lists: a call's outcome, a service reminder (SMS) to the outbox
    "log_due_call": due_lists.log_call,
    "queue_due_reminder": messages.queue_message,
    "reopen_for_rework": workflow.reopen_for_rework,
    "update_line": lines.update_line,
    "remove_line": lines.remove_line,
    "set_line_payer": lines.set_line_payer_and_discount,
    "set_legal_facts": legal.set_legal_facts,
    "upload_health_records": health_records.upload_records,
    "update_customer": customers.update_customer,
    "transfer_asset": customers.transfer_asset,
    "update_asset": customers.update_asset,
    # the care desk: a follow-up call (回访) and its outcome
    "record_followup_call": followups.record_call,
    # consent and PIPL requests (the customer file), the outbox (the care desk)
    "record_consent": followups.record_consent,
    "export_customer": privacy_requests.export_customer,
    "anonymise_customer": privacy_requests.anonymise_customer,
    "send_messages": messages.send_queued,
    "mark_message_sent": messages.mark_sent,
    "save_message_template": messages.save_template,
    "send_test_sms": messages.send_test,
    # the Setup desk
    "save_shop_profile": shop.save_shop_profile,
    "set_logo": shop.set_logo,
    "clear_logo": shop.clear_logo,
    "add_catalog_item": catalog.add_catalog_item,
    "update_catalog_item": catalog.update_catalog_item,
    "set_catalog_item_active": catalog.set_catalog_item_active,
    "apply_catalog_import": catalog_io.apply_import,
    "save_checklist": setup.save_checklist,
    "write_settings": settings.write_settings,
    "add_user": staff.add_user,
    "update_user": staff.update_user,
    "set_password": staff.set_password,
    "set_pin": staff.set_pin,
    "unlock_account": staff.unlock_account,
    "issue_card": staff.issue_card,
    # the care desk: complaints (投诉); escalate_due is the stations' periodic check
    "record_complaint": complaints.record_complaint,
    "complaint_note": complaints.add_note,
    "advance_complaint": complaints.advance,
    "hand_over_complaint": complaints.hand_over,
    "wait_complaint": complaints.wait,
    "resume_complaint": complaints.resume,
    "reopen_complaint": complaints.reopen,
    "escalate_complaints": complaints.escalate_due,
    # the day's value classes and km projections, once a day whichever station asks first
    "daily_classes": value_classes.daily_classes,
    # the appointments desk (预约): book, move or rebook, cancel, the reminder call's outcome,
    # a no-show, tomorrow's reminder SMS
    "book_appointment": appointments.book,
    "move_appointment": appointments.move,
    "cancel_appointment": appointments.cancel,
    "record_appointment_confirmation": appointments.record_confirmation,
    "appointment_no_show": appointments.no_show,
    "send_appointment_reminders": appointments.send_day_before,
}


def still_busy() -> RuleViolation:
    """The refusal a desk shows when an action is asked for while its last one is on its
    way (a second Enter): nothing is sent twice."""
    return RuleViolation("desk_busy", "the last action is still on its way")


def keepable(action: str) -> bool:
    """The outbox may keep ``action`` while the database is out of reach."""
    return action in KEEPABLE


def send(
    ctx: ServiceContext,
    live: LiveSync | None,
    action: str,
    kwargs: dict[str, Any],
    subject: str | None = None,
) -> Submitted:
    """Apply one action (blocks: runs in the thread pool). A keepable action gets a request
    id (unless it has one) and goes through the station's outbox when there is one."""
    fn = COMMANDS[action]
    args = dict(kwargs)
    if keepable(action):
        args.setdefault("request_id", new_request_id())
    if live is not None:
        if subject and live.outbox.pending_for(subject, ctx.db):
            raise RuleViolation(
                "action_waiting",
                f"an action on {subject} is kept on this station, waiting to be sent",
                subject=subject,
            )
        if keepable(action):
            return live.outbox.submit(ctx, action, online=live.online, subject=subject, **args)
        if not live.online:  # said at once, without waiting for a network timeout
            raise DatabaseUnavailable("offline")
    return Submitted(result=fn(ctx, **args))


def run_command(
    owner: QObject,
    ctx: ServiceContext,
    action: str,
    kwargs: dict[str, Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None] | None = None,
    *,
    live: LiveSync | None = None,
    subject: str | None = None,
    on_kept: Callable[[OutboxEntry], None] | None = None,
) -> None:
    """Send ``action(ctx, **kwargs)`` off the GUI thread; ``on_done(result)``, ``on_kept``
    (kept offline) or ``on_error(exc)`` run in the GUI thread while ``owner`` exists."""
    if action not in COMMANDS:
        raise KeyError(f"no desk action {action!r}")

    def delivered(submitted: Submitted) -> None:
        if submitted.queued is not None:
            if on_kept is not None:
                on_kept(submitted.queued)
            return
        on_done(submitted.result)

    call(owner, lambda: send(ctx, live, action, kwargs, subject), delivered, on_error)


class Commands(QObject):
    """One desk's command path: ``busy_changed(bool)`` while an action is on its way,
    ``kept(OutboxEntry)`` when the outbox kept one (unless the caller handles it)."""

    busy_changed = Signal(bool)
    kept = Signal(object)

    def __init__(
        self, ctx: ServiceContext, live: LiveSync | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.live = live
        self.running: str | None = None  # the action on its way

    @property
    def busy(self) -> bool:
        return self.running is not None

    def run(
        self,
        action: str,
        kwargs: dict[str, Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None] | None = None,
        *,
        subject: str | None = None,
        on_kept: Callable[[OutboxEntry], None] | None = None,
    ) -> bool:
        """Send ``action`` unless one is already on its way (then ``False``, nothing sent).
        ``subject`` (the order's number) names a kept action and refuses an action on an
        order that has one waiting."""
        if self.running is not None:
            return False
        self.running = action
        self.busy_changed.emit(True)

        def finish() -> None:
            self.running = None
            self.busy_changed.emit(False)

        def done(result: Any) -> None:
            finish()
            on_done(result)

        def failed(exc: Exception) -> None:
            finish()
            if on_error is not None:
                on_error(exc)

        def kept(entry: OutboxEntry) -> None:
            finish()
            (on_kept or self.kept.emit)(entry)

        try:
            run_command(
                self,
                self.ctx,
                action,
                kwargs,
                done,
                failed,
                live=self.live,
                subject=subject,
                on_kept=kept,
            )
        except Exception:
            finish()
            raise
        return True
