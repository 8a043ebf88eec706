"""Shared fixtures: a migrated database per test on SQLite and, when
``WORKBAY_TEST_DATABASE_URL`` is set, again on PostgreSQL; service contexts for the desks.

SQLite: the schema is migrated once per session into a template file that each test copies.
PostgreSQL: one database per test session (``<name>_wb<pid>``), migrated once, emptied
between tests.
"""

from __future__ import annotations

import os
import shutil
import typing
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from argon2 import PasswordHasher
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.bootstrap import open_database
from app.db import engine as engine_module
from app.db.engine import Database
from app.domain import credentials
from app.domain.enums import Role
from app.domain.models import Base
from app.reference import ensure_reference_data
from app.services.context import ServiceContext
from app.services.people import as_user, sign_in

PG_ENV = "WORKBAY_TEST_DATABASE_URL"

# The 2 s cut-off of a transaction holding a document counter is what a frozen station
# meets (tests/app/test_frozen_station.py runs it in processes of its own, at the real
# value). In this process, tests of everything else are not to be cut off because a loaded
# CI machine left a live transaction idle for two seconds.
engine_module.COUNTER_IDLE_MS = 10_000
# Staff secrets are hashed with the real argon2id parameters in the program (and in the
# command-line tests' own processes); in this process with a quarter of the memory, so the
# hundreds of PINs the tests set and check cost ~15 ms each instead of ~70 ms. Still argon2id,
# still a different setting from the weak one the rehash test plants.
credentials.HASHER = PasswordHasher(time_cost=1, memory_cost=12 * 1024, parallelism=1)
BACKENDS = ["sqlite"] + (["postgresql"] if os.environ.get(PG_ENV) else [])


def pg_admin_url() -> str:
    url = make_url(os.environ[PG_ENV])
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    return url.render_as_string(hide_password=False)


def create_pg_database(name: str) -> str:
    """(Re)create an empty PostgreSQL database next to the configured one; returns its URL."""
    admin = create_engine(pg_admin_url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
        # test data need not survive a server crash: commits do not wait for the disk
        conn.execute(text(f'ALTER DATABASE "{name}" SET synchronous_commit = off'))
    admin.dispose()
    return make_url(pg_admin_url()).set(database=name).render_as_string(hide_password=False)


def drop_pg_database(name: str) -> None:
    admin = create_engine(pg_admin_url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = open_database(f"sqlite:///{path}")
    db.dispose()
    return path


@pytest.fixture(scope="session")
def pg_session_url() -> Iterator[str]:
    base = make_url(pg_admin_url()).database or "test"
    name = f"{base}_wb{os.getpid()}"
    url = create_pg_database(name)
    open_database(url).dispose()
    yield url
    drop_pg_database(name)


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """URL of a migrated database with reference data, empty otherwise."""
    if request.param == "sqlite":
        path = tmp_path / "workbay.sqlite3"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        return f"sqlite:///{path}"
    url: str = request.getfixturevalue("pg_session_url")
    engine = create_engine(url)
    with engine.begin() as conn:
        _empty_pg(conn)
    engine.dispose()
    return url


def _empty_pg(conn: typing.Any) -> None:
    """Empty every table and restart every sequence: DELETE with triggers off (the audit
    log's append-only rule and the foreign keys are triggers) takes ~20 ms where TRUNCATE
    of the 38 tables takes ~150 ms, for each of the ~900 PostgreSQL tests."""
    conn.execute(text("SET LOCAL session_replication_role = replica"))
    for table in reversed(Base.metadata.sorted_tables):
        conn.execute(text(f'DELETE FROM "{table.name}"'))
    sequences = conn.execute(
        text("SELECT sequencename FROM pg_sequences WHERE schemaname = current_schema()")
    ).scalars()
    restart = "; ".join(f'ALTER SEQUENCE "{name}" RESTART' for name in sequences)
    if restart:
        conn.exec_driver_sql(restart)


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    with database.write() as session:
        ensure_reference_data(session)
    yield database
    database.dispose()


@pytest.fixture
def ctx(db: Database) -> ServiceContext:
    """The reception desk: advisor Li Na at station Counter 1."""
    return sign_in(db, "Counter 1", "Li Na", Role.ADVISOR)


@pytest.fixture
def tech(ctx: ServiceContext) -> ServiceContext:
    return as_user(ctx, "Wang Wei", Role.TECHNICIAN)


@pytest.fixture
def cashier(db: Database) -> ServiceContext:
    """The cashier's desk: Zhao Min at station Cashier."""
    return sign_in(db, "Cashier", "Zhao Min", Role.CASHIER)


@pytest.fixture
def inspector(ctx: ServiceContext) -> ServiceContext:
    """The quality inspector (质检员), at the reception's station."""
    return as_user(ctx, "Sun Li", Role.INSPECTOR)


@pytest.fixture
def manager(ctx: ServiceContext) -> ServiceContext:
    """The service manager, who holds every desk right and approves the rest."""
    return as_user(ctx, "Qian Hong", Role.MANAGER)


def pytest_report_header(config: pytest.Config) -> str:
    return "database backends: " + ", ".join(BACKENDS)


def pytest_terminal_summary(terminalreporter: typing.Any) -> None:
    """How many database tests ran on each backend (CI must show PostgreSQL here)."""
    counts = dict.fromkeys(BACKENDS, 0)
    for report in terminalreporter.stats.get("passed", []):
        for backend in BACKENDS:
            if f"[{backend}" in report.nodeid or f"-{backend}]" in report.nodeid:
                counts[backend] += 1
    terminalreporter.write_line(
        "database tests passed per backend: "
        + ", ".join(f"{name} {n}" for name, n in counts.items())
    )
