"""Warranty status of an asset at intake: which statutory (三包) and manufacturer rules apply."""

from __future__ import annotations

from sqlalchemy import select

from app.domain.enums import OrderState, Payer
from app.domain.models import Asset, OrderLine, WorkOrder
from app.domain.permissions import Permission
from app.domain.types import utcnow
from app.domain.warranty import PastRepair, WarrantyStatus, warranty_status
from app.services.access import require
from app.services.context import ServiceContext, locked


def asset_warranty(ctx: ServiceContext, asset_id: int, fault: str | None = None) -> WarrantyStatus:
    today = utcnow().astimezone().date()
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        asset = locked(session, Asset, asset_id)
        orders = session.scalars(
            select(WorkOrder).where(
                WorkOrder.asset_id == asset_id, WorkOrder.state != OrderState.CANCELLED
            )
        ).all()
        warranty_orders = set(
            session.scalars(
                select(OrderLine.order_id).where(
                    OrderLine.order_id.in_([o.id for o in orders]),
                    OrderLine.payer == Payer.WARRANTY,
                )
            )
        )
        history = [
            PastRepair(
                opened=o.created_at.astimezone().date(),
                released=o.released_at.astimezone().date() if o.released_at else None,
                fault=(o.fault_found or o.symptom or "").strip().casefold(),
                warranty=o.id in warranty_orders,
            )
            for o in orders
        ]
        return warranty_status(
            asset.kind,
            asset.invoice_date or asset.purchase_date,
            asset.mileage_km,
            today,
            history,
            fault.strip().casefold() if fault else None,
        )
