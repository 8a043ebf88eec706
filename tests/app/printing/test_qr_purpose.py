"""QR codes by purpose: the gate pass's code is not the pickup voucher's (the purpose is
signed with the number), a voucher stops working once the order is released (the gate pass
works then), old ``WB1:<number>:<sig>`` vouchers still count as pickup codes; reprints are
logged, keep their code and are marked 副本 / COPY, a preview is not a print.

Codes are decoded from the rendered PDF with zxing-cpp, as a scanner would read them."""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import replace
from pathlib import Path

import pytest

from app.cli import main
from app.domain.enums import OrderState
from app.printing.data import load_print_data
from app.printing.errors import GatePassNotReleased, PickupTokenInvalid, PickupVoucherReleased
from app.printing.render import PrintOptions, render_data
from app.printing.token import (
    GATE,
    PICKUP,
    code_for,
    make_token,
    read_token,
    verify_pickup,
    verify_token,
)
from app.services import prints
from app.services.context import ServiceContext
from app.services.settings import installation_secret
from tests.app.printing.conftest import flat, pdf_text
from tests.app.printing.test_qr import decoded_qr_texts
from tests.factories import customer, order_in_state, phone_device

SECRET = bytes(range(32))
NUMBER = "WO-20261123-0042"


def legacy_token(number: str, secret: bytes) -> str:
    """A voucher as printed before codes had a purpose."""
    mac = hmac.new(secret, b"pickup\x00" + number.encode(), hashlib.sha256)
    return f"WB1:{number}:{base64.b32encode(mac.digest()[:15]).decode()}"


def secret_of(ctx: ServiceContext) -> bytes:
    with ctx.db.read() as session:
        return installation_secret(session)


# --- the codes ------------------------------------------------------------------------


def test_voucher_and_gate_pass_codes_differ() -> None:
    voucher, gate = make_token(NUMBER, SECRET, PICKUP), make_token(NUMBER, SECRET, GATE)
    assert voucher.startswith(f"WB1:P:{NUMBER}:") and gate.startswith(f"WB1:G:{NUMBER}:")
    assert voucher.rsplit(":", 1)[1] != gate.rsplit(":", 1)[1]  # the signatures too
    assert read_token(voucher, SECRET).purpose == PICKUP
    assert read_token(gate, SECRET).purpose == GATE
    assert verify_token(gate, SECRET) == verify_token(voucher, SECRET) == NUMBER


def test_a_voucher_cannot_be_turned_into_a_gate_pass() -> None:
    voucher = make_token(NUMBER, SECRET, PICKUP)
    forged = voucher.replace("WB1:P:", "WB1:G:", 1)
    with pytest.raises(PickupTokenInvalid) as err:
        read_token(forged, SECRET)
    assert err.value.why == "signature"


def test_old_vouchers_still_read_as_pickup_codes() -> None:
    old = legacy_token(NUMBER, SECRET)
    token = read_token(old.lower() + "\r\n", SECRET)
    assert (token.purpose, token.number, token.legacy) == (PICKUP, NUMBER, True)
    with pytest.raises(PickupTokenInvalid):  # and stay unforgeable
        read_token(old[:-1] + ("A" if old[-1] != "A" else "B"), SECRET)
    with pytest.raises(PickupTokenInvalid):
        read_token(legacy_token(NUMBER, b"another shop"), SECRET)


def test_which_documents_carry_which_code() -> None:
    assert code_for("intake-slip", NUMBER, SECRET) == make_token(NUMBER, SECRET, PICKUP)
    assert code_for("work-order", NUMBER, SECRET) == make_token(NUMBER, SECRET, PICKUP)
    assert code_for("release-slip", NUMBER, SECRET) == make_token(NUMBER, SECRET, GATE)
    assert code_for("settlement", NUMBER, SECRET) is None


# --- the check at the desk and the gate -----------------------------------------------


def test_voucher_works_until_release_then_the_gate_pass(
    ctx: ServiceContext, tech: ServiceContext
) -> None:
    d = order_in_state(ctx, tech, OrderState.SETTLED)
    secret = secret_of(ctx)
    voucher = make_token(d.order.number, secret, PICKUP)
    gate = make_token(d.order.number, secret, GATE)
    old = legacy_token(d.order.number, secret)
    assert verify_pickup(ctx, voucher) == d.id
    assert verify_pickup(ctx, old) == d.id
    with pytest.raises(GatePassNotReleased) as not_yet:
        verify_pickup(ctx, gate)
    assert not_yet.value.code == "gate_pass_not_released"

    released = order_in_state(
        ctx,
        tech,
        OrderState.RELEASED,
        customer=customer("李雷", "13912345678"),
        asset=phone_device(),
    )
    secret = secret_of(ctx)
    number = released.order.number
    assert released.release is not None and released.order.released_at is not None
    assert verify_pickup(ctx, make_token(number, secret, GATE)) == released.id
    for spent in (make_token(number, secret, PICKUP), legacy_token(number, secret)):
        with pytest.raises(PickupVoucherReleased) as err:
            verify_pickup(ctx, spent)
        when = f"{released.order.released_at.astimezone():%Y-%m-%d %H:%M}"
        assert "already released on " + when in str(err.value)
        assert err.value.params["released_at"] == when
        assert err.value.params["release_no"] == released.release.number
        assert err.value.code == "pickup_voucher_released"
        assert isinstance(err.value, PickupTokenInvalid)  # every desk refuses it as before


def test_printed_codes_decode_by_purpose(ctx: ServiceContext, tech: ServiceContext) -> None:
    d = order_in_state(ctx, tech, OrderState.RELEASED)
    data = load_print_data(ctx, d.id)
    (voucher,) = decoded_qr_texts(render_data(data, "intake-slip", PrintOptions("80mm")))
    (gate,) = decoded_qr_texts(render_data(data, "release-slip", PrintOptions("80mm")))
    (order_copy,) = decoded_qr_texts(render_data(data, "work-order", PrintOptions("a4")))
    assert voucher == order_copy == data.token and gate == data.gate_token != voucher
    assert verify_pickup(ctx, gate) == d.id
    with pytest.raises(PickupVoucherReleased):
        verify_pickup(ctx, voucher)


# --- reprints -------------------------------------------------------------------------


def test_reprints_are_logged_marked_and_keep_their_code(
    ctx: ServiceContext, tech: ServiceContext
) -> None:
    d = order_in_state(ctx, tech, OrderState.RELEASED)
    assert prints.print_count(ctx, d.id, "release-slip") == 0
    first = prints.record_print(ctx, d.id, "release-slip")
    again = prints.record_print(ctx, d.id, "release-slip")
    other = prints.record_print(ctx, d.id, "receipt")
    assert (first.copy_no, again.copy_no, other.copy_no) == (0, 1, 0)
    assert not first.copy and again.copy
    assert first.code == again.code == make_token(d.order.number, secret_of(ctx), GATE)
    assert other.code is None
    assert prints.print_count(ctx, d.id, "release-slip") == 2
    assert [(p.kind, p.copy_no) for p in prints.prints_of(ctx, d.id)] == [
        ("release-slip", 0),
        ("release-slip", 1),
        ("receipt", 0),
    ]
    data = load_print_data(ctx, d.id)
    for lang, mark in (("zh_CN", "副本"), ("en", "COPY")):
        for paper in ("80mm", "a5"):
            original = render_data(
                replace(data, copy_no=0), "release-slip", PrintOptions(paper, lang)
            )
            copy = render_data(replace(data, copy_no=1), "release-slip", PrintOptions(paper, lang))
            assert mark not in flat(pdf_text(original)) and mark in flat(pdf_text(copy))
            assert decoded_qr_texts(copy) == decoded_qr_texts(original) == [first.code]


def test_print_command_logs_each_print_and_marks_reprints(
    ctx: ServiceContext,
    tech: ServiceContext,
    db_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    d = order_in_state(ctx, tech, OrderState.RELEASED)
    monkeypatch.setenv("WORKBAY_DATABASE_URL", db_url)
    number = d.order.number

    def run(name: str, *extra: str) -> tuple[str, list[str], str]:
        out = tmp_path / name
        assert main(["print", "release-slip", number, "-o", str(out), *extra]) == 0
        pdf = out.read_bytes()
        return flat(pdf_text(pdf)), decoded_qr_texts(pdf), capsys.readouterr().out

    preview, preview_code, _ = run("preview.pdf", "--preview")
    assert "副本" not in preview and prints.print_count(ctx, d.id, "release-slip") == 0
    original, code, said = run("first.pdf")
    assert "副本" not in original and "copy" not in said
    reprint, code_again, said = run("second.pdf")
    assert "副本" in reprint and "copy 1" in said
    assert code == code_again == preview_code
    later_preview, _, _ = run("preview2.pdf", "--preview")
    assert "副本" in later_preview  # what the next print will be; not logged itself
    assert prints.print_count(ctx, d.id, "release-slip") == 2
    # a document the order does not have is not logged
    ready = order_in_state(
        ctx, tech, OrderState.READY, customer=customer("李雷", "13912345678"), asset=phone_device()
    )
    assert main(["print", "release-slip", ready.order.number, "-o", str(tmp_path / "x.pdf")]) == 2
    assert prints.print_count(ctx, ready.id, "release-slip") == 0
