"""One search box: orders, customers and assets by whatever the customer gives at the counter.

The text is classified first (order number, phone, IMEI, VIN, plate, name) and only the
matching indexed queries run: each is an equality or a prefix range on a normalized key
column, so a keystroke costs a few index probes even at a million orders.
"""

from __future__ import annotations

import re

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.domain.models import Asset, Customer, Phone, WorkOrder
from app.domain.validation import PROVINCES, normalize_phone, normalize_plate, normalize_serial
from app.services.context import ServiceContext
from app.services.views import LookupHit

_ORDER_NO = re.compile(r"^(WO|ST|RL)-?\d{0,8}-?\d{0,4}$", re.IGNORECASE)
_DIGITS = re.compile(r"^\d+$")
_ALNUM = re.compile(r"^[A-Z0-9]+$")


def prefix_range(column, prefix: str):
    """``column`` starts with ``prefix``, as an index-friendly range (byte order)."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return (column >= prefix) & (column < upper)


def classify(text: str) -> list[str]:
    """Which lookups a query can be, most specific first."""
    t = text.strip()
    if not t:
        return []
    up = normalize_serial(t)
    kinds: list[str] = []
    if _ORDER_NO.match(t.replace(" ", "")) and up[:2] in ("WO", "ST", "RL"):
        kinds.append("order_number")
    phone = normalize_phone(t)
    if _DIGITS.match(phone):
        if len(phone) == 4:
            kinds.append("phone_tail")
        elif len(phone) == 11 and phone.startswith("1"):
            kinds.append("phone")
        elif len(phone) >= 5:
            kinds += ["phone", "ident"]
        if len(phone) == 6:
            kinds.append("vin_tail")
        if len(phone) == 15:
            kinds.insert(0, "ident")
        return list(dict.fromkeys(kinds))
    if up and up[0] in PROVINCES and len(up) >= 2:
        kinds.append("plate")
    elif _ALNUM.match(up):
        if len(up) == 17:
            kinds.append("vin")
        if len(up) == 6:
            kinds.append("vin_tail")
        if len(up) >= 2 and up[0].isalpha():
            kinds.append("plate_body")
        if len(up) >= 3:
            kinds.append("ident")
    kinds.append("name")
    return list(dict.fromkeys(kinds))


def _assets(stmt: Select, by: str, session: Session, limit: int) -> list[LookupHit]:
    rows = session.execute(
        stmt.join(Customer, Customer.id == Asset.customer_id)
        .add_columns(Customer.name)
        .limit(limit)
    ).all()
    return [
        LookupHit("asset", a.id, a.label, name, by, customer_id=a.customer_id, asset_id=a.id)
        for a, name in rows
    ]


def _customers(stmt: Select, by: str, session: Session, limit: int) -> list[LookupHit]:
    rows = session.execute(stmt.limit(limit)).all()
    return [
        LookupHit("customer", c.id, c.name, number or "", by, customer_id=c.id)
        for c, number in rows
    ]


def _search(kind: str, t: str, session: Session, limit: int) -> list[LookupHit]:
    up = normalize_serial(t)
    if kind == "order_number":
        rows = session.execute(
            select(
                WorkOrder.id,
                WorkOrder.number,
                WorkOrder.state,
                WorkOrder.customer_id,
                WorkOrder.asset_id,
                Customer.name,
            )
            .join(Customer, Customer.id == WorkOrder.customer_id)
            .where(prefix_range(WorkOrder.number, _order_prefix(up)))
            .order_by(WorkOrder.number.desc())
            .limit(limit)
        ).all()
        return [
            LookupHit("order", r[0], r[1], f"{r[5]} · {r[2].value}", kind, r[3], r[4]) for r in rows
        ]
    if kind == "plate":
        return _assets(
            select(Asset).where(prefix_range(Asset.plate_key, normalize_plate(t))),
            kind,
            session,
            limit,
        )
    if kind == "plate_body":
        return _assets(
            select(Asset).where(prefix_range(Asset.plate_body, up)), kind, session, limit
        )
    if kind == "vin":
        return _assets(select(Asset).where(Asset.vin == up), kind, session, limit)
    if kind == "vin_tail":
        return _assets(select(Asset).where(Asset.vin_tail == up), kind, session, limit)
    if kind == "ident":
        return _assets(select(Asset).where(prefix_range(Asset.ident_key, up)), kind, session, limit)
    phone = normalize_phone(t)
    base = select(Customer, Phone.number).join(Phone, Phone.customer_id == Customer.id)
    if kind == "phone_tail":
        return _customers(base.where(Phone.tail4 == phone), kind, session, limit)
    if kind == "phone":
        return _customers(base.where(prefix_range(Phone.number, phone)), kind, session, limit)
    if kind == "name":
        key = t.strip().casefold()
        stmt = (
            select(Customer, Phone.number)
            .outerjoin(Phone, (Phone.customer_id == Customer.id) & (Phone.position == 0))
            .where(prefix_range(Customer.name_key, key))
            .order_by(Customer.name_key)
        )
        return _customers(stmt, kind, session, limit)
    raise ValueError(kind)


def _order_prefix(up: str) -> str:
    """``wo2026112300`` / ``WO-20261123-00`` -> the canonical prefix ``WO-20261123-00``."""
    digits = up[2:]
    if len(digits) <= 8:
        return f"{up[:2]}-{digits}" if digits else up[:2]
    return f"{up[:2]}-{digits[:8]}-{digits[8:]}"


def lookup(
    ctx: ServiceContext, text: str, limit: int = 20, kinds: list[str] | None = None
) -> list[LookupHit]:
    """Everything the query can mean, best matches first, at most ``limit`` hits."""
    text = text.strip()[:60]
    with ctx.db.read() as session:
        return lookup_in(session, text, limit, kinds)


def lookup_in(
    session: Session, text: str, limit: int = 20, kinds: list[str] | None = None
) -> list[LookupHit]:
    hits: list[LookupHit] = []
    seen: set[tuple[str, int]] = set()
    for kind in kinds or classify(text):
        for hit in _search(kind, text, session, limit):
            if (hit.kind, hit.id) not in seen:
                seen.add((hit.kind, hit.id))
                hits.append(hit)
        if len(hits) >= limit:
            break
    return hits[:limit]
