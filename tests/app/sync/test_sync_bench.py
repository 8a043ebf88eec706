"""The sync latency benchmark measures what it says (values are reported, not asserted)."""

from __future__ import annotations

import pytest

from app.db.sync_bench import sync_latency

pytestmark = pytest.mark.slow


def test_sync_latency_reports_percentiles(shared_url: str) -> None:
    result = sync_latency(shared_url, samples=8, max_gap=0.05)
    assert result["samples"] == 8 and result["lost"] == 0
    assert 0 < result["p50_ms"] <= result["p95_ms"] <= result["max_ms"]
    print(f"\nsync latency {result}")
