"""An order's version bump as one plain UPDATE (``app.db.versioned.save_versioned``): the
changed columns and the version in one statement, the ORM told the row is saved (its flush
writes nothing more), a version that moved on refused as the ORM's own check would (a conflict), and a
change of a relationship left to the ORM's flush."""

from __future__ import annotations

import pytest
from sqlalchemy import event, update

from app.db.engine import Database
from app.db.versioned import save_versioned
from app.domain.errors import ConflictError
from app.domain.models import WorkOrder
from app.services.context import ServiceContext
from tests.factories import customer, new_order, vehicle


def _statements(db: Database) -> list[str]:
    seen: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *a: seen.append(a[2]))
    return seen


def test_the_changed_columns_and_the_version_go_in_one_update(
    db: Database, ctx: ServiceContext
) -> None:
    d = new_order(ctx)
    seen = _statements(db)
    with db.write() as session:
        order = session.get(WorkOrder, d.id)
        assert order is not None
        before = len(seen)
        order.notes = "客户自带机油"
        order.fuel_level = 75
        save_versioned(session, order)
        written = seen[before:]
        assert len(written) == 1 and written[0].lstrip().upper().startswith("UPDATE")
        assert order.version == d.version + 1
        assert not session.dirty  # nothing left for the flush to write
        at = len(seen)
        session.flush()
        assert seen[at:] == []
    with db.read() as session:
        again = session.get(WorkOrder, d.id)
        assert again is not None
        assert (again.notes, again.fuel_level, again.version) == (
            "客户自带机油", 75, d.version + 1
        )  # fmt: skip


def test_a_version_that_moved_on_is_refused_and_nothing_is_written(
    db: Database, ctx: ServiceContext
) -> None:
    d = new_order(ctx)
    with pytest.raises(ConflictError), db.write() as session:  # (StaleDataError, told)
        order = session.get(WorkOrder, d.id)
        assert order is not None
        # another station's save, as far as this transaction can tell
        session.execute(
            update(WorkOrder.__table__)
            .where(WorkOrder.__table__.c.id == d.id)
            .values(version=d.version + 1)
        )
        order.notes = "不该写入"
        save_versioned(session, order)
    with db.read() as session:
        again = session.get(WorkOrder, d.id)
        assert again is not None
        assert (again.notes, again.version) == (None, d.version)


def test_a_changed_relationship_is_left_to_the_orm(db: Database, ctx: ServiceContext) -> None:
    first = new_order(ctx)
    second = new_order(
        ctx, customer=customer("周敏", "13911112222"), asset=vehicle("粤B77777", None)
    )
    with db.write() as session:
        order = session.get(WorkOrder, first.id)
        other = session.get(WorkOrder, second.id)
        assert order is not None and other is not None
        moved_to = other.asset_id
        order.asset = other.asset  # a relationship: the flush writes the foreign key
        save_versioned(session, order)
        assert order.version == first.version + 1
    with db.read() as session:
        again = session.get(WorkOrder, first.id)
        assert again is not None and again.asset_id == moved_to
