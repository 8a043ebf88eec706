"""``python -m app complaints --json [--overdue]`` on both backends: the open complaints
as JSON objects, the overdue ones naming their missed deadlines; ``--escalate`` escalates
once."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from app.cli import main
from app.domain.enums import ComplaintChannel, ComplaintKind, ComplaintSeverity
from app.services import complaints, settings
from app.services.complaints import ComplaintInput


@pytest.fixture
def shop(ctx, manager, db_url, tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBAY_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("WORKBAY_STATION", "Back office")
    monkeypatch.setenv("WORKBAY_DATABASE_URL", db_url)
    settings.write_settings(manager, {"hours.timezone": "Asia/Shanghai"})
    late = complaints.record_complaint(
        ctx,
        ComplaintInput(
            ComplaintChannel.MEDIA, ComplaintKind.PARTS, ComplaintSeverity.CRITICAL,
            "配件价格过高", "退差价", received_at=datetime(2026, 9, 28, 1, tzinfo=UTC),
        ),
    )  # fmt: skip
    fresh = complaints.record_complaint(
        ctx,
        ComplaintInput(
            ComplaintChannel.IN_PERSON, ComplaintKind.SERVICE, ComplaintSeverity.GENERAL,
            "前台态度差",
        ),
    )  # fmt: skip
    return late, fresh


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["complaints", *args])
    out, _ = capsys.readouterr()
    return code, out


def test_json_lists_the_open_complaints(shop, capsys):
    late, fresh = shop
    code, out = run(capsys, "--json")
    rows = json.loads(out)
    assert code == 0
    assert [r["id"] for r in rows] == [late.id, fresh.id]  # earliest close deadline first
    first = rows[0]
    assert (first["kind"], first["severity"], first["channel"], first["state"]) == (
        "parts", "critical", "media", "recorded",
    )  # fmt: skip
    # Mon 28 Sep 09:00 CST + 2 working hours (every day open 08:30-18:00) -> 11:00 CST
    assert first["respond_by"] == "2026-09-28T03:00:00+00:00"
    assert first["description"] == "配件价格过高" and first["owner"] == "Li Na"
    assert sorted(first["overdue"]) == ["close", "feedback", "respond"]
    assert rows[1]["overdue"] == []


def test_overdue_lists_only_the_late_one_and_escalate_is_idempotent(shop, capsys):
    late, _fresh = shop
    code, out = run(capsys, "--json", "--overdue")
    assert code == 0 and [r["id"] for r in json.loads(out)] == [late.id]
    # recording the late complaint already escalated its three missed deadlines
    code, out = run(capsys, "--escalate")
    assert code == 0 and out.strip().endswith("escalated 0")
    code, out = run(capsys, "--overdue")
    assert f"#{late.id}" in out and "OVERDUE" in out
