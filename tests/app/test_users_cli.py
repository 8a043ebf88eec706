"""``python -m app users add | list`` as an administrator runs it: the password comes on
standard input (never the command line), ``list --json`` keeps its shape, refused input
names the field and exits 2 writing nothing."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.domain.models import User
from app.services import auth

ROOT = Path(__file__).resolve().parents[2]
KEYS = {
    "id",
    "login",
    "name",
    "role",
    "roles",
    "language",
    "active",
    "has_password",
    "has_pin",
    "has_card",
    "locked",
}


@pytest.fixture
def cli(db_url, tmp_path, monkeypatch, capsys):
    """Run ``python -m app ...`` in this process against the test database."""
    monkeypatch.setenv("WORKBAY_DATABASE_URL", db_url)
    monkeypatch.setenv("WORKBAY_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("WORKBAY_STATION", "Back office")

    def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(list(args))
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


def test_add_then_list_json(cli, db):
    code, out, _ = cli(
        "users", "add", "boss", "--name", "王老板", "--role", "admin", "--role", "manager",
        "--password-stdin", "--pin-stdin", "--language", "zh_CN",
        stdin="Strong-pass-1\n2468\n",
    )  # fmt: skip
    assert code == 0 and "boss" in out
    code, out, _ = cli("users", "add", "mei", "--name", "Mei", "--role", "cashier")
    assert code == 0 and "cannot sign in" in out
    code, out, _ = cli("users", "list", "--json")
    assert code == 0
    rows = {r["login"]: r for r in json.loads(out)}
    assert set(rows) == {"boss", "mei"}  # not the command line's own account
    assert all(set(r) == KEYS for r in rows.values())
    boss = rows["boss"]
    assert boss["name"] == "王老板" and boss["role"] == "admin"
    assert boss["roles"] == ["admin", "manager"] and boss["language"] == "zh_CN"
    assert boss["has_password"] and boss["has_pin"] and not boss["has_card"]
    assert boss["active"] and not boss["locked"]
    assert rows["mei"]["has_password"] is False and rows["mei"]["language"] is None
    # the password read from stdin is the one that signs in, the owner exists now
    assert not auth.needs_first_start(db)
    assert auth.sign_in_with_password(db, "Office", "boss", "Strong-pass-1").user.login == "boss"
    code, out, _ = cli("users", "list")
    assert code == 0 and "boss" in out and "no-password" in out


def test_refusals_name_the_field_and_write_nothing(cli, db):
    code, _, err = cli(
        "users", "add", "x y", "--name", "Bad", "--role", "advisor", "--password-stdin",
        stdin="short\n",
    )  # fmt: skip
    assert code == 2
    assert "error: login:" in err and "error: password: at least 8 characters" in err
    code, _, err = cli("users", "add", "bob", "--name", "Bob", "--role", "advisor",
                       "--password-stdin")  # fmt: skip
    assert code == 2 and "no password on standard input" in err
    assert cli("users", "add", "bob", "--name", "Bob", "--role", "advisor")[0] == 0
    code, _, err = cli("users", "add", "BOB", "--name", "Robert", "--role", "advisor")
    assert code == 2 and "login: the login 'BOB' is taken" in err
    with db.read() as s:
        logins = set(s.scalars(select(User.login)))
        assert s.scalar(select(func.count()).select_from(User)) == 2
    assert logins == {"bob", "system"}


def test_unknown_role_is_a_usage_error(cli):
    with pytest.raises(SystemExit) as usage:
        cli("users", "add", "bob", "--name", "Bob", "--role", "chef")
    assert usage.value.code == 2


def test_real_process(db_url, tmp_path):
    env = {
        **os.environ,
        "WORKBAY_DATABASE_URL": db_url,
        "WORKBAY_DATA_DIR": str(tmp_path / "data"),
        "WORKBAY_STATION": "CLI test",
    }
    add = subprocess.run(
        [sys.executable, "-m", "app", "users", "add", "li.na", "--name", "李娜",
         "--role", "advisor", "--password-stdin"],
        input="advisor-pass1\n", cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert add.returncode == 0, add.stderr
    listed = subprocess.run(
        [sys.executable, "-m", "app", "users", "list", "--json"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert listed.returncode == 0, listed.stderr
    (row,) = json.loads(listed.stdout)
    assert row["login"] == "li.na" and row["name"] == "李娜" and row["roles"] == ["advisor"]
