"""What a station does in the throughput bench (:mod:`app.bench.throughput`), twice over:

* :class:`ServiceDesk` calls the real services (``intake``, ``lines``, ``workflow``,
  ``cashier``) as a desk does, with the version it last saw;
* :class:`RawDesk` does the same work as plain SQL on a plain connection (no ORM, no
  session, no pre-ping): the same row lock and version check, the same updates, the status
  history row, the journal row (``order_events``), the audit row, the change log row and,
  on PostgreSQL, the ``pg_notify``, and the same gapless document numbers from the same
  counters, taken as the last write before the commit. It skips what a yardstick may skip:
  the permission check, the request-id claim, reading names for the audit row (cached),
  the health record queued at settlement and re-reading the order afterwards.

Both answer every action with a :class:`Visit`: the order's state and version as the
station now knows them. :func:`next_action` picks what a visit needs next, so one driver
(:func:`app.bench.throughput.station_loop`) runs either desk.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, replace
from datetime import timedelta
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.elements import TextClause

from app.db.changes import CHANNEL
from app.db.engine import immediate_transactions, is_busy
from app.db.numbering import period_of
from app.domain.enums import (
    Approval,
    ApprovalMethod,
    AssetKind,
    DocumentKind,
    OrderState,
    PauseReason,
    PaymentMethod,
)
from app.domain.errors import ConflictError, DatabaseBusy, IllegalTransition
from app.domain.models import CatalogItem
from app.domain.types import Money, Quantity, UTCDateTime, utcnow
from app.services import cashier, intake, lines, workflow
from app.services.catalog import line_from_catalog
from app.services.context import ServiceContext
from app.services.inputs import IntakeInput, PaymentInput, VisitDetails
from app.services.queries import board, get_order

S = OrderState
#: bench action -> the journal (``order_events.action``) entry it makes
JOURNAL = {
    "intake": "intake", "add_line": "estimate", "approve": "approve", "assign": "assign",
    "start": "start", "extra": "extra_work", "decide": "extra_work_approved", "pause": "pause",
    "resume": "resume", "finish": "finish", "qc_pass": "qc_pass", "settle": "settle",
    "pay": "pay", "release": "release", "cancel": "cancel",
}  # fmt: skip
ACTIONS = tuple(JOURNAL)
#: actions that move the order to another state (a status history row each)
MOVES = frozenset(ACTIONS) - {"add_line", "extra", "decide", "pay"}
#: what another desk may do to a station's order (a rival, from the board): the owner's
#: next save then meets a newer version, as at a real counter
RIVAL = {S.OPEN: "approve", S.APPROVED: "assign", S.ASSIGNED: "start"}
CANCEL_SHARE = 0.03
PAUSE_SHARE = 0.3


@dataclass(frozen=True)
class Asset:
    """A car, phone or e-bike on file that comes in for a visit."""

    id: int
    customer_id: int
    kind: AssetKind
    mileage: int | None  # the next visit's reading (vehicles)


@dataclass(frozen=True)
class Visit:
    """One order as its station knows it."""

    id: int
    asset: Asset
    state: OrderState
    version: int
    lines: int = 0  # line count (the raw desk numbers the positions)
    estimated: bool = False  # an estimate line was added after intake
    extra: bool = False  # extra work was proposed
    pending: tuple[int, ...] = ()  # proposed extra lines waiting for the customer
    paused: bool = False  # paused once already
    balance: Decimal = Decimal(0)


def next_action(v: Visit, rng: random.Random) -> str | None:
    """What the visit needs next (None: it is over)."""
    if v.state in (S.RELEASED, S.CANCELLED):
        return None
    if v.pending and v.state not in (S.SETTLED,):
        return "decide"
    if v.state is S.OPEN:
        if not v.estimated:
            return "add_line"
        return "cancel" if rng.random() < CANCEL_SHARE else "approve"
    if v.state is S.APPROVED:
        return "assign"
    if v.state is S.ASSIGNED:
        return "start"
    if v.state is S.IN_PROGRESS:
        if not v.extra:
            return "extra"
        if not v.paused and rng.random() < PAUSE_SHARE:
            return "pause"
        return "finish"
    if v.state is S.PAUSED:
        return "resume"
    if v.state is S.WORK_DONE:
        return "qc_pass"
    if v.state is S.READY:
        return "settle"
    if v.state is S.SETTLED:
        return "pay" if v.balance > 0 else "release"
    return None


def split_payment(balance: Decimal, rng: random.Random) -> list[tuple[PaymentMethod, Decimal]]:
    """About half by WeChat, the rest in cash rounded up to 100 yuan (change is due); a
    small bill in cash only. Returns (method, amount handed over)."""
    parts: list[tuple[PaymentMethod, Decimal]] = []
    first = (balance / 2).quantize(Decimal("1"))
    if Decimal(0) < first < balance:
        parts.append((PaymentMethod.WECHAT, first))
        balance -= first
    tendered = (balance / 100).to_integral_value(rounding=ROUND_CEILING) * 100
    parts.append((PaymentMethod.CASH, max(tendered, balance)))
    rng.random()
    return parts


def _ref(rng: random.Random) -> str:
    return f"{rng.randrange(10**18):018d}"


# --- through the services -------------------------------------------------------------------


#: the state an action leaves the order in (the desks track it without reading the order)
AFTER = {
    "intake": S.OPEN, "approve": S.APPROVED, "assign": S.ASSIGNED, "start": S.IN_PROGRESS,
    "pause": S.PAUSED, "resume": S.IN_PROGRESS, "finish": S.WORK_DONE, "qc_pass": S.READY,
    "settle": S.SETTLED, "release": S.RELEASED, "cancel": S.CANCELLED,
}  # fmt: skip


@contextmanager
def _no_wrap(_action: str) -> Iterator[None]:
    yield


class Timed:
    """What both desks share: ``around(action)`` wraps exactly the call being measured (the
    service call, or the plain-SQL transaction), ``last_ms`` is how long it took."""

    around: Callable[[str], AbstractContextManager[None]] | None = None
    last_ms: float = 0.0

    @contextmanager
    def _measured(self, action: str) -> Iterator[None]:
        with (self.around or _no_wrap)(action):
            started = time.perf_counter()
            yield
            self.last_ms = (time.perf_counter() - started) * 1000


class ServiceDesk(Timed):
    """A station's desk calling the public services (every role's right: the manager).

    Only the service call is timed; the desk then reads from what the call returned only
    what it needs to go on (the new version; the proposed lines' ids after extra work, the
    amount due after settlement: all known to the call), so a service that hands back its
    order to be loaded later is not made to load it."""

    def __init__(
        self,
        ctx: ServiceContext,
        tech: ServiceContext,
        catalog: dict[AssetKind, list[CatalogItem]],
        rng: random.Random,
    ) -> None:
        self.ctx, self.tech, self.catalog, self.rng = ctx, tech, catalog, rng

    def _lines(self, kind: AssetKind, n: int) -> list[Any]:
        items = self.catalog[kind]
        return [line_from_catalog(i) for i in self.rng.sample(items, min(n, len(items)))]

    def intake(self, asset: Asset) -> Visit:
        r = self.rng
        details = VisitDetails(
            symptom="刹车有异响 bench",
            mileage_in=asset.mileage,
            fuel_level=50 if asset.kind is AssetKind.VEHICLE else None,
            promised_at=utcnow() + timedelta(hours=r.randint(2, 48)),
            waits_on_site=r.random() < 0.3,
        )
        data = IntakeInput(
            details=details,
            lines=self._lines(asset.kind, r.randint(1, 3)),
            customer_id=asset.customer_id,
            asset_id=asset.id,
        )
        with self._measured("intake"):
            d = intake.intake(self.ctx, data)
        return Visit(d.id, asset, S.OPEN, d.version, len(data.lines))

    def _call(self, action: str, v: Visit) -> Any:
        ctx, tech, oid, ver = self.ctx, self.tech, v.id, v.version
        if action == "add_line":
            return lines.add_lines(ctx, oid, self._lines(v.asset.kind, 1), version=ver)
        if action == "approve":
            return workflow.approve_order(ctx, oid, ApprovalMethod.SIGNATURE, version=ver)
        if action == "assign":
            return workflow.assign(ctx, oid, tech.actor.user_id, version=ver)
        if action == "start":
            return workflow.start_work(tech, oid, version=ver)
        if action == "extra":
            proposed = self._lines(v.asset.kind, 2)
            return lines.propose_extra_work(tech, oid, proposed, finding="磨损 worn", version=ver)
        if action == "decide":
            return lines.decide_extra_work(
                ctx,
                oid,
                list(v.pending),
                approve=True,
                method=ApprovalMethod.PHONE,
                note="电话确认",
                version=ver,
            )
        if action == "pause":
            return workflow.pause_work(tech, oid, PauseReason.WAITING_PARTS, version=ver)
        if action == "resume":
            return workflow.resume_work(tech, oid, version=ver)
        if action == "finish":
            return workflow.finish_work(tech, oid, version=ver)
        if action == "qc_pass":
            return workflow.quality_check(ctx, oid, True, version=ver)
        if action == "settle":
            return cashier.settle(ctx, oid, version=ver)
        if action == "pay":
            parts = [
                PaymentInput(m, a, reference=_ref(self.rng) if m is PaymentMethod.WECHAT else None)
                for m, a in split_payment(v.balance, self.rng)
            ]
            return cashier.pay(ctx, oid, parts, version=ver)
        if action == "release":
            return cashier.release(ctx, oid, version=ver)
        if action == "cancel":
            return workflow.cancel(ctx, oid, "客户不修了 bench", version=ver)
        raise ValueError(action)

    def act(self, action: str, v: Visit) -> Visit:
        with self._measured(action):
            d = self._call(action, v)
        new = replace(v, state=AFTER.get(action, v.state), version=d.version)
        if action == "add_line":
            return replace(new, estimated=True, lines=v.lines + 1)
        if action == "extra":  # the advisor's screen shows the proposed lines
            pending = tuple(l.id for l in d.added_lines)
            return replace(new, extra=True, pending=pending, lines=v.lines + len(pending))
        if action == "decide":
            return replace(new, pending=())
        if action == "pause":
            return replace(new, paused=True)
        if action == "settle":  # the cashier's screen shows what is due
            return replace(new, balance=d.due)
        if action == "pay":  # the whole balance is paid (cash covers the rest)
            return replace(new, balance=Decimal(0))
        return new

    def refresh(self, v: Visit) -> Visit:
        """The order as it is now (after a refused save)."""
        d = get_order(self.ctx, v.id)
        pending = tuple(l.id for l in d.lines if l.is_extra and l.approval is Approval.PROPOSED)
        return replace(
            v,
            state=d.order.state,
            version=d.version,
            lines=len(d.lines),
            estimated=True,
            extra=any(l.is_extra for l in d.lines),
            pending=pending,
            paused=True,
            balance=d.balance,
        )

    def rivals(self, first_id: int) -> list[tuple[int, OrderState, int]]:
        """Orders of this run another desk could move on: (id, state, version)."""
        return [
            (r.order_id, r.state, r.version)
            for r in board(self.ctx, limit=200)
            if r.order_id >= first_id and r.state in RIVAL
        ]


# --- plain SQL ------------------------------------------------------------------------------


def _sql(statement: str, **types: Any) -> TextClause:
    """A literal statement; ``types`` give the bind types that need converting (times in
    UTC, money as exact decimals on SQLite)."""
    return text(statement).bindparams(*(bindparam(k, type_=t) for k, t in types.items()))


_AT = UTCDateTime()
LOCK = "SELECT state, version FROM work_orders WHERE id = :id"
HISTORY = _sql(
    "INSERT INTO status_changes (order_id, from_state, to_state, reason, user_id, station_id, "
    "at) VALUES (:id, :from_state, :to_state, :reason, :user, :station, :at)",
    at=_AT,
)
EVENT = _sql(
    "INSERT INTO order_events (order_id, version, action, summary, user_id, station_id, at) "
    "VALUES (:id, :version, :action, :summary, :user, :station, :at)",
    at=_AT,
)
AUDIT = _sql(
    "INSERT INTO audit_log (at, branch_id, user_id, user_name, roles, station_id, "
    "station_name, action, entity, entity_id, summary, before, after) VALUES (:at, 1, :user, "
    ":user_name, :roles, :station, :station_name, :audit_action, 'order', :id, :summary, "
    ":before, :after)",
    at=_AT,
)
CHANGE = _sql(
    "INSERT INTO change_log (entity, entity_id, action, version, station_id, at, branch_id) "
    "VALUES ('order', :id, :action, :version, :station, :at, 1) RETURNING id",
    at=_AT,
)
NOTIFY = text("SELECT pg_notify(:channel, :payload)")
#: one statement takes ``n`` numbers: creates the day's counter or bumps it
COUNTER = text(
    "INSERT INTO document_counters (branch_id, kind, period, last_value) "
    "VALUES (1, :kind, :period, :n) ON CONFLICT (branch_id, kind, period) "
    "DO UPDATE SET last_value = document_counters.last_value + :n RETURNING last_value"
)
NEW_ORDER = _sql(
    "INSERT INTO work_orders (branch_id, number, state, customer_id, asset_id, advisor_id, "
    "symptom, mileage_in, fuel_level, promised_at, waits_on_site, keep_old_parts, wash, "
    "updated_at, version, created_at) VALUES (1, :tmp, 'open', :customer, :asset, :user, "
    ":symptom, :mileage, :fuel, :promised, :waits, false, false, :at, :version, :at) "
    "RETURNING id",
    at=_AT,
    promised=_AT,
)
_LINE_COLS = (
    "order_id, position, kind, catalog_item_id, code, description, description_en, quantity, "
    "unit, unit_en, unit_price, discount_percent, payer, approval, is_extra, created_by_id, "
    "created_at"
)


def _line_values(i: int) -> str:
    return (
        f"(:id, :pos{i}, :kind{i}, :item{i}, :code{i}, :desc{i}, :desc_en{i}, :qty{i}, "
        f":unit{i}, :unit_en{i}, :price{i}, 0, 'customer', 'proposed', :extra, :user, :at)"
    )


def _new_lines(n: int) -> TextClause:
    types: dict[str, Any] = {"at": _AT}
    for i in range(n):
        types[f"price{i}"] = Money
        types[f"qty{i}"] = Quantity
    return _sql(
        f"INSERT INTO order_lines ({_LINE_COLS}) VALUES "
        + ", ".join(_line_values(i) for i in range(n))
        + " RETURNING id",
        **types,
    )


NEW_LINES = {n: _new_lines(n) for n in (1, 2, 3)}
BILL = _sql(
    "SELECT quantity, unit_price, discount_percent, payer, approval FROM order_lines "
    "WHERE order_id = :id"
)
SETTLEMENT = _sql(
    "INSERT INTO settlements (number, order_id, gross, discount, customer_total, rounding, "
    "customer_due, free_total, user_id, station_id, at) VALUES (:number, :id, :due, 0, :due, "
    "0, :due, :free, :user, :station, :at)",
    at=_AT,
    due=Money,
    free=Money,
)
BALANCE = _sql(
    "SELECT (SELECT customer_due FROM settlements WHERE order_id = :id AND voided_at IS NULL), "
    "(SELECT COALESCE(SUM(CASE WHEN kind = 'payment' THEN amount ELSE -amount END), 0) "
    "FROM payments WHERE order_id = :id)"
)
QC = _sql(
    "INSERT INTO quality_checks (order_id, passed, note, inspector_id, at) "
    "VALUES (:id, true, NULL, :user, :at)",
    at=_AT,
)
SLIP = _sql(
    "INSERT INTO release_slips (number, order_id, user_id, station_id, at) "
    "VALUES (:number, :id, :user, :station, :at)",
    at=_AT,
)
FIND = _sql("SELECT customer_id FROM assets WHERE id = :asset")
SET_NUMBER = _sql("UPDATE work_orders SET number = :number WHERE id = :id")
_CACHE: dict[tuple[str, Any], TextClause] = {}


def _bump(sets: str) -> TextClause:
    """The order's version bump (and the action's own columns ``sets``), version-checked."""
    key = ("bump", sets)
    if key not in _CACHE:
        stamp = {"stamp": _AT} if ":stamp" in sets else {}
        _CACHE[key] = _sql(
            "UPDATE work_orders SET version = version + 1, updated_at = :at"
            + sets
            + " WHERE id = :id AND version = :version",
            at=_AT,
            **stamp,
        )
    return _CACHE[key]


def _approve_lines(only: str) -> TextClause:
    key = ("approve", only)
    if key not in _CACHE:
        _CACHE[key] = _sql(
            "UPDATE order_lines SET approval = 'approved', approval_method = :method, "
            "approval_by_id = :user, approval_at = :at, approval_note = :note "
            "WHERE order_id = :id AND approval = 'proposed'" + only,
            at=_AT,
        )
    return _CACHE[key]


def _payments(n: int) -> TextClause:
    key = ("pay", n)
    if key not in _CACHE:
        rows = ", ".join(
            f"(:id, 'payment', :method{i}, :amount{i}, :tendered{i}, :change{i}, :ref{i}, "
            f":receipt{i}, :user, :station, :at)"
            for i in range(n)
        )
        types: dict[str, Any] = {"at": _AT}
        for i in range(n):
            types |= {f"amount{i}": Money, f"tendered{i}": Money, f"change{i}": Money}
        _CACHE[key] = _sql(
            "INSERT INTO payments (order_id, kind, method, amount, tendered, change, reference, "
            "receipt_number, user_id, station_id, at) VALUES " + rows,
            **types,
        )
    return _CACHE[key]


class RawDesk(Timed):
    """The same station's work as plain SQL on ``engine`` (one transaction per action)."""

    def __init__(
        self,
        engine: Engine,
        ctx: ServiceContext,
        tech_id: int,
        names: tuple[str, str],
        catalog: dict[AssetKind, list[CatalogItem]],
        rng: random.Random,
    ) -> None:
        self.engine, self.rng, self.catalog = engine, rng, catalog
        self.user, self.station = ctx.actor.user_id, ctx.actor.station_id
        self.tech = tech_id
        self.user_name, self.station_name = names
        self.pg = engine.dialect.name == "postgresql"
        self.lock = text(LOCK + (" FOR UPDATE" if self.pg else ""))
        self._last: dict[str, Any] = {}  # the last journal row's values (for the notify)

    # the frame of every action: lock and check the version, the action's own writes,
    # version bump, history, journal, audit, change log, numbers last, notify, commit

    def _tx(self, v: Visit | None, work: Any, action: str) -> Any:
        try:
            with self._measured(action), immediate_transactions(), self.engine.begin() as conn:
                if v is not None:
                    row = conn.execute(self.lock, {"id": v.id}).one()
                    if row.version != v.version:
                        raise ConflictError("order", v.id, v.version, row.version)
                    if OrderState(row.state) is not v.state:
                        raise IllegalTransition("bench", row.state)
                return work(conn)
        except DBAPIError as exc:
            if is_busy(exc):
                raise DatabaseBusy(str(exc.orig).strip()) from exc
            raise

    def _journal(
        self,
        conn: Connection,
        v: Visit,
        action: str,
        summary: str,
        *,
        to: OrderState | None = None,
        sets: str = "",
        values: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
    ) -> int:
        now = utcnow()
        version = v.version + 1
        p = {
            "id": v.id,
            "at": now,
            "version": v.version,
            "user": self.user,
            "station": self.station,
            **(values or {}),
        }
        if to is not None:
            sets = f", state = '{to.value}'" + sets
        if conn.execute(_bump(sets), p).rowcount != 1:
            raise ConflictError("order", v.id, v.version, 0)
        p["version"] = version
        if to is not None:
            conn.execute(
                HISTORY,
                {**p, "from_state": v.state.value, "to_state": to.value, "reason": action},
            )
        self._trail(conn, p, JOURNAL[action], summary, v.state, to, after)
        return version

    def _trail(
        self,
        conn: Connection,
        p: dict[str, Any],
        action: str,
        summary: str,
        before: OrderState | None,
        to: OrderState | None,
        after: dict[str, Any] | None,
    ) -> None:
        conn.execute(EVENT, {**p, "action": action, "summary": summary})
        conn.execute(
            AUDIT,
            {
                **p,
                "user_name": self.user_name,
                "roles": "manager",
                "station_name": self.station_name,
                "audit_action": f"order.{action}",
                "summary": summary,
                "before": json.dumps({"state": before.value}) if to and before else None,
                "after": json.dumps({**({"state": to.value} if to else {}), **(after or {})}),
            },
        )
        p["log_id"] = conn.execute(CHANGE, {**p, "action": action}).scalar_one()
        p["action"] = action
        self._last = p

    def _notify(self, conn: Connection, p: dict[str, Any]) -> None:
        if self.pg:
            payload = json.dumps(
                {
                    "id": p["log_id"],
                    "entity": "order",
                    "entity_id": p["id"],
                    "action": p["action"],
                    "version": p["version"],
                    "station_id": self.station,
                },
                separators=(",", ":"),
            )
            conn.execute(NOTIFY, {"channel": CHANNEL, "payload": payload})

    def _numbers(self, conn: Connection, kind: DocumentKind, n: int = 1) -> list[str]:
        period = period_of(utcnow())
        last = conn.execute(COUNTER, {"kind": kind.value, "period": period, "n": n}).scalar_one()
        return [f"{kind.value}-{period}-{k:04d}" for k in range(last - n + 1, last + 1)]

    def _lines(
        self, conn: Connection, v_id: int, kind: AssetKind, n: int, start: int, extra: bool
    ) -> list[int]:
        items = self.rng.sample(self.catalog[kind], min(n, len(self.catalog[kind])))
        p: dict[str, Any] = {"id": v_id, "extra": extra, "user": self.user, "at": utcnow()}
        for i, it in enumerate(items):
            p |= {
                f"pos{i}": start + i + 1, f"kind{i}": it.kind.value, f"item{i}": it.id,
                f"code{i}": it.code, f"desc{i}": it.name_zh, f"desc_en{i}": it.name_en,
                f"qty{i}": it.default_quantity, f"unit{i}": it.unit, f"unit_en{i}": it.unit_en,
                f"price{i}": it.unit_price,
            }  # fmt: skip
        return list(conn.execute(NEW_LINES[len(items)], p).scalars())

    # --- the actions ---

    def intake(self, asset: Asset) -> Visit:
        r = self.rng
        n = r.randint(1, 3)

        def work(conn: Connection) -> Visit:
            owner = conn.execute(FIND, {"asset": asset.id}).scalar_one()
            if owner != asset.customer_id:
                raise IllegalTransition("intake", "other owner")
            now = utcnow()
            p = {
                "tmp": f"T{r.randrange(16**20):020x}",
                "customer": asset.customer_id,
                "asset": asset.id,
                "user": self.user,
                "station": self.station,
                "symptom": "刹车有异响 bench",
                "mileage": asset.mileage,
                "fuel": 50 if asset.kind is AssetKind.VEHICLE else None,
                "promised": now + timedelta(hours=r.randint(2, 48)),
                "waits": r.random() < 0.3,
                "at": now,
                "version": 2,  # as the service leaves a new order: inserted, then journalled
            }
            oid = conn.execute(NEW_ORDER, p).scalar_one()
            p["id"] = oid
            self._lines(conn, oid, asset.kind, n, 0, False)
            conn.execute(HISTORY, {**p, "from_state": None, "to_state": "open", "reason": "intake"})
            self._trail(
                conn, p, "intake", f"opened for customer {asset.customer_id}", None, S.OPEN, None
            )
            number = self._numbers(conn, DocumentKind.WORK_ORDER)[0]
            conn.execute(SET_NUMBER, {"id": oid, "number": number})
            self._notify(conn, p)
            return Visit(oid, asset, S.OPEN, 2, n)

        return self._tx(None, work, "intake")

    def act(self, action: str, v: Visit) -> Visit:
        return self._tx(v, lambda conn: getattr(self, f"_{action}")(conn, v), action)

    def _add_line(self, conn: Connection, v: Visit) -> Visit:
        self._lines(conn, v.id, v.asset.kind, 1, v.lines, False)
        version = self._journal(conn, v, "add_line", "added an estimate line", after={"lines": 1})
        self._notify_last(conn)
        return replace(v, version=version, lines=v.lines + 1, estimated=True)

    def _notify_last(self, conn: Connection) -> None:
        self._notify(conn, self._last)

    def _move(
        self,
        conn: Connection,
        v: Visit,
        action: str,
        to: OrderState,
        sets: str = "",
        values: dict[str, Any] | None = None,
        numbers: tuple[DocumentKind, str] | None = None,
    ) -> Visit:
        version = self._journal(conn, v, action, f"bench {action}", to=to, sets=sets, values=values)
        if numbers is not None:  # e.g. the certificate: number last, then written
            number = self._numbers(conn, numbers[0])[0]
            conn.execute(text(numbers[1]), {"id": v.id, "number": number})
        self._notify_last(conn)
        return replace(v, state=to, version=version)

    def _approve(self, conn: Connection, v: Visit) -> Visit:
        now = utcnow()
        conn.execute(
            _approve_lines(""),
            {"id": v.id, "method": "signature", "user": self.user, "at": now, "note": None},
        )
        return self._move(
            conn,
            v,
            "approve",
            S.APPROVED,
            ", approved_at = :stamp, approval_method = 'signature'",
            {"stamp": now},
        )

    def _assign(self, conn: Connection, v: Visit) -> Visit:
        return self._move(
            conn, v, "assign", S.ASSIGNED, ", technician_id = :tech", {"tech": self.tech}
        )

    def _start(self, conn: Connection, v: Visit) -> Visit:
        return self._move(conn, v, "start", S.IN_PROGRESS)

    def _pause(self, conn: Connection, v: Visit) -> Visit:
        return replace(
            self._move(conn, v, "pause", S.PAUSED, ", pause_reason = 'waiting_parts'"),
            paused=True,
        )

    def _resume(self, conn: Connection, v: Visit) -> Visit:
        return self._move(conn, v, "resume", S.IN_PROGRESS, ", pause_reason = NULL")

    def _finish(self, conn: Connection, v: Visit) -> Visit:
        return self._move(conn, v, "finish", S.WORK_DONE)

    def _cancel(self, conn: Connection, v: Visit) -> Visit:
        return self._move(conn, v, "cancel", S.CANCELLED, ", cancel_reason = '客户不修了 bench'")

    def _qc_pass(self, conn: Connection, v: Visit) -> Visit:
        conn.execute(QC, {"id": v.id, "user": self.user, "at": utcnow()})
        certificate = (
            (
                DocumentKind.CERTIFICATE,
                "UPDATE work_orders SET certificate_number = :number WHERE id = :id",
            )
            if v.asset.kind is AssetKind.VEHICLE
            else None
        )
        return self._move(
            conn, v, "qc_pass", S.READY, ", qc_passed_at = :stamp", {"stamp": utcnow()}, certificate
        )

    def _extra(self, conn: Connection, v: Visit) -> Visit:
        ids = self._lines(conn, v.id, v.asset.kind, 2, v.lines, True)
        version = self._journal(
            conn,
            v,
            "extra",
            "extra work proposed",
            sets=", fault_found = '磨损 worn'",
            after={"lines": ids},
        )
        self._notify_last(conn)
        return replace(v, version=version, lines=v.lines + len(ids), extra=True, pending=tuple(ids))

    def _decide(self, conn: Connection, v: Visit) -> Visit:
        only = " AND id IN (" + ", ".join(str(int(i)) for i in v.pending) + ")"
        done = conn.execute(
            _approve_lines(only),
            {"id": v.id, "method": "phone", "user": self.user, "at": utcnow(), "note": "电话确认"},
        ).rowcount
        if done != len(v.pending):
            raise IllegalTransition("decide", "already decided")
        version = self._journal(conn, v, "decide", "approved (phone)", after={"lines": v.pending})
        self._notify_last(conn)
        return replace(v, version=version, pending=())

    def _settle(self, conn: Connection, v: Visit) -> Visit:
        due = free = Decimal(0)
        for q, price, disc, payer, approval in conn.execute(BILL, {"id": v.id}):
            if approval == Approval.PROPOSED.value:
                raise IllegalTransition("settle", "extra work undecided")
            if approval != Approval.APPROVED.value:
                continue
            amount = Decimal(str(q)) * Decimal(str(price)) * (100 - Decimal(str(disc))) / 100
            amount = amount.quantize(Decimal("0.01"), ROUND_HALF_UP)
            if payer == "customer":
                due += amount
            else:
                free += amount
        version = self._journal(
            conn,
            v,
            "settle",
            f"settled: customer pays {due}",
            to=S.SETTLED,
            after={"customer_due": str(due)},
        )
        number = self._numbers(conn, DocumentKind.SETTLEMENT)[0]
        conn.execute(
            SETTLEMENT,
            {
                "id": v.id,
                "number": number,
                "due": due,
                "free": free,
                "user": self.user,
                "station": self.station,
                "at": utcnow(),
            },
        )
        self._notify_last(conn)
        return replace(v, state=S.SETTLED, version=version, balance=due)

    def _pay(self, conn: Connection, v: Visit) -> Visit:
        due, paid = conn.execute(BALANCE, {"id": v.id}).one()
        balance = Decimal(str(due)) - Decimal(str(paid))
        if balance <= 0:
            raise IllegalTransition("pay", "paid in full")
        parts = split_payment(balance, self.rng)
        version = self._journal(conn, v, "pay", "paid", after={"balance": "0.00"})
        receipts = self._numbers(conn, DocumentKind.RECEIPT, len(parts))
        p: dict[str, Any] = {"id": v.id, "user": self.user, "station": self.station, "at": utcnow()}
        left = balance
        for i, ((method, amount), receipt) in enumerate(zip(parts, receipts, strict=True)):
            applied = min(amount, left) if method is PaymentMethod.CASH else amount
            left -= applied
            p |= {
                f"method{i}": method.value, f"amount{i}": applied,
                f"tendered{i}": amount if method is PaymentMethod.CASH else None,
                f"change{i}": amount - applied, f"receipt{i}": receipt,
                f"ref{i}": _ref(self.rng) if method is PaymentMethod.WECHAT else None,
            }  # fmt: skip
        conn.execute(_payments(len(parts)), p)
        self._notify_last(conn)
        return replace(v, version=version, balance=left)

    def _release(self, conn: Connection, v: Visit) -> Visit:
        due, paid = conn.execute(BALANCE, {"id": v.id}).one()
        if Decimal(str(due)) - Decimal(str(paid)) > 0:
            raise IllegalTransition("release", "balance owing")
        version = self._journal(
            conn,
            v,
            "release",
            "released",
            to=S.RELEASED,
            sets=", released_at = :stamp",
            values={"stamp": utcnow()},
        )
        number = self._numbers(conn, DocumentKind.RELEASE)[0]
        conn.execute(
            SLIP,
            {
                "id": v.id,
                "number": number,
                "user": self.user,
                "station": self.station,
                "at": utcnow(),
            },
        )
        self._notify_last(conn)
        return replace(v, state=S.RELEASED, version=version)

    # --- reading ---

    def refresh(self, v: Visit) -> Visit:
        with self.engine.connect() as conn:
            state, version = conn.execute(text(LOCK), {"id": v.id}).one()
            rows = conn.execute(
                text("SELECT id, is_extra, approval FROM order_lines WHERE order_id = :id"),
                {"id": v.id},
            ).all()
            due, paid = conn.execute(BALANCE, {"id": v.id}).one()
        balance = Decimal(str(due)) - Decimal(str(paid)) if due is not None else Decimal(0)
        return replace(
            v,
            state=OrderState(state),
            version=version,
            lines=len(rows),
            estimated=True,
            extra=any(r.is_extra for r in rows),
            pending=tuple(r.id for r in rows if r.is_extra and r.approval == "proposed"),
            paused=True,
            balance=balance,
        )

    def rivals(self, first_id: int) -> list[tuple[int, OrderState, int]]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT id, state, version FROM work_orders WHERE id >= :first AND state IN "
                    "('open', 'approved', 'assigned') ORDER BY id DESC LIMIT 200"
                ),
                {"first": first_id},
            ).all()
        return [(r.id, OrderState(r.state), r.version) for r in rows]
