"""``python -m app bench --only throughput``: how many actions a second the shop gets done,
through the services and as plain SQL on the same database in the same run.

* ``throughput_1`` / ``raw_throughput_1``: one process doing state transitions (approve,
  assign, start, pause, resume, finish, in turn on fresh orders), through the services and
  as plain SQL (:class:`app.bench.actions.RawDesk`: the same row lock, version-checked
  update, history, journal, audit and change log rows, and notify on PostgreSQL), order by
  order in turns so both see the same load: ``per_second`` over the calls' own time (the
  untimed intakes that make the orders apart), p50/p95 of a transition.
* ``throughput_16`` / ``raw_throughput_16``: ``--processes`` (16) forked stations for
  ``--seconds`` (15) each, doing mixed realistic actions on visits of their own (intake with
  1-3 lines, an estimate line, approve, assign, start, extra work proposed and approved,
  sometimes a pause, finish, quality check, settle, split payment, release; a few cancels)
  and, one action in twenty, moving on an order of another station from the board, so the
  owner's next save meets a newer version (the keys keep their names whatever
  ``--processes`` says; ``processes`` in the metric tells). Each station opens its first visit before the
  clock starts (``warmup_intakes``: journalled and checked, not counted), later cars come
  in now and then. ``per_second`` counts accepted actions in the timed window (one
  transaction each), ``transitions_per_second`` those that moved an order's state.
  Conflicts (a newer version) and busy refusals (a lock held beyond the wait limit) are
  counted apart: they are refused, nothing is written, the station reloads and goes on.
* ``latency_<action>`` / ``raw_latency_<action>``: p50/p95 of each action under that load.
* ``round_trips_<action>`` / ``raw_round_trips_<action>``: what one call costs in the
  database's turns, counted on a quiet database (deterministic): ``statements`` (every
  cursor execution, SQLite's BEGIN included), ``begin`` (PostgreSQL's BEGIN, sent apart by
  the driver), ``commit``, ``ping`` (pool pre-ping at checkout) and their sum ``n``;
  ``by_kind`` splits the statements by their first word (select, insert, update, ...).

After each 16-process run the books are checked (:func:`verify`): every accepted action is
in the journal exactly once and nothing else is, no order version twice, the status history
an unbroken chain, document numbers of the run's days unique and gapless per series with
the counter at the last one, every released order paid exactly its statement and none
paid more. ``checks["throughput_16_losses"]`` (and ``raw_...``) count what failed: 0 is
the verdict wanted; ``checks["throughput_16_verdict"]`` says it in words.

The run needs customers and assets on file: ``--only throughput`` builds (or reuses) the
bench dataset of ``--customers``/``--orders`` first (2,000 / 10,000 make it quick).
"""

from __future__ import annotations

import multiprocessing as mp
import random
import time
import traceback
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import Engine, event, text

from app.bench.actions import (
    JOURNAL,
    MOVES,
    RIVAL,
    Asset,
    RawDesk,
    ServiceDesk,
    Visit,
    next_action,
)
from app.bench.metrics import summary
from app.db.engine import Database, make_engine
from app.db.numbering import period_of
from app.domain.enums import AssetKind, Role
from app.domain.errors import (
    ConflictError,
    DatabaseBusy,
    IllegalTransition,
    RuleViolation,
    ValidationErrors,
)
from app.domain.models import CatalogItem
from app.domain.types import utcnow
from app.services.catalog import search_catalog
from app.services.context import ServiceContext
from app.services.people import as_user, sign_in

DEFAULT_SECONDS = 15.0
DEFAULT_PROCESSES = 16
#: visits a station keeps going at once
CONCURRENT = 3
#: share of a station's actions taken on another station's order (from the board)
RIVAL_SHARE = 0.05
#: chance that a station with fewer than CONCURRENT visits takes the next car in
INTAKE_SHARE = 0.15
#: the issue's targets: shares of the raw SQL's throughput, p95 ceilings under load (ms)
SHARE_TARGETS = {"throughput_1": 0.5, "throughput_16": 0.3}
LATENCY_TARGETS = {"latency_intake": 150.0, "latency_pay": 80.0}
#: the actions of one whole visit, in order: what ``round_trips_<action>`` counts
VISIT = (
    "intake", "add_line", "approve", "assign", "start", "extra", "decide", "pause", "resume",
    "finish", "qc_pass", "settle", "pay", "release",
)  # fmt: skip
#: the single process's transitions on each order, in order
TRANSITIONS = ("approve", "assign", "start", "pause", "resume", "finish")
#: numbered documents: series -> (table, column)
NUMBERED = {
    "WO": ("work_orders", "number"),
    "ST": ("settlements", "number"),
    "RL": ("release_slips", "number"),
    "RC": ("payments", "receipt_number"),
    "CC": ("work_orders", "certificate_number"),
}
FORK = mp.get_context("fork")
#: metrics the text report gives in lines of their own (:func:`report_lines`)
OWN_LINES = ("throughput_", "raw_throughput_", "round_trips_", "raw_round_trips_")


def _log(message: str) -> None:
    import sys

    print(f"[bench] {message}", file=sys.stderr, flush=True)


# --- the shop --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Station:
    ctx: ServiceContext
    tech: ServiceContext
    names: tuple[str, str]  # user and station names (for the raw audit rows)


@dataclass
class Shop:
    url: str
    stations: list[Station]
    catalog: dict[AssetKind, list[CatalogItem]]
    assets: list[Asset]
    rng: random.Random = field(default_factory=lambda: random.Random(20261201))

    def service(self, i: int, db: Database | None = None) -> ServiceDesk:
        st = self.stations[i]
        ctx, tech = st.ctx, st.tech
        if db is not None:  # a forked station: its own engine
            ctx, tech = ServiceContext(db, ctx.actor), ServiceContext(db, tech.actor)
        return ServiceDesk(ctx, tech, self.catalog, random.Random(1000 + i))

    def raw(self, i: int, engine: Engine) -> RawDesk:
        st = self.stations[i]
        return RawDesk(
            engine,
            st.ctx,
            st.tech.actor.user_id,
            st.names,
            self.catalog,
            random.Random(2000 + i),
        )


def raw_engine(url: str) -> Engine:
    """The plain-SQL engine: same server options, no pre-ping."""
    return make_engine(url, pool_pre_ping=False)


def open_shop(db: Database, processes: int) -> Shop:
    """The stations (a manager and a technician each), the catalog and assets on file."""
    stations = []
    for i in range(max(processes, 1)):
        station, user = f"Bench throughput {i:02d}", f"Bench manager {i:02d}"
        ctx = sign_in(db, station, user, Role.MANAGER)
        tech = as_user(ctx, f"Bench tech {i:02d}", Role.TECHNICIAN)
        stations.append(Station(ctx, tech, (user, station)))
    ctx = stations[0].ctx
    catalog = {k: search_catalog(ctx, "", k, limit=100) for k in AssetKind}
    catalog = {k: [i for i in items if i.unit_price > 0] or items for k, items in catalog.items()}
    wanted = (processes * (CONCURRENT + 2) + 40) * 2
    with db.read() as s:
        rows = s.execute(
            text(
                "SELECT a.id, a.customer_id, a.kind, a.mileage_km, "
                "(SELECT MAX(w.mileage_in) FROM work_orders w WHERE w.asset_id = a.id) "
                "FROM assets a WHERE a.status = 'in_use' AND NOT EXISTS (SELECT 1 FROM "
                "work_orders w WHERE w.asset_id = a.id AND w.state NOT IN ('released', "
                "'cancelled')) ORDER BY a.id DESC LIMIT :n"
            ),
            {"n": wanted},
        ).all()
    assets = []
    for aid, cid, kind, km, last in rows:
        kind = AssetKind(kind)
        if not catalog.get(kind):
            continue
        mileage = max(km or 0, last or 0) + 1000 if kind is AssetKind.VEHICLE else None
        assets.append(Asset(aid, cid, kind, mileage))
    if not assets:
        raise RuleViolation("bench_no_assets", "the database holds no assets to take in")
    return Shop(db.url, stations, catalog, assets)


def _next_visit(asset: Asset) -> Asset:
    """The same asset's next visit: a little further on the clock."""
    return replace(asset, mileage=asset.mileage + 700) if asset.mileage is not None else asset


# --- round trips -----------------------------------------------------------------------------


@dataclass
class Turns:
    statements: int = 0
    begin: int = 0
    commit: int = 0
    ping: int = 0
    #: the statements by their first word (select, insert, update, ...)
    kinds: Counter[str] = field(default_factory=Counter)

    @property
    def n(self) -> int:
        return self.statements + self.begin + self.commit + self.ping

    def as_metric(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "statements": self.statements,
            "begin": self.begin,
            "commit": self.commit,
            "ping": self.ping,
            "by_kind": dict(sorted(self.kinds.items())),
        }


@contextmanager
def counting(engine: Engine) -> Iterator[Turns]:
    """Count the engine's round trips while inside."""
    turns = Turns()
    pg = engine.dialect.name == "postgresql"

    def on_execute(_conn: Any, _cursor: Any, statement: str, *_a: Any) -> None:
        turns.statements += 1
        word = statement.lstrip().split(None, 1)[0].lower() if statement.strip() else "?"
        turns.kinds[word] += 1

    def on_begin(*_a: Any) -> None:
        if pg:  # SQLite's BEGIN is a statement the engine's own begin hook executes
            turns.begin += 1

    def on_commit(*_a: Any) -> None:
        turns.commit += 1

    dialect = engine.dialect
    original = dialect.do_ping

    def ping(dbapi_connection: Any) -> bool:
        turns.ping += 1
        return original(dbapi_connection)

    event.listen(engine, "before_cursor_execute", on_execute)
    event.listen(engine, "begin", on_begin)
    event.listen(engine, "commit", on_commit)
    dialect.do_ping = ping  # type: ignore[method-assign]
    try:
        yield turns
    finally:
        event.remove(engine, "before_cursor_execute", on_execute)
        event.remove(engine, "begin", on_begin)
        event.remove(engine, "commit", on_commit)
        del dialect.do_ping


def _visit(desk: Any, asset: Asset) -> Visit:
    """One whole visit, the actions of ``VISIT`` in order."""
    v = desk.intake(asset)
    for action in VISIT[1:]:
        v = desk.act(action, v)
    return v


def measure_round_trips(db: Database, raw: Engine, shop: Shop) -> dict[str, dict]:
    """Each action's round trips, counted around the call alone (the service call; the
    plain-SQL transaction) on the second of two whole visits (the first warms caches)."""
    metrics: dict[str, dict] = {}
    for prefix, desk, engine in (
        ("", shop.service(0), db.engine),
        ("raw_", shop.raw(0, raw), raw),
    ):
        assets = iter(shop.assets[-4:] if len(shop.assets) >= 4 else shop.assets * 4)
        _visit(desk, next(assets))
        counted: dict[str, Turns] = {}

        @contextmanager
        def count(
            action: str, engine: Engine = engine, counted: dict[str, Turns] = counted
        ) -> Iterator[None]:
            with counting(engine) as turns:
                yield
            counted[action] = turns

        desk.around = count
        _visit(desk, next(assets))
        del desk.around
        for action in VISIT:
            metrics[f"{prefix}round_trips_{action}"] = counted[action].as_metric()
    return metrics


# --- one process -----------------------------------------------------------------------------


def measure_single(db: Database, raw: Engine, shop: Shop, samples: int) -> dict[str, dict]:
    """State transitions in one process, service and plain SQL in turns, order by order."""
    service, plain = shop.service(0), shop.raw(0, raw)
    orders = max(2, -(-samples // len(TRANSITIONS)))
    assets = deque(shop.assets)
    took: dict[str, list[float]] = {"service": [], "raw": []}
    for k in range(orders + 1):  # the first order of each only warms up
        for name, desk in (("service", service), ("raw", plain)):
            asset = assets[0]
            assets.rotate(-1)
            v = desk.act("add_line", desk.intake(asset))  # not timed
            for action in TRANSITIONS:
                v = desk.act(action, v)
                if k:
                    took[name].append(desk.last_ms)
    result = {}
    for name, key in (("service", "throughput_1"), ("raw", "raw_throughput_1")):
        ms = took[name]
        result[key] = {
            "per_second": round(len(ms) / (sum(ms) / 1000), 1),
            "transitions": len(ms),
            **summary(ms),
        }
    return result


# --- sixteen processes -----------------------------------------------------------------------


def station_loop(
    desk: Any,
    assets: list[Asset],
    seconds: float,
    rng: random.Random,
    first_id: int,
    ready: Callable[[], Any] = lambda: None,
) -> dict[str, Any]:
    """One station's mixed work for ``seconds``: what it got accepted (order, journal action,
    version), each action's time, what was refused.

    Before the clock starts (``ready()``: all stations at the line) the station opens one
    visit untimed (``"warmup"``, journalled and checked like the rest), so the timed window
    sees a shop at work rather than every station's first intakes at once; after that a new
    car comes in now and then (``INTAKE_SHARE``), up to ``CONCURRENT`` visits at a time."""
    free = deque(assets)
    visits: dict[int, Visit] = {}
    warmup: list[tuple[int, str, int]] = []
    accepted: list[tuple[int, str, int]] = []
    took: dict[str, list[float]] = defaultdict(list)
    refused: Counter[str] = Counter()
    while not visits:
        try:
            v = desk.intake(free[0])
        except DatabaseBusy:
            continue
        visits[v.id] = v
        free.popleft()
        warmup.append((v.id, JOURNAL["intake"], v.version))
    ready()
    started = time.monotonic()
    end = started + seconds
    while time.monotonic() < end:
        v: Visit | None = None  # type: ignore[no-redef]
        own = True
        if free and (not visits or (len(visits) < CONCURRENT and rng.random() < INTAKE_SHARE)):
            action = "intake"
        elif rng.random() < RIVAL_SHARE:
            rows = [r for r in desk.rivals(first_id) if r[0] not in visits]
            if not rows:
                continue
            oid, state, version = rng.choice(rows)
            v, action, own = (
                Visit(oid, assets[0], state, version, estimated=True),
                RIVAL[state],
                False,
            )
        else:
            if not visits:
                continue
            v = rng.choice(list(visits.values()))
            action = next_action(v, rng)  # type: ignore[assignment]
            if action is None:
                del visits[v.id]
                free.append(_next_visit(v.asset))
                continue
        try:
            new = desk.intake(free[0]) if v is None else desk.act(action, v)
        except ConflictError:
            refused["conflict"] += 1
            if own and v is not None:
                visits[v.id] = desk.refresh(v)
            continue
        except DatabaseBusy:
            refused["busy"] += 1
            continue
        except (IllegalTransition, RuleViolation, ValidationErrors) as err:
            refused[type(err).__name__] += 1
            if own and v is not None:
                visits[v.id] = desk.refresh(v)
            continue
        took[action].append(desk.last_ms)
        accepted.append((new.id, JOURNAL[action], new.version))
        if v is None:
            visits[new.id] = new
            free.popleft()
        elif own:
            visits[new.id] = new
    return {
        "accepted": accepted,
        "warmup": warmup,
        "took": dict(took),
        "refused": dict(refused),
        "seconds": time.monotonic() - started,
    }


def _station(
    shop: Shop, index: int, variant: str, seconds: float, first_id: int, out: Any, barrier: Any
) -> None:
    try:
        mine = shop.assets[index :: len(shop.stations)] or shop.assets
        db = Database(shop.url)
        engine = raw_engine(shop.url) if variant == "raw" else None
        desk = shop.raw(index, engine) if engine is not None else shop.service(index, db)
        report = station_loop(
            desk, mine, seconds, random.Random(index), first_id, lambda: barrier.wait(300)
        )
        db.dispose()
        if engine is not None:
            engine.dispose()
        out.put((index, True, report))
    except BaseException:
        out.put((index, False, traceback.format_exc()))


def run_stations(
    db: Database, shop: Shop, variant: str, processes: int, seconds: float
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """``processes`` forked stations at once; their reports and the books' verdict."""
    base = baseline(db)
    started_at = utcnow()
    db.dispose()  # no inherited connection in the children
    out = FORK.Queue()
    barrier = FORK.Barrier(processes)
    procs = [
        FORK.Process(
            target=_station,
            args=(shop, i, variant, seconds, base["work_orders"] + 1, out, barrier),
            daemon=True,
        )
        for i in range(processes)
    ]
    for p in procs:
        p.start()
    reports: dict[int, Any] = {}
    try:
        deadline = time.monotonic() + seconds + 900
        while len(reports) < processes:
            index, ok, value = out.get(timeout=max(1.0, deadline - time.monotonic()))
            if not ok:
                raise RuntimeError(f"station {index} failed:\n{value}")
            reports[index] = value
    finally:
        for p in procs:
            p.join(30)
            if p.is_alive():
                p.terminate()
                p.join(5)
    ordered = [reports[i] for i in range(processes)]
    return ordered, verify(db, ordered, base, {period_of(started_at), period_of(utcnow())})


def aggregate(reports: list[dict[str, Any]], processes: int) -> dict[str, Any]:
    accepted = [op for r in reports for op in r["accepted"]]
    seconds = max(r["seconds"] for r in reports)
    refused: Counter[str] = Counter()
    for r in reports:
        refused.update(r["refused"])
    moves = sum(1 for _, a, _ in accepted if a in {JOURNAL[m] for m in MOVES})
    return {
        "per_second": round(len(accepted) / seconds, 1),
        "warmup_intakes": sum(len(r["warmup"]) for r in reports),
        "transitions_per_second": round(moves / seconds, 1),
        "actions": len(accepted),
        "seconds": round(seconds, 2),
        "processes": processes,
        "conflicts": refused.pop("conflict", 0),
        "busy": refused.pop("busy", 0),
        "refused_other": sum(refused.values()),
    }


def latencies(reports: list[dict[str, Any]], prefix: str) -> dict[str, dict]:
    took: dict[str, list[float]] = defaultdict(list)
    for r in reports:
        for action, ms in r["took"].items():
            took[action].extend(ms)
    # every action has its key; one not taken in the window has no percentiles ({"n": 0})
    return {f"{prefix}latency_{a}": summary(took[a]) if took.get(a) else {"n": 0} for a in JOURNAL}


# --- the books -------------------------------------------------------------------------------


def baseline(db: Database) -> dict[str, int]:
    """The highest ids before a run: what the run adds comes after."""
    tables = ("order_events", "work_orders", "status_changes", "payments", "settlements")
    with db.read() as s:
        return {
            t: s.execute(text(f"SELECT COALESCE(MAX(id), 0) FROM {t}")).scalar_one() for t in tables
        }


def _dec(value: Any) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


def verify(
    db: Database, reports: list[dict[str, Any]], base: dict[str, int], periods: set[str]
) -> dict[str, Any]:
    """What the database says after a run, against what the stations were told."""
    accepted = Counter(tuple(op) for r in reports for op in r["accepted"] + r.get("warmup", []))
    first = base["work_orders"]
    found: dict[str, Any] = {}
    with db.read() as s:
        q = s.execute
        events = Counter(
            (r[0], r[1], r[2])
            for r in q(
                text("SELECT order_id, action, version FROM order_events WHERE id > :e"),
                {"e": base["order_events"]},
            )
        )
        found["journal_missing"] = sum((accepted - events).values())
        found["journal_unexpected"] = sum((events - accepted).values())
        found["duplicate_versions"] = len(
            q(
                text(
                    "SELECT order_id, version FROM order_events WHERE order_id > :o "
                    "GROUP BY order_id, version HAVING COUNT(*) > 1"
                ),
                {"o": first},
            ).all()
        )
        orders = {
            r[0]: (r[1], r[2], r[3])
            for r in q(
                text(
                    "SELECT w.id, w.state, w.version, (SELECT MAX(e.version) FROM order_events e "
                    "WHERE e.order_id = w.id) FROM work_orders w WHERE w.id > :o"
                ),
                {"o": first},
            )
        }
        found["version_mismatches"] = sum(1 for _, v, top in orders.values() if v != top)
        chains: dict[int, list[tuple[Any, Any]]] = defaultdict(list)
        for oid, frm, to in q(
            text(
                "SELECT order_id, from_state, to_state FROM status_changes WHERE order_id > :o "
                "ORDER BY id"
            ),
            {"o": first},
        ):
            chains[oid].append((frm, to))
        breaks = 0
        for oid, (state, _, _) in orders.items():
            chain = chains.get(oid, [])
            ok = bool(chain) and chain[0][0] is None and chain[-1][1] == state
            ok = ok and all(b[0] == a[1] for a, b in zip(chain, chain[1:], strict=False))
            breaks += not ok
        found["history_breaks"] = breaks
        problems = 0
        for kind, (table, column) in NUMBERED.items():
            for period in sorted(periods):
                numbers = list(
                    q(
                        text(f"SELECT {column} FROM {table} WHERE {column} LIKE :p"),
                        {"p": f"%-{period}-%"},
                    ).scalars()
                )
                seqs = [int(n.rsplit("-", 1)[1]) for n in numbers]
                last = q(
                    text(
                        "SELECT last_value FROM document_counters WHERE branch_id = 1 AND "
                        "kind = :k AND period = :p"
                    ),
                    {"k": kind, "p": period},
                ).scalar()
                problems += len(seqs) - len(set(seqs))  # doubles
                problems += len(set(range(1, (last or 0) + 1)) ^ set(seqs))  # gaps, strays
        problems += q(
            text("SELECT COUNT(*) FROM work_orders WHERE id > :o AND number NOT LIKE '%-%-%'"),
            {"o": first},
        ).scalar_one()
        found["number_problems"] = problems
        money = 0
        released = 0
        for _, state, due, paid in q(
            text(
                "SELECT w.id, w.state, (SELECT s.customer_due FROM settlements s WHERE "
                "s.order_id = w.id AND s.voided_at IS NULL), (SELECT COALESCE(SUM(CASE WHEN "
                "p.kind = 'payment' THEN p.amount ELSE -p.amount END), 0) FROM payments p "
                "WHERE p.order_id = w.id) FROM work_orders w WHERE w.id > :o AND w.state IN "
                "('settled', 'released')"
            ),
            {"o": first},
        ):
            if due is None:
                money += 1
                continue
            if state == "released":
                released += 1
                money += _dec(paid) != _dec(due)
            else:
                money += _dec(paid) > _dec(due)
        money += q(  # a payment of this run on an order from before it
            text("SELECT COUNT(*) FROM payments WHERE id > :p AND order_id <= :o"),
            {"p": base["payments"], "o": first},
        ).scalar_one()
        found["money_problems"] = money
    losses = sum(found.values())
    return {
        "losses": losses,
        **found,
        "accepted": sum(accepted.values()),
        "orders": len(orders),
        "released": released,
    }


def verdict(label: str, books: dict[str, Any], totals: dict[str, Any]) -> str:
    refused = (
        f"refused, not lost: {totals['conflicts']} conflicts, {totals['busy']} busy, "
        f"{totals['refused_other']} other"
    )
    if books["losses"] == 0:
        return (
            f"{label}: zero losses - {books['accepted']} accepted actions each in the journal "
            f"once, history unbroken on {books['orders']} orders, numbers gapless and unique "
            f"per series and day ({'/'.join(NUMBERED)}), {books['released']} released orders "
            f"paid exactly their statements; {refused}"
        )
    wrong = ", ".join(
        f"{k} {v}"
        for k, v in books.items()
        if k not in ("losses", "accepted", "orders", "released") and v
    )
    return f"{label}: {books['losses']} LOSSES ({wrong}); {refused}"


# --- the group -------------------------------------------------------------------------------


def measure(
    db: Database,
    samples: int,
    *,
    seconds: float = DEFAULT_SECONDS,
    processes: int = DEFAULT_PROCESSES,
    log: Callable[[str], None] = _log,
) -> tuple[dict[str, dict], dict[str, Any]]:
    """The throughput metrics and the books' verdicts (see the module's doc)."""
    shop = open_shop(db, processes)
    raw = raw_engine(db.url)
    metrics: dict[str, dict] = {}
    checks: dict[str, Any] = {}
    try:
        log("throughput: round trips per action")
        metrics.update(measure_round_trips(db, raw, shop))
        log("throughput: one process, state transitions")
        metrics.update(measure_single(db, raw, shop, samples))
    finally:
        raw.dispose()
    for variant, prefix in (("service", ""), ("raw", "raw_")):
        log(f"throughput: {processes} processes x {seconds:g} s ({variant})")
        reports, books = run_stations(db, shop, variant, processes, seconds)
        totals = aggregate(reports, processes)
        key = f"{prefix}throughput_16"
        metrics[key] = totals
        metrics.update(latencies(reports, prefix))
        checks[f"{key}_losses"] = books["losses"]
        checks[f"{key}_books"] = books
        checks[f"{key}_verdict"] = verdict(
            f"{'plain SQL' if prefix else 'services'}, {processes} processes on {db.dialect}",
            books,
            totals,
        )
    shares = {}
    for key, target in SHARE_TARGETS.items():
        ours = metrics[key]["per_second"]
        raw_rate = metrics[f"raw_{key}"]["per_second"]
        share = round(ours / raw_rate, 3) if raw_rate else 0.0
        shares[key] = {"share": share, "target": target, "met": share >= target}
    checks["throughput_over_raw"] = shares
    checks["targets_met"] = {
        name: metrics[name]["p95_ms"] <= limit
        for name, limit in LATENCY_TARGETS.items()
        if "p95_ms" in metrics.get(name, {})
    }
    return metrics, checks


def report_lines(metrics: dict[str, dict], checks: dict[str, Any]) -> list[str]:
    """The text report's lines for this group (none when it did not run)."""
    if "throughput_1" not in metrics:
        return []
    rows = []
    shares = checks.get("throughput_over_raw", {})
    for key in ("throughput_1", "throughput_16"):
        ours, raw = metrics.get(key), metrics.get(f"raw_{key}")
        if not ours or not raw:
            continue
        s = shares.get(key, {})
        verdict_ = f"target >= {s['target']:.0%}: {'pass' if s['met'] else 'FAIL'}" if s else ""
        extra = ""
        if key == "throughput_16":
            extra = (
                f" ({ours['transitions_per_second']} vs {raw['transitions_per_second']} "
                f"transitions/s; refused: {ours['conflicts']}/{raw['conflicts']} conflicts, "
                f"{ours['busy']}/{raw['busy']} busy)"
            )
        rows.append(
            f"{key}: services {ours['per_second']}/s, plain SQL {raw['per_second']}/s, "
            f"share {s.get('share', 0):.1%} {verdict_}{extra}"
        )
    trips = [
        f"{a} {metrics[f'round_trips_{a}']['n']}/{metrics[f'raw_round_trips_{a}']['n']}"
        for a in VISIT
        if f"round_trips_{a}" in metrics and f"raw_round_trips_{a}" in metrics
    ]
    if trips:
        rows.append("round trips per action (services/plain SQL): " + ", ".join(trips))
    for key in ("throughput_16_verdict", "raw_throughput_16_verdict"):
        if key in checks:
            rows.append(checks[key])
    return rows
