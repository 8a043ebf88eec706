"""Where Workbay's runtime files are: ``migrations/`` (Alembic) and ``resources/``
(translations, fonts).

Both directories sit beside the ``app`` package however Workbay runs: in a source checkout
(and an editable install, which points at the checkout), in an installed wheel (which carries
them as package data next to ``app/``, see ``pyproject.toml``) and in a PyInstaller bundle
(``build/workbay.spec`` collects them into the bundle's root, ``sys._MEIPASS``). The bundle's
root is asked first: it is where the build put them, whatever path the frozen modules report.
"""

from __future__ import annotations

import sys
from pathlib import Path


def _roots() -> list[Path]:
    roots = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle))
    roots.append(Path(__file__).resolve().parents[1])
    return roots


def _locate(name: str) -> Path:
    """The first ``<root>/<name>`` that exists; else the one beside ``app`` (so that an error
    about a broken installation names the place where the directory was expected)."""
    candidates = [root / name for root in _roots()]
    for path in candidates:
        if path.is_dir():
            return path
    return candidates[-1]


def migrations_dir() -> Path:
    """Alembic's script directory: ``env.py``, ``script.py.mako`` and ``versions/``."""
    return _locate("migrations")


def resources_dir() -> Path:
    """``i18n/`` (Qt Linguist ``.ts``; precompiled ``.qm`` in a bundle) and ``fonts/``."""
    return _locate("resources")
