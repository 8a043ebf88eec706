"""The shared settings in the database: typed values, the setup right, every bad key named
with nothing written, version conflicts, the audit log's before -> after, the change feed,
installation-wide keys in branch 0, the settings table's upgrade and the number prefixes."""

from __future__ import annotations

import json
from decimal import Decimal
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from app.db.changes import Change
from app.db.numbering import next_number
from app.domain.enums import DocumentKind, PaymentMethod, Role, SettlementRounding
from app.domain.errors import AccessDenied, ConflictError, ValidationErrors
from app.domain.models import INSTALLATION, AuditEntry, Setting
from app.reference import ensure_reference_data
from app.services import settings
from app.services.context import ServiceContext
from app.services.people import as_user
from app.settings.upgrades import DB_VERSION, DB_VERSION_KEY
from tests.app._support import assert_nothing_written, snapshot


@pytest.fixture
def boss(ctx: ServiceContext) -> ServiceContext:
    return as_user(ctx, "Qian Hong", Role.MANAGER)


def test_typed_values_are_shared_with_their_defaults(ctx, boss) -> None:
    values = settings.read_settings(ctx)
    assert values["labor.rate"] == Decimal("120.00")
    assert values["settlement.rounding"] is SettlementRounding.NONE
    assert "install.secret" not in values
    versions = settings.write_settings(
        boss,
        {
            "labor.rate": "135.5",
            "payment.methods": [PaymentMethod.CASH, PaymentMethod.WECHAT],
            "settlement.rounding": SettlementRounding.DOWN_TO_YUAN,
            "security.lockout_attempts": 3,
        },
    )
    assert versions == {
        "labor.rate": 1,
        "payment.methods": 1,
        "settlement.rounding": 1,
        "security.lockout_attempts": 1,
    }
    got = settings.read_settings(ctx, ["labor.rate", "payment.methods", "settlement.rounding"])
    assert got == {
        "labor.rate": Decimal("135.50"),
        "payment.methods": (PaymentMethod.CASH, PaymentMethod.WECHAT),
        "settlement.rounding": SettlementRounding.DOWN_TO_YUAN,
    }
    with ctx.db.read() as s:
        assert settings.rounding_mode(s) is SettlementRounding.DOWN_TO_YUAN
        # installation-wide: stored in branch 0, found whatever branch asks
        assert s.get(Setting, (INSTALLATION, "security.lockout_attempts")).value == "3"
        assert settings.get_setting(s, "security.lockout_attempts") == "3"
        assert settings.get_setting(s, "security.lockout_minutes") == "15"  # the default
        assert settings.get_setting(s, "no.such.key") is None
        assert settings.setting(s, "security.lockout_attempts") == 3


def test_without_the_setup_right_nothing_is_written(db, ctx) -> None:
    before = snapshot(db)
    with pytest.raises(AccessDenied) as info:
        settings.write_settings(ctx, {"labor.rate": "99.00"})
    assert info.value.permission == "setup"
    assert_nothing_written(db, before)


def test_every_bad_key_is_named_and_nothing_is_written(db, boss) -> None:
    before = snapshot(db)
    with pytest.raises(ValidationErrors) as info:
        settings.write_settings(
            boss,
            {
                "shop.legal_name": "顺达汽车服务有限公司",  # good, but not saved either
                "shop.credit_code": "91350100M000100Y44",
                "payment.methods": [],
                "numbering.prefixes": {"WO": "ST"},
                "ui.language": "en",
                "install.secret": "00" * 32,
                "nothing.here": 1,
            },
        )
    assert [(e.field, e.code) for e in info.value.errors] == [
        ("install.secret", "secret"),
        ("nothing.here", "unknown_setting"),
    ]
    with pytest.raises(ValidationErrors) as info:
        settings.write_settings(
            boss,
            {
                "shop.legal_name": "顺达汽车服务有限公司",
                "shop.credit_code": "91350100M000100Y44",
                "payment.methods": [],
                "numbering.prefixes": {"WO": "ST"},
                "ui.language": "en",
            },
        )
    assert [(e.field, e.code) for e in info.value.errors] == [
        ("shop.credit_code", "bad_check_character"),
        ("payment.methods", "at_least_one"),
        ("numbering.prefixes.ST", "duplicate"),
        ("ui.language", "station_setting"),
    ]
    assert_nothing_written(db, before)


def test_a_holiday_cannot_also_be_a_working_day(db, boss) -> None:
    settings.write_settings(boss, {"hours.holidays": "2026-10-01,2026-10-02"})
    before = snapshot(db)
    with pytest.raises(ValidationErrors) as info:
        settings.write_settings(boss, {"hours.workdays": ["2026-10-02", "2026-09-27"]})
    assert [(e.field, e.code, e.value) for e in info.value.errors] == [
        ("hours.workdays", "holiday_and_workday", "2026-10-02")
    ]
    assert_nothing_written(db, before)


def test_a_stale_version_is_refused_naming_who_saved(db, ctx, boss) -> None:
    snap = settings.settings_snapshot(boss, ["labor.rate", "shop.phone"])
    assert snap.versions == {"labor.rate": 0, "shop.phone": 0}
    other = as_user(ctx, "Zhou Admin", Role.ADMIN)
    settings.write_settings(other, {"labor.rate": "140.00"}, snap.versions)
    before = snapshot(db)
    with pytest.raises(ConflictError) as info:
        settings.write_settings(
            boss, {"labor.rate": "150.00", "shop.phone": "0591-1"}, snap.versions
        )
    err = info.value
    assert (err.entity, err.expected_version, err.actual_version) == ("setting labor.rate", 0, 1)
    assert err.changes[0].user == "Zhou Admin"
    assert_nothing_written(db, before)
    fresh = settings.settings_snapshot(boss, ["labor.rate"]).versions
    assert settings.write_settings(boss, {"labor.rate": "150.00"}, fresh) == {"labor.rate": 2}


def test_changes_are_audited_before_after_and_told_to_every_station(ctx, boss, tmp_path: Path):
    seen: list[Change] = []
    ctx.db.feed.subscribe(seen.extend)
    settings.write_settings(boss, {"labor.rate": "130.00", "shop.short_name": "顺达汽修"})
    settings.write_settings(boss, {"labor.rate": "130.00"})  # no change: no entry, no event
    png = BytesIO()
    Image.new("RGB", (20, 10)).save(png, "PNG")
    settings.write_settings(boss, {"shop.logo": png.getvalue()})
    with ctx.db.read() as s:
        entries = s.scalars(
            select(AuditEntry).where(AuditEntry.entity == "settings").order_by(AuditEntry.id)
        ).all()
        assert [e.action for e in entries] == ["settings.update", "settings.update"]
        first, logo = entries
        assert first.user_name == "Qian Hong" and "manager" in first.roles
        assert first.station_name == "Counter 1"
        assert json.loads(first.before or "") == {"labor.rate": "120.00", "shop.short_name": ""}
        assert json.loads(first.after or "") == {
            "labor.rate": "130.00",
            "shop.short_name": "顺达汽修",
        }
        assert json.loads(logo.before or "") == {"shop.logo": None}
        assert json.loads(logo.after or "") == {"shop.logo": f"{len(png.getvalue())} bytes"}
    assert [(c.entity, c.action) for c in seen] == [("settings", "update")] * 2


def test_the_settings_table_is_upgraded_once(db, ctx, tmp_path: Path) -> None:
    logo = tmp_path / "logo.bmp"
    Image.new("RGB", (1200, 300), (0, 90, 200)).save(logo)
    with db.write() as s:
        s.get(Setting, (INSTALLATION, DB_VERSION_KEY)).value = "0"  # as an older Workbay left it
        s.add(Setting(branch_id=1, key="shop.name", value="老店名"))
        s.add(Setting(branch_id=1, key="shop.logo_path", value=str(logo)))
    with db.write() as s:
        ensure_reference_data(s)
    values = settings.read_settings(ctx, ["shop.short_name", "shop.logo"])
    assert values["shop.short_name"] == "老店名"
    with Image.open(BytesIO(values["shop.logo"])) as picture:
        assert (picture.format, picture.size) == ("PNG", (600, 150))
    with db.read() as s:
        assert s.get(Setting, (1, "shop.name")) is None
        assert s.get(Setting, (1, "shop.logo_path")) is None
        assert s.get(Setting, (INSTALLATION, DB_VERSION_KEY)).value == str(DB_VERSION)


def test_document_numbers_use_the_branch_prefixes(db, boss) -> None:
    with db.write() as s:
        assert next_number(s, DocumentKind.WORK_ORDER).startswith("WO-")
    settings.write_settings(boss, {"numbering.prefixes": {"WO": "RO", "RC": "SK"}})
    with db.write() as s:
        wo = next_number(s, DocumentKind.WORK_ORDER)
        rc = next_number(s, DocumentKind.RECEIPT)
        st = next_number(s, DocumentKind.SETTLEMENT)
    assert wo.startswith("RO-") and wo.endswith("-0002")  # the day's count goes on
    assert rc.startswith("SK-") and st.startswith("ST-")
