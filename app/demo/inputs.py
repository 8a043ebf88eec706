"""Made-up desk input for demo visits: customers and their vehicles, devices and e-bikes."""

from __future__ import annotations

from datetime import date, timedelta

from app.demo.fakes import Fakes
from app.domain.enums import AssetKind, CustomerKind
from app.domain.types import utcnow
from app.services.inputs import AssetInput, CustomerInput


def customer_input(f: Fakes) -> CustomerInput:
    """A walk-in customer: a person (Chinese, pinyin or foreign name) or a company."""
    r = f.rng
    if r.random() < 0.12:
        name = f.company_name()
        return CustomerInput(
            name=name,
            kind=CustomerKind.COMPANY,
            phones=[f.landline(), f.mobile()],
            contact_person=f.person_name(),
            address=f.address(),
            email=f.email(name),
        )
    name = f.person_name()
    phones = [f.mobile() for _ in range(r.choice((1, 1, 1, 2, 2, 3)))]
    return CustomerInput(
        name=name,
        phones=phones,
        email=f.email(name) if r.random() < 0.5 else None,
        address=f.address() if r.random() < 0.3 else None,
        sms_consent=r.random() < 0.7,
    )


def asset_input(f: Fakes, kind: AssetKind | None = None) -> AssetInput:
    """A vehicle, phone/tablet/laptop or e-bike with valid, unique identifiers."""
    r = f.rng
    kind = kind or r.choices(list(AssetKind), (60, 25, 15))[0]
    this_year = utcnow().year
    year = r.randint(this_year - 11, this_year)
    # never in the future (the intake refuses it): this year's purchases are before today
    bought = min(
        date(year, r.randint(1, 12), r.randint(1, 28)), utcnow().date() - timedelta(days=1)
    )
    if kind is AssetKind.VEHICLE:
        car = f.car()
        return AssetInput(
            kind=kind,
            make=car.make,
            model=car.model,
            year=year,
            colour=r.choice(("白色", "黑色", "银色", "Grey", "Blue")),
            purchase_date=bought,
            invoice_date=bought,
            plate=f.unique(lambda: f.plate(car.new_energy)) if r.random() < 0.95 else None,
            vin=f.unique(lambda: f.vin(car, year)),
            engine_no=None if car.new_energy else f.engine_no(),
            mileage_km=(this_year - year + 1) * r.randint(8_000, 25_000),
        )
    if kind is AssetKind.DEVICE:
        device = f.device()
        return AssetInput(
            kind=kind,
            make=device.make,
            model=device.model,
            purchase_date=bought,
            invoice_date=bought if r.random() < 0.6 else None,
            imei=f.unique(lambda: f.imei(device)) if device.tacs else None,
            serial=f.unique(f.serial) if not device.tacs or r.random() < 0.3 else None,
        )
    make, model, code = f.ebike()
    return AssetInput(
        kind=kind,
        make=make,
        model=model,
        year=year,
        purchase_date=bought,
        frame_no=f.unique(lambda: f.frame_no(code, year)),
        motor_no=f.motor_no(),
        battery_serial=f.battery_serial(),
    )
