"""Changes committed through one Database reach another Database's feed (other stations)
exactly once, and a station's own changes are not published twice."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import create_engine, text

from app.db.changes import Change, Entity, RecordAction, from_payload, record_change, to_payload
from app.db.engine import Database
from app.db.sync import ChangeListener
from app.domain.enums import LineKind, Payer, PaymentMethod
from app.domain.journal import OrderAction
from app.services import cashier, intake
from app.services.codec import decode_args, encode_args
from app.services.inputs import IntakeInput, LineInput, PaymentInput, VisitDetails
from app.services.people import sign_in
from tests.app.sync._support import FeedRecorder, order_change
from tests.app.sync.conftest import needs_pg
from tests.factories import customer, new_order, vehicle


def test_another_station_sees_the_change_and_the_writer_sees_it_once(shared_url: str) -> None:
    here, there = Database(shared_url), Database(shared_url)
    listeners = [
        ChangeListener(here, poll_interval=0.05),
        ChangeListener(there, poll_interval=0.05),
    ]
    for listener in listeners:
        listener.start()
        assert listener.wait_connected(10)
    mine, theirs = FeedRecorder(here.feed), FeedRecorder(there.feed)
    try:
        ctx = sign_in(here, "Counter 1", "Li Na")
        order = new_order(ctx)
        seen = theirs.wait_for(order_change(order.id, "intake"))
        assert seen.version == order.version
        assert seen.station_id == ctx.actor.station_id
        assert seen.log_id is not None
        # The other station's own change arrives here too, through the same feed.
        other = sign_in(there, "Workshop", "Wang Wei")
        mine.wait_for(lambda c: c.entity == "station" and c.entity_id == other.actor.station_id)
        # The writer published its change once, when it committed; the listener skipped it.
        later = new_order(
            ctx, customer=customer("李雷", "13900001111"), asset=vehicle("粤B7777A", None)
        )
        theirs.wait_for(order_change(later.id, "intake"))
        assert len(mine.matching(order_change(order.id, "intake"))) == 1
        assert len(mine.matching(order_change(later.id, "intake"))) == 1
        assert len(theirs.matching(order_change(order.id, "intake"))) == 1
    finally:
        for listener in listeners:
            listener.stop()
        here.dispose()
        there.dispose()


@needs_pg
def test_the_listener_catches_up_after_losing_its_connection(pg_url: str) -> None:
    writer, station = Database(pg_url), Database(pg_url)
    events: list[BaseException | None] = []
    lost = threading.Event()

    def on_connection(exc: BaseException | None) -> None:
        events.append(exc)
        if exc is not None:
            lost.set()

    listener = ChangeListener(station, on_connection=on_connection)
    listener.start()
    assert listener.wait_connected(10)
    recorder = FeedRecorder(station.feed)
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            killed = conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND application_name = 'workbay-listener'"
                )
            ).all()
        assert killed == [(True,)]
        assert lost.wait(10)
        # Committed while the listener is away: no notification reaches it.
        ctx = sign_in(writer, "Counter 2", "Li Na")
        order = new_order(ctx)
        recorder.wait_for(order_change(order.id, "intake"))
        assert listener.wait_connected(10)
        assert events[0] is None and events[-1] is None and any(e is not None for e in events)
        assert len(recorder.matching(order_change(order.id, "intake"))) == 1
    finally:
        listener.stop()
        admin.dispose()
        writer.dispose()
        station.dispose()


def test_a_notification_payload_round_trips_typed() -> None:
    change = Change(Entity.ORDER, 42, OrderAction.PAY, 7, 3, 1234)
    back = from_payload(to_payload(change))
    assert back == change
    assert back is not None and type(back.entity) is Entity
    assert type(back.action) is OrderAction
    assert len(to_payload(change)) < 120  # far below PostgreSQL's 8000-byte limit
    complaint = Change(Entity.COMPLAINT, 5, RecordAction.ESCALATE, 2, None, 99)
    assert type(from_payload(to_payload(complaint)).action) is RecordAction  # type: ignore[union-attr]


def test_a_change_this_version_does_not_know_is_skipped_not_a_crash(caplog) -> None:
    """A newer station's entity or action (a mixed-version shop during an update)."""
    newer = '{"id":7,"entity":"invoice","entity_id":1,"action":"create","version":1}'
    assert from_payload(newer) is None
    unknown_action = '{"id":8,"entity":"order","entity_id":1,"action":"teleport","version":1}'
    assert from_payload(unknown_action) is None
    assert "unknown change" in caplog.text


def test_changes_are_recorded_typed_only(ctx) -> None:
    with pytest.raises(TypeError), ctx.db.write() as session:
        record_change(session, "order", 1, "pay")  # type: ignore[arg-type]


def test_outbox_arguments_keep_their_types() -> None:
    data = IntakeInput(
        details=VisitDetails(
            symptom="异响", mileage_in=1200, promised_at=datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
        ),
        customer=customer(),
        asset=vehicle(),
        lines=[
            LineInput(LineKind.PART, "机油", Decimal("1.5"), Decimal("68.10"), payer=Payer.WARRANTY)
        ],
    )
    data.asset.purchase_date = date(2024, 5, 1)  # type: ignore[union-attr]
    kwargs = {"data": data}
    assert decode_args(intake.intake, encode_args(intake.intake, kwargs)) == kwargs
    pay = {"order_id": 3, "parts": [PaymentInput(PaymentMethod.WECHAT, Decimal("10.05"), "x1")]}
    assert decode_args(cashier.pay, encode_args(cashier.pay, pay)) == pay
