"""Customers and their assets: create, edit (version-checked), change owner, the file.

Rights: changing customers and assets is ``EDIT_CUSTOMERS``, reading them ``VIEW``. Every
change goes to the audit log with the fields it changed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from app.db.changes import Entity, RecordAction, record_change
from app.db.engine import AfterRollback, Database
from app.domain.enums import OPEN_STATES, AssetKind, AssetStatus, AssetUse
from app.domain.errors import ConflictError, NotFound, ValidationError, ValidationErrors
from app.domain.models import Asset, Customer, Ownership, Phone, WorkOrder
from app.domain.permissions import Permission
from app.domain.types import utcnow
from app.domain.validation import (
    check_date,
    check_imei,
    check_phone,
    check_plate,
    check_serial,
    check_text,
    check_vin,
    vin_check_digit,
)
from app.services.access import require
from app.services.audit import audit
from app.services.context import ServiceContext, locked
from app.services.inputs import AssetInput, CustomerInput
from app.services.views import CustomerFile, OrderSummary


class Collector:
    """Gathers every field error of a form before anything is written."""

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def run(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except ValidationError as err:
            self.errors.append(err)
            return None

    def add(self, err: ValidationError) -> None:
        self.errors.append(err)

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationErrors(self.errors)


#: the fields of a customer and of an asset the audit log records
CUSTOMER_FIELDS = (
    "kind", "name", "contact_person", "email", "address", "notes", "sms_consent", "birthday",
)  # fmt: skip
ASSET_FIELDS = (
    "kind", "plate", "vin", "imei", "serial", "frame_no", "make", "model", "colour", "year",
    "purchase_date", "invoice_date", "mileage_km", "engine_no", "motor_no", "battery_serial",
    "notes", "status", "use", "inspection_due", "insurance_due", "warranty_until",
)  # fmt: skip


def customer_fields(customer: Customer) -> dict[str, Any]:
    values = {k: getattr(customer, k) for k in CUSTOMER_FIELDS}
    values["phones"] = [p.number for p in customer.phones]
    return values


def asset_fields(asset: Asset) -> dict[str, Any]:
    return {k: getattr(asset, k) for k in ASSET_FIELDS}


def _changes(
    before: dict[str, Any], after: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    changed = [k for k in after if before.get(k) != after[k]]
    return {k: before.get(k) for k in changed}, {k: after[k] for k in changed}


def name_key(name: str) -> str:
    return name.strip().casefold()


def clean_customer(data: CustomerInput, c: Collector, prefix: str = "") -> dict[str, Any]:
    values: dict[str, Any] = {
        "kind": data.kind,
        "name": c.run(check_text, data.name, prefix + "name", 100, required=True),
        "contact_person": c.run(check_text, data.contact_person, prefix + "contact_person", 100)
        or None,
        "email": c.run(check_text, data.email, prefix + "email", 120) or None,
        "address": c.run(check_text, data.address, prefix + "address", 200) or None,
        "notes": c.run(check_text, data.notes, prefix + "notes", 2000) or None,
        "sms_consent": bool(data.sms_consent),
    }
    if data.birthday is not None:  # (None: the one on file stays)
        born = _past_date(data.birthday or None, prefix + "birthday", c)
        values["birthday"] = born
        values["birthday_md"] = born.strftime("%m-%d") if born is not None else None
    phones = []
    entered = [p for p in data.phones if p and p.strip()]
    for i, raw in enumerate(entered):
        phone = c.run(check_phone, raw, f"{prefix}phones.{i}")
        if phone and phone not in phones:
            phones.append(phone)
    if not entered:  # a mistyped number already has its own message
        c.add(ValidationError(prefix + "phones.0", "required", "at least one phone number"))
    values["phones"] = phones
    return values


def _apply_customer(customer: Customer, values: dict[str, Any]) -> None:
    for key, value in values.items():
        if key != "phones":
            setattr(customer, key, value)
    customer.name_key = name_key(values["name"])
    existing = [p.number for p in customer.phones]
    if existing != values["phones"]:
        customer.phones.clear()
        for i, number in enumerate(values["phones"]):
            customer.phones.append(Phone(number=number, tail4=number[-4:], position=i))


def clean_asset(data: AssetInput, c: Collector, prefix: str = "") -> dict[str, Any]:
    """Check an asset's fields by its kind; returns column values including search keys."""
    t = lambda v, f, n: c.run(check_text, v, prefix + f, n) or None  # noqa: E731
    v: dict[str, Any] = {
        "kind": data.kind,
        "make": t(data.make, "make", 60),
        "model": t(data.model, "model", 80),
        "colour": t(data.colour, "colour", 30),
        "year": data.year,
        "purchase_date": _past_date(data.purchase_date, prefix + "purchase_date", c),
        "invoice_date": _past_date(data.invoice_date, prefix + "invoice_date", c),
        "notes": t(data.notes, "notes", 2000),
        "mileage_km": data.mileage_km,
        "engine_no": t(data.engine_no, "engine_no", 30),
        "motor_no": t(data.motor_no, "motor_no", 40),
        "battery_serial": t(data.battery_serial, "battery_serial", 40),
    }
    if data.status is not None:  # (None: kept as on file)
        v["status"] = AssetStatus(data.status)
    if data.use is not None:
        v["use"] = AssetUse(data.use)
    if data.care_dates:  # any date: an overdue 年检 is what the due list is for
        for name in ("inspection_due", "insurance_due", "warranty_until"):
            v[name] = c.run(check_date, getattr(data, name) or None, prefix + name)
    if data.year is not None and not 1900 <= data.year <= utcnow().year + 1:
        c.add(ValidationError(prefix + "year", "year_range", "this is not a model year", data.year))
    if data.mileage_km is not None and not 0 <= data.mileage_km <= 5_000_000:
        c.add(ValidationError(prefix + "mileage_km", "mileage_range", "mileage out of range"))
    v["plate"] = v["plate_key"] = v["plate_body"] = v["plate_tail"] = None
    v["vin"] = v["vin_tail"] = None
    v["imei"] = v["serial"] = v["frame_no"] = v["ident_key"] = None
    if data.kind is AssetKind.VEHICLE:
        if data.plate and data.plate.strip():
            v["plate"] = v["plate_key"] = c.run(check_plate, data.plate, prefix + "plate")
            v["plate_body"] = v["plate_key"][1:] if v["plate_key"] else None
            v["plate_tail"] = v["plate_key"][2:] if v["plate_key"] else None
        if data.vin and data.vin.strip():
            v["vin"] = c.run(check_vin, data.vin, prefix + "vin", confirmed=data.confirm_vin)
            v["vin_tail"] = v["vin"][-6:] if v["vin"] else None
        if not (data.plate or "").strip() and not (data.vin or "").strip():
            c.add(ValidationError(prefix + "plate", "required", "a plate number or a VIN"))
    elif data.kind is AssetKind.DEVICE:
        if data.imei and data.imei.strip():
            v["imei"] = v["ident_key"] = c.run(check_imei, data.imei, prefix + "imei")
        if data.serial and data.serial.strip():
            v["serial"] = c.run(check_serial, data.serial, prefix + "serial")
            v["ident_key"] = v["ident_key"] or v["serial"]
        if not (data.imei or "").strip() and not (data.serial or "").strip():
            c.add(ValidationError(prefix + "imei", "required", "an IMEI or a serial number"))
    else:
        if data.frame_no and data.frame_no.strip():
            v["frame_no"] = v["ident_key"] = c.run(check_serial, data.frame_no, prefix + "frame_no")
        else:
            c.add(ValidationError(prefix + "frame_no", "required", "the frame number"))
    return v


def shop_today() -> date:
    """Today at the shop (the station's local date), for rules about calendar days."""
    return utcnow().astimezone().date()


def _past_date(raw: date | str | None, field: str, c: Collector) -> date | None:
    """A purchase or invoice date (a date, or as typed: :func:`check_date`): not after
    today at the shop."""
    value = c.run(check_date, raw, field)
    if value is not None and value > shop_today():
        c.add(ValidationError(field, "date_future", "this date is in the future", value))
    return value


def vin_confirmed(vin: str | None) -> bool:
    """Whether ``vin`` was saved on the advisor's confirmation (position 9 not a check
    digit; :func:`app.domain.validation.check_vin` lets it through only so)."""
    return vin is not None and len(vin) == 17 and vin[8] != vin_check_digit(vin)


def check_asset(
    ctx: ServiceContext, data: AssetInput, own_id: int | None = None
) -> list[ValidationError]:
    """What saving ``data`` as a new asset (or as asset ``own_id``) would meet, written
    nowhere: its field errors and warnings, and, for a plate, VIN, IMEI, serial or frame
    number already on file for another asset, an ``asset_exists`` error naming that asset,
    its label and its owner (``asset_id``, ``label``, ``customer_id``, ``owner``), so the
    desk can say so at the vehicle step and offer it. Field names carry ``asset.``."""
    c = Collector()
    values = clean_asset(data, c, "asset.")
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        _check_asset_unique(session, values, c, own_id, "asset.")
    return c.errors


#: the asset keys a unique index guards (migration 0005)
_INDEXED_KEYS = ("plate_key", "vin", "ident_key")


def _check_asset_unique(
    session: Session,
    values: dict[str, Any],
    c: Collector,
    own_id: int | None,
    prefix: str = "",
    *,
    indexed: bool = True,
) -> None:
    """An asset already on file with one of ``values``' keys: ``asset_exists`` naming it.
    ``indexed=False``: only the keys no unique index guards (a new asset's INSERT is
    refused on the others, and :class:`_KeyTaken` tells the same)."""
    checks = [("plate_key", "plate"), ("vin", "vin")]
    if values["kind"] is not AssetKind.DEVICE:
        checks.append(("ident_key", "frame_no"))
    else:  # the ident key is the IMEI if there is one, else the serial
        checks += [("ident_key", "imei")] if values.get("imei") else []
        checks.append(("serial", "serial"))
    if not indexed:
        checks = [(column, field) for column, field in checks if column not in _INDEXED_KEYS]
    for column, field in checks:
        key = values.get(column)
        if not key:
            continue
        stmt = select(Asset).where(getattr(Asset, column) == key)
        if own_id is not None:
            stmt = stmt.where(Asset.id != own_id)
        other = session.scalar(stmt.order_by(Asset.id).limit(1))
        if other is not None:
            owner = session.get(Customer, other.customer_id)
            c.add(
                ValidationError(
                    prefix + field,
                    "asset_exists",
                    "already on file",
                    key,
                    asset_id=other.id,
                    label=other.label,
                    customer_id=other.customer_id,
                    owner=owner.name if owner is not None else "",
                )
            )


def _typed_in(column: str, values: dict[str, Any]) -> str:
    """The field a unique asset key (migration 0005) comes from."""
    if column != "ident_key":
        return "plate" if column == "plate_key" else "vin"
    if values["kind"] is AssetKind.DEVICE:
        return "imei" if values.get("imei") else "serial"
    return "frame_no"


class _KeyTaken(AfterRollback):
    """A unique asset key another station saved first: explained after the rollback."""

    def __init__(
        self, values: dict[str, Any], own_id: int | None, prefix: str, exc: IntegrityError
    ) -> None:
        super().__init__(str(exc))
        self.values, self.own_id, self.prefix, self.exc = values, own_id, prefix, exc

    def explain(self, db: Database) -> BaseException:
        values, own_id, prefix = self.values, self.own_id, self.prefix
        c = Collector()
        with db.read() as session:
            _check_asset_unique(session, values, c, own_id, prefix)
            if not c.errors:  # a key the check does not look at (say a serial as frame number)
                for column in _INDEXED_KEYS:
                    if not (taken := values.get(column)):
                        continue
                    stmt = select(Asset.id).where(getattr(Asset, column) == taken)
                    if own_id is not None:
                        stmt = stmt.where(Asset.id != own_id)
                    if (other := session.scalar(stmt.limit(1))) is not None:
                        field = prefix + _typed_in(column, values)
                        c.add(
                            ValidationError(
                                field, "asset_exists", "already on file", taken, asset_id=other
                            )
                        )
        return ValidationErrors(c.errors) if c.errors else self.exc


def _save_unique(
    session: Session, asset: Asset, values: dict[str, Any], own_id: int | None, prefix: str = ""
) -> None:
    """Write ``asset`` (new; or asset ``own_id`` given ``values``). The unique indexes on
    plate, VIN and IMEI/serial/frame number have the last word: when another station saved
    the same key after our check (two desks registering one new plate at the same instant),
    the loser's transaction (a new customer of an intake too) is rolled back whole and it is
    told what the check would have said, ``asset_exists`` naming the asset now on file, read
    after the rollback (no savepoint is opened around the write: :class:`AfterRollback`)."""
    if own_id is None:
        session.add(asset)
    else:
        for key, value in values.items():
            setattr(asset, key, value)
    try:
        session.flush()
    except IntegrityError as exc:
        raise _KeyTaken(values, own_id, prefix, exc) from exc


def add_customer(session: Session, ctx: ServiceContext, values: dict[str, Any]) -> Customer:
    """A new customer from :func:`clean_customer`'s ``values``, audited, in the caller's
    transaction (the caller journals the change, if it is to be heard)."""
    customer = Customer(phones=[])
    _apply_customer(customer, values)
    session.add(customer)
    session.flush()
    audit(
        session,
        ctx,
        "customer.create",
        "customer",
        customer.id,
        summary=customer.name,
        after=customer_fields(customer),
        customer_id=customer.id,
    )
    return customer


def create_customer(ctx: ServiceContext, data: CustomerInput) -> Customer:
    c = Collector()
    values = clean_customer(data, c)
    c.raise_if_any()
    with ctx.db.write() as session:
        require(session, ctx, Permission.EDIT_CUSTOMERS)
        customer = add_customer(session, ctx, values)
        record_change(
            session,
            Entity.CUSTOMER,
            customer.id,
            RecordAction.CREATE,
            customer.version,
            ctx.actor.station_id,
        )
        return customer


def update_customer(
    ctx: ServiceContext, customer_id: int, data: CustomerInput, *, version: int
) -> Customer:
    c = Collector()
    values = clean_customer(data, c)
    c.raise_if_any()
    with ctx.db.write() as session:
        require(session, ctx, Permission.EDIT_CUSTOMERS)
        customer = locked(session, Customer, customer_id, [selectinload(Customer.phones)])
        if customer.version != version:
            raise ConflictError("customer", customer_id, version, customer.version)
        old = customer_fields(customer)
        _apply_customer(customer, values)
        customer.updated_at = utcnow()
        session.flush()
        record_change(
            session,
            Entity.CUSTOMER,
            customer.id,
            RecordAction.UPDATE,
            customer.version,
            ctx.actor.station_id,
        )
        before, after = _changes(old, customer_fields(customer))
        audit(
            session,
            ctx,
            "customer.update",
            "customer",
            customer.id,
            summary=f"{customer.name}: " + (", ".join(after) or "nothing"),
            before=before,
            after=after,
            customer_id=customer.id,
        )
        return customer


def create_asset(ctx: ServiceContext, customer_id: int, data: AssetInput) -> Asset:
    c = Collector()
    values = clean_asset(data, c)
    c.raise_if_any()
    with ctx.db.write() as session:
        require(session, ctx, Permission.EDIT_CUSTOMERS)
        return add_asset(session, ctx, customer_id, values)


def add_asset(
    session: Session,
    ctx: ServiceContext,
    customer_id: int,
    values: dict[str, Any],
    prefix: str = "",
) -> Asset:
    c = Collector()
    _check_asset_unique(session, values, c, None, prefix, indexed=False)
    c.raise_if_any()
    if session.get(Customer, customer_id) is None:
        raise NotFound("customer", customer_id)
    asset = Asset(customer_id=customer_id, **values)
    asset.ownerships.append(Ownership(customer_id=customer_id))
    _save_unique(session, asset, values, None, prefix)
    record_change(
        session, Entity.ASSET, asset.id, RecordAction.CREATE, asset.version, ctx.actor.station_id
    )
    audit(
        session,
        ctx,
        "asset.create",
        "asset",
        asset.id,
        summary=asset.label
        + (" (VIN confirmed without check digit)" if vin_confirmed(asset.vin) else ""),
        after={
            **asset_fields(asset),
            **({"vin_confirmed": True} if vin_confirmed(asset.vin) else {}),
        },
        customer_id=customer_id,
    )
    return asset


def update_asset(ctx: ServiceContext, asset_id: int, data: AssetInput, *, version: int) -> Asset:
    c = Collector()
    values = clean_asset(data, c)
    c.raise_if_any()
    with ctx.db.write() as session:
        require(session, ctx, Permission.EDIT_CUSTOMERS)
        asset = locked(session, Asset, asset_id)
        if asset.version != version:
            raise ConflictError("asset", asset_id, version, asset.version)
        if values["kind"] is not asset.kind:
            raise ValidationErrors(
                [ValidationError("kind", "kind_fixed", "the kind of an asset cannot change")]
            )
        _check_asset_unique(session, values, c, asset.id)
        c.raise_if_any()
        old = asset_fields(asset)
        _save_unique(session, asset, values, asset.id)  # sets ``values`` on it
        record_change(
            session,
            Entity.ASSET,
            asset.id,
            RecordAction.UPDATE,
            asset.version,
            ctx.actor.station_id,
        )
        before, after = _changes(old, asset_fields(asset))
        audit(
            session,
            ctx,
            "asset.update",
            "asset",
            asset.id,
            summary=f"{asset.label}: "
            + (", ".join(after) or "nothing")
            + (
                " (VIN confirmed without check digit)"
                if "vin" in after and vin_confirmed(asset.vin)
                else ""
            ),
            before=before,
            after={
                **after,
                **({"vin_confirmed": True} if "vin" in after and vin_confirmed(asset.vin) else {}),
            },
            customer_id=asset.customer_id,
        )
        return asset


def transfer_asset(
    ctx: ServiceContext, asset_id: int, new_customer_id: int, note: str | None = None
) -> Asset:
    """Change an asset's owner; the previous ownership is closed, history kept."""
    note = check_text(note, "note", 200) or None
    with ctx.db.write() as session:
        require(session, ctx, Permission.EDIT_CUSTOMERS)
        asset = session.get(Asset, asset_id, options=[selectinload(Asset.ownerships)])
        if asset is None:
            raise NotFound("asset", asset_id)
        if session.get(Customer, new_customer_id) is None:
            raise NotFound("customer", new_customer_id)
        if asset.customer_id == new_customer_id:
            return asset
        open_order = session.scalar(
            select(WorkOrder.number)
            .where(WorkOrder.asset_id == asset_id, WorkOrder.state.in_(OPEN_STATES))
            .limit(1)
        )
        if open_order:
            raise ValidationErrors(
                [
                    ValidationError(
                        "customer",
                        "asset_has_open_order",
                        "the asset has an open order",
                        open_order,
                    )
                ]
            )
        now = utcnow()
        for o in asset.ownerships:
            if o.until is None:
                o.until = now
        asset.ownerships.append(Ownership(customer_id=new_customer_id, since=now, note=note))
        previous = asset.customer_id
        asset.customer_id = new_customer_id
        session.flush()
        record_change(
            session,
            Entity.ASSET,
            asset.id,
            RecordAction.TRANSFER,
            asset.version,
            ctx.actor.station_id,
        )
        audit(
            session,
            ctx,
            "asset.transfer",
            "asset",
            asset.id,
            summary=f"{asset.label}: new owner" + (f" ({note})" if note else ""),
            before={"customer_id": previous},
            after={"customer_id": new_customer_id, "note": note},
            customer_id=new_customer_id,
        )
        return asset


def customer_file(ctx: ServiceContext, customer_id: int) -> CustomerFile:
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        customer = session.get(Customer, customer_id, options=[selectinload(Customer.phones)])
        if customer is None:
            raise NotFound("customer", customer_id)
        assets = list(
            session.scalars(
                select(Asset)
                .where(
                    or_(
                        Asset.customer_id == customer_id,
                        Asset.id.in_(
                            select(Ownership.asset_id).where(Ownership.customer_id == customer_id)
                        ),
                    )
                )
                .options(selectinload(Asset.ownerships).joinedload(Ownership.customer))
                .order_by(Asset.id)
            )
        )
        rows = session.execute(
            select(WorkOrder, Asset)
            .join(Asset, Asset.id == WorkOrder.asset_id)
            .where(WorkOrder.customer_id == customer_id)
            .options(selectinload(WorkOrder.lines))
            .order_by(WorkOrder.created_at.desc())
            .limit(500)
        ).all()
        from app.domain.money import compute_totals
        from app.services.queries import priced

        orders = []
        for order, asset in rows:
            total = compute_totals(priced(order.lines)).net
            orders.append(
                OrderSummary(
                    order.id,
                    order.number,
                    order.state,
                    order.created_at,
                    asset.label,
                    customer.name,
                    total,
                )
            )
        open_orders = [o for o in orders if o.state in OPEN_STATES]
        return CustomerFile(customer, assets, orders, open_orders)


def get_asset(ctx: ServiceContext, asset_id: int) -> Asset:
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        asset = session.get(
            Asset,
            asset_id,
            options=[
                selectinload(Asset.ownerships).joinedload(Ownership.customer),
                selectinload(Asset.owner).selectinload(Customer.phones),
            ],
        )
        if asset is None:
            raise NotFound("asset", asset_id)
        return asset
