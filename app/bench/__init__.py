"""``python -m app bench``: response times of the desk's hot paths on a large dataset.

Builds (or reuses) a dataset of, by default, 200,000 customers and 1,000,000 work orders
on the configured database (``WORKBAY_DATABASE_URL``; use a dedicated one), then times
lookups against hand-written SQL, opening an order, the board and a whole visit. With
``--json`` it prints one JSON object: ``{"dataset": {...}, "metrics": {NAME: {"p50_ms",
"p95_ms", "n"}}, "checks": {...}}``.

``--only GROUP`` measures one group by itself on the configured database, without building
the dataset (so a small temporary SQLite file will do): ``security`` times sign-in and the
permission check (:mod:`app.bench.security`); ``"dataset"`` is then ``null``. The full run
measures every group too.

``--only throughput`` builds (or reuses) the dataset of ``--customers``/``--orders`` first
(2,000 / 10,000 make it quick), then measures the shop's throughput through the services
and as plain SQL in the same run: one process, then ``--processes`` (16) forked stations for
``--seconds`` (15) each, with per-action latencies and round trips, and checks the books
for losses afterwards (:mod:`app.bench.throughput`). The full run measures it too.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from app.bench import appointments, care, catalog_import, screen, security, throughput
from app.bench.dataset import ensure_dataset
from app.bench.metrics import RAW_FACTOR, TARGETS, measure, raw_ratios, verdicts
from app.bench.shape import Sizes
from app.bootstrap import open_database
from app.db.engine import Database
from app.demo.visits import sign_in_staff
from app.printing import bench as printing_bench

#: groups that need no dataset: name -> measure(db, samples) -> (metrics, checks); a
#: group's ``checks["targets_met"]`` joins the run's
GROUPS: dict[str, Callable[[Database, int], tuple[dict[str, dict], dict[str, Any]]]] = {
    "security": security.measure,
    "catalog": catalog_import.measure,
    "care": care.measure,  # due lists and value classes
    "appointments": appointments.measure,  # free slots in two years of a busy shop's book
    "printing": printing_bench.measure,  # warm renders, whole print processes
    "throughput": throughput.measure,  # needs the dataset: see _group
    "screen": screen.measure,  # commit here -> row repainted in another process's window
}
#: groups a full run measures too (the catalog import takes a minute: ``--only catalog``)
FULL_RUN_GROUPS = ("security", "throughput", "screen")
#: p95 ceilings (ms) of the groups' metrics, for the text report
GROUP_TARGETS = {
    "sign_in_password": security.SIGN_IN_TARGET_MS,
    **{f"due_{k}": care.DUE_TARGET_MS for k in care.due_lists.KINDS},
    "value_classes": care.CLASSES_TARGET_MS,
    "free_slots": appointments.FREE_SLOTS_TARGET_MS,
    **{f"render_{k}": printing_bench.RENDER_TARGET_MS for k in printing_bench.SLIPS},
    "print_cli": printing_bench.CLI_TARGET_MS,
    **throughput.LATENCY_TARGETS,
    "screen_latency": screen.SCREEN_TARGET_MS,
}


def _group(name: str, db: Database, args: argparse.Namespace) -> tuple:
    if name == "throughput":
        return throughput.measure(db, args.samples, seconds=args.seconds, processes=args.processes)
    return GROUPS[name](db, args.samples)


def _add_group(metrics: dict[str, dict], checks: dict[str, Any], found: tuple) -> None:
    group_metrics, group_checks = found
    metrics.update(group_metrics)
    for key, value in group_checks.items():
        if key == "targets_met":
            checks.setdefault("targets_met", {}).update(value)
        else:
            checks[key] = value


def _cmd_only(args: argparse.Namespace) -> int:
    db = open_database()
    metrics: dict[str, dict] = {}
    checks: dict[str, Any] = {}
    dataset = None
    try:
        if args.only in ("throughput", "screen"):  # visits need customers and assets
            sizes = Sizes(args.customers, args.orders, seed=args.seed)
            dataset = ensure_dataset(db, sizes, sign_in_staff(db), rebuild=args.rebuild)
        _add_group(metrics, checks, _group(args.only, db, args))
    finally:
        db.dispose()
    if args.json:
        print(json.dumps({"dataset": dataset, "metrics": metrics, "checks": checks}))
    else:
        print(_report(dataset, metrics, checks))
    return 0


def _cmd_bench(args: argparse.Namespace) -> int:
    if args.customers < 1 or args.orders < 1 or args.samples < 1:
        raise SystemExit("error: --customers, --orders and --samples must be positive")
    if args.seconds <= 0 or args.processes < 1:
        raise SystemExit("error: --seconds and --processes must be positive")
    if args.only:
        return _cmd_only(args)
    db = open_database()
    try:
        staff = sign_in_staff(db)
        sizes = Sizes(args.customers, args.orders, seed=args.seed)
        dataset = ensure_dataset(db, sizes, staff, rebuild=args.rebuild)
        metrics, checks = measure(db, staff, args.samples)
        checks["targets_met"] = verdicts(metrics)
        checks["lookup_over_raw"] = raw_ratios(metrics)
        for name in FULL_RUN_GROUPS:
            _add_group(metrics, checks, _group(name, db, args))
    finally:
        db.dispose()
    if args.json:
        print(json.dumps({"dataset": dataset, "metrics": metrics, "checks": checks}))
        return 0
    print(_report(dataset, metrics, checks))
    return 0


def _report(
    dataset: dict[str, Any] | None, metrics: dict[str, dict], checks: dict[str, Any]
) -> str:
    rows = []
    if dataset is not None:
        rows.append(
            f"dataset: {dataset['customers']} customers, {dataset['orders']} orders on "
            f"{dataset['backend']} ({'reused' if dataset['reused'] else 'built'}, "
            f"build {dataset['build_seconds']} s)"
        )
    rows.append(f"{'metric':<28}{'p50 ms':>10}{'p95 ms':>10}  target")
    met = checks.get("targets_met", {})
    limits = {**TARGETS, **GROUP_TARGETS}
    for name, m in metrics.items():
        if name.startswith(throughput.OWN_LINES):  # said in a line of their own (below)
            continue
        target = ""
        if name in met:
            limit = limits["lookup"] if name.startswith("lookup_") else limits[name]
            extra = f" and <= {RAW_FACTOR:g}x raw" if name.startswith("lookup_") else ""
            p = "p50" if name == "print_cli" else "p95"  # a whole process: the median
            target = f"{p} <= {limit:g}{extra}: {'pass' if met[name] else 'FAIL'}"
        p50, p95 = m.get("p50_ms", ""), m.get("p95_ms", "")
        rows.append(f"{name:<28}{p50:>10}{p95:>10}  {target}")
    if "lookup_over_raw" in checks:
        ratios = ", ".join(
            f"{name[7:]} {r['p50']}/{r['p95']}" for name, r in checks["lookup_over_raw"].items()
        )
        rows.append(f"lookup / raw SQL time (p50/p95): {ratios}")
    if "lookup_result_mismatches" in checks:
        mismatches = checks["lookup_result_mismatches"]
        rows.append(f"lookup results differing from the raw SQL: {mismatches}")
    if "permission_check_over_raw" in checks:
        r = checks["permission_check_over_raw"]
        rows.append(f"permission check / primary-key SELECT (p50/p95): {r['p50']}/{r['p95']}")
    rows.extend(throughput.report_lines(metrics, checks))
    return "\n".join(rows)


def register(sub: Any, db_sub: Any) -> None:
    p = sub.add_parser("bench", help="measure response times on a large dataset")
    p.add_argument("--customers", type=int, default=200_000, help="default 200000")
    p.add_argument("--orders", type=int, default=1_000_000, help="default 1000000")
    p.add_argument("--samples", type=int, default=200, help="timed calls per metric")
    p.add_argument("--seed", type=int, default=20261123, help="dataset random seed")
    p.add_argument("--rebuild", action="store_true", help="rebuild even if cached")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument(
        "--seconds",
        type=float,
        default=throughput.DEFAULT_SECONDS,
        help="throughput: how long the stations run (default 15)",
    )
    p.add_argument(
        "--processes",
        type=int,
        default=throughput.DEFAULT_PROCESSES,
        help="throughput: stations at once (forked processes, default 16)",
    )
    p.add_argument(
        "--only",
        choices=sorted(GROUPS),
        help="measure only this group, without the dataset (security: sign-in, permissions; catalog: a 20,000-part import; care: due lists and value classes; appointments: free slots in two years of a busy book; printing: warm renders and whole print processes; throughput: actions per second, services and plain SQL, 1 and 16 processes, on the --customers/--orders dataset; screen: commit here to the row repainted in another process's offscreen window)",
    )
    p.set_defaults(func=_cmd_bench)
