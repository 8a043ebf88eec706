"""The legal facts of a vehicle repair and the documents they make: 维修类别, mileage out,
old parts' fate and 三包 costs (:func:`set_legal_facts`); the quality guarantee period of an
order (:func:`order_guarantee`); a comeback within an earlier repair's guarantee
(:func:`find_comeback`, flagged at intake); the completion certificate's number
(:func:`issue_certificate`).

Rights: the facts are recorded by whoever takes the order in (``INTAKE``); mileage out also
with the quality check (``QUALITY_CHECK``) or the release (``RELEASE``); issuing the
completion certificate (for an order checked before they were numbered) ``QUALITY_CHECK``;
reading, ``VIEW``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session, load_only

from app.db.numbering import next_number
from app.domain.enums import (
    AssetKind,
    DocumentKind,
    OldParts,
    OrderState,
    Payer,
    RepairCategory,
)
from app.domain.errors import RuleViolation, ValidationError
from app.domain.legal import (
    check_mileage_out,
    default_old_parts,
    local_day,
    order_guarantee,
    under_sanbao,
)
from app.domain.models import Asset, OrderLine, WorkOrder
from app.domain.money import ZERO
from app.domain.permissions import Permission
from app.domain.types import utcnow
from app.domain.validation import check_money, check_text
from app.services.access import require
from app.services.context import ServiceContext, order_for_update, touch
from app.services.customers import Collector
from app.services.queries import order_result
from app.services.views import OrderDetail

#: what the legal facts may no longer change
_CLOSED = frozenset({OrderState.RELEASED, OrderState.CANCELLED})


@dataclass(frozen=True)
class LegalFacts:
    """What the settlement list and the 三包 record need besides the work: leave a field
    ``None`` to keep it as it is (``clear`` names fields to empty)."""

    repair_category: RepairCategory | str | None = None
    mileage_out: int | None = None
    old_parts: OldParts | str | None = None
    towing_fee: Decimal | str | None = None
    transport_compensation: Decimal | str | None = None
    courtesy_car: str | None = None
    clear: tuple[str, ...] = ()


FACT_FIELDS = (
    "repair_category",
    "mileage_out",
    "old_parts",
    "towing_fee",
    "transport_compensation",
    "courtesy_car",
)


def _clean_facts(facts: LegalFacts, c: Collector) -> dict[str, Any]:
    values: dict[str, Any] = {}
    if facts.repair_category is not None:
        try:
            values["repair_category"] = RepairCategory(facts.repair_category)
        except ValueError:
            c.add(
                ValidationError(
                    "repair_category", "invalid_choice", "no such 维修类别", facts.repair_category
                )
            )
    if facts.old_parts is not None:
        try:
            values["old_parts"] = OldParts(facts.old_parts)
        except ValueError:
            c.add(ValidationError("old_parts", "invalid_choice", "no such choice", facts.old_parts))
    if facts.mileage_out is not None:
        values["mileage_out"] = facts.mileage_out
    for name in ("towing_fee", "transport_compensation"):
        raw = getattr(facts, name)
        if raw is not None and str(raw).strip():
            values[name] = c.run(check_money, raw, name)
    if facts.courtesy_car is not None:
        values["courtesy_car"] = c.run(check_text, facts.courtesy_car, "courtesy_car", 100) or None
    for name in facts.clear:
        if name not in FACT_FIELDS:
            c.add(ValidationError(name, "unknown_field", "no such field", name))
        else:
            values[name] = None
    return values


def set_legal_facts(
    ctx: ServiceContext, order_id: int, facts: LegalFacts, *, version: int | None = None
) -> OrderDetail:
    """Record the order's 维修类别, mileage out, old parts' fate and 三包 costs (until the
    vehicle is released). The quality inspector and the cashier record mileage out with
    their own step (``workflow.quality_check``, ``cashier.release``)."""
    c = Collector()
    values = _clean_facts(facts, c)
    c.raise_if_any()
    with ctx.db.write() as session:
        require(session, ctx, Permission.INTAKE)
        order = order_for_update(session, order_id, version)
        if order.state in _CLOSED:
            raise RuleViolation(
                "legal_facts_closed",
                "the order is closed: its legal facts are on its documents",
                state=order.state.value,
            )
        if "mileage_out" in values and (
            err := check_mileage_out(values["mileage_out"], order.mileage_in)
        ):
            c.add(err)
        costs = [k for k in _SANBAO_COSTS if values.get(k) not in (None, ZERO)]
        if costs and not _order_under_sanbao(session, order):
            for name in costs:
                c.add(
                    ValidationError(
                        name,
                        "not_sanbao",
                        "towing, transport compensation and a courtesy car are 三包 costs: "
                        "the car is not under 三包 and no line is paid by the warranty",
                        values[name],
                    )
                )
        c.raise_if_any()
        changed = [k for k, v in values.items() if getattr(order, k) != v]
        before = {k: getattr(order, k) for k in changed}
        for key in changed:
            setattr(order, key, values[key])
        if changed:
            touch(
                session,
                ctx,
                order,
                "legal_facts",
                "recorded " + ", ".join(changed),
                before=before,
                after={k: values[k] for k in changed},
            )
        return order_result(ctx.db, order)


#: the seller's costs of a 三包 repair
_SANBAO_COSTS = ("towing_fee", "transport_compensation", "courtesy_car")


def _order_under_sanbao(session: Session, order: WorkOrder) -> bool:
    asset = session.get(Asset, order.asset_id)
    assert asset is not None
    warranty_line = (
        session.scalar(
            select(OrderLine.id)
            .where(OrderLine.order_id == order.id, OrderLine.payer == Payer.WARRANTY)
            .limit(1)
        )
        is not None
    )
    return under_sanbao(
        asset.kind,
        asset.invoice_date or asset.purchase_date,
        order.mileage_in,
        local_day(order.created_at),
        warranty_line,
    )


@dataclass(frozen=True)
class Comeback:
    """An earlier repair whose quality guarantee this visit falls in (返修)."""

    order_id: int
    number: str
    category: RepairCategory
    released: date
    until_date: date
    until_km: int | None


def _comebacks(excluding: bool) -> Any:
    """The vehicle's latest released repairs with a 维修类别 (bind parameters ``wb_asset``,
    and ``wb_exclude`` when ``excluding``): only what their guarantee is worked out from is
    loaded (an order has some forty columns)."""
    stmt = (
        select(WorkOrder)
        .options(
            load_only(
                WorkOrder.number,
                WorkOrder.repair_category,
                WorkOrder.released_at,
                WorkOrder.mileage_in,
                WorkOrder.mileage_out,
            )  # fmt: skip
        )
        .join(Asset, Asset.id == WorkOrder.asset_id)
        .where(
            WorkOrder.asset_id == bindparam("wb_asset"),
            Asset.kind == AssetKind.VEHICLE,
            WorkOrder.state == OrderState.RELEASED,
            WorkOrder.repair_category.is_not(None),
            WorkOrder.released_at.is_not(None),
        )
        .order_by(WorkOrder.released_at.desc())
        .limit(10)
    )
    return stmt.where(WorkOrder.id != bindparam("wb_exclude")) if excluding else stmt


#: built once: without and with an order left out
_COMEBACKS = {False: _comebacks(False), True: _comebacks(True)}


def find_comeback(
    session: Session,
    asset_id: int,
    today: date,
    mileage: int | None,
    *,
    exclude_order_id: int | None = None,
) -> Comeback | None:
    """The latest released repair of the vehicle whose guarantee (by its 维修类别, from its
    release, km or days whichever first) still covers a visit ``today`` at ``mileage``."""
    stmt = _COMEBACKS[exclude_order_id is not None]
    params = {"wb_asset": asset_id, "wb_exclude": exclude_order_id}
    for earlier in session.scalars(stmt, params):
        g = order_guarantee(earlier)
        if g is not None and g.released is not None and g.covers(today, mileage):
            assert g.until_date is not None
            return Comeback(
                earlier.id, earlier.number, g.category, g.released, g.until_date, g.until_km
            )
    return None


def comeback_for(ctx: ServiceContext, asset_id: int, mileage: int | None = None) -> Comeback | None:
    """For the intake desk: the earlier repair this visit would come back under, if any."""
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        return find_comeback(session, asset_id, local_day(utcnow()), mileage)


def issue_certificate(ctx: ServiceContext, order_id: int) -> str:
    """The completion certificate's (竣工出厂合格证) number. The quality check's pass issues
    it (:func:`app.services.workflow.quality_check`); an order checked before that gets it
    here, from the quality inspector. Later issues return the same number."""
    with ctx.db.write() as session:
        require(session, ctx, Permission.QUALITY_CHECK)
        order = order_for_update(session, order_id)
        if order.certificate_number:
            return order.certificate_number
        if order.qc_passed_at is None:
            raise RuleViolation("certificate_no_qc", "the quality check has not passed")
        asset = session.get(Asset, order.asset_id)
        if asset is None or asset.kind is not AssetKind.VEHICLE:
            raise RuleViolation("certificate_not_vehicle", "a certificate is for vehicles")
        number = next_number(session, DocumentKind.CERTIFICATE, branch_id=ctx.actor.branch_id)
        order.certificate_number = number
        touch(
            session,
            ctx,
            order,
            "certificate",
            f"completion certificate {number}",
            after={"certificate": number},
        )
        return number


__all__ = [
    "Comeback",
    "LegalFacts",
    "check_mileage_out",
    "comeback_for",
    "default_old_parts",
    "find_comeback",
    "issue_certificate",
    "order_guarantee",
    "set_legal_facts",
]
