"""Packaging: the wheel carries the runtime files that live outside the Python packages
(migrations, translations) and, unpacked as pip installs it, finds them and migrates a
database; a frozen bundle's files are found under ``sys._MEIPASS`` and its precompiled
translations are used."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from app import locations
from app.db.migrate import alembic_config

ROOT = Path(__file__).resolve().parents[2]
VERSIONS = sorted(p.name for p in (ROOT / "migrations" / "versions").glob("*.py"))
TS_FILES = sorted(p.name for p in (ROOT / "resources" / "i18n").glob("*.ts"))

# Run in the unpacked wheel with ``-I`` (no current directory, PYTHONPATH or user site on the
# path), so that nothing from the checkout can stand in for what the wheel lacks.
_IN_WHEEL = """
import json, sys
sys.path.insert(0, sys.argv[1])
import app
from alembic.script import ScriptDirectory
from app.cli import main
from app.db.migrate import alembic_config
from app.locations import migrations_dir, resources_dir
script = ScriptDirectory.from_config(alembic_config())
code = main(["db", "upgrade"])
print(json.dumps({
    "app": app.__file__,
    "migrations": str(migrations_dir()),
    "resources": str(resources_dir()),
    "revisions": sorted(r.revision for r in script.walk_revisions()),
    "head": script.get_current_head(),
    "upgrade": code,
}))
"""


def _source_revisions() -> list[str]:
    return sorted(
        r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built (as ``pip wheel --no-deps -w DIR .``) from a copy of the checkout, so
    the build leaves nothing in the shared tree and no stale ``build/lib`` gets in."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    skip = shutil.ignore_patterns("__pycache__", "*.pyc", "screenshots", "docs")
    for name in ("app", "ui", "migrations", "resources"):
        shutil.copytree(ROOT / name, src / name, ignore=skip)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp / "dist"), "."],
        cwd=src,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    (built,) = (tmp / "dist").glob("workbay-*.whl")
    return built


def test_wheel_carries_migrations_and_translations(wheel: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"migrations/env.py", "migrations/script.py.mako"} <= names
    assert {f"migrations/versions/{v}" for v in VERSIONS} <= names
    assert {f"resources/i18n/{t}" for t in TS_FILES} <= names
    assert "resources/fonts/README.md" in names
    assert "app/locations.py" in names and "ui/__main__.py" in names
    # developer-only files stay out
    assert not [n for n in names if n.startswith(("resources/screenshots", "resources/docs"))]
    assert not [n for n in names if "__pycache__" in n or n.startswith(("tests/", "build/"))]


def test_installed_wheel_finds_its_migrations_and_migrates(wheel: Path, tmp_path: Path):
    site = tmp_path / "site-packages"
    zipfile.ZipFile(wheel).extractall(site)  # a pure wheel unpacks as pip installs it
    env = {
        **os.environ,
        "WORKBAY_DATABASE_URL": f"sqlite:///{tmp_path / 'wheel.sqlite3'}",
        "WORKBAY_DATA_DIR": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-I", "-c", _IN_WHEEL, str(site)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert Path(found["app"]).is_relative_to(site)
    assert Path(found["migrations"]) == site / "migrations"
    assert Path(found["resources"]) == site / "resources"
    assert found["revisions"] == _source_revisions()
    assert found["upgrade"] == 0
    assert sorted(p.name for p in (site / "resources" / "i18n").glob("*.ts")) == TS_FILES


def test_locator_finds_the_checkout_from_source():
    assert locations.migrations_dir() == ROOT / "migrations"
    assert locations.resources_dir() == ROOT / "resources"


def test_locator_prefers_the_bundle_root_when_frozen(monkeypatch, tmp_path: Path):
    (tmp_path / "migrations" / "versions").mkdir(parents=True)
    (tmp_path / "resources" / "i18n").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert locations.migrations_dir() == tmp_path / "migrations"
    assert locations.resources_dir() == tmp_path / "resources"
    shutil.rmtree(tmp_path / "resources")  # a bundle without it: the one beside app/
    assert locations.resources_dir() == ROOT / "resources"


def test_translations_compile_without_lrelease_on_path(monkeypatch, tmp_path: Path):
    """A venv that was never activated has no ``pyside6-lrelease`` on PATH: the lrelease
    inside PySide6 compiles the .ts all the same."""
    from ui.shell import i18n  # Qt, but no application object needed

    monkeypatch.setenv("PATH", "")
    qm = i18n.compile_ts(ROOT / "resources" / "i18n" / "shell_zh_CN.ts", tmp_path)
    assert qm is not None and qm.stat().st_size > 0


def test_frozen_bundle_uses_its_precompiled_translations(monkeypatch, tmp_path: Path):
    from ui.shell import i18n

    ts = tmp_path / "shell_zh_CN.ts"
    shutil.copy2(ROOT / "resources" / "i18n" / ts.name, ts)
    shipped = ts.with_suffix(".qm")
    shipped.write_bytes(b"precompiled by the build")
    out = tmp_path / "cache"
    out.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert i18n.qm_file(ts, out) == shipped
    assert list(out.iterdir()) == []  # nothing compiled
    monkeypatch.setattr(sys, "frozen", False)
    assert i18n.qm_file(ts, out) == out / "shell_zh_CN.qm"  # from source: compiled when stale
