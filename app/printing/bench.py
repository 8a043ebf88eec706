"""Render timings for ``python -m app bench``: every document the order has, on its usual
paper, warm (fonts registered, order loaded once; each render builds the whole PDF
including the QR code). Database time is not part of the figures."""

from __future__ import annotations

import math
import time

from app.printing.data import load_print_data
from app.printing.documents import DOCUMENTS
from app.printing.fonts import ensure_fonts
from app.printing.render import PrintOptions, available_kinds, render_data
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
        samples = []
        for _ in range(rounds):
            start = time.perf_counter()
            render_data(data, kind, options)
            samples.append((time.perf_counter() - start) * 1000)
        metrics["render_" + kind.replace("-", "_")] = _figures(samples)
    bare = []
    text = data.detail.order.symptom or data.detail.order.number
    for _ in range(rounds + 1):
        start = time.perf_counter()
        bare_reportlab(text)
        bare.append((time.perf_counter() - start) * 1000)
    metrics["render_bare_reportlab"] = _figures(bare[1:])
    return metrics


def _figures(samples: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(percentile(samples, 50), 2),
        "p95_ms": round(percentile(samples, 95), 2),
    }


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
