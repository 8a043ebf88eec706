"""One search box: orders, customers and assets by whatever the customer gives at the counter.

The text is classified first (order number, phone, IMEI, VIN, plate or its digits, name)
and only the matching indexed queries run: each is an equality or a prefix range on a
normalized key column, so a keystroke costs a few index probes even at a million orders.

Whatever a keyboard, an input method or a scanner sends is first made plain
(:func:`app.domain.text.search_text`: full-width forms folded, control and invisible
characters, NUL and lone surrogates dropped, at most 60 characters), so any text gives hits
or nothing, never an error, on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, bindparam, select
from sqlalchemy.orm import Session

from app.domain.models import Asset, Customer, Phone, ReleaseSlip, Settlement, WorkOrder
from app.domain.permissions import Permission
from app.domain.text import search_text
from app.domain.validation import PROVINCES, normalize_phone, normalize_plate, normalize_serial
from app.services.access import fact_columns, fact_params, facts_from, facts_known, require
from app.services.context import ServiceContext
from app.services.views import LookupHit

_ORDER_NO = re.compile(r"^(WO|ST|RL)-?[0-9]{0,8}-?[0-9]{0,4}$", re.IGNORECASE)
_DIGITS = re.compile(r"^[0-9]+$")
#: a scanned or typed document number finds its order: work order, statement, release slip
_DOCUMENT_KINDS = {"WO": "order_number", "ST": "settlement_number", "RL": "release_number"}
_ALNUM = re.compile(r"^[A-Z0-9]+$")
#: what follows a plate's province and city letter: digits and letters, last maybe 挂学警港澳
_PLATE_TAIL = re.compile(r"^[A-Z0-9]{2,6}[挂学警港澳]?$")
_INTERNATIONAL = re.compile(r"^\+[0-9]{3,}$")


def _next_char(ch: str) -> str | None:
    """The code point after ``ch`` that a driver can send (surrogates skipped)."""
    o = ord(ch) + 1
    if 0xD800 <= o <= 0xDFFF:
        o = 0xE000
    return chr(o) if o <= 0x10FFFF else None


def _upper_bound(prefix: str) -> str:
    """The least string above every string starting with ``prefix`` (code point order,
    which is UTF-8 byte order); keys never hold U+10FFFF, so dropping it is safe."""
    while prefix:
        nxt = _next_char(prefix[-1])
        if nxt is not None:
            return prefix[:-1] + nxt
        prefix = prefix[:-1]
    return "\U0010ffff"


def prefix_bounds(prefix: str) -> tuple[str, str]:
    """``lo <= key < hi`` holds exactly for the keys starting with ``prefix``."""
    return prefix, _upper_bound(prefix)


def prefix_range(column, prefix: str):
    """``column`` starts with ``prefix``, as an index-friendly range (byte order)."""
    lo, hi = prefix_bounds(prefix)
    return (column >= lo) & (column < hi)


def classify(text: str) -> list[str]:
    """Which lookups a query can be, most specific first."""
    t = search_text(text)
    if not t:
        return []
    up = normalize_serial(t)
    if not up:  # separators only
        return ["name"]
    kinds: list[str] = []
    if _ORDER_NO.match(t.replace(" ", "")) and up[:2] in _DOCUMENT_KINDS:
        kinds.append(_DOCUMENT_KINDS[up[:2]])
    phone = normalize_phone(t)
    if _DIGITS.match(phone):
        n = len(phone)
        if n in (3, 5):  # a plate's digits as the customer reads them out: 粤B·76008
            kinds.append("plate_tail")
        if n == 4:
            kinds += ["phone_tail", "plate_tail"]
        elif n == 11 and phone.startswith("1"):
            kinds.append("phone")
        elif n >= 5:
            kinds += ["phone", "ident", "serial"]
        if n == 6:
            kinds.append("vin_tail")
        if n == 15:
            kinds.insert(0, "ident")
        return list(dict.fromkeys(kinds))
    if _INTERNATIONAL.match(phone):  # +852 9123 4567
        return ["phone"]
    if up[0] in PROVINCES and len(up) >= 2:
        kinds.append("plate")
    elif _ALNUM.match(up):
        if len(up) == 17:
            kinds.append("vin")
        if len(up) == 6:
            kinds.append("vin_tail")
        if len(up) >= 2 and up[0].isalpha():
            kinds.append("plate_body")
        if _PLATE_TAIL.match(up) and len(up) >= 3:
            kinds.append("plate_tail")
        if len(up) >= 3:
            kinds += ["ident", "serial"]
    elif _PLATE_TAIL.match(up):  # 1234挂
        kinds.append("plate_tail")
    kinds.append("name")
    return list(dict.fromkeys(kinds))


# Each kind is one prebuilt Core statement over plain columns, executed with bind values on
# the session's connection: no statement building, ORM compilation or entity loading per
# keystroke, so the service costs little more than the bare SQL (see ``python -m app bench``).
_A = Asset.__table__.c
_C = Customer.__table__.c
_P = Phone.__table__.c
_W = WorkOrder.__table__.c
_N = bindparam("n", type_=Integer)


def _asset_stmt(where: ColumnElement[bool]) -> Select:
    columns = (_A.id, _A.customer_id, _A.plate, _A.imei, _A.serial, _A.frame_no, _A.vin)
    return (
        select(*columns, _A.make, _A.model, _C.name)
        .join_from(Asset.__table__, Customer.__table__, _C.id == _A.customer_id)
        .where(where)
        .limit(_N)
    )


def _range(column: ColumnElement[str]) -> ColumnElement[bool]:
    return (column >= bindparam("lo")) & (column < bindparam("hi"))


def _order_by_document(table: Any) -> Select:
    """Orders by the number of one of their documents (a statement, a release slip)."""
    return (
        select(_W.id, _W.number, _W.state, _W.customer_id, _W.asset_id, _C.name)
        .select_from(
            table.join(WorkOrder.__table__, _W.id == table.c.order_id).join(
                Customer.__table__, _C.id == _W.customer_id
            )
        )
        .where(_range(table.c.number))
        .order_by(table.c.number.desc())
        .limit(_N)
    )


_CUSTOMER_PHONES = Customer.__table__.join(Phone.__table__, _P.customer_id == _C.id)
_STATEMENTS: dict[str, Select] = {
    "order_number": select(_W.id, _W.number, _W.state, _W.customer_id, _W.asset_id, _C.name)
    .join_from(WorkOrder.__table__, Customer.__table__, _C.id == _W.customer_id)
    .where(_range(_W.number))
    .order_by(_W.number.desc())
    .limit(_N),
    "settlement_number": _order_by_document(Settlement.__table__),
    "release_number": _order_by_document(ReleaseSlip.__table__),
    "plate": _asset_stmt(_range(_A.plate_key)),
    "plate_body": _asset_stmt(_range(_A.plate_body)),
    "plate_tail": _asset_stmt(_range(_A.plate_tail)),
    "vin": _asset_stmt(_A.vin == bindparam("key")),
    "vin_tail": _asset_stmt(_A.vin_tail == bindparam("key")),
    "ident": _asset_stmt(_range(_A.ident_key)),
    # a device's serial number when its IMEI is the ident key
    "serial": _asset_stmt(_range(_A.serial)),
    "phone_tail": select(_C.id, _C.name, _P.number)
    .select_from(_CUSTOMER_PHONES)
    .where(_P.tail4 == bindparam("key"))
    .limit(_N),
    "phone": select(_C.id, _C.name, _P.number)
    .select_from(_CUSTOMER_PHONES)
    .where(_range(_P.number))
    .limit(_N),
    "name": select(_C.id, _C.name, _P.number)
    .select_from(
        Customer.__table__.outerjoin(
            Phone.__table__, (_P.customer_id == _C.id) & (_P.position == 0)
        )
    )
    .where(_range(_C.name_key))
    .order_by(_C.name_key)
    .limit(_N),
}


_ORDER_KINDS = frozenset(_DOCUMENT_KINDS.values())


def _bounds(prefix: str) -> dict[str, Any]:
    """Bind values of a prefix as an index-friendly range (byte order), see prefix_range."""
    lo, hi = prefix_bounds(prefix)
    return {"lo": lo, "hi": hi}


def _params(kind: str, t: str) -> dict[str, Any]:
    up = normalize_serial(t)
    if kind in _ORDER_KINDS:
        return _bounds(_order_prefix(up))
    if kind == "plate":
        return _bounds(normalize_plate(t))
    if kind in ("plate_body", "plate_tail", "ident", "serial"):
        return _bounds(up)
    if kind in ("vin", "vin_tail"):
        return {"key": up}
    if kind == "phone_tail":
        return {"key": normalize_phone(t)}
    if kind == "phone":
        return _bounds(normalize_phone(t))
    if kind == "name":
        return _bounds(name_query(t))
    raise ValueError(kind)


def name_query(t: str) -> str:
    """The ``name_key`` prefix a typed name stands for."""
    return search_text(t, 100).casefold()


def _asset_label(
    plate: str | None,
    imei: str | None,
    serial: str | None,
    frame_no: str | None,
    vin: str | None,
    make: str | None,
    model: str | None,
) -> str:
    """``Asset.label`` from its columns."""
    ident = plate or imei or serial or frame_no or vin or ""
    desc = " ".join(p for p in (make, model) if p)
    return f"{ident} {desc}".strip()


def _search(
    kind: str, t: str, session: Session, limit: int, ctx: ServiceContext | None = None
) -> list[LookupHit]:
    """One kind's hits; with ``ctx`` whose rights this transaction has not read yet, they
    ride on the search (:func:`app.services.access.fact_columns`)."""
    params = _params(kind, t)
    if not all(params.values()):  # a kind asked for that the text has no key of
        return []
    params["n"] = limit
    rows: Sequence[Any]
    if ctx is None or facts_known(session, ctx):
        rows = session.connection().execute(_STATEMENTS[kind], params).all()
    else:
        found = session.connection().execute(_with_facts(kind), params | fact_params(ctx)).all()
        if found:
            facts_from(session, ctx, found[0][-5:])
        rows = [row[:-5] for row in found]
    if kind in _ORDER_KINDS:
        return [
            LookupHit("order", r[0], r[1], f"{r[5]} · {r[2].value}", "order_number", r[3], r[4])
            for r in rows
        ]
    if kind in ("phone", "phone_tail", "name"):
        return [LookupHit("customer", r[0], r[1], r[2] or "", kind, customer_id=r[0]) for r in rows]
    how = "ident" if kind == "serial" else kind  # to the desk, IMEI and serial are one thing
    return [
        LookupHit("asset", r[0], _asset_label(*r[2:9]), r[9], how, customer_id=r[1], asset_id=r[0])
        for r in rows
    ]


def _order_prefix(up: str) -> str:
    """``wo2026112300`` / ``WO-20261123-00`` -> the canonical prefix ``WO-20261123-00``."""
    digits = up[2:]
    if len(digits) <= 8:
        return f"{up[:2]}-{digits}" if digits else up[:2]
    return f"{up[:2]}-{digits[:8]}-{digits[8:]}"


def lookup(
    ctx: ServiceContext, text: str, limit: int = 20, kinds: list[str] | None = None
) -> list[LookupHit]:
    """Everything the query can mean, best matches first, at most ``limit`` hits. The
    actor's rights are read with the first search (a round trip less), and checked before
    anything is handed back: with no hit, on their own."""
    text = search_text(text)
    with ctx.db.read() as session:
        hits = lookup_in(session, text, limit, kinds, ctx=ctx)
        require(session, ctx, Permission.VIEW)
        return hits


#: each kind's search with the actor's facts as five more columns, built once
_WITH_FACTS: dict[str, Select] = {}


def _with_facts(kind: str) -> Select:
    held = _WITH_FACTS.get(kind)
    if held is None:
        held = _WITH_FACTS[kind] = _STATEMENTS[kind].add_columns(*fact_columns())
    return held


def lookup_in(
    session: Session,
    text: str,
    limit: int = 20,
    kinds: list[str] | None = None,
    *,
    ctx: ServiceContext | None = None,
) -> list[LookupHit]:
    """The hits of ``text`` (the caller checks the rights; with ``ctx`` they are read with
    the first search)."""
    hits: list[LookupHit] = []
    seen: set[tuple[str, int]] = set()
    text = search_text(text)
    if not text:
        return hits
    for kind in kinds or classify(text):
        for hit in _search(kind, text, session, limit, ctx):
            if (hit.kind, hit.id) not in seen:
                seen.add((hit.kind, hit.id))
                hits.append(hit)
        if len(hits) >= limit:
            break
    return hits[:limit]


@dataclass(frozen=True)
class FoundHit:
    """A hit with what it names spelled out (for ``python -m app find`` and scripts)."""

    hit: LookupHit
    order_id: int | None = None
    order_number: str | None = None
    state: str | None = None
    customer_id: int | None = None
    customer_name: str | None = None
    #: the number the lookup shows (the matched one for a customer), else the first on file
    phone: str | None = None
    asset_id: int | None = None
    asset_label: str | None = None


def find(ctx: ServiceContext, text: str, limit: int = 20) -> list[FoundHit]:
    """What the reception lookup finds for ``text``, each hit with its order, customer and
    asset named (one read transaction)."""
    text = search_text(text)
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        found: list[FoundHit] = []
        for hit in lookup_in(session, text, limit):
            order = session.get(WorkOrder, hit.id) if hit.kind == "order" else None
            customer_id = order.customer_id if order else hit.customer_id
            asset_id = order.asset_id if order else hit.asset_id
            customer = session.get(Customer, customer_id) if customer_id else None
            asset = session.get(Asset, asset_id) if asset_id else None
            phone = hit.subtitle if hit.kind == "customer" else None
            found.append(
                FoundHit(
                    hit,
                    order_id=order.id if order else None,
                    order_number=order.number if order else None,
                    state=order.state.value if order else None,
                    customer_id=customer_id,
                    customer_name=customer.name if customer else None,
                    phone=phone or (customer.primary_phone if customer else None),
                    asset_id=asset_id,
                    asset_label=asset.label if asset else None,
                )
            )
        return found
