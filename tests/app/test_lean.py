"""Statements on the driver's cursor (``app.db.lean``).

The values are stored byte for byte as SQLAlchemy stores them: an enum as its value, a UTC
time in SQLAlchemy's text form, a Decimal as money. The engine's statement events see each
statement. A driver error comes back as SQLAlchemy's own, and on PostgreSQL a connection
the server ended fails the call as out of reach. A write asked of SQLite only is left to
the caller on PostgreSQL.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import event, insert, select
from sqlalchemy.exc import IntegrityError

from app.db import lean
from app.db.engine import Database
from app.db.versioned import save_versioned
from app.domain.enums import OrderState
from app.domain.models import StatusChange, WorkOrder
from app.services.context import ServiceContext
from tests.factories import new_order

_HISTORY = insert(StatusChange.__table__)


def _history_row(order_id: int, ctx: ServiceContext, reason: str) -> dict[str, object]:
    return {
        "order_id": order_id,
        "from_state": OrderState.OPEN,
        "to_state": OrderState.IN_PROGRESS,
        "reason": reason,
        "user_id": ctx.actor.user_id,
        "station_id": ctx.actor.station_id,
        "at": datetime(2026, 12, 2, 6, 30, 15, 123456, tzinfo=UTC),
    }


def _stored(db: Database, reason: str) -> list[tuple[object, ...]]:
    """The row as the file holds it (no SQLAlchemy type on the way back)."""
    with db.engine.connect() as conn:
        return list(
            conn.exec_driver_sql(
                "SELECT order_id, from_state, to_state, reason, user_id, station_id, at "
                "FROM status_changes WHERE reason = ?",
                (reason,),
            ).all()
        )


def test_rows_are_stored_as_sqlalchemy_stores_them_and_the_events_see_them(
    db: Database, ctx: ServiceContext
) -> None:
    if db.dialect != "sqlite":
        with db.write() as session:  # nothing is run here: the caller's own way
            assert lean.run(session, _HISTORY, [_history_row(1, ctx, "x")], columns=True) is None
        return
    d = new_order(ctx)
    seen: list[tuple[str, object]] = []
    event.listen(db.engine, "before_cursor_execute", lambda *a: seen.append((a[2], a[3])))
    with db.write() as session:
        before = len(seen)
        done = lean.run(
            session,
            _HISTORY,
            [_history_row(d.id, ctx, "lean"), _history_row(d.id, ctx, "lean")],
            ids=True,
            columns=True,
        )
        assert done is not None and done.rowcount == 2 and len(done.ids) == 2
        assert done.ids[1] == done.ids[0] + 1
        # the transaction's BEGIN (its first statement), then one INSERT for both rows
        assert [s.split()[0].upper() for s, _ in seen[before:]] == ["BEGIN", "INSERT"]
        session.execute(_HISTORY, _history_row(d.id, ctx, "orm"))
    lean_rows, orm_rows = _stored(db, "lean"), _stored(db, "orm")
    assert len(lean_rows) == 2 and len(orm_rows) == 1
    assert lean_rows[0][:3] == orm_rows[0][:3] == (d.id, "open", "in_progress")
    assert lean_rows[0][4:] == orm_rows[0][4:]  # the user, station and time, as stored
    with db.read() as session:
        back = session.scalars(select(StatusChange).where(StatusChange.reason == "lean")).first()
        assert back is not None and back.to_state is OrderState.IN_PROGRESS
        assert back.at == datetime(2026, 12, 2, 6, 30, 15, 123456, tzinfo=UTC)


def test_an_order_saved_on_the_cursor_keeps_its_money_and_version(
    db: Database, ctx: ServiceContext
) -> None:
    d = new_order(ctx)
    with db.write() as session:
        order = session.get(WorkOrder, d.id)
        assert order is not None
        order.towing_fee = Decimal("123.40")
        order.state = OrderState.IN_PROGRESS
        save_versioned(session, order)
    with db.read() as session:
        again = session.get(WorkOrder, d.id)
        assert again is not None
        assert (again.towing_fee, again.state, again.version) == (
            Decimal("123.40"), OrderState.IN_PROGRESS, d.version + 1
        )  # fmt: skip
    if db.dialect == "sqlite":
        with db.engine.connect() as conn:
            raw = conn.exec_driver_sql(
                "SELECT towing_fee, state FROM work_orders WHERE id = ?", (d.id,)
            ).one()
        assert (str(raw[0]), raw[1]) == ("123.4", "in_progress")


def test_a_driver_error_is_sqlalchemys_own_and_nothing_is_written(
    db: Database, ctx: ServiceContext
) -> None:
    if db.dialect != "sqlite":
        pytest.skip("SQLite's cursor only: PostgreSQL runs these statements the usual way")
    with pytest.raises(IntegrityError), db.write() as session:  # no such order
        lean.run(session, _HISTORY, [_history_row(987654, ctx, "nowhere")], columns=True)
    assert _stored(db, "nowhere") == []


def test_a_connection_lost_on_the_cursor_fails_the_call_and_leaves_the_pool(
    db: Database, ctx: ServiceContext
) -> None:
    """PostgreSQL: the server ends the session mid-call. The call fails as out of reach
    (DatabaseUnavailable, nothing written) and its connection is not handed out again."""
    if db.dialect != "postgresql":
        pytest.skip("a server that can end a session: PostgreSQL")
    from sqlalchemy import text

    from app.domain.errors import DatabaseUnavailable
    from app.services.access import actor_facts

    with pytest.raises(DatabaseUnavailable), db.write() as session:
        pid = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
        with db.engine.connect() as other:
            other.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
            other.commit()
        actor_facts(session, ctx)  # on the driver's cursor: the connection is gone
    with db.write() as session:  # the next call gets a live connection
        assert actor_facts(session, ctx).user_name is not None
