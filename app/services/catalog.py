"""The catalog of labor operations and parts with their public prices."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import or_, select

from app.db.changes import record_change
from app.domain.enums import AssetKind, LineKind
from app.domain.errors import ValidationError, ValidationErrors
from app.domain.models import CatalogItem
from app.domain.validation import check_money, check_quantity, check_text
from app.services.context import ServiceContext
from app.services.customers import Collector
from app.services.inputs import LineInput


def search_catalog(
    ctx: ServiceContext, text: str, asset_kind: AssetKind | None = None, limit: int = 20
) -> list[CatalogItem]:
    """Search as you type: code prefix first, then words in either language."""
    key = text.strip().casefold()
    with ctx.db.read() as session:
        stmt = select(CatalogItem).where(CatalogItem.active.is_(True))
        if asset_kind is not None:
            stmt = stmt.where(
                or_(
                    CatalogItem.asset_kinds.is_(None),
                    CatalogItem.asset_kinds.contains(asset_kind.value, autoescape=True),
                )
            )
        if key:
            stmt = stmt.where(CatalogItem.search_text.contains(key, autoescape=True))
        items = list(session.scalars(stmt.order_by(CatalogItem.code).limit(limit * 3)))
    items.sort(key=lambda i: (not i.code.casefold().startswith(key), i.code))
    return items[:limit]


def add_catalog_item(
    ctx: ServiceContext,
    kind: LineKind,
    code: str,
    name_zh: str,
    name_en: str,
    unit_price: Decimal | str,
    *,
    unit: str | None = None,
    default_quantity: Decimal | str = Decimal("1"),
    asset_kind: AssetKind | None = None,
) -> CatalogItem:
    c = Collector()
    code = c.run(check_text, code, "code", 40, required=True)
    name_zh = c.run(check_text, name_zh, "name_zh", 120, required=True)
    name_en = c.run(check_text, name_en, "name_en", 120, required=True)
    price = c.run(check_money, unit_price, "unit_price")
    qty = c.run(check_quantity, default_quantity, "default_quantity")
    c.raise_if_any()
    with ctx.db.write() as session:
        if session.scalar(select(CatalogItem.id).where(CatalogItem.code == code)):
            raise ValidationErrors(
                [ValidationError("code", "code_exists", "this code is taken", code)]
            )
        item = CatalogItem(
            kind=kind,
            code=code,
            name_zh=name_zh,
            name_en=name_en,
            search_text=f"{code} {name_zh} {name_en}".casefold(),
            unit=unit,
            default_quantity=qty,
            unit_price=price,
            standard_hours=qty if kind is LineKind.LABOR else None,
            asset_kinds=asset_kind.value if asset_kind is not None else None,
        )
        session.add(item)
        session.flush()
        record_change(session, "catalog", item.id, "create", None, ctx.actor.station_id)
        return item


def line_from_catalog(
    item: CatalogItem, lang: str = "zh_CN", quantity: Decimal | None = None
) -> LineInput:
    return LineInput(
        kind=item.kind,
        description=item.name_zh if lang.startswith("zh") else item.name_en,
        quantity=quantity or item.default_quantity,
        unit_price=item.unit_price,
        unit=item.unit,
        code=item.code,
        catalog_item_id=item.id,
    )
