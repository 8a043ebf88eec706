"""Customers, their phone numbers, and the assets (vehicles, devices, e-bikes) they own."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.enums import AssetKind, AssetStatus, AssetUse, CustomerKind
from app.domain.models.base import Base, CreatedAt
from app.domain.types import UTCDateTime, enum_type, key_string, utcnow


class Customer(CreatedAt, Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[CustomerKind] = mapped_column(
        enum_type(CustomerKind, 10), default=CustomerKind.PERSON
    )
    name: Mapped[str] = mapped_column(String(100))
    #: lower-cased name for prefix lookup
    name_key: Mapped[str] = mapped_column(key_string(100), index=True)
    contact_person: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(120))
    address: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    sms_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    # customer care (migration 0007): the birthday list reads ``birthday_md`` ("MM-DD")
    birthday: Mapped[date | None] = mapped_column(Date)
    birthday_md: Mapped[str | None] = mapped_column(String(5), index=True)
    #: the file this one was merged into (a duplicate customer); no calls to a merged file
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    #: PIPL: anonymised on request; no calls, no messages
    anonymised_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    phones: Mapped[list[Phone]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="Phone.position"
    )
    assets: Mapped[list[Asset]] = relationship(back_populates="owner", order_by="Asset.id")

    __mapper_args__ = {"version_id_col": version}

    @property
    def primary_phone(self) -> str | None:
        return self.phones[0].number if self.phones else None


class Phone(Base):
    __tablename__ = "customer_phones"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[str] = mapped_column(key_string(20), index=True)
    #: last four digits, the way customers give their number at the counter
    tail4: Mapped[str] = mapped_column(key_string(4), index=True)
    label: Mapped[str | None] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(Integer, default=0)

    customer: Mapped[Customer] = relationship(back_populates="phones")


class Asset(CreatedAt, Base):
    """A serviced item: one file per vehicle / device / e-bike (一车一档)."""

    __tablename__ = "assets"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[AssetKind] = mapped_column(enum_type(AssetKind, 10))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    make: Mapped[str | None] = mapped_column(String(60))  # make (cars) or brand (devices)
    model: Mapped[str | None] = mapped_column(String(80))
    year: Mapped[int | None] = mapped_column(Integer)
    colour: Mapped[str | None] = mapped_column(String(30))
    purchase_date: Mapped[date | None] = mapped_column(Date)
    #: indexed for the care desk's first-service and warranty lists (migration 0007)
    invoice_date: Mapped[date | None] = mapped_column(Date, index=True)
    # vehicles
    plate: Mapped[str | None] = mapped_column(String(12))
    plate_key: Mapped[str | None] = mapped_column(key_string(12), index=True, unique=True)
    #: the plate without its province character, for "B12345" typed at the counter
    plate_body: Mapped[str | None] = mapped_column(key_string(11), index=True)
    #: the plate without province and city letter ("76008" of 粤B76008): the digits a
    #: customer reads out at the counter
    plate_tail: Mapped[str | None] = mapped_column(key_string(10), index=True)
    vin: Mapped[str | None] = mapped_column(key_string(17), index=True, unique=True)
    vin_tail: Mapped[str | None] = mapped_column(key_string(6), index=True)
    engine_no: Mapped[str | None] = mapped_column(String(30))
    mileage_km: Mapped[int | None] = mapped_column(Integer)
    # devices
    imei: Mapped[str | None] = mapped_column(String(15))
    #: normalized (``check_serial``); indexed so a device is found by it even with an IMEI
    serial: Mapped[str | None] = mapped_column(key_string(40), index=True)
    # e-bikes
    frame_no: Mapped[str | None] = mapped_column(String(40))
    motor_no: Mapped[str | None] = mapped_column(String(40))
    battery_serial: Mapped[str | None] = mapped_column(String(40))
    #: IMEI / serial / frame number, normalized, for lookup
    ident_key: Mapped[str | None] = mapped_column(key_string(40), index=True, unique=True)
    notes: Mapped[str | None] = mapped_column(Text)
    # customer care (migration 0007): sold / stolen / scrapped and company / staff vehicles
    # are left out of follow-ups and due lists
    status: Mapped[AssetStatus] = mapped_column(
        enum_type(AssetStatus, 10), default=AssetStatus.IN_USE, server_default="in_use"
    )
    use: Mapped[AssetUse] = mapped_column(
        enum_type(AssetUse, 10), default=AssetUse.PRIVATE, server_default="private"
    )
    #: 年检 and insurance renewal dates; the manufacturer's warranty end when known (else
    #: invoice date + ``warranty.defaults``)
    inspection_due: Mapped[date | None] = mapped_column(Date, index=True)
    insurance_due: Mapped[date | None] = mapped_column(Date, index=True)
    warranty_until: Mapped[date | None] = mapped_column(Date, index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    owner: Mapped[Customer] = relationship(back_populates="assets")
    ownerships: Mapped[list[Ownership]] = relationship(
        back_populates="asset", order_by="Ownership.since", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}

    @property
    def label(self) -> str:
        """How the desk names the asset in one line."""
        ident = self.plate or self.imei or self.serial or self.frame_no or self.vin or ""
        desc = " ".join(p for p in (self.make, self.model) if p)
        return f"{ident} {desc}".strip()


class Ownership(Base):
    """Who owned an asset when; the current owner has ``until`` empty."""

    __tablename__ = "asset_ownerships"

    id: Mapped[int] = mapped_column(primary_key=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("assets.id", ondelete="CASCADE"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    since: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    note: Mapped[str | None] = mapped_column(String(200))

    asset: Mapped[Asset] = relationship(back_populates="ownerships")
    customer: Mapped[Customer] = relationship()


class AssetDuplicate(Base):
    """An asset found sharing a plate, VIN or IMEI with an older one when the unique keys
    came in (migration 0005): merged into it (same customer) or flagged for a manager to
    review (another customer; the duplicate kept its file but lost the key)."""

    __tablename__ = "asset_duplicates"

    id: Mapped[int] = mapped_column(primary_key=True)
    asset_id: Mapped[int] = mapped_column(Integer)
    duplicate_of_id: Mapped[int] = mapped_column(Integer)
    key_name: Mapped[str] = mapped_column(String(20))
    key_value: Mapped[str] = mapped_column(String(40))
    resolution: Mapped[str] = mapped_column(String(10))  # "merged" | "flagged"
    found_at: Mapped[datetime] = mapped_column(
        UTCDateTime, default=utcnow, server_default=func.current_timestamp()
    )
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
