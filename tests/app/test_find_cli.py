"""``python -m app find TEXT [--json]``: what the reception lookup finds, for support and
scripts, on both backends. The JSON keys and the exit code are a contract."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.admin.find_cli import KEYS
from app.cli import main
from app.services.lookup import lookup
from tests.factories import customer, new_order, phone_device, vehicle

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def shop(ctx, db_url, tmp_path, monkeypatch):
    """Two visits on file; the command's environment points at the same database."""
    monkeypatch.setenv("WORKBAY_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("WORKBAY_STATION", "Back office")
    monkeypatch.setenv("WORKBAY_DATABASE_URL", db_url)
    car = new_order(ctx, asset=vehicle("粤B76008", None))  # 张伟 13812345678
    phone = new_order(
        ctx, customer=customer("Chan Tai Man", "+852 9123 4567"), asset=phone_device()
    )
    return {"url": db_url, "car": car, "phone": phone}


def find(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["find", *args])
    out, _ = capsys.readouterr()
    return code, out


def test_json_lists_what_the_desk_finds_with_the_agreed_keys(ctx, shop, capsys):
    car = shop["car"]
    code, out = find(capsys, "76008", "--json")
    hits = json.loads(out)
    assert code == 0 and isinstance(hits, list) and hits
    assert all(tuple(h) == KEYS for h in hits)
    first = hits[0]
    assert (first["kind"], first["id"], first["matched_by"]) == (
        "asset",
        car.asset.id,
        "plate_tail",
    )
    assert first["asset_id"] == car.asset.id and first["asset_label"] == car.asset.label
    assert first["customer_id"] == car.customer.id and first["customer_name"] == "张伟"
    assert first["phone"] == "13812345678"
    assert first["order_id"] is None and first["state"] is None
    # the same hits, in the same order, as the reception lookup
    assert [(h["kind"], h["id"], h["matched_by"]) for h in hits] == [
        (h.kind, h.id, h.matched_by) for h in lookup(ctx, "76008")
    ]


def test_an_order_hit_names_its_number_state_customer_and_asset(shop, capsys):
    car = shop["car"]
    code, out = find(capsys, car.order.number, "--json")
    [hit] = json.loads(out)
    assert code == 0
    assert hit["kind"] == "order" and hit["matched_by"] == "order_number"
    assert hit["id"] == hit["order_id"] == car.id
    assert hit["order_number"] == hit["title"] == car.order.number
    assert hit["state"] == car.order.state.value
    assert (hit["customer_name"], hit["phone"]) == ("张伟", "13812345678")
    assert hit["asset_label"] == car.asset.label


def test_a_customer_hit_gives_the_number_the_lookup_shows(shop, capsys):
    hk = shop["phone"]
    for text in ("+852 9123 4567", "4567", "ｃｈａｎ"):
        code, out = find(capsys, "--json", text)
        hits = [h for h in json.loads(out) if h["kind"] == "customer"]
        assert code == 0 and [h["id"] for h in hits] == [hk.customer.id], text
        assert hits[0]["phone"] == "+85291234567" and hits[0]["customer_name"] == "Chan Tai Man"


def test_words_are_one_query_and_limit_holds(shop, capsys):
    code, out = find(capsys, "粤B", "76008", "--json")
    assert code == 0 and [h["id"] for h in json.loads(out)] == [shop["car"].asset.id]
    code, out = find(capsys, "WO", "--json", "--limit", "1")
    assert code == 0 and len(json.loads(out)) == 1


@pytest.mark.parametrize("text", ["粤Z99999", "\x00", "\ud800", "😀" * 100, "x" * 10_000, "   "])
def test_nothing_found_is_an_empty_array_and_exit_code_0(shop, capsys, text):
    code, out = find(capsys, text, "--json")
    assert (code, out) == (0, "[]\n")
    code, out = find(capsys, text)
    assert (code, out) == (0, "nothing found\n")


def test_the_table_has_a_header_and_a_row_per_hit(shop, capsys):
    code, out = find(capsys, "张伟")
    lines = out.splitlines()
    assert code == 0 and lines[0].split()[:2] == ["KIND", "MATCHED"]
    assert len(lines) == 2 and "张伟" in lines[1] and "13812345678" in lines[1]


def test_a_real_process_with_a_database_flag(shop, tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "WORKBAY_DATABASE_URL"}
    env["WORKBAY_DATA_DIR"] = str(tmp_path / "data")
    done = subprocess.run(
        [sys.executable, "-m", "app", "find", "７６００８", "--json", "--database", shop["url"]],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    hits = json.loads(done.stdout)
    assert hits[0]["asset_id"] == shop["car"].asset.id and hits[0]["matched_by"] == "plate_tail"
