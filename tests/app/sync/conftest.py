"""Fixtures for the multi-station tests: fresh databases of their own (never the shared
per-session one, since other processes connect to them), and a skip for PostgreSQL-only
tests when no server is configured."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.bootstrap import open_database
from tests.conftest import PG_ENV, create_pg_database, drop_pg_database

needs_pg = pytest.mark.skipif(not os.environ.get(PG_ENV), reason=f"{PG_ENV} is not set")


def _db_name(request: pytest.FixtureRequest) -> str:
    slug = re.sub(r"[^a-z0-9]+", "_", request.node.name.lower())[:30].strip("_")
    return f"wb_sync_{slug}_{os.getpid()}"


@pytest.fixture
def empty_pg_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """An empty PostgreSQL database of this test's own (no schema yet)."""
    name = _db_name(request)
    url = create_pg_database(name)
    yield url
    drop_pg_database(name)


@pytest.fixture
def pg_url(empty_pg_url: str) -> str:
    """A migrated PostgreSQL database with reference data, of this test's own."""
    open_database(empty_pg_url).dispose()
    return empty_pg_url


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A migrated SQLite file with reference data."""
    url = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    open_database(url).dispose()
    return url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=needs_pg)])
def shared_url(request: pytest.FixtureRequest) -> str:
    """The database several stations share: a SQLite file, then a PostgreSQL database."""
    return str(request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url"))
