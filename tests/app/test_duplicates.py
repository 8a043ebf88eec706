"""The manager hears of flagged duplicate assets: ``duplicates.list_duplicates`` and
``python -m app duplicates [--all] [--json]`` show what migration 0005 recorded (both files,
their owners, the key, what was done), flagged ones unless asked for all; only a holder of
``VIEW_AUDIT`` may read them. On both backends."""

from __future__ import annotations

import json

import pytest

from app.cli import main
from app.config import DATABASE_URL_ENV
from app.domain.errors import AccessDenied
from app.domain.models import AssetDuplicate
from app.services import customers
from app.services.duplicates import list_duplicates
from tests.factories import customer, manager_of, vehicle


@pytest.fixture
def recorded(db, ctx):  # type: ignore[no-untyped-def]
    """What the migration leaves: Li's file flagged beside Wang's older one (same plate, its
    key cleared), and a second file of Wang's merged away."""
    wang = customers.create_customer(ctx, customer("王芳", "13800000001"))
    li = customers.create_customer(ctx, customer("李强", "13800000002"))
    kept = customers.create_asset(ctx, wang.id, vehicle("粤B10001", None))
    flagged = customers.create_asset(ctx, li.id, vehicle("粤B10009", None))
    with db.write() as s:
        s.add_all(
            [
                AssetDuplicate(
                    asset_id=flagged.id,
                    duplicate_of_id=kept.id,
                    key_name="plate_key",
                    key_value="粤B10001",
                    resolution="flagged",
                ),
                AssetDuplicate(
                    asset_id=9999,
                    duplicate_of_id=kept.id,
                    key_name="plate_key",
                    key_value="粤B10001",
                    resolution="merged",
                ),
            ]
        )
    return {"wang": wang, "li": li, "kept": kept, "flagged": flagged}


def test_flagged_duplicates_name_both_files_and_owners(ctx, recorded):
    boss = manager_of(ctx)
    (only,) = list_duplicates(boss)
    assert (only.resolution, only.key, only.value) == ("flagged", "plate", "粤B10001")
    assert (only.duplicate.asset_id, only.duplicate.customer) == (recorded["flagged"].id, "李强")
    assert only.duplicate.label is not None and only.duplicate.label.startswith("粤B10009")
    assert (only.kept.asset_id, only.kept.customer_id) == (recorded["kept"].id, recorded["wang"].id)
    assert only.found_at is not None and only.reviewed_at is None

    both = list_duplicates(boss, include_merged=True)
    assert [d.resolution for d in both] == ["flagged", "merged"]
    gone = both[1].duplicate
    assert (gone.asset_id, gone.label, gone.customer) == (9999, None, None)


def test_only_the_manager_and_admin_read_them(ctx, cashier, recorded):
    for who in (ctx, cashier):
        with pytest.raises(AccessDenied) as info:
            list_duplicates(who)
        assert info.value.permission == "view_audit"


def test_the_command_lists_them(recorded, db_url, monkeypatch, capsys):
    monkeypatch.setenv(DATABASE_URL_ENV, db_url)
    assert main(["duplicates", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["resolution"], r["key"], r["value"]) for r in rows] == [
        ("flagged", "plate", "粤B10001")
    ]
    assert rows[0]["duplicate"]["customer"] == "李强" and rows[0]["kept"]["customer"] == "王芳"
    assert rows[0]["reviewed_at"] is None

    assert main(["duplicates", "--all"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("flagged  plate 粤B10001: #") and "李强" in lines[0]
    assert "王芳" in lines[0]
    assert lines[1].startswith("merged") and "#9999 (merged away)" in lines[1]


def test_nothing_to_review(db, db_url, monkeypatch, capsys):
    monkeypatch.setenv(DATABASE_URL_ENV, db_url)
    assert main(["duplicates"]) == 0
    assert capsys.readouterr().out.strip() == "no duplicate assets to review"
    assert main(["duplicates", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
