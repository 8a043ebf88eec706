"""Render timings for ``python -m app bench``: every document the order has, on its usual
paper, warm (fonts registered, order loaded once; each render builds the whole PDF
including the QR code). Database time is not part of the figures."""

from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING, Any

from app.printing.data import load_print_data
from app.printing.documents import DOCUMENTS
from app.printing.fonts import ensure_fonts
from app.printing.render import PrintOptions, available_kinds, render_data

if TYPE_CHECKING:
    from app.db.engine import Database
    from app.services.context import ServiceContext


def percentile(samples: list[float], p: float) -> float:
    """Nearest-rank percentile of ``samples`` (not empty)."""
    ordered = sorted(samples)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


def render_metrics(
    ctx: ServiceContext,
    order_id: int,
    *,
    rounds: int = 30,
    lang: str = "zh_CN",
) -> dict[str, dict[str, float]]:
    """``{"render_<kind>": {"p50_ms": .., "p95_ms": ..}}`` for the documents this order has
    in its state (kinds it has not, e.g. a release slip before release, are left out)."""
    ensure_fonts()
    data = load_print_data(ctx, order_id)
    metrics: dict[str, dict[str, float]] = {}
    for kind in available_kinds(data):
        options = PrintOptions(DOCUMENTS[kind].default_paper, lang)
        render_data(data, kind, options)  # warm-up: caches, first-use imports
        samples, cpu = [], []
        for _ in range(rounds):
            start, start_cpu = time.perf_counter(), time.process_time()
            render_data(data, kind, options)
            samples.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - start_cpu) * 1000)
        metrics["render_" + kind.replace("-", "_")] = _figures(samples, cpu)
    bare, bare_cpu = [], []
    text = data.detail.order.symptom or data.detail.order.number
    for _ in range(rounds + 1):
        start, start_cpu = time.perf_counter(), time.process_time()
        bare_reportlab(text)
        bare.append((time.perf_counter() - start) * 1000)
        bare_cpu.append((time.process_time() - start_cpu) * 1000)
    metrics["render_bare_reportlab"] = _figures(bare[1:], bare_cpu[1:])
    return metrics


def _figures(samples: list[float], cpu: list[float] | None = None) -> dict[str, float]:
    """p50/p95 of the wall-clock samples; with ``cpu``, also of the CPU time they took (on
    a busy machine the wall clock counts the waits for a core, the CPU time does not)."""
    out = {
        "p50_ms": round(percentile(samples, 50), 2),
        "p95_ms": round(percentile(samples, 95), 2),
    }
    if cpu:
        out["cpu_p50_ms"] = round(percentile(cpu, 50), 2)
        out["cpu_p95_ms"] = round(percentile(cpu, 95), 2)
    return out


def bare_reportlab(text: str, lines: int = 30) -> bytes:
    """The bare counterpart, timed in the same run: reportlab alone drawing ``lines``
    lines of text in the same (registered) font on an 80 mm page, no layout, no QR."""
    from io import BytesIO

    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from app.printing.fonts import FONT_NAME

    buf = BytesIO()
    c = Canvas(buf, pagesize=(80 * mm, lines * 12 + 20), initialFontName=FONT_NAME)
    c.setFont(FONT_NAME, 9)
    for i in range(lines):
        c.drawString(4 * mm, lines * 12 + 10 - 12 * (i + 1), f"{i:02d} {text[:24]}")
    c.showPage()
    c.save()
    return buf.getvalue()


# -- ``python -m app bench --only printing`` ---------------------------------------------------

#: the issue's ceilings: a whole ``python -m app print`` process (median), a warm render (p95)
CLI_TARGET_MS = 600.0
RENDER_TARGET_MS = 20.0
#: the slips the render ceiling is for (the roll documents; A4 sheets are reported beside)
SLIPS = ("intake_slip", "release_slip", "receipt")
#: whole processes timed per command (each round runs the three side by side)
CLI_ROUNDS = 5
BARE_PYTHON = ("-c", "pass")
BARE_REPORTLAB = ("-c", "import reportlab.pdfgen.canvas")


def _bench_order(db: Database) -> int:
    """A released vehicle order (every document exists for it): the newest one on file,
    else one worked through the desks now (a new customer and car)."""
    import secrets
    from datetime import timedelta

    from sqlalchemy import select

    from app.domain.enums import (
        ApprovalMethod,
        AssetKind,
        LineKind,
        OrderState,
        PaymentMethod,
        RepairCategory,
        Role,
    )
    from app.domain.models import Asset, WorkOrder
    from app.domain.types import utcnow
    from app.services import cashier, intake, workflow
    from app.services.inputs import (
        AssetInput,
        CustomerInput,
        IntakeInput,
        LineInput,
        PaymentInput,
        VisitDetails,
    )
    from app.services.people import as_user, sign_in

    with db.read() as session:
        found = session.scalar(
            select(WorkOrder.id)
            .join(Asset, Asset.id == WorkOrder.asset_id)
            .where(WorkOrder.state == OrderState.RELEASED, Asset.kind == AssetKind.VEHICLE)
            .order_by(WorkOrder.id.desc())
            .limit(1)
        )
    if found is not None:
        return int(found)
    ctx = sign_in(db, "bench-printing", "Bench 接待", Role.ADVISOR)
    tech = as_user(ctx, "Bench 技师", Role.TECHNICIAN)
    qc = as_user(ctx, "Bench 质检", Role.INSPECTOR)
    cash = as_user(ctx, "Bench 收银", Role.CASHIER)
    plate = "粤B" + "".join(secrets.choice("0123456789") for _ in range(5))
    d = intake.intake(
        ctx,
        IntakeInput(
            details=VisitDetails(
                symptom="刹车时前轮有异响，低速转弯时方向盘抖动（偶发）。",
                mileage_in=42350,
                fuel_level=40,
                promised_at=utcnow() + timedelta(hours=4),
                keep_old_parts=True,
            ),
            customer=CustomerInput("张伟", ["13812345678"]),
            asset=AssetInput(AssetKind.VEHICLE, make="丰田", model="凯美瑞", plate=plate),
            lines=[
                LineInput(LineKind.LABOR, "常规保养工时", "1.5", "180.00", unit="h"),
                LineInput(LineKind.PART, "机油滤清器", "1", "68.00"),
                LineInput(LineKind.PART, "全合成机油 5W-30（4L装）", "1.25", "328.00"),
                LineInput(LineKind.LABOR, "四轮定位检测及调整", "1", "260.00"),
            ],
            repair_category=RepairCategory.LEVEL2,
        ),
    )
    workflow.approve_order(ctx, d.id, ApprovalMethod.SIGNATURE)
    workflow.assign(ctx, d.id, tech.actor.user_id)
    workflow.start_work(tech, d.id)
    workflow.finish_work(tech, d.id)
    workflow.quality_check(qc, d.id, True, mileage_out=42352)
    d = cashier.settle(cash, d.id)
    cashier.pay(cash, d.id, [PaymentInput(PaymentMethod.WECHAT, d.balance)])
    cashier.release(cash, d.id)
    return d.id


def _run_ms(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """A whole process: (wall-clock ms, CPU ms it used, user and system)."""
    import resource
    import subprocess

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, env=env, check=True, capture_output=True, timeout=120)
    wall = (time.perf_counter() - start) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000
    return wall, cpu


def startup_metrics(url: str, number: str, rounds: int = CLI_ROUNDS) -> dict[str, dict[str, float]]:
    """Whole processes, side by side in each round (the machine may be busy: compare the
    three; each is reported in wall-clock and CPU time): ``python -m app print settlement
    NUMBER --preview`` against the bare interpreter
    (``python -c pass``) and the interpreter importing reportlab's canvas. One untimed run
    first (it sets up the command line's account and station, and the font cache)."""
    import os
    import sys
    import tempfile

    env = dict(os.environ, WORKBAY_DATABASE_URL=url)
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "bench.pdf")
        cli = [sys.executable, "-m", "app", "print", "settlement", number, "--preview", "-o", out]
        _run_ms(cli, env)
        commands = {
            "python_bare": [sys.executable, *BARE_PYTHON],
            "python_reportlab": [sys.executable, *BARE_REPORTLAB],
            "print_cli": cli,
        }
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for _ in range(rounds):
            for name, argv in commands.items():
                times[name].append(_run_ms(argv, env))
    return {
        name: {**_figures([w for w, _ in s], [c for _, c in s]), "n": len(s)}
        for name, s in times.items()
    }


def measure(db: Database, samples: int) -> tuple[dict[str, dict], dict[str, Any]]:
    """The printing group: warm renders of every document of a released vehicle order (p50
    and p95 per kind, with bare reportlab drawing the same text), and whole ``python -m app
    print`` processes next to the bare interpreter and bare reportlab, in the same run."""
    import sys

    from app.services.people import system_context

    order_id = _bench_order(db)
    ctx = system_context(db)
    metrics: dict[str, dict] = dict(render_metrics(ctx, order_id, rounds=max(3, min(samples, 50))))
    number = load_print_data(ctx, order_id).detail.order.number
    metrics.update(startup_metrics(db.url, number, rounds=max(1, min(samples, CLI_ROUNDS))))
    met = {
        f"render_{k}": metrics[f"render_{k}"]["p95_ms"] <= RENDER_TARGET_MS
        for k in SLIPS
        if f"render_{k}" in metrics
    }
    met["print_cli"] = metrics["print_cli"]["p50_ms"] <= CLI_TARGET_MS
    checks: dict[str, Any] = {
        "targets_met": met,
        "print_order": number,
        # PYTHONDONTWRITEBYTECODE: every process compiles Workbay's modules from source
        "print_cli_bytecode_cached": not sys.dont_write_bytecode,
    }
    return metrics, checks
