"""Pickup tokens: only this installation can make them, any change breaks them, and the
cashier's / gate's check turns a scanned code into the order it belongs to."""

from __future__ import annotations

import pytest

from app.domain.enums import OrderState
from app.printing.errors import PickupTokenInvalid
from app.printing.token import make_token, verify_pickup, verify_token
from app.services.context import ServiceContext
from app.services.settings import installation_secret
from tests.factories import order_in_state

SECRET = bytes(range(32))


def test_round_trip() -> None:
    token = make_token("WO-20261123-0042", SECRET)
    assert token.startswith("WB1:P:WO-20261123-0042:")
    assert verify_token(token, SECRET) == "WO-20261123-0042"


def test_scanner_variations_are_accepted() -> None:
    token = make_token("WO-20261123-0042", SECRET)
    assert verify_token(f"  {token.lower()}\r\n", SECRET) == "WO-20261123-0042"


PREFIX = "WB1:P:WO-20261123-0042:"


@pytest.mark.parametrize("position", [i for i, ch in enumerate(PREFIX) if ch != ":"])
def test_changing_the_number_breaks_the_signature(position: int) -> None:
    token = make_token("WO-20261123-0042", SECRET)
    ch = token[position]
    replacement = "7" if ch != "7" else "8"
    tampered = token[:position] + replacement + token[position + 1 :]
    with pytest.raises(PickupTokenInvalid) as err:
        verify_token(tampered, SECRET)
    assert err.value.why in ("signature", "format")


def test_changing_the_signature_is_refused() -> None:
    token = make_token("WO-20261123-0042", SECRET)
    last = "A" if token[-1] != "A" else "B"
    with pytest.raises(PickupTokenInvalid) as err:
        verify_token(token[:-1] + last, SECRET)
    assert err.value.why == "signature"


def test_a_token_of_another_installation_is_refused() -> None:
    foreign = make_token("WO-20261123-0042", b"another shop's secret")
    with pytest.raises(PickupTokenInvalid) as err:
        verify_token(foreign, SECRET)
    assert err.value.why == "signature"


@pytest.mark.parametrize(
    "text", ["", "WO-20261123-0042", "WB1:WO-20261123-0042", "WB2:WO-1:AAAA", "http://x.y/z"]
)
def test_malformed_codes_are_refused(text: str) -> None:
    with pytest.raises(PickupTokenInvalid) as err:
        verify_token(text, SECRET)
    assert err.value.why == "format"


def test_verify_pickup_finds_the_order(ctx: ServiceContext, tech: ServiceContext) -> None:
    d = order_in_state(ctx, tech, OrderState.SETTLED)
    with ctx.db.read() as session:
        secret = installation_secret(session)
    assert verify_pickup(ctx, make_token(d.order.number, secret)) == d.id


def test_verify_pickup_refuses_forged_and_unknown(
    ctx: ServiceContext, tech: ServiceContext
) -> None:
    d = order_in_state(ctx, tech, OrderState.SETTLED)
    with pytest.raises(PickupTokenInvalid) as err:
        verify_pickup(ctx, make_token(d.order.number, b"guessed secret"))
    assert err.value.why == "signature"
    with ctx.db.read() as session:
        secret = installation_secret(session)
    with pytest.raises(PickupTokenInvalid) as err:
        verify_pickup(ctx, make_token("WO-20991231-9999", secret))
    assert err.value.why == "unknown_order"
