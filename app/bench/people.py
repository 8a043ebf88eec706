"""Row generators for customers, their phones, assets and ownerships (benchmark dataset).

Values are what the services would store for the same input: normalized search keys
(``name_key`` case-folded, ``plate_key``/``plate_body``, ``vin``/``vin_tail``, ``ident_key``,
phone ``number`` and ``tail4``) and valid identifiers from :mod:`app.demo.fakes`. About 2 %
of customers are near-namesakes of another customer and 2 % of phones differ from another
number only in the last two digits, so prefix lookups find several candidates.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from app.bench.shape import KINDS, Shape
from app.demo.fakes import Fakes
from app.domain.enums import AssetKind, CustomerKind
from app.services.customers import name_key

CUSTOMER_COLS = (
    "id", "kind", "name", "name_key", "contact_person", "email", "address", "notes",
    "sms_consent", "updated_at", "version", "created_at",
)  # fmt: skip
PHONE_COLS = ("id", "customer_id", "number", "tail4", "label", "position")
ASSET_COLS = (
    "id", "kind", "customer_id", "make", "model", "year", "colour", "purchase_date",
    "invoice_date", "plate", "plate_key", "plate_body", "plate_tail", "vin", "vin_tail", "engine_no",
    "mileage_km", "imei", "serial", "frame_no", "motor_no", "battery_serial", "ident_key",
    "notes", "updated_at", "version", "created_at",
)  # fmt: skip
OWNERSHIP_COLS = ("id", "asset_id", "customer_id", "since", "until", "note")
NOISE = 0.02


@dataclass
class PeopleChunk:
    customers: list[tuple[Any, ...]] = field(default_factory=list)
    phones: list[tuple[Any, ...]] = field(default_factory=list)
    assets: list[tuple[Any, ...]] = field(default_factory=list)
    ownerships: list[tuple[Any, ...]] = field(default_factory=list)


class PeopleRows:
    """Streams customers with their phones and assets, ``chunk`` customers at a time."""

    def __init__(self, shape: Shape, fakes: Fakes) -> None:
        self.shape = shape
        self.f = fakes
        self.r = fakes.rng
        self.phone_id = 0
        self.recent_names: list[str] = []
        self.recent_phones: list[str] = []

    def asset_created(self, a: int) -> datetime:
        shape, r = self.shape, self.r
        first = shape.asset_first_order[a]
        if first < shape.sizes.orders:
            at = shape.order_time(first, 0.0) - timedelta(minutes=r.randint(5, 60 * 24 * 90))
        else:
            at = shape.order_time(r.randrange(max(1, shape.sizes.orders)), r.random())
        return max(at, shape.start - timedelta(days=365))

    def chunks(self, chunk: int = 20_000) -> Iterator[PeopleChunk]:
        shape = self.shape
        n_customers = shape.sizes.customers
        n_assets = len(shape.asset_owner)
        for lo in range(0, n_customers, chunk):
            out = PeopleChunk()
            for c in range(lo, min(lo + chunk, n_customers)):
                first = shape.first_asset[c]
                last = shape.first_asset[c + 1] if c + 1 < n_customers else n_assets
                assets = [(a, self.asset_created(a)) for a in range(first, last)]
                since = min(at for _, at in assets) - timedelta(minutes=self.r.randint(1, 30))
                self._customer(c + 1, since, out)
                for a, at in assets:
                    self._asset(a + 1, c + 1, KINDS[shape.asset_kind[a]], at, out)
            yield out

    def _name(self, company: bool) -> str:
        f, r = self.f, self.r
        if self.recent_names and r.random() < NOISE:
            return f.similar_name(r.choice(self.recent_names))[:100]
        name = f.company_name() if company else f.person_name()
        if len(self.recent_names) < 2000:
            self.recent_names.append(name)
        else:
            self.recent_names[r.randrange(2000)] = name
        return name

    def _phone(self, landline: bool = False) -> str:
        f, r = self.f, self.r
        if self.recent_phones and r.random() < NOISE:
            return f.similar_phone(r.choice(self.recent_phones))
        number = f.landline() if landline else f.mobile()
        if len(self.recent_phones) < 2000:
            self.recent_phones.append(number)
        else:
            self.recent_phones[r.randrange(2000)] = number
        return number

    def _customer(self, cid: int, since: datetime, out: PeopleChunk) -> None:
        f, r = self.f, self.r
        company = r.random() < 0.12
        name = self._name(company)
        if company:
            numbers = [self._phone(landline=True), self._phone()]
            labels: list[str | None] = ["办公", "联系人"]
        else:
            numbers = [self._phone() for _ in range(r.choice((1, 1, 1, 2, 2, 3)))]
            labels = ["手机"] + [None] * (len(numbers) - 1)
        numbers = list(dict.fromkeys(numbers))
        out.customers.append(
            (
                cid,
                (CustomerKind.COMPANY if company else CustomerKind.PERSON).value,
                name,
                name_key(name),
                f.person_name() if company else None,
                f.email(name) if r.random() < 0.3 else None,
                f.address() if r.random() < 0.25 else None,
                None,
                r.random() < 0.7,
                since,
                1,
                since,
            )
        )
        for pos, number in enumerate(numbers):
            self.phone_id += 1
            out.phones.append((self.phone_id, cid, number, number[-4:], labels[pos], pos))

    def _asset(self, aid: int, cid: int, kind: AssetKind, at: datetime, out: PeopleChunk) -> None:
        f, r = self.f, self.r
        year = r.randint(at.year - 11, at.year)
        bought = date(year, r.randint(1, 12), r.randint(1, 28))
        v: dict[str, Any] = dict.fromkeys(ASSET_COLS)
        v.update(id=aid, kind=kind.value, customer_id=cid, updated_at=at, version=1, created_at=at)
        v["purchase_date"] = bought
        if kind is AssetKind.VEHICLE:
            car = f.car()
            plate = f.unique(lambda: f.plate(car.new_energy)) if r.random() < 0.96 else None
            vin = f.unique(lambda: f.vin(car, year))
            v.update(make=car.make, model=car.model, year=year, invoice_date=bought)
            v.update(colour=r.choice(("白色", "黑色", "银色", "灰色", "Blue", "Red")))
            v.update(
                plate=plate,
                plate_key=plate,
                plate_body=plate[1:] if plate else None,
                plate_tail=plate[2:] if plate else None,
            )
            v.update(vin=vin, vin_tail=vin[-6:], mileage_km=r.randint(1_000, 200_000))
            v["engine_no"] = None if car.new_energy else f.engine_no()
        elif kind is AssetKind.DEVICE:
            device = f.device()
            imei = f.unique(lambda: f.imei(device)) if device.tacs else None
            serial = f.unique(f.serial) if not imei or r.random() < 0.3 else None
            v.update(make=device.make, model=device.model, imei=imei, serial=serial)
            v.update(ident_key=imei or serial, invoice_date=bought if r.random() < 0.6 else None)
        else:
            make, model, code = f.ebike()
            frame = f.unique(lambda: f.frame_no(code, year))
            v.update(make=make, model=model, year=year, frame_no=frame, ident_key=frame)
            v.update(motor_no=f.motor_no(), battery_serial=f.battery_serial())
        out.assets.append(tuple(v.values()))
        out.ownerships.append((aid, aid, cid, at, None, None))
