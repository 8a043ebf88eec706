"""``python -m app print`` without SQLAlchemy: the order read with the database driver alone.

A one-shot print spent most of its time importing SQLAlchemy and configuring the ORM models
(about 0.7 s). When the database is a SQLite file or PostgreSQL through psycopg, already at
the newest migration and set up for the command line (the ``system`` account, this station,
the installation secret), this module reads the same rows with ``sqlite3`` / ``psycopg``
and builds the same :class:`~app.printing.data.PrintData`: plain objects carrying the
models' attribute names and Python values (enums, ``Decimal`` with the column's places, UTC
times), with the relationships the order's full view loads. The print log is written the
same way (:func:`record_print`: the order row locked, the next copy number taken in one
transaction).

Anything else (another URL, a database to migrate, the first run on a station) and
:func:`open_lite` answers ``None``: the caller takes the usual way through the services.
``tests/app/printing/test_lite_data.py`` holds the two ways equal, attribute by attribute.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from importlib import import_module
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlsplit, urlunsplit

from app.domain import enums
from app.domain.errors import DatabaseBusy, DatabaseUnavailable, NotFound
from app.domain.money import PricedLine, compute_totals
from app.domain.permissions import Permission, may
from app.printing.lite_columns import COLUMNS

#: the command line's account and the shop it prints for (app.services.people,
#: app.domain.models: held equal by a test)
SYSTEM_LOGIN = "system"
DEFAULT_BRANCH_ID = 1
INSTALLATION = 0
SECRET_KEY = "install.secret"
ROUNDING_KEY = "settlement.rounding"
#: app.db.engine's session settings (a test holds them equal)
SQLITE_BUSY_TIMEOUT_MS = 5000
PG_CONNECT_ARGS: dict[str, Any] = {
    "application_name": "workbay",
    "connect_timeout": 5,
    "keepalives": 1,
    "keepalives_idle": 5,
    "keepalives_interval": 2,
    "keepalives_count": 2,
    "tcp_user_timeout": 5000,
    "options": "-c lock_timeout=2000 -c idle_in_transaction_session_timeout=10000",
}
_KIND = re.compile(r"[a-z][a-z0-9-]{0,29}")


# -- rows ------------------------------------------------------------------------------------


class Row:
    """A row read without the ORM: the model's attributes, same names, same values."""

    entity = ""

    def __init__(self, values: dict[str, Any]) -> None:
        self.__dict__.update(values)

    def __repr__(self) -> str:
        return f"<{self.entity} {self.__dict__.get('id')}>"

    if TYPE_CHECKING:  # the columns, named as the model names them

        def __getattr__(self, name: str) -> Any: ...

        def __setattr__(self, name: str, value: Any) -> None: ...


class WorkOrderRow(Row):
    entity = "WorkOrder"


class CustomerRow(Row):
    entity = "Customer"
    phones: list[Row]

    @property
    def primary_phone(self) -> str | None:  # as Customer.primary_phone
        return self.phones[0].number if self.phones else None


class AssetRow(Row):
    entity = "Asset"

    @property
    def label(self) -> str:  # as Asset.label
        ident = self.plate or self.imei or self.serial or self.frame_no or self.vin or ""
        desc = " ".join(p for p in (self.make, self.model) if p)
        return f"{ident} {desc}".strip()


class UserRow(Row):
    entity = "User"
    extra_roles: list[Row]

    @property
    def roles(self) -> frozenset[enums.Role]:  # as User.roles
        return frozenset({self.role, *(r.role for r in self.extra_roles)})


_ROW_CLASSES: dict[str, type[Row]] = {
    "WorkOrder": WorkOrderRow,
    "Customer": CustomerRow,
    "Asset": AssetRow,
    "User": UserRow,
}


def _row_class(name: str) -> type[Row]:
    cls = _ROW_CLASSES.get(name)
    if cls is None:
        cls = type(name + "Row", (Row,), {"entity": name})
        _ROW_CLASSES[name] = cls
    return cls


# -- values as the ORM hands them back ---------------------------------------------------------


def _utc(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _converter(kind: str, sqlite: bool) -> Any:
    if kind == "plain":
        return None
    if kind == "datetime":
        return _utc
    if kind.startswith("enum:"):
        _, module, name = kind.split(":")
        cls = getattr(import_module(module), name)
        return lambda v: None if v is None else cls(v)
    if not sqlite:  # psycopg hands back bool, date and Decimal (numeric) as they are
        return None
    if kind == "bool":
        return lambda v: None if v is None else bool(v)
    if kind == "date":
        return lambda v: v if v is None or isinstance(v, date) else date.fromisoformat(v)
    if kind.startswith("decimal:"):  # SQLite keeps a REAL: SQLAlchemy's "%.Nf" reading
        fmt = f"%.{int(kind.split(':')[1])}f"
        return lambda v: (
            None if v is None else Decimal(fmt % (float(v) if isinstance(v, str) else v))
        )
    raise ValueError(kind)


@dataclass(frozen=True)
class _Table:
    name: str
    select: str  # SELECT <columns> FROM <table>
    attrs: tuple[str, ...]
    convert: tuple[Any, ...]
    cls: type[Row]


# -- the connection --------------------------------------------------------------------------


class LiteDb:
    """One DB-API connection to a Workbay database (SQLite file or PostgreSQL)."""

    def __init__(self, conn: Any, sqlite: bool) -> None:
        self.conn = conn
        self.sqlite = sqlite
        self._tables: dict[str, _Table] = {}

    def close(self) -> None:
        self.conn.close()

    def table(self, model: str) -> _Table:
        t = self._tables.get(model)
        if t is None:
            name, cols = COLUMNS[model]
            select = f"SELECT {', '.join(c for _, c, _ in cols)} FROM {name}"
            convert = tuple(_converter(k, self.sqlite) for _, _, k in cols)
            t = _Table(name, select, tuple(a for a, _, _ in cols), convert, _row_class(model))
            self._tables[model] = t
        return t

    def _sql(self, sql: str) -> str:
        return sql if self.sqlite else sql.replace("?", "%s")

    def execute(self, sql: str, params: Iterable[Any] = ()) -> Any:
        cur = self.conn.cursor()
        cur.execute(self._sql(sql), tuple(params))
        return cur

    def rows(self, model: str, where: str, params: Iterable[Any] = ()) -> list[Row]:
        t = self.table(model)
        out = []
        for raw in self.execute(f"{t.select} WHERE {where}", params).fetchall():
            values = {
                a: (v if f is None else f(v))
                for a, f, v in zip(t.attrs, t.convert, raw, strict=True)
            }
            out.append(t.cls(values))
        return out

    def scalar(self, sql: str, params: Iterable[Any] = ()) -> Any:
        row = self.execute(sql, params).fetchone()
        return None if row is None else row[0]

    @contextmanager
    def transaction(self, write: bool = False) -> Iterator[LiteDb]:
        """One transaction (SQLite: ``BEGIN IMMEDIATE`` for a write, as the engine does)."""
        try:
            if self.sqlite:
                self.conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            try:
                yield self
            except BaseException:
                self.conn.rollback()
                raise
            self.conn.commit()
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise DatabaseBusy(str(exc)) from exc
            raise DatabaseUnavailable(str(exc)) from exc
        except Exception as exc:
            if type(exc).__module__.startswith("psycopg"):
                raise DatabaseUnavailable(str(exc).strip()) from exc
            raise


def _connect(url: str) -> LiteDb | None:
    if url.startswith("sqlite:///"):
        path = url[len("sqlite:///") :]
        if not path or "?" in path or path == ":memory:" or not os.path.isfile(path):
            return None
        conn = sqlite3.connect(path, isolation_level=None, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA synchronous=NORMAL")
        return LiteDb(conn, sqlite=True)
    if url.startswith("postgresql+psycopg://"):
        import psycopg

        parts = urlsplit(url)
        query = dict(parse_qsl(parts.query))
        args = dict(PG_CONNECT_ARGS)
        if "options" in query:  # the URL's own options first, ours after (as the engine)
            args["options"] = f"{query.pop('options')} {args['options']}"
        args.update(query)
        conninfo = urlunsplit(("postgresql", parts.netloc, parts.path, "", ""))
        return LiteDb(psycopg.connect(conninfo, **args), sqlite=False)
    return None


@dataclass(frozen=True)
class Actor:
    """The command line's account at this station (as ``system_context`` finds it)."""

    user_id: int
    station_id: int
    branch_id: int = DEFAULT_BRANCH_ID


def open_lite(url: str, station: str) -> tuple[LiteDb, Actor] | None:
    """The database and the command line's actor, or ``None`` when the usual way must be
    taken: another kind of URL, no such file, a schema not at the newest migration, no
    ``system`` account or no row for this station yet (the usual way creates them), no
    installation secret yet, or any failure to connect (the usual way explains it)."""
    from app.printing.quick_open import script_head

    try:
        db = _connect(url)
    except Exception:
        return None
    if db is None:
        return None
    try:
        head = script_head()
        with db.transaction():
            current = db.scalar("SELECT version_num FROM alembic_version")
            user = db.execute(
                "SELECT id FROM users WHERE login = ? AND active = ?", (SYSTEM_LOGIN, True)
            ).fetchone()
            station_id = db.scalar("SELECT id FROM stations WHERE name = ?", (station,))
            secret = db.scalar(
                "SELECT value FROM settings WHERE branch_id = ? AND key = ?",
                (INSTALLATION, SECRET_KEY),
            )
            roles = _roles(db, user[0]) if user is not None else frozenset()
        if (
            head is None
            or current != head
            or user is None
            or station_id is None
            or secret is None
            or not may(roles, Permission.VIEW)
        ):
            db.close()
            return None
        return db, Actor(user[0], station_id)
    except Exception:
        db.close()
        return None


def _roles(db: LiteDb, user_id: int) -> frozenset[enums.Role]:
    main = db.execute("SELECT role FROM users WHERE id = ? AND active = ?", (user_id, True))
    extra = db.execute(
        "SELECT r.role FROM user_roles r JOIN users u ON u.id = r.user_id "
        "WHERE r.user_id = ? AND u.active = ?",
        (user_id, True),
    )
    return frozenset(enums.Role(r[0]) for r in [*main.fetchall(), *extra.fetchall()])


# -- the order whole -------------------------------------------------------------------------


def _by_id(rows: Iterable[Row]) -> dict[int, Row]:
    return {r.id: r for r in rows}


def _in(ids: set[int]) -> tuple[str, list[int]]:
    ordered = sorted(ids)
    return f"id IN ({', '.join('?' for _ in ordered)})", ordered


def _users(db: LiteDb, ids: set[int]) -> dict[int, Row]:
    ids.discard(None)
    if not ids:
        return {}
    where, params = _in(ids)
    users = _by_id(db.rows("User", where, params))
    for u in users.values():
        u.extra_roles = []
    extra = db.rows("UserRole", f"user_{where} ORDER BY role", params)
    for r in extra:
        users[r.user_id].extra_roles.append(r)
    return users


def _stations(db: LiteDb, ids: set[int]) -> dict[int, Row]:
    ids.discard(None)
    if not ids:
        return {}
    where, params = _in(ids)
    return _by_id(db.rows("Station", where, params))


def _setting(db: LiteDb, key: str, branch_id: int) -> Any:
    from app.settings.declared import SETTINGS
    from app.settings.registry import Scope

    option = SETTINGS[key]
    branch = INSTALLATION if option.scope is Scope.INSTALLATION else branch_id
    value = db.scalar("SELECT value FROM settings WHERE branch_id = ? AND key = ?", (branch, key))
    return option.from_text(value)


def order_id_by_number(db: LiteDb, number: str) -> int:
    found = db.scalar("SELECT id FROM work_orders WHERE number = ?", (number.strip().upper(),))
    if found is None:
        raise NotFound("order", number)
    return int(found)


def load_detail(db: LiteDb, order_id: int) -> Any:
    """:func:`app.services.queries.load_order_detail`, read with the driver alone."""
    from app.services.views import OrderDetail

    key = (order_id,)
    found = db.rows("WorkOrder", "id = ?", key)
    if not found:
        raise NotFound("order", order_id)
    order = found[0]
    (customer,) = db.rows("Customer", "id = ?", (order.customer_id,))
    customer.phones = db.rows("Phone", "customer_id = ? ORDER BY position", (customer.id,))
    for p in customer.phones:
        p.customer = customer
    (asset,) = db.rows("Asset", "id = ?", (order.asset_id,))
    lines = db.rows("OrderLine", "order_id = ? ORDER BY position", key)
    history = db.rows("StatusChange", "order_id = ? ORDER BY id", key)
    inspections = db.rows("Inspection", "order_id = ?", key)
    inspection = inspections[0] if inspections else None
    if inspection is not None:
        ins_key = (inspection.id,)
        inspection.items = db.rows("InspectionItem", "inspection_id = ? ORDER BY position", ins_key)
        inspection.marks = db.rows("DamageMark", "inspection_id = ? ORDER BY id", ins_key)
    checks = db.rows("QualityCheck", "order_id = ? ORDER BY id", key)
    settlements = db.rows("Settlement", "order_id = ? AND voided_at IS NULL", key)
    settlement = settlements[0] if settlements else None
    payments = db.rows("Payment", "order_id = ? ORDER BY id", key)
    releases = db.rows("ReleaseSlip", "order_id = ?", key)
    events = db.rows("OrderEvent", "order_id = ? ORDER BY version", key)

    users = _users(
        db,
        {order.advisor_id, order.technician_id}
        | {x.technician_id for x in lines}
        | {x.approval_by_id for x in lines}
        | {x.user_id for x in history}
        | {x.inspector_id for x in checks}
        | ({settlement.user_id} if settlement is not None else set())
        | {x.user_id for x in payments}
        | {x.user_id for x in events},
    )
    stations = _stations(
        db,
        {x.station_id for x in history}
        | {x.station_id for x in payments}
        | {x.station_id for x in events},
    )
    order.customer, order.asset = customer, asset
    order.advisor = users.get(order.advisor_id)
    order.technician = users.get(order.technician_id)
    order.lines, order.history = lines, history
    for line in lines:
        line.order = order
        line.technician = users.get(line.technician_id)
        line.approval_by = users.get(line.approval_by_id)
    for change in history:
        change.order = order
        change.user = users.get(change.user_id)
        change.station = stations.get(change.station_id)
    for check in checks:
        check.inspector = users.get(check.inspector_id)
    if settlement is not None:
        settlement.user = users.get(settlement.user_id)
    for row in (*payments, *events):
        row.user = users.get(row.user_id)
        row.station = stations.get(row.station_id)

    mode = _setting(db, ROUNDING_KEY, DEFAULT_BRANCH_ID)
    priced = [
        PricedLine(x.quantity, x.unit_price, x.discount_percent, x.payer, x.approval) for x in lines
    ]
    paid = Decimal("0.00")
    for p in payments:
        paid += p.amount if p.kind is enums.PaymentKind.PAYMENT else -p.amount

    def number_of(other: int | None) -> str | None:
        if not other:
            return None
        value = db.scalar("SELECT number FROM work_orders WHERE id = ?", (other,))
        return None if value is None else str(value)

    return OrderDetail(
        order=order,  # type: ignore[arg-type]
        customer=customer,  # type: ignore[arg-type]
        asset=asset,  # type: ignore[arg-type]
        lines=lines,  # type: ignore[arg-type]
        inspection=inspection,  # type: ignore[arg-type]
        quality_checks=checks,  # type: ignore[arg-type]
        settlement=settlement,  # type: ignore[arg-type]
        payments=payments,  # type: ignore[arg-type]
        release=releases[0] if releases else None,  # type: ignore[arg-type]
        events=events,  # type: ignore[arg-type]
        totals=compute_totals(priced, mode),
        estimate=compute_totals(priced, enums.SettlementRounding.NONE, include_proposed=True),
        paid=paid,
        reopened_from_number=number_of(order.reopened_from_id),
        comeback_of_number=number_of(order.comeback_of_id),
    )


def load_print_data_by_number(db: LiteDb, actor: Actor, number: str) -> Any:
    """:func:`app.printing.data.load_print_data_by_number` for the command line's actor."""
    from app.printing.data import PrintData, ShopHeader, shop_values
    from app.printing.token import GATE, make_token

    with db.transaction():
        detail = load_detail(db, order_id_by_number(db, number))
        rows = db.execute(
            "SELECT key, value FROM settings WHERE branch_id = ? AND key LIKE ?",
            (actor.branch_id, "shop.%"),
        ).fetchall()
        secret = bytes.fromhex(
            db.scalar(
                "SELECT value FROM settings WHERE branch_id = ? AND key = ?",
                (INSTALLATION, SECRET_KEY),
            )
        )
    shop = ShopHeader(**shop_values({k: v for k, v in rows}))
    return PrintData(
        detail=detail,
        shop=shop,
        token=make_token(detail.order.number, secret),
        printed_at=datetime.now(UTC),
        gate_token=make_token(detail.order.number, secret, GATE),
    )


# -- the print log ---------------------------------------------------------------------------


def _check_kind(kind: str) -> str:
    from app.printing.errors import UnknownDocument

    if not _KIND.fullmatch(kind):
        raise UnknownDocument("document", kind, ())
    return kind


def print_count(db: LiteDb, order_id: int, kind: str) -> int:
    """:func:`app.services.prints.print_count`."""
    kind = _check_kind(kind)
    with db.transaction():
        if db.scalar("SELECT id FROM work_orders WHERE id = ?", (order_id,)) is None:
            raise NotFound("order", order_id)
        n = db.scalar(
            "SELECT count(*) FROM document_prints WHERE order_id = ? AND kind = ?",
            (order_id, kind),
        )
    return int(n or 0)


def record_print(db: LiteDb, actor: Actor, order_id: int, kind: str) -> int:
    """:func:`app.services.prints.record_print`: log one print, return its copy number."""
    from app.printing.token import code_for

    kind = _check_kind(kind)
    with db.transaction(write=True):
        lock = "" if db.sqlite else " FOR UPDATE"
        number = db.scalar(f"SELECT number FROM work_orders WHERE id = ?{lock}", (order_id,))
        if number is None:
            raise NotFound("order", order_id)
        done = db.scalar(
            "SELECT max(copy_no) FROM document_prints WHERE order_id = ? AND kind = ?",
            (order_id, kind),
        )
        secret = db.scalar(
            "SELECT value FROM settings WHERE branch_id = ? AND key = ?",
            (INSTALLATION, SECRET_KEY),
        )
        copy_no = 0 if done is None else int(done) + 1
        now = datetime.now(UTC)
        db.execute(
            "INSERT INTO document_prints "
            "(order_id, kind, copy_no, code, user_id, station_id, printed_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                order_id,
                kind,
                copy_no,
                code_for(kind, number, bytes.fromhex(secret)),
                actor.user_id,
                actor.station_id,
                # SQLite: the text SQLAlchemy writes for a UTC time
                now.strftime("%Y-%m-%d %H:%M:%S.%f") if db.sqlite else now,
            ),
        )
    return copy_no
