"""``python -m app audit`` as an administrator runs it: a real process on a real database
(a temporary SQLite file; PostgreSQL too when ``WORKBAY_TEST_DATABASE_URL`` is set). The
JSON shape and the flags are a contract."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from app.bootstrap import open_database
from app.cli import main
from app.domain.enums import Role
from app.domain.models import AuditEntry, User
from app.domain.permissions import Permission
from app.services.audit import audit
from app.services.people import as_user, sign_in
from tests.conftest import BACKENDS, create_pg_database, drop_pg_database
from tests.factories import new_order

ROOT = Path(__file__).resolve().parents[2]

KEYS = {
    "id",
    "at",
    "user",
    "login",
    "roles",
    "station",
    "action",
    "entity",
    "entity_id",
    "order",
    "customer",
    "summary",
    "before",
    "after",
    "approved_by",
    "approval",
}


@pytest.fixture(params=BACKENDS)
def logged(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    """A database holding a few entries (two of them written on chosen days); yields its
    URL and the order number the entries name."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'audit.sqlite3'}"
        name = None
    else:
        name = f"wb_audit_cli_{os.getpid()}"
        url = create_pg_database(name)
    db = open_database(url)
    try:
        ctx = sign_in(db, "Counter 1", "Li Na", Role.ADVISOR)
        cashier = sign_in(db, "Cashier", "Zhao Min", Role.CASHIER)
        boss = as_user(ctx, "Zhou Jing", Role.MANAGER)
        order = new_order(ctx)
        with db.write() as session:
            for day, action in ((1, "t.old"), (10, "t.mid")):
                session.add(
                    AuditEntry(
                        at=datetime(2024, 3, day, 12, 0, tzinfo=UTC),
                        user_id=ctx.actor.user_id,
                        user_name="Li Na",
                        roles="advisor",
                        station_name="Counter 1",
                        action=action,
                        entity="order",
                        summary=f"March {day}",
                    )
                )
        with db.write() as session:
            audit(
                session,
                cashier,
                "t.order.refund",
                "order",
                order.id,
                summary="退款：客户取消",
                before={"paid": Decimal("360.00")},
                after={"paid": Decimal("0.00")},
                order_id=order.id,
                customer_id=order.customer.id,
                approver=session.get(User, boss.actor.user_id),
                approval=Permission.REFUND,
            )
            audit(session, boss, "t.user.update", "user", boss.actor.user_id, summary="新 PIN")
        number = order.order.number
    finally:
        db.dispose()
    yield url, number
    if name is not None:
        drop_pg_database(name)


def run(url: str, tmp_path: Path, *args: str, code: int = 0) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "WORKBAY_DATABASE_URL": url,
        "WORKBAY_DATA_DIR": str(tmp_path / "data"),
        "WORKBAY_STATION": "Back office",
        "TZ": "Asia/Shanghai",
    }
    done = subprocess.run(
        [sys.executable, "-m", "app", "audit", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == code, done.stderr
    return done


def test_json_is_one_array_of_entries_with_the_agreed_keys(logged, tmp_path):
    url, number = logged
    every = json.loads(run(url, tmp_path, "--json").stdout)
    assert isinstance(every, list)
    assert every and all(set(e) == KEYS for e in every)
    assert [e["id"] for e in every] == sorted((e["id"] for e in every), reverse=True)
    mine = [e for e in every if e["action"].startswith("t.")]
    assert [e["action"] for e in mine] == ["t.user.update", "t.order.refund", "t.mid", "t.old"]
    refund = mine[1]
    assert refund["user"] == "Zhao Min" and refund["login"] == "Zhao Min"
    assert refund["roles"] == ["cashier"] and refund["station"] == "Cashier"
    assert refund["entity"] == "order" and isinstance(refund["entity_id"], int)
    assert refund["order"] == number and refund["customer"] == "张伟"
    assert refund["summary"] == "退款：客户取消"
    assert refund["before"] == {"paid": "360.00"} and refund["after"] == {"paid": "0.00"}
    assert refund["approved_by"] == "Zhou Jing" and refund["approval"] == "refund"
    at = datetime.fromisoformat(refund["at"])
    assert at.utcoffset() is not None and at.utcoffset().total_seconds() == 0
    assert mine[3]["at"] == "2024-03-01T12:00:00+00:00"
    assert mine[3]["order"] is None and mine[3]["before"] is None


@pytest.fixture
def here(
    logged: tuple[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[str, str]]:
    """The command run in this process (quicker than a process per call): same database,
    same environment as :func:`run`."""
    url, number = logged
    monkeypatch.setenv("WORKBAY_DATABASE_URL", url)
    monkeypatch.setenv("WORKBAY_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("WORKBAY_STATION", "Back office")
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield url, number
    monkeypatch.undo()
    time.tzset()


def in_process(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        code = main(["audit", *args])
    except SystemExit as stop:  # argparse refusing a flag
        code = int(stop.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_since_until_order_user_action_and_limit(here, capsys):
    _, number = here

    def acts(*args: str) -> list[str]:
        code, out, err = in_process(capsys, "--json", "--action", "t.", *args)
        assert code == 0, err
        return [e["action"] for e in json.loads(out)]

    assert acts("--since", "2024-03-05") == ["t.user.update", "t.order.refund", "t.mid"]
    assert acts("--since", "2024-03-01", "--until", "2024-03-09") == ["t.old"]
    assert acts("--until", "2024-03-10") == ["t.mid", "t.old"]
    # 2024-03-01 12:00 UTC is 20:00 in Shanghai: still March 1st there
    assert acts("--since", "2024-03-02", "--until", "2024-03-10") == ["t.mid"]
    assert acts("--order", number) == ["t.order.refund"]
    assert acts("--order", number[:3]) == ["t.order.refund"]
    assert acts("--user", "Zhou Jing") == ["t.user.update"]
    assert acts("--limit", "2") == ["t.user.update", "t.order.refund"]
    assert acts("--action", "t.order.refund") == ["t.order.refund"]


def test_bad_input_gets_a_clear_message_and_exit_2(here, capsys):
    code, out, err = in_process(capsys, "--json", "--since", "2024-13-01")
    assert code == 2 and out == ""
    assert "--since" in err and "YYYY-MM-DD" in err
    code, out, err = in_process(capsys, "--json", "--since", "2024-03-10", "--until", "2024-03-01")
    assert code == 2 and out == "" and "before its start" in err
    code, out, err = in_process(capsys, "--json", "--user", "nobody")
    assert code == 2 and out == "" and "'nobody' not found" in err
    code, out, err = in_process(capsys, "--limit", "0")
    assert code == 2 and "--limit" in err
    target = Path(os.environ["WORKBAY_DATA_DIR"]).parent / "refused.csv"
    code, out, err = in_process(capsys, "--user", "nobody", "--csv", str(target))
    assert code == 2 and not target.exists() and not list(target.parent.glob("*.part"))


def test_readable_lines_and_the_csv_file(logged, tmp_path):
    url, number = logged
    lines = run(url, tmp_path, "--action", "t.order.").stdout.splitlines()
    assert len(lines) == 1
    assert "Zhao Min (cashier) @ Cashier" in lines[0] and "t.order.refund" in lines[0]
    assert number in lines[0] and "退款：客户取消" in lines[0]
    assert "paid: 360.00 -> 0.00" in lines[0] and "approved by Zhou Jing (refund)" in lines[0]

    path = tmp_path / "audit.csv"
    done = run(url, tmp_path, "--action", "t.", "--csv", str(path), "--lang", "zh_CN")
    assert done.stdout == "" and "4 entries" in done.stderr
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:4] == ["时间", "用户", "角色", "工作站"] and len(rows) == 5
    assert rows[2][9] == "退款：客户取消" and rows[1][9] == "新 PIN"
    assert rows[4][0] == "2024-03-01T20:00:00+08:00", "shop-local time"
