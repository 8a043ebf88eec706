"""Open the database for a one-shot ``python -m app print``: when the schema is already at
the newest migration (the usual case: the desks migrated it), connect without importing
Alembic or running the start-up work; otherwise open it the usual way
(:func:`app.bootstrap.open_database`: migrate, reference data).

The newest revision is read from the migration files themselves (their ``revision`` and
``down_revision`` lines), which costs a few file reads instead of Alembic's import.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.db.engine import Database

_REVISION = re.compile(r"^revision\s*(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision\s*(?::[^=]*)?=\s*(.+)$", re.M)


@lru_cache(maxsize=1)
def script_head() -> str | None:
    """The single head of the migration files, ``None`` when it cannot be told."""
    from app.locations import migrations_dir

    revisions, parents = set(), set()
    for path in (migrations_dir() / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        rev = _REVISION.search(source)
        down = _DOWN.search(source)
        if rev is None or down is None:
            return None
        revisions.add(rev.group(1))
        parents.update(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1)))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _current(db: Database) -> str | None:
    from sqlalchemy import text

    with db.engine.connect() as conn:
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def open_for_print() -> Database:
    from app.config import database_url
    from app.db.engine import Database

    db = Database(database_url())
    try:
        head = script_head()
        if head is not None and _current(db) == head:
            return db
    except Exception:  # no such table, no such database: the full start-up explains it
        pass
    db.dispose()
    from app.bootstrap import open_database

    return open_database()
