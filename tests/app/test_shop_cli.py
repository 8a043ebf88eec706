"""``python -m app shop show [--json] | set KEY=VALUE ...``: the contract (names, flags, JSON
shape, exit codes), the logo read from a file, and a refused value writing nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from app.cli import main
from app.config import DATABASE_URL_ENV
from app.domain.models import AuditEntry
from app.services.settings import read_settings
from tests.app._support import assert_nothing_written, snapshot

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def cli_db(db, db_url: str, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv(DATABASE_URL_ENV, db_url)
    return db


def test_set_then_show_as_json(cli_db, ctx, capsys, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (800, 400), (200, 30, 30)).save(logo)
    code = main(
        [
            "shop", "set",
            "shop.legal_name=顺达汽车服务有限公司",
            "shop.license_class=2",
            "payment.methods=cash,wechat",
            'numbering.prefixes={"WO": "RO"}',
            f"shop.logo={logo}",
        ]
    )  # fmt: skip
    assert code == 0
    assert "saved:" in capsys.readouterr().out
    values = read_settings(ctx, ["shop.legal_name", "shop.logo"])
    assert values["shop.legal_name"] == "顺达汽车服务有限公司"
    assert values["shop.logo"] is not None
    with cli_db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "settings")).one()
        assert entry.user_name == "system"  # the command line, named in the log
    assert main(["shop", "show", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["shop.legal_name"] == "顺达汽车服务有限公司"
    assert shown["shop.license_class"] == "2"
    assert shown["payment.methods"] == ["cash", "wechat"]
    assert shown["numbering.prefixes"] == {
        "WO": "RO",
        "ST": "ST",
        "RL": "RL",
        "RC": "RC",
        "CC": "CC",
    }
    assert shown["shop.logo"].startswith("PNG, ") and shown["shop.logo"].endswith(" bytes")
    assert shown["labor.rate"] == "120.00"
    assert "install.secret" not in shown
    assert main(["shop", "set", "shop.logo="]) == 0  # empty: no logo
    capsys.readouterr()
    assert main(["shop", "show"]) == 0
    out = capsys.readouterr().out
    assert "shop.legal_name = 顺达汽车服务有限公司" in out and "shop.logo = \n" in out


def test_a_bad_value_names_its_key_exits_2_and_writes_nothing(
    cli_db, capsys, tmp_path: Path
) -> None:
    not_a_picture = tmp_path / "logo.png"
    not_a_picture.write_text("hello", encoding="utf-8")
    before = snapshot(cli_db)
    code = main(
        [
            "shop", "set",
            "shop.short_name=顺达汽修",
            "shop.credit_code=91350100M000100Y44",
            "labor.rate=12.345",
            f"shop.logo={not_a_picture}",
            "install.secret=00",
            "no.such=1",
            "junk",
        ]
    )  # fmt: skip
    assert code == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [  # in the command line's order
        "error: shop.credit_code: the check character does not match",
        "error: labor.rate: at most 2 decimal places",
        "error: shop.logo: the file is not a picture",
        "error: install.secret: cannot be set",
        "error: no.such: no such setting",
        "error: junk: use KEY=VALUE",
    ]
    assert_nothing_written(cli_db, before)


def test_the_command_runs_as_a_program(cli_db, db_url: str) -> None:
    env = {**os.environ, DATABASE_URL_ENV: db_url}
    done = subprocess.run(
        [sys.executable, "-m", "app", "shop", "set", "shop.phone=0591-87654321"],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    done = subprocess.run(
        [sys.executable, "-m", "app", "shop", "show", "--json"],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["shop.phone"] == "0591-87654321"
    done = subprocess.run(
        [sys.executable, "-m", "app", "shop", "set", "shop.license_class=9"],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.startswith("error: shop.license_class: must be one of")
