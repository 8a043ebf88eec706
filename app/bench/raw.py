"""The counter lookup written by hand as indexed SQL: the yardstick for the service.

:func:`raw_lookup` does what :func:`app.services.lookup.lookup` does, with the same
classification, order of kinds, de-duplication and limit, and returns the same
:class:`LookupHit` objects, but every query is a literal ``text()`` statement on a plain
connection: no ORM, no session. The benchmark times both on the same inputs.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, text

from app.domain.text import search_text
from app.domain.validation import normalize_phone, normalize_plate, normalize_serial
from app.services.lookup import classify, name_query, prefix_bounds
from app.services.views import LookupHit

_ASSET = """
SELECT a.id, a.customer_id, a.plate, a.imei, a.serial, a.frame_no, a.vin, a.make, a.model, c.name
FROM assets a JOIN customers c ON c.id = a.customer_id
WHERE {where} LIMIT :n
"""
_BY_DOCUMENT = """
SELECT w.id, w.number, w.state, w.customer_id, w.asset_id, c.name
FROM {table} d JOIN work_orders w ON w.id = d.order_id JOIN customers c ON c.id = w.customer_id
WHERE d.number >= :lo AND d.number < :hi ORDER BY d.number DESC LIMIT :n
"""
SQL = {
    "order_number": text(
        "SELECT w.id, w.number, w.state, w.customer_id, w.asset_id, c.name "
        "FROM work_orders w JOIN customers c ON c.id = w.customer_id "
        "WHERE w.number >= :lo AND w.number < :hi ORDER BY w.number DESC LIMIT :n"
    ),
    "settlement_number": text(_BY_DOCUMENT.format(table="settlements")),
    "release_number": text(_BY_DOCUMENT.format(table="release_slips")),
    "plate": text(_ASSET.format(where="a.plate_key >= :lo AND a.plate_key < :hi")),
    "plate_body": text(_ASSET.format(where="a.plate_body >= :lo AND a.plate_body < :hi")),
    "plate_tail": text(_ASSET.format(where="a.plate_tail >= :lo AND a.plate_tail < :hi")),
    "vin": text(_ASSET.format(where="a.vin = :key")),
    "vin_tail": text(_ASSET.format(where="a.vin_tail = :key")),
    "ident": text(_ASSET.format(where="a.ident_key >= :lo AND a.ident_key < :hi")),
    "serial": text(_ASSET.format(where="a.serial >= :lo AND a.serial < :hi")),
    "phone_tail": text(
        "SELECT c.id, c.name, p.number FROM customers c "
        "JOIN customer_phones p ON p.customer_id = c.id WHERE p.tail4 = :key LIMIT :n"
    ),
    "phone": text(
        "SELECT c.id, c.name, p.number FROM customers c "
        "JOIN customer_phones p ON p.customer_id = c.id "
        "WHERE p.number >= :lo AND p.number < :hi LIMIT :n"
    ),
    "name": text(
        "SELECT c.id, c.name, p.number FROM customers c "
        "LEFT JOIN customer_phones p ON p.customer_id = c.id AND p.position = 0 "
        "WHERE c.name_key >= :lo AND c.name_key < :hi ORDER BY c.name_key LIMIT :n"
    ),
}


#: kinds that find orders (by their own number or by one of their documents' numbers)
ORDER_KINDS = frozenset({"order_number", "settlement_number", "release_number"})


def _range(prefix: str) -> dict[str, str]:
    return {"lo": prefix, "hi": prefix_bounds(prefix)[1]}


def _order_prefix(up: str) -> str:
    digits = up[2:]
    if len(digits) <= 8:
        return f"{up[:2]}-{digits}" if digits else up[:2]
    return f"{up[:2]}-{digits[:8]}-{digits[8:]}"


def params(kind: str, t: str) -> dict[str, Any]:
    """The bind values for ``kind``, normalized exactly as the service does."""
    up = normalize_serial(t)
    if kind in ORDER_KINDS:
        return _range(_order_prefix(up))
    if kind == "plate":
        return _range(normalize_plate(t))
    if kind in ("plate_body", "plate_tail", "ident", "serial"):
        return _range(up)
    if kind in ("vin", "vin_tail"):
        return {"key": up}
    if kind == "phone_tail":
        return {"key": normalize_phone(t)}
    if kind == "phone":
        return _range(normalize_phone(t))
    if kind == "name":
        return _range(name_query(t))
    raise ValueError(kind)


def _label(plate: Any, imei: Any, serial: Any, frame: Any, vin: Any, make: Any, model: Any) -> str:
    ident = plate or imei or serial or frame or vin or ""
    desc = " ".join(p for p in (make, model) if p)
    return f"{ident} {desc}".strip()


def search(conn: Connection, kind: str, t: str, limit: int) -> list[LookupHit]:
    rows = conn.execute(SQL[kind], {**params(kind, t), "n": limit}).all()
    if kind in ORDER_KINDS:
        return [
            LookupHit("order", r[0], r[1], f"{r[5]} · {r[2]}", "order_number", r[3], r[4])
            for r in rows
        ]
    if kind in ("phone", "phone_tail", "name"):
        return [LookupHit("customer", r[0], r[1], r[2] or "", kind, customer_id=r[0]) for r in rows]
    how = "ident" if kind == "serial" else kind  # to the desk, IMEI and serial are one thing
    return [
        LookupHit("asset", r[0], _label(*r[2:9]), r[9], how, customer_id=r[1], asset_id=r[0])
        for r in rows
    ]


def raw_lookup(engine: Engine, text_: str, limit: int = 20) -> list[LookupHit]:
    """Same hits as the service's ``lookup`` for the same text, by hand-written SQL."""
    t = search_text(text_)
    hits: list[LookupHit] = []
    seen: set[tuple[str, int]] = set()
    if not t:
        return hits
    with engine.connect() as conn:
        for kind in classify(t):
            for hit in search(conn, kind, t, limit):
                if (hit.kind, hit.id) not in seen:
                    seen.add((hit.kind, hit.id))
                    hits.append(hit)
            if len(hits) >= limit:
                break
    return hits[:limit]
