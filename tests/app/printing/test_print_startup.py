"""``python -m app print`` starts light: it registers only the print command (no demo data
generator, benches, admin tools), opens a database already at the newest migration without
importing Alembic, and falls back to the full start-up (migration) otherwise."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.db.migrate import head_revision
from app.printing import quick_open


def test_the_migration_files_head_is_alembics() -> None:
    quick_open.script_head.cache_clear()
    assert quick_open.script_head() == head_revision()


def test_print_help_imports_neither_alembic_nor_other_commands() -> None:
    code = (
        "import sys\n"
        "from app.cli import main\n"
        "try:\n"
        "    main(['print', '--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = [m for m in ('alembic', 'app.demo', 'app.bench', 'app.admin', 'app.bootstrap')"
        " if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    ).stdout
    assert "HEAVY []" in out
    assert "completion" in out or "settlement" in out  # the kinds are listed


def test_a_database_at_head_opens_without_the_start_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.bootstrap

    url = f"sqlite:///{tmp_path / 'w.sqlite3'}"
    monkeypatch.setenv("WORKBAY_DATABASE_URL", url)
    # an empty file: the full start-up migrates it
    db = quick_open.open_for_print()
    db.dispose()

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the full start-up ran")

    monkeypatch.setattr(app.bootstrap, "open_database", refuse)
    db = quick_open.open_for_print()  # now at head: no migration, no Alembic
    db.dispose()
