"""The in-process change feed: a committed service call is journalled in ``change_log`` and
told to listeners after commit; a refused one is neither; a failing listener does not
break the call."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import select

from app.db.changes import Change, Entity
from app.domain.enums import OrderState
from app.domain.errors import ConflictError, IllegalTransition
from app.domain.journal import OrderAction
from app.domain.models import ChangeLogEntry
from app.services import intake, workflow
from app.services.inputs import VisitDetails
from tests.app._support import order_in


def test_committed_changes_are_journalled_and_published(db, ctx, tech):
    d = order_in(ctx, tech, OrderState.OPEN)
    heard: list[list[Change]] = []
    stop = db.feed.subscribe(heard.append)
    d2 = workflow.approve_order(ctx, d.id)
    assert heard == [
        [
            Change(
                Entity.ORDER,
                d.id,
                OrderAction.APPROVE,
                d2.version,
                ctx.actor.station_id,
                heard[0][0].log_id,
            )
        ]
    ]
    with db.read() as s:
        row = s.get(ChangeLogEntry, heard[0][0].log_id)
        assert (row.entity, row.entity_id, row.action, row.version) == (
            "order",
            d.id,
            "approve",
            d2.version,
        )
    stop()
    workflow.assign(ctx, d.id, tech.actor.user_id)
    assert len(heard) == 1, "no longer listening"


def test_refused_calls_publish_and_journal_nothing(db, ctx, tech):
    d = order_in(ctx, tech, OrderState.APPROVED)
    with db.read() as s:
        last = s.scalar(select(ChangeLogEntry.id).order_by(ChangeLogEntry.id.desc()).limit(1))
    heard: list[list[Change]] = []
    db.feed.subscribe(heard.append)
    with pytest.raises(IllegalTransition):
        workflow.finish_work(tech, d.id)
    with pytest.raises(ConflictError):
        intake.update_details(ctx, d.id, VisitDetails(), version=d.version - 1)
    assert heard == []
    with db.read() as s:
        assert s.scalar(select(ChangeLogEntry.id).where(ChangeLogEntry.id > last)) is None


def test_a_failing_listener_does_not_break_the_call(db, ctx, tech, caplog):
    d = order_in(ctx, tech, OrderState.OPEN)
    heard: list[list[Change]] = []

    def broken(_changes: list[Change]) -> None:
        raise RuntimeError("listener bug")

    db.feed.subscribe(broken)
    db.feed.subscribe(heard.append)
    with caplog.at_level(logging.ERROR, logger="app.db.changes"):
        d = workflow.approve_order(ctx, d.id)
    assert d.order.state is OrderState.APPROVED
    assert [c.action for batch in heard for c in batch] == ["approve"]
    assert "change listener failed" in caplog.text
