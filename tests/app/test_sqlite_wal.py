"""A station opening a SQLite file while another holds a write in it (several stations
starting together on a new file) waits for it instead of failing "database is locked"."""

from __future__ import annotations

import sqlite3
import threading
import time

from sqlalchemy import create_engine

from app.db import engine as db_engine


def test_switching_to_write_ahead_mode_waits_for_another_stations_write(tmp_path):
    path = tmp_path / "new.sqlite3"
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("CREATE TABLE t (x)")
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO t VALUES (1)")
    threading.Timer(0.3, lambda: other.execute("COMMIT")).start()

    engine = create_engine(f"sqlite:///{path}")
    db_engine._configure_sqlite(engine)
    started = time.monotonic()
    with engine.connect() as conn:
        mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
    waited = time.monotonic() - started
    engine.dispose()
    other.close()

    assert mode == "wal"
    assert waited >= 0.25  # it waited for the other write rather than failing
