"""The work-order state machine: which action moves an order from which states to which."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.enums import OrderState as S
from app.domain.errors import IllegalTransition


@dataclass(frozen=True)
class Transition:
    action: str
    sources: frozenset[S]
    target: S


_CANCELLABLE = frozenset(
    {S.OPEN, S.APPROVED, S.ASSIGNED, S.IN_PROGRESS, S.PAUSED, S.WORK_DONE, S.READY}
)

TRANSITIONS: dict[str, Transition] = {
    t.action: t
    for t in (
        Transition("approve", frozenset({S.OPEN}), S.APPROVED),
        Transition("assign", frozenset({S.APPROVED}), S.ASSIGNED),
        Transition("start", frozenset({S.ASSIGNED}), S.IN_PROGRESS),
        Transition("pause", frozenset({S.IN_PROGRESS}), S.PAUSED),
        Transition("resume", frozenset({S.PAUSED}), S.IN_PROGRESS),
        Transition("finish", frozenset({S.IN_PROGRESS}), S.WORK_DONE),
        Transition("qc_pass", frozenset({S.WORK_DONE}), S.READY),
        Transition("qc_fail", frozenset({S.WORK_DONE}), S.IN_PROGRESS),
        Transition("settle", frozenset({S.READY}), S.SETTLED),
        Transition("void_settlement", frozenset({S.SETTLED}), S.READY),
        Transition("release", frozenset({S.SETTLED}), S.RELEASED),
        Transition("cancel", _CANCELLABLE, S.CANCELLED),
    )
}

#: states in which lines may still be added, changed or removed
LINES_EDITABLE = frozenset(
    {S.OPEN, S.APPROVED, S.ASSIGNED, S.IN_PROGRESS, S.PAUSED, S.WORK_DONE, S.READY}
)
#: states in which a technician's finding becomes extra work needing the customer's consent
EXTRA_WORK_STATES = frozenset({S.APPROVED, S.ASSIGNED, S.IN_PROGRESS, S.PAUSED, S.WORK_DONE})
#: states in which the intake details (symptom, promised time, ...) may still be edited
DETAILS_EDITABLE = frozenset(
    {S.OPEN, S.APPROVED, S.ASSIGNED, S.IN_PROGRESS, S.PAUSED, S.WORK_DONE, S.READY}
)
INSPECTION_STATES = frozenset({S.OPEN, S.APPROVED})


def target_of(action: str, state: S) -> S:
    """The state ``action`` leads to from ``state``; raises :class:`IllegalTransition`."""
    t = TRANSITIONS[action]
    if state not in t.sources:
        raise IllegalTransition(action, state.value, tuple(sorted(s.value for s in t.sources)))
    return t.target


def allowed_actions(state: S) -> list[str]:
    return [a for a, t in TRANSITIONS.items() if state in t.sources]
