"""The catalog of labor operations, parts and sundries with their public prices.

Searching and listing are open to every desk (``Permission.VIEW``); adding, changing and
retiring items is the setup desk's (``Permission.EDIT_CATALOG``: managers, admins, the parts
clerk). Every change is checked whole before anything is written, bumps the item's
``version`` (a stale one is refused with :class:`ConflictError`), is audited with the prices
before and after, and goes on the change feed so every station sees it at once.

:func:`clean_item` holds the rules of a valid item once; the file import
(:mod:`app.services.catalog_io`) checks its rows with it too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.changes import Entity, RecordAction, record_change
from app.domain.enums import AssetKind, LineKind
from app.domain.errors import (
    ChangeNote,
    ConflictError,
    NotFound,
    ValidationError,
    ValidationErrors,
)
from app.domain.models import AuditEntry, CatalogItem
from app.domain.permissions import Permission
from app.domain.validation import check_money, check_quantity, check_text
from app.services.access import require
from app.services.audit import audit
from app.services.context import ServiceContext, locked
from app.services.customers import Collector
from app.services.inputs import LineInput

#: the longest standard time one labor item may take, in hours
MAX_STANDARD_HOURS = Decimal("999")
#: the item's fields a caller may set (``update_catalog_item(**changes)``)
EDITABLE = (
    "kind",
    "code",
    "name_zh",
    "name_en",
    "unit",
    "unit_en",
    "brand_spec",
    "unit_price",
    "default_quantity",
    "standard_hours",
    "flat",
    "asset_kinds",
    "active",
)
#: fields the audit log shows before -> after
_AUDITED = (*EDITABLE,)


# --- the rules of a valid item -----------------------------------------------------------


def check_kind(raw: object, field: str = "kind") -> LineKind:
    try:
        return raw if isinstance(raw, LineKind) else LineKind(str(raw).strip().lower())
    except ValueError:
        raise ValidationError(
            field, "kind_unknown", "the kind is labor, part or sundry", raw
        ) from None


def check_asset_kinds(
    raw: Iterable[AssetKind | str] | None, field: str = "asset_kinds"
) -> str | None:
    """The stored form: the kinds in their declared order, comma-separated; ``None`` (or
    nothing listed) means the item applies to every kind."""
    if raw is None:
        return None
    if isinstance(raw, str):
        raw = [p for p in raw.split(",") if p.strip()]
    wanted: set[AssetKind] = set()
    for value in raw:
        try:
            wanted.add(value if isinstance(value, AssetKind) else AssetKind(value.strip()))
        except ValueError:
            raise ValidationError(
                field, "asset_kind_unknown", "the kinds are vehicle, device and ebike", value
            ) from None
    if not wanted:
        return None
    return ",".join(k.value for k in AssetKind if k in wanted)


def check_hours(raw: object, field: str = "standard_hours") -> Decimal:
    hours = check_quantity(raw, field)
    if hours > MAX_STANDARD_HOURS:
        raise ValidationError(
            field,
            "quantity_too_large",
            f"at most {MAX_STANDARD_HOURS} hours",
            raw,
            max=str(MAX_STANDARD_HOURS),
        )
    return hours


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def clean_item(c: Collector, raw: Mapping[str, Any]) -> dict[str, Any]:
    """Check a whole item (every field of :data:`EDITABLE`; missing ones take the defaults
    of a new item) and return the column values to store. Errors go to ``c``, one per field.

    Labor is priced per hour (``flat`` false: the line is standard hours x rate, so the hours
    are required and are the line's default quantity) or flat (one job at ``unit_price``;
    the hours, if given, still size the workshop). Parts and sundries have neither."""
    kind = c.run(check_kind, raw.get("kind"), "kind")
    code = c.run(check_text, raw.get("code"), "code", 40, required=True)
    name_zh = c.run(check_text, raw.get("name_zh"), "name_zh", 120, required=True)
    name_en = c.run(check_text, raw.get("name_en"), "name_en", 120, required=True)
    unit = c.run(check_text, raw.get("unit"), "unit", 10)
    unit_en = c.run(check_text, raw.get("unit_en"), "unit_en", 10)
    brand_spec = c.run(check_text, raw.get("brand_spec"), "brand_spec", 60)
    price = None
    if _blank(raw.get("unit_price")):
        c.add(ValidationError("unit_price", "required", "this field is required", None))
    else:
        price = c.run(check_money, raw["unit_price"], "unit_price")
    flat = bool(raw.get("flat", False))
    hours_raw = raw.get("standard_hours")
    hours = None if _blank(hours_raw) else c.run(check_hours, hours_raw, "standard_hours")
    qty_raw = raw.get("default_quantity")
    quantity: Decimal | None = Decimal("1")
    if kind is LineKind.LABOR:
        if not flat and _blank(hours_raw):
            c.add(
                ValidationError(
                    "standard_hours",
                    "hours_required",
                    "labor priced by the hour needs its standard hours",
                    hours_raw,
                )
            )
        quantity = hours if not flat else Decimal("1")
    elif kind is not None:
        if not _blank(hours_raw):
            c.add(
                ValidationError(
                    "standard_hours", "hours_labor_only", "only labor has standard hours", hours_raw
                )
            )
        if flat:
            c.add(ValidationError("flat", "flat_labor_only", "only labor has a flat price", flat))
        quantity = c.run(check_quantity, "1" if _blank(qty_raw) else qty_raw, "default_quantity")
    asset_kinds = c.run(check_asset_kinds, raw.get("asset_kinds"), "asset_kinds")
    return {
        "kind": kind,
        "code": code,
        "name_zh": name_zh,
        "name_en": name_en,
        "search_text": f"{code} {name_zh} {name_en}".casefold(),
        "unit": unit or None,
        "unit_en": unit_en or None,
        "brand_spec": brand_spec or None,
        "unit_price": price,
        "default_quantity": quantity,
        "standard_hours": hours,
        "flat": flat,
        "asset_kinds": asset_kinds,
        "active": bool(raw.get("active", True)),
    }


def item_values(item: CatalogItem) -> dict[str, Any]:
    """The editable fields of a stored item, as :func:`clean_item` takes them."""
    return {
        "kind": item.kind,
        "code": item.code,
        "name_zh": item.name_zh,
        "name_en": item.name_en,
        "unit": item.unit,
        "unit_en": item.unit_en,
        "brand_spec": item.brand_spec,
        "unit_price": item.unit_price,
        "default_quantity": item.default_quantity,
        "standard_hours": item.standard_hours,
        "flat": item.flat,
        "asset_kinds": item.asset_kinds,
        "active": item.active,
    }


# --- reading ------------------------------------------------------------------------------


def search_catalog(
    ctx: ServiceContext, text: str, asset_kind: AssetKind | None = None, limit: int = 20
) -> list[CatalogItem]:
    """Search as you type among active items: code prefix first, then words in either
    language."""
    key = text.strip().casefold()
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
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


def list_catalog(
    ctx: ServiceContext,
    *,
    kind: LineKind | None = None,
    text: str = "",
    include_inactive: bool = False,
    offset: int = 0,
    limit: int = 200,
) -> list[CatalogItem]:
    """A page of the catalog in code order (the setup desk's list), detached rows."""
    key = text.strip().casefold()
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        stmt = select(CatalogItem)
        if not include_inactive:
            stmt = stmt.where(CatalogItem.active.is_(True))
        if kind is not None:
            stmt = stmt.where(CatalogItem.kind == kind)
        if key:
            stmt = stmt.where(CatalogItem.search_text.contains(key, autoescape=True))
        stmt = stmt.order_by(CatalogItem.code).offset(max(offset, 0)).limit(max(limit, 0))
        return list(session.scalars(stmt))


def get_catalog_item(ctx: ServiceContext, item_id: int) -> CatalogItem:
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        item = session.get(CatalogItem, item_id)
        if item is None:
            raise NotFound("catalog_item", item_id)
        return item


def line_from_catalog(item: CatalogItem, *, quantity: Decimal | None = None) -> LineInput:
    """The order line an item makes: hourly labor is its standard hours x the rate, a flat
    job one at its price, a part or sundry its default quantity. The line carries both
    names and both units whatever the station's language (screens and documents pick
    theirs, :func:`app.domain.units.line_text`): the Chinese ones in ``description`` /
    ``unit``, the English ones beside them."""
    return LineInput(
        kind=item.kind,
        description=item.name_zh,
        description_en=item.name_en,
        quantity=quantity or item.default_quantity,
        unit_price=item.unit_price,
        unit=item.unit,
        unit_en=item.unit_en,
        code=item.code,
        catalog_item_id=item.id,
    )


# --- changing -----------------------------------------------------------------------------


def add_catalog_item(
    ctx: ServiceContext,
    kind: LineKind,
    code: str,
    name_zh: str,
    name_en: str,
    unit_price: Decimal | str,
    *,
    unit: str | None = None,
    unit_en: str | None = None,
    default_quantity: Decimal | str = Decimal("1"),
    standard_hours: Decimal | str | None = None,
    flat: bool = False,
    asset_kinds: Iterable[AssetKind] | None = None,
    asset_kind: AssetKind | None = None,
    brand_spec: str | None = None,
) -> CatalogItem:
    """Add an item. Hourly labor without ``standard_hours`` takes ``default_quantity`` as
    its hours; ``asset_kind`` (one kind) is the older spelling of ``asset_kinds``."""
    if asset_kinds is None and asset_kind is not None:
        asset_kinds = [asset_kind]
    if kind == LineKind.LABOR and standard_hours is None and not flat:
        standard_hours = default_quantity
    c = Collector()
    values = clean_item(
        c,
        {
            "kind": kind,
            "code": code,
            "name_zh": name_zh,
            "name_en": name_en,
            "unit": unit,
            "unit_en": unit_en,
            "brand_spec": brand_spec,
            "unit_price": unit_price,
            "default_quantity": default_quantity,
            "standard_hours": standard_hours,
            "flat": flat,
            "asset_kinds": asset_kinds,
            "active": True,
        },
    )
    with ctx.db.write() as session:
        require(session, ctx, Permission.EDIT_CATALOG)
        c.raise_if_any()
        _check_code_free(session, values["code"], None)
        item = CatalogItem(**values, version=1)
        session.add(item)
        _flush_unique(session, values["code"])
        audit(
            session,
            ctx,
            "catalog.create",
            "catalog",
            item.id,
            summary=f"{item.code} {item.name_zh}",
            after=_audited(values),
        )
        record_change(
            session,
            Entity.CATALOG,
            item.id,
            RecordAction.CREATE,
            item.version,
            ctx.actor.station_id,
            ctx.actor.branch_id,
        )
        return item


def update_catalog_item(
    ctx: ServiceContext, item_id: int, version: int, **changes: Any
) -> CatalogItem:
    """Change any of :data:`EDITABLE`; the whole item is checked again. Refused with
    :class:`ConflictError` when someone saved the item since ``version``."""
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise TypeError(f"not a catalog item field: {', '.join(unknown)}")
    with ctx.db.write() as session:
        require(session, ctx, Permission.EDIT_CATALOG)
        item = _locked_item(session, item_id, version)
        current = item_values(item)
        merged = {**current, **changes}
        if (
            merged["kind"] == LineKind.LABOR
            and "flat" in changes
            and not changes["flat"]
            and "standard_hours" not in changes
            and merged["standard_hours"] is None
        ):
            merged["standard_hours"] = merged["default_quantity"]
        c = Collector()
        values = clean_item(c, merged)
        c.raise_if_any()
        if values["code"] != item.code:
            _check_code_free(session, values["code"], item.id)
        before, after = _diff(current, values)
        if not after:
            return item
        action = "update"
        if set(after) == {"active"}:
            action = "activate" if values["active"] else "deactivate"
        for key, value in values.items():
            setattr(item, key, value)
        item.version += 1
        _flush_unique(session, values["code"])
        audit(
            session,
            ctx,
            f"catalog.{action}",
            "catalog",
            item.id,
            summary=_summary(item.code, before, after),
            before=before,
            after=after,
        )
        record_change(
            session,
            Entity.CATALOG,
            item.id,
            RecordAction(action),
            item.version,
            ctx.actor.station_id,
            ctx.actor.branch_id,
        )
        return item


def set_catalog_item_active(
    ctx: ServiceContext, item_id: int, version: int, active: bool
) -> CatalogItem:
    """Retire an item (searches stop offering it; orders that used it keep their lines) or
    bring it back."""
    return update_catalog_item(ctx, item_id, version, active=bool(active))


# --- helpers ------------------------------------------------------------------------------


def _locked_item(session: Session, item_id: int, version: int) -> CatalogItem:
    item = locked(session, CatalogItem, item_id)
    if item.version != version:
        raise ConflictError(
            "catalog_item",
            item.id,
            version,
            item.version,
            _changes_since(session, item.id, item.version, item.version - version),
        )
    return item


def _changes_since(session: Session, item_id: int, newest: int, count: int) -> list[ChangeNote]:
    """The newest ``count`` audited changes of the item, oldest first (imports change items
    without an entry of their own, so there may be fewer)."""
    if count <= 0:
        return []
    rows = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity == "catalog", AuditEntry.entity_id == item_id)
        .order_by(AuditEntry.id.desc())
        .limit(count)
    ).all()
    return [
        ChangeNote(newest - i, e.action, e.summary, e.user_name, e.station_name, e.at)
        for i, e in reversed(list(enumerate(rows)))
    ]


def _check_code_free(session: Session, code: str, item_id: int | None) -> None:
    other = session.scalar(select(CatalogItem.id).where(CatalogItem.code == code))
    if other is not None and other != item_id:
        raise _code_taken(code)


def _flush_unique(session: Session, code: str) -> None:
    """Flush, turning a code another station took a moment ago into the field's error."""
    try:
        with session.begin_nested():
            session.flush()
    except IntegrityError:
        raise _code_taken(code) from None


def _code_taken(code: str) -> ValidationErrors:
    return ValidationErrors([ValidationError("code", "code_exists", "this code is taken", code)])


def _audited(values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: values[k] for k in _AUDITED if values.get(k) is not None}


def _diff(
    current: Mapping[str, Any], values: Mapping[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for key in _AUDITED:
        if current[key] != values[key]:
            before[key] = current[key]
            after[key] = values[key]
    return before, after


def _summary(code: str, before: Mapping[str, Any], after: Mapping[str, Any]) -> str:
    parts = [f"{k} {_text(before.get(k))} -> {_text(after.get(k))}" for k in after]
    return f"{code}: " + "; ".join(parts)


def _text(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, Decimal):
        if value == value.quantize(Decimal("0.01")):
            return f"{value:.2f}"
        return f"{value.normalize():f}"
    return str(getattr(value, "value", value))
