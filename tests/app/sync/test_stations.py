"""Several station processes on one database: they see each other's changes, refuse the
second of two conflicting saves with who/what/when, and may all start at once."""

from __future__ import annotations

import statistics

import pytest
from sqlalchemy import create_engine, text

from app.bootstrap import open_database
from app.db.engine import Database
from app.db.health import check_server
from app.db.migrate import current_revision, head_revision
from app.domain.errors import SchemaTooNew
from app.services.people import sign_in
from tests.app.sync._stations import edit_same_order, exchange_orders, migrate_at_once, run_stations
from tests.app.sync.conftest import needs_pg
from tests.factories import new_order

pytestmark = pytest.mark.slow


def test_two_station_processes_see_each_others_changes(shared_url: str) -> None:
    count = 4
    a, b = run_stations(
        exchange_orders, [(shared_url, "Counter 1", count), (shared_url, "Counter 2", count)]
    )
    latencies = []
    for me, other in ((a, b), (b, a)):
        assert set(other["sent"]) <= set(me["arrived"]), "a change of the other station is missing"
        latencies += [(me["arrived"][i] - t) * 1000 for i, t in other["sent"].items()]
    assert len(latencies) == 2 * count
    # Measured, not asserted (shared machine): see the report.
    print(
        f"\n{shared_url.split(':')[0]}: other station saw the intake after "
        f"p50 {statistics.median(latencies):.1f} ms, max {max(latencies):.1f} ms"
    )


def test_the_second_of_two_simultaneous_saves_is_refused_with_the_first(shared_url: str) -> None:
    db = Database(shared_url)
    ctx = sign_in(db, "Counter 1", "Li Na")
    order = new_order(ctx)
    db.dispose()
    results = run_stations(
        edit_same_order,
        [
            (shared_url, "Counter 2", order.id, order.version),
            (shared_url, "Workshop", order.id, order.version),
        ],
    )
    saved = [r for r in results if r[0] == "saved"]
    refused = [r for r in results if r[0] == "conflict"]
    assert len(saved) == 1 and len(refused) == 1
    _, new_version, winner = saved[0]
    _, expected, actual, notes = refused[0]
    assert (expected, actual) == (order.version, new_version)
    # Who, where, when and what: read in the refused process from the winner's journal.
    assert len(notes) == 1
    version, action, summary, user, station, at = notes[0]
    assert (version, action, user, station) == (new_version, "details", f"{winner} advisor", winner)
    assert "symptom" in summary
    assert at is not None and at.tzinfo is not None
    final = Database(shared_url)
    try:
        with final.read() as s:
            symptom = s.execute(
                text("SELECT symptom FROM work_orders WHERE id = :i"), {"i": order.id}
            ).scalar()
        assert symptom.startswith(winner)
    finally:
        final.dispose()


@needs_pg
def test_stations_starting_at_once_on_an_empty_server_all_succeed(empty_pg_url: str) -> None:
    assert run_stations(migrate_at_once, [(empty_pg_url,)] * 3) == ["ok"] * 3
    engine = create_engine(empty_pg_url)
    try:
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()
    assert check_server(empty_pg_url).schema == "current"


def test_a_database_migrated_by_a_newer_workbay_is_refused(shared_url: str) -> None:
    engine = create_engine(shared_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    with pytest.raises(SchemaTooNew) as refused:
        open_database(shared_url)
    assert refused.value.db_revision == "9999_future"
    assert "update Workbay on this station" in str(refused.value)
    check = check_server(shared_url)
    assert (check.schema, check.revision) == ("newer", "9999_future")
