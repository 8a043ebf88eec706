"""A manager's approval on the same screen: each action that needs one is refused without a
grant (``approval_required``, so the desk asks for the PIN), refused with a forged, expired,
other-order or other-right grant or one from an approver without the right, and done with a
valid grant, the approver and the approved right stored with the action in the audit log.
A kept (offline) action carries its grant through the outbox and is checked again, as its
user, when it is sent.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from app.db.engine import Database
from app.domain.credentials import card_hash, hash_secret, new_card_secret
from app.domain.enums import LineKind, OrderState, Payer, PaymentMethod, Role
from app.domain.errors import AccessDenied, SignInRefused
from app.domain.models import AuditEntry, CatalogItem, User
from app.domain.permissions import Permission
from app.domain.types import utcnow
from app.services import cashier, intake, lines, workflow
from app.services.approvals import ApprovalGrant, _sign, grant_approval
from app.services.context import ServiceContext
from app.services.inputs import IntakeInput, LineInput, PaymentInput, VisitDetails
from app.services.outbox import Outbox
from app.services.people import as_user
from app.services.settings import installation_secret
from tests.app._support import assert_nothing_written, next_plate, order_in, snapshot
from tests.factories import cashier_of, customer, vehicle

P = Permission
S = OrderState
PIN = "2468"


@dataclass
class Shop:
    db: Database
    advisor: ServiceContext
    tech: ServiceContext
    cashier: ServiceContext
    manager: ServiceContext
    card: str  # the manager's staff card, as scanned

    def order(self, state: OrderState, **kw: Any) -> Any:
        return order_in(self.advisor, self.tech, state, **kw)

    def catalog_line(self, below: Decimal = Decimal("1.00")) -> LineInput:
        with self.db.read() as s:
            item = s.scalars(
                select(CatalogItem).where(CatalogItem.unit_price > 10).order_by(CatalogItem.id)
            ).first()
        assert item is not None
        price = item.unit_price - below
        return LineInput(item.kind, item.name_zh, "1", price, catalog_item_id=item.id)


def _with_credentials(db: Database, user_id: int, pin: str, card: str | None = None) -> None:
    """Give a user a PIN (and a staff card) the way the staff desk stores them."""
    with db.write() as s:
        values: dict[str, Any] = {"pin_hash": hash_secret(pin)}
        if card is not None:
            values["card_hash"] = card_hash(card)
        s.execute(update(User).where(User.id == user_id).values(**values))


@pytest.fixture
def shop(db: Database, ctx: ServiceContext, tech: ServiceContext) -> Shop:
    manager = as_user(ctx, "Qian Hong", Role.MANAGER)
    card = new_card_secret()
    _with_credentials(db, manager.actor.user_id, PIN, card)
    return Shop(db, ctx, tech, cashier_of(ctx), manager, card)


@dataclass(frozen=True)
class Approvable:
    """An action a role may do only with a manager's approval: who asks, a valid target
    (``build``), the subject the grant must name and the call with the grant."""

    name: str
    permission: Permission
    actor: str  # "advisor" | "cashier"
    build: Callable[[Shop], Any]
    subject: Callable[[Any], str]
    call: Callable[[ServiceContext, Any, ApprovalGrant | None], Any]
    done: Callable[[Any], bool]


def _order_subject(t: Any) -> str:
    return f"order:{t.id}"


def _intake_data(shop: Shop) -> tuple[IntakeInput, str]:
    data = IntakeInput(
        details=VisitDetails(symptom="保养"),
        customer=customer("周明", "13711112222"),
        asset=vehicle(plate=next_plate(), vin=None),
        lines=[shop.catalog_line()],
    )
    return data, "rq-intake-cheap"


CASES = [
    Approvable(
        "refund",
        P.REFUND,
        "cashier",
        lambda shop: shop.order(S.RELEASED),
        _order_subject,
        lambda c, d, g: cashier.refund(c, d.payments[0].id, "20.00", "优惠补退", approval=g),
        lambda r: r.payments[-1].amount == Decimal("20.00"),
    ),
    Approvable(
        "void_settlement",
        P.VOID_SETTLEMENT,
        "cashier",
        lambda shop: shop.order(S.SETTLED),
        _order_subject,
        lambda c, d, g: cashier.void_settlement(c, d.id, "金额错误", approval=g),
        lambda r: r.order.state is S.READY and r.settlement is None,
    ),
    Approvable(
        "release on account",
        P.RELEASE_ON_ACCOUNT,
        "cashier",
        lambda shop: shop.order(S.SETTLED),
        _order_subject,
        lambda c, d, g: cashier.release(c, d.id, approval=g),
        lambda r: r.order.state is S.RELEASED and r.balance == Decimal("270.00"),
    ),
    Approvable(
        "cancel with work done",
        P.CANCEL_WITH_WORK,
        "advisor",
        lambda shop: shop.order(S.IN_PROGRESS),
        _order_subject,
        lambda c, d, g: workflow.cancel(c, d.id, "客户不修了", approval=g),
        lambda r: r.order.state is S.CANCELLED,
    ),
    Approvable(
        "discount beyond the limit",
        P.DISCOUNT_OVER_LIMIT,
        "advisor",
        lambda shop: shop.order(S.READY),
        _order_subject,
        lambda c, d, g: lines.set_line_payer_and_discount(
            c,
            d.id,
            d.lines[0].id,
            payer=Payer.CUSTOMER,
            discount_percent="30",
            approval=g,
            version=d.version,
        ),
        lambda r: r.lines[0].discount_percent == Decimal("30.00"),
    ),
    Approvable(
        "price below the catalog (add)",
        P.PRICE_BELOW_CATALOG,
        "advisor",
        lambda shop: (shop.order(S.OPEN), shop.catalog_line()),
        lambda t: f"order:{t[0].id}",
        lambda c, t, g: lines.add_lines(c, t[0].id, [t[1]], version=t[0].version, approval=g),
        lambda r: r.lines[-1].catalog_item_id is not None,
    ),
    Approvable(
        "price below the catalog (change)",
        P.PRICE_BELOW_CATALOG,
        "advisor",
        lambda shop: (shop.order(S.OPEN), shop.catalog_line()),
        lambda t: f"order:{t[0].id}",
        lambda c, t, g: lines.update_line(
            c, t[0].id, t[0].lines[0].id, t[1], version=t[0].version, approval=g
        ),
        lambda r: r.lines[0].catalog_item_id is not None,
    ),
    Approvable(
        "price below the catalog (extra work)",
        P.PRICE_BELOW_CATALOG,
        "advisor",
        lambda shop: (shop.order(S.IN_PROGRESS), shop.catalog_line()),
        lambda t: f"order:{t[0].id}",
        lambda c, t, g: lines.propose_extra_work(
            c, t[0].id, [t[1]], version=t[0].version, approval=g
        ),
        lambda r: r.lines[-1].is_extra,
    ),
    Approvable(
        "price below the catalog (intake)",
        P.PRICE_BELOW_CATALOG,
        "advisor",
        _intake_data,
        lambda t: f"intake:{t[1]}",
        lambda c, t, g: intake.intake(c, t[0], request_id=t[1], approval=g),
        lambda r: r.order.state is S.OPEN,
    ),
]
IDS = [c.name for c in CASES]


def _actor(shop: Shop, case: Approvable) -> ServiceContext:
    return shop.cashier if case.actor == "cashier" else shop.advisor


def _signed(db: Database, approver_id: int, permission: Permission, subject: str, **kw: Any):
    """A grant signed with the installation's secret, as grant_approval would sign it (so
    only what the test changes is wrong with it)."""
    issued = kw.get("issued", utcnow()).isoformat()
    unsigned = ApprovalGrant(approver_id, permission.value, subject, issued, "")
    with db.read() as s:
        secret = installation_secret(s)
    return dataclasses.replace(unsigned, signature=_sign(secret, unsigned.payload()))


def _approval_entry(db: Database, action: str) -> AuditEntry:
    with db.read() as s:
        entry = s.scalars(
            select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id.desc())
        ).first()
    assert entry is not None, action
    return entry


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_refused_without_a_grant_and_the_desk_is_told_to_ask(shop: Shop, case: Approvable):
    target = case.build(shop)
    before = snapshot(shop.db)
    with pytest.raises(AccessDenied) as info:
        case.call(_actor(shop, case), target, None)
    err = info.value
    assert (err.code, err.permission, err.approvable) == (
        "approval_required",
        case.permission.value,
        True,
    )
    assert_nothing_written(shop.db, before)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_refused_with_a_grant_that_does_not_fit(shop: Shop, case: Approvable):
    target = case.build(shop)
    subject = case.subject(target)
    manager_id = shop.manager.actor.user_id
    other = shop.order(S.OPEN)
    other_right = P.REFUND if case.permission is not P.REFUND else P.VOID_SETTLEMENT
    good = _signed(shop.db, manager_id, case.permission, subject)
    bad = {
        "forged": dataclasses.replace(good, signature="0" * 64),
        "altered": dataclasses.replace(good, approver_id=shop.advisor.actor.user_id),
        "expired": _signed(
            shop.db, manager_id, case.permission, subject, issued=utcnow() - timedelta(hours=25)
        ),
        "other order": _signed(shop.db, manager_id, case.permission, f"order:{other.id}"),
        "other right": _signed(shop.db, manager_id, other_right, subject),
        "approver without the right": _signed(
            shop.db, shop.advisor.actor.user_id, case.permission, subject
        ),
    }
    before = snapshot(shop.db)
    for why, grant in bad.items():
        with pytest.raises(AccessDenied) as info:
            case.call(_actor(shop, case), target, grant)
        assert (info.value.permission, info.value.approvable) == (case.permission.value, True), why
    assert_nothing_written(shop.db, before)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_done_with_a_valid_grant_and_the_approver_is_in_the_audit_log(shop: Shop, case: Approvable):
    target = case.build(shop)
    actor = _actor(shop, case)
    grant = grant_approval(actor, case.permission, case.subject(target), who="Qian Hong", pin=PIN)
    assert grant.approver_id == shop.manager.actor.user_id
    result = case.call(actor, target, grant)
    assert case.done(result)
    with shop.db.read() as s:
        entry = s.scalars(
            select(AuditEntry)
            .where(AuditEntry.approval == case.permission.value)
            .order_by(AuditEntry.id.desc())
        ).first()
        assert entry is not None and entry.action.startswith("order.")
        assert (entry.user_id, entry.approved_by_id, entry.approved_by_name) == (
            actor.actor.user_id,
            shop.manager.actor.user_id,
            "Qian Hong",
        )
        assert entry.order_id == result.id
    granted = _approval_entry(shop.db, "approval.granted")
    assert granted.approved_by_id == shop.manager.actor.user_id


def test_a_receptionist_cannot_refund_and_is_told_why(shop: Shop):
    d = shop.order(S.RELEASED)
    before = snapshot(shop.db)
    with pytest.raises(AccessDenied) as info:
        cashier.refund(shop.advisor, d.payments[0].id, "20.00", "客户要求")
    err = info.value
    assert (err.code, err.permission, err.approvable) == ("forbidden", "refund", False)
    assert err.roles == ("advisor",) and "refund" in str(err)
    # not even a manager's grant helps: an advisor does not take money at all
    grant = grant_approval(shop.advisor, P.REFUND, f"order:{d.id}", who="Qian Hong", pin=PIN)
    before = snapshot(shop.db)
    with pytest.raises(AccessDenied) as info:
        cashier.refund(shop.advisor, d.payments[0].id, "20.00", "客户要求", approval=grant)
    assert info.value.approvable is False
    assert_nothing_written(shop.db, before)


def test_a_manager_approves_a_discount_beyond_the_limit_for_an_advisor(shop: Shop):
    d = shop.order(S.READY)
    labor = next(l for l in d.lines if l.kind is LineKind.LABOR)
    # within the limit (10 % by default) the advisor needs nobody
    d = lines.set_line_payer_and_discount(
        shop.advisor, d.id, labor.id, payer=Payer.CUSTOMER, discount_percent="10", version=d.version
    )
    with pytest.raises(AccessDenied) as info:
        lines.set_line_payer_and_discount(
            shop.advisor,
            d.id,
            labor.id,
            payer=Payer.CUSTOMER,
            discount_percent="20",
            version=d.version,
        )
    assert info.value.code == "approval_required"
    # the manager scans the staff card at the advisor's desk: no PIN needed
    grant = grant_approval(shop.advisor, P.DISCOUNT_OVER_LIMIT, f"order:{d.id}", who=shop.card)
    d = lines.set_line_payer_and_discount(
        shop.advisor,
        d.id,
        labor.id,
        payer=Payer.CUSTOMER,
        discount_percent="20",
        version=d.version,
        approval=grant,
    )
    line = next(l for l in d.lines if l.id == labor.id)
    assert line.discount_percent == Decimal("20.00")
    entry = _approval_entry(shop.db, "order.line_update")
    assert (entry.user_name, entry.approved_by_name, entry.approval) == (
        "Li Na",
        "Qian Hong",
        "discount_over_limit",
    )
    assert '"discount_percent": "10.00"' in (entry.before or "")
    assert '"discount_percent": "20.00"' in (entry.after or "")
    # lowering it again needs nobody
    d = lines.set_line_payer_and_discount(
        shop.advisor, d.id, labor.id, payer=Payer.CUSTOMER, discount_percent="15", version=d.version
    )


def test_the_limit_is_the_shops_setting(shop: Shop):
    from app.services.settings import put_setting

    with shop.db.write() as s:
        put_setting(s, "discount.limit_percent", "25")
    d = shop.order(S.READY)
    d = lines.set_line_payer_and_discount(
        shop.advisor,
        d.id,
        d.lines[0].id,
        payer=Payer.CUSTOMER,
        discount_percent="25",
        version=d.version,
    )
    with pytest.raises(AccessDenied):
        lines.set_line_payer_and_discount(
            shop.advisor,
            d.id,
            d.lines[0].id,
            payer=Payer.CUSTOMER,
            discount_percent="25.01",
            version=d.version,
        )


def test_a_wrong_pin_grants_nothing(shop: Shop):
    d = shop.order(S.RELEASED)
    with pytest.raises(SignInRefused) as info:
        grant_approval(shop.cashier, P.REFUND, f"order:{d.id}", who="Qian Hong", pin="0000")
    assert info.value.code == "bad_credentials"
    with pytest.raises(AccessDenied):  # an advisor's PIN cannot approve a refund
        _with_credentials(shop.db, shop.advisor.actor.user_id, "1357")
        grant_approval(shop.cashier, P.REFUND, f"order:{d.id}", who="Li Na", pin="1357")
    refused = _approval_entry(shop.db, "approval.refused")
    assert refused.approved_by_id is None


# --- kept offline ---


def test_a_grant_survives_the_outbox_and_is_checked_again_on_replay(shop: Shop, tmp_path: Path):
    d = shop.order(S.RELEASED)
    grant = grant_approval(shop.cashier, P.REFUND, f"order:{d.id}", who="Qian Hong", pin=PIN)
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    kept = outbox.submit(
        shop.cashier,
        "refund",
        online=False,
        payment_id=d.payments[0].id,
        amount=Decimal("15.00"),
        reason="优惠补退",
        approval=grant,
    )
    assert kept.queued is not None
    report = Outbox(tmp_path / "outbox.sqlite3").replay(shop.db)
    assert [e.request_id for e, _ in report.applied] == [kept.queued.request_id]
    refund = _approval_entry(shop.db, "order.refund")
    assert (refund.user_id, refund.approved_by_id) == (
        shop.cashier.actor.user_id,
        shop.manager.actor.user_id,
    )


def test_a_kept_action_is_sent_as_its_user_and_refused_if_the_right_is_gone(
    shop: Shop, tmp_path: Path
):
    d = shop.order(S.SETTLED)
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    queued = outbox.submit(
        shop.cashier,
        "pay",
        online=False,
        order_id=d.id,
        parts=[PaymentInput(PaymentMethod.WECHAT, Decimal("100.00"))],
    ).queued
    assert queued is not None
    # meanwhile the cashier's account is switched off
    with shop.db.write() as s:
        s.execute(update(User).where(User.id == shop.cashier.actor.user_id).values(active=False))
    before = snapshot(shop.db)
    report = outbox.replay(shop.db)
    assert report.applied == [] and len(report.failed) == 1
    entry, err = report.failed[0]
    assert isinstance(err, AccessDenied) and err.permission == "pay"
    (failed,) = outbox.entries(shop.db)
    assert (failed.status, failed.request_id) == ("failed", queued.request_id)
    assert "pay" in (failed.error or "")
    assert_nothing_written(shop.db, before)


def test_making_a_line_goodwill_is_a_full_discount_and_needs_the_manager(shop: Shop):
    d = shop.order(S.READY)
    part = next(l for l in d.lines if l.payer is Payer.CUSTOMER)
    before = snapshot(shop.db)
    with pytest.raises(AccessDenied) as info:
        lines.set_line_payer_and_discount(
            shop.advisor,
            d.id,
            part.id,
            payer=Payer.GOODWILL,
            discount_percent="0",
            version=d.version,
        )
    assert (info.value.code, info.value.permission) == ("approval_required", "discount_over_limit")
    assert_nothing_written(shop.db, before)
    # a warranty line is paid by the manufacturer: no approval
    w = lines.set_line_payer_and_discount(
        shop.advisor, d.id, part.id, payer=Payer.WARRANTY, discount_percent="0", version=d.version
    )
    grant = grant_approval(shop.advisor, P.DISCOUNT_OVER_LIMIT, f"order:{d.id}", who=shop.card)
    g = lines.set_line_payer_and_discount(
        shop.advisor,
        d.id,
        part.id,
        payer=Payer.GOODWILL,
        discount_percent="0",
        version=w.version,
        approval=grant,
    )
    assert next(l for l in g.lines if l.id == part.id).payer is Payer.GOODWILL
    assert _approval_entry(shop.db, "order.line_update").approved_by_name == "Qian Hong"
