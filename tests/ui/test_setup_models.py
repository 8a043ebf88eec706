"""The Setup desk's item models pass Qt's model checks (pytest-qt's qtmodeltester), with rows,
after edits, moves, appends and resets."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtCore import Qt

from app.domain.enums import LineKind, Role
from app.domain.models import CatalogItem
from app.services.audit_log import AuditRow
from app.services.staff import StaffView
from ui.models.setup_audit import AuditModel, before_after
from ui.models.setup_catalog import CatalogModel
from ui.models.setup_rows import EditColumn, RecordsModel
from ui.models.setup_staff import StaffModel


def audit_row(n: int, **changes: object) -> AuditRow:
    values: dict[str, object] = dict(
        id=n, at=datetime(2026, 12, 1, 2, 30, tzinfo=UTC), user_id=1, user_name="Boss",
        user_login="boss", roles=("manager",), station_name="Counter 1", action="catalog.update",
        entity="catalog", entity_id=7, order_id=None, order_number=None, customer_id=None,
        customer_name=None, summary="P-1 price", before={"unit_price": "120.00"},
        after={"unit_price": "150.00"}, approved_by_name=None, approval=None,
    )  # fmt: skip
    values.update(changes)
    return AuditRow(**values)  # type: ignore[arg-type]


def test_audit_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = AuditModel({"time": "Time"})
    model.set_rows([audit_row(3), audit_row(2, approved_by_name="Wang", order_number="WO-1")])
    model.append([audit_row(1)])
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.last_id() == 1
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Time"
    assert before_after(audit_row(1)) == "unit_price: 120.00 → 150.00"
    assert "WO-1" in model.index(1, 5).data()


def test_catalog_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = CatalogModel({}, {"per_hour": "/ hour", "yes": "yes", "no": "retired", "all": "all"})
    labor = CatalogItem(
        id=1, kind=LineKind.LABOR, code="L-1", name_zh="换机油", name_en="Oil change",
        unit="次", unit_en="job", unit_price=Decimal("120.00"), default_quantity=Decimal(1),
        standard_hours=Decimal("0.5"), flat=False, asset_kinds="vehicle", active=False, version=1,
    )  # fmt: skip
    model.set_rows([labor])
    qtmodeltester.check(model)
    assert model.index(0, 5).data() == "¥120.00 / hour"
    assert model.index(0, 8).data() == "retired"
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_staff_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = StaffModel(
        {}, {"yes": "yes", "no": "no", "default": "station's", "until": "until %1"},
        lambda roles: ", ".join(r.value for r in roles),
    )  # fmt: skip
    person = StaffView(
        1, "boss", "Boss", Role.MANAGER, (Role.MANAGER, Role.ADMIN), None, True, True, False,
        True, None, 1,
    )  # fmt: skip
    model.set_rows([person])
    qtmodeltester.check(model)
    assert model.index(0, 2).data() == "manager, admin"
    assert model.row_of(1) == 0


def test_records_model_edits_moves_and_removes(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = RecordsModel(
        [EditColumn("code", "Code"), EditColumn("active", "Active", check=True)],
        greyed_key="active",
    )
    model.set_records([{"code": "a", "active": True}, {"code": "b", "active": False}])
    qtmodeltester.check(model)
    assert model.setData(model.index(0, 0), "x")
    assert model.setData(
        model.index(1, 1), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert model.move_record(1, -1) == 0
    model.add_record({"code": "c", "active": True})
    qtmodeltester.check(model)
    model.remove_record(0)
    assert [r["code"] for r in model.records()] == ["x", "c"]
