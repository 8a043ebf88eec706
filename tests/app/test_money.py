"""Money, by properties: line amounts and totals agree with an integer-cent oracle, per-payer
totals add up to the line sum exactly, settlement rounding never charges more, and amounts
survive the database unchanged on every backend."""

from __future__ import annotations

import itertools
import random
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.enums import (
    Approval,
    ApprovalMethod,
    LineKind,
    Payer,
    PaymentMethod,
    Role,
    SettlementRounding,
)
from app.domain.money import (
    ZERO,
    PricedLine,
    apply_rounding,
    compute_totals,
    line_amounts,
    parse_amount,
    round_money,
)
from app.services import cashier, workflow
from app.services import settings as shop_settings
from app.services.inputs import CustomerInput, LineInput, PaymentInput
from app.services.people import as_user
from tests.app._support import make_plate
from tests.factories import cashier_of, new_order, vehicle

# --- an independent oracle in integer cents ---


def _half_up_div(numerator: int, denominator: int) -> int:
    assert numerator >= 0
    return (2 * numerator + denominator) // (2 * denominator)


def oracle_line(qty_milli: int, price_cents: int, pct_hundredths: int) -> tuple[int, int, int]:
    gross = _half_up_div(qty_milli * price_cents, 1000)
    discount = _half_up_div(gross * pct_hundredths, 10000)
    return gross, discount, gross - discount


def cents(value: Decimal) -> int:
    assert value.as_tuple().exponent == -2, f"{value} is not two places"
    return int(value * 100)


quantities = st.integers(min_value=1, max_value=9_999_999)  # thousandths: 0.001 .. 9999.999
prices = st.integers(min_value=0, max_value=99_999_999)  # cents: 0.00 .. 999999.99
percents = st.integers(min_value=0, max_value=10_000)  # hundredths: 0.00 .. 100.00
payers = st.sampled_from(list(Payer))
approvals = st.sampled_from(list(Approval))
roundings = st.sampled_from(list(SettlementRounding))

raw_lines = st.lists(
    st.tuples(quantities, prices, percents, payers, approvals), min_size=0, max_size=12
)


def to_priced(raw: tuple[int, int, int, Payer, Approval]) -> PricedLine:
    q, p, d, payer, approval = raw
    return PricedLine(
        Decimal(q).scaleb(-3), Decimal(p).scaleb(-2), Decimal(d).scaleb(-2), payer, approval
    )


@given(quantities, prices, percents)
def test_line_amounts_agree_with_integer_oracle(q, p, d):
    a = line_amounts(Decimal(q).scaleb(-3), Decimal(p).scaleb(-2), Decimal(d).scaleb(-2))
    assert (cents(a.gross), cents(a.discount), cents(a.net)) == oracle_line(q, p, d)
    assert a.net == a.gross - a.discount and ZERO <= a.net <= a.gross


@given(raw_lines, roundings, st.booleans())
def test_per_payer_totals_add_up_to_the_line_sum(raw, mode, include_proposed):
    totals = compute_totals([to_priced(r) for r in raw], mode, include_proposed=include_proposed)
    counted = [
        r
        for r in raw
        if r[4] is Approval.APPROVED or (r[4] is Approval.PROPOSED and include_proposed)
    ]
    expected_by_payer: dict[Payer, int] = {}
    gross = discount = 0
    for q, p, d, payer, _ in counted:
        g, dis, net = oracle_line(q, p, d)
        gross += g
        discount += dis
        expected_by_payer[payer] = expected_by_payer.get(payer, 0) + net

    assert cents(totals.gross) == gross and cents(totals.discount) == discount
    assert cents(totals.net) == gross - discount
    assert {k: cents(v) for k, v in totals.by_payer.items()} == expected_by_payer
    assert sum(totals.by_payer.values(), ZERO) == totals.net
    assert totals.customer_total + totals.free_total == totals.net
    assert cents(totals.customer_total) == expected_by_payer.get(Payer.CUSTOMER, 0)

    step = {
        SettlementRounding.NONE: 1,
        SettlementRounding.DOWN_TO_JIAO: 10,
        SettlementRounding.DOWN_TO_YUAN: 100,
    }[mode]
    due = cents(totals.customer_due)
    assert due == cents(totals.customer_total) // step * step
    assert totals.customer_due + totals.rounding == totals.customer_total
    assert ZERO <= totals.rounding < Decimal(step).scaleb(-2)
    cents(totals.rounding)


@given(raw_lines, roundings)
def test_totals_do_not_depend_on_line_order(raw, mode):
    lines = [to_priced(r) for r in raw]
    shuffled = list(lines)
    random.Random(len(lines)).shuffle(shuffled)
    assert compute_totals(lines, mode) == compute_totals(shuffled, mode)


@given(raw_lines)
def test_declined_lines_never_count_and_proposed_only_in_the_estimate(raw):
    lines = [to_priced(r) for r in raw]
    billed = compute_totals(lines)
    only_approved = compute_totals([l for l in lines if l.approval is Approval.APPROVED])
    assert billed == only_approved
    estimate = compute_totals(lines, include_proposed=True)
    without_declined = compute_totals(
        [l for l in lines if l.approval is not Approval.DECLINED], include_proposed=True
    )
    assert estimate == without_declined


@given(st.integers(min_value=0, max_value=10**12), roundings)
def test_rounding_never_charges_more(amount_cents, mode):
    amount = Decimal(amount_cents).scaleb(-2)
    due = apply_rounding(amount, mode)
    assert due <= amount and due.as_tuple().exponent == -2
    assert amount - due < Decimal("1.00")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0.005", "0.01"),
        ("0.015", "0.02"),
        ("2.675", "2.68"),  # 2.67 with binary floating point
        ("1.004999", "1.00"),
        ("-0.005", "-0.01"),
    ],
)
def test_round_money_is_half_up_on_exact_decimals(value, expected):
    assert round_money(Decimal(value)) == Decimal(expected)


def test_a_classic_float_trap_stays_exact():
    # 3 x 0.10 and 0.1 + 0.2 are exact with Decimal; 1/3 hour of a 100.00 rate rounds once.
    t = compute_totals(
        [
            PricedLine(Decimal("3"), Decimal("0.10"), ZERO, Payer.CUSTOMER),
            PricedLine(Decimal("0.333"), Decimal("100.00"), ZERO, Payer.CUSTOMER),
        ]
    )
    assert t.net == Decimal("33.60")


# --- the same arithmetic through the services and the database ---

_plates = itertools.count(1)

db_lines = st.lists(
    st.tuples(
        st.integers(min_value=1, max_value=999_999),  # up to 999.999
        st.integers(min_value=0, max_value=9_999_999),  # up to 99999.99
        percents,
        payers,
    ),
    min_size=1,
    max_size=5,
)


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(raw=db_lines, mode=roundings, cash_share=st.integers(min_value=0, max_value=100))
def test_amounts_survive_the_database_and_settle_exactly(ctx, tech, raw, mode, cash_share):
    manager = as_user(ctx, "Qian Hong", Role.MANAGER)  # the setup desk's right
    shop_settings.write_settings(manager, {shop_settings.ROUNDING_KEY: mode.value})
    inputs = [
        LineInput(
            LineKind.PART,
            f"part {i}",
            str(Decimal(q).scaleb(-3)),
            str(Decimal(p).scaleb(-2)),
            str(Decimal(d).scaleb(-2)),
            payer=payer,
        )
        for i, (q, p, d, payer) in enumerate(raw)
    ]
    d = new_order(
        manager,  # discounts up to 100 %: beyond an advisor's limit
        lines=inputs,
        asset=vehicle(plate=make_plate(next(_plates)), vin=None),
        customer=CustomerInput("Money Test", ["13800000000"]),
    )
    stored = [(l.quantity, l.unit_price, l.discount_percent, l.payer) for l in d.lines]
    assert stored == [
        (Decimal(q).scaleb(-3), Decimal(p).scaleb(-2), Decimal(dd).scaleb(-2), payer)
        for q, p, dd, payer in raw
    ]
    expected = {}
    for q, p, dd, payer in raw:
        expected[payer] = expected.get(payer, 0) + oracle_line(q, p, dd)[2]
    assert {k: cents(v) for k, v in d.estimate.by_payer.items()} == expected

    workflow.approve_order(ctx, d.id, ApprovalMethod.SIGNATURE)
    workflow.assign(ctx, d.id, tech.actor.user_id)
    workflow.start_work(tech, d.id)
    workflow.finish_work(tech, d.id)
    workflow.quality_check(manager, d.id, True)
    till = cashier_of(ctx)
    s = cashier.settle(till, d.id)
    st_row = s.settlement
    assert st_row is not None
    customer = expected.get(Payer.CUSTOMER, 0)
    step = {"none": 1, "down_0.10": 10, "down_1.00": 100}[mode.value]
    assert cents(st_row.customer_total) == customer
    assert cents(st_row.customer_due) == customer // step * step
    assert cents(st_row.free_total) == sum(expected.values()) - customer
    assert st_row.gross - st_row.discount == st_row.customer_total + st_row.free_total
    assert s.balance == st_row.customer_due

    due = st_row.customer_due
    if due > ZERO:
        card = round_money(due * cash_share / 100)
        parts = [PaymentInput(PaymentMethod.CASH, due - card)] if due - card > ZERO else []
        if card > ZERO:
            parts.append(PaymentInput(PaymentMethod.BANK_CARD, card))
        s = cashier.pay(till, d.id, parts)
    assert s.paid == due and s.balance == ZERO
    assert sum((p.amount for p in s.payments), ZERO) == due
    assert cashier.release(till, d.id).order.released_at is not None


# --- amounts as typed at a desk (full-width from a Chinese input method too) ---

_WIDE = str.maketrans({**{str(d): chr(0xFF10 + d) for d in range(10)}, ".": "。", ",": "，"})


@settings(max_examples=200, deadline=None)
@given(
    amount=st.decimals(min_value=0, max_value=Decimal("9999999999.99"), places=2),
    grouped=st.booleans(),
    sign=st.sampled_from(["", "¥", "￥"]),
    suffix=st.sampled_from(["", "元"]),
)
def test_an_amount_reads_the_same_in_any_width(amount, grouped, sign, suffix):
    text = f"{amount:,.2f}" if grouped else f"{amount:.2f}"
    assert parse_amount(f"{sign}{text}{suffix}") == amount
    assert parse_amount(f"{sign}{text.translate(_WIDE)}{suffix}") == amount


@pytest.mark.parametrize("text", ["", "abc", "NaN", "Infinity", "1.2.3", "¥", "\x00", "\ud800"])
def test_what_is_no_amount_reads_as_none(text):
    assert parse_amount(text) is None
