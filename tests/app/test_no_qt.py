"""app/ is the Qt-free core: importing every module of it (and building the command line,
which imports the feature modules by name) loads no PySide6, shiboken6 or ui; and no
source file under app/ imports them, statically or by name."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app"
FORBIDDEN = ("PySide6", "shiboken6", "ui", "PyQt5", "PyQt6")

_IMPORT_ALL = """
import importlib, json, pkgutil, sys
import app
imported = []
for info in pkgutil.walk_packages(app.__path__, "app."):
    if info.name.rsplit(".", 1)[-1] == "__main__":
        continue  # running it would start the command line
    importlib.import_module(info.name)
    imported.append(info.name)
from app.cli import build_parser
build_parser()
forbidden = sorted(
    m for m in sys.modules if m.split(".")[0] in {forbidden!r}
)
print(json.dumps({{"imported": imported, "forbidden": forbidden}}))
"""


def test_importing_every_app_module_loads_no_qt():
    env_code = _IMPORT_ALL.format(forbidden=set(FORBIDDEN))
    done = subprocess.run(
        [sys.executable, "-c", env_code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    every = {
        ".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for p in APP.rglob("*.py")
        if p.name != "__main__.py"
    }
    assert set(result["imported"]) >= every - {"app"}
    assert result["forbidden"] == []


def _imports(tree: ast.AST) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
        elif (
            isinstance(node, ast.Call)
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and (
                (isinstance(node.func, ast.Name) and node.func.id == "__import__")
                or (isinstance(node.func, ast.Attribute) and node.func.attr == "import_module")
            )
        ):
            found.append((node.lineno, node.args[0].value))
    return found


_TEXT_IMPORT = re.compile(r"^\s*(?:from|import)\s+(PySide6|shiboken6|PyQt[56]|ui)\b", re.M)


def test_no_app_source_imports_qt_or_the_desktop_client():
    sources = sorted(APP.rglob("*.py"))
    assert len(sources) > 30
    offenders = []
    for path in sources:
        source = path.read_text(encoding="utf-8")
        for lineno, name in _imports(ast.parse(source, str(path))):
            if name.split(".")[0] in FORBIDDEN:
                offenders.append(f"{path.relative_to(ROOT)}:{lineno}: {name}")
        for match in _TEXT_IMPORT.finditer(source):  # grep-style, catches code in strings too
            lineno = source.count("\n", 0, match.start()) + 1
            offenders.append(f"{path.relative_to(ROOT)}:{lineno}: {match.group(0).strip()}")
    assert offenders == []


def test_the_checks_would_notice_a_qt_import():
    tree = ast.parse(
        "import os\nfrom PySide6.QtCore import QObject\nimportlib.import_module('ui.x')"
    )
    assert [n for _, n in _imports(tree)] == ["os", "PySide6.QtCore", "ui.x"]
    assert _TEXT_IMPORT.search("    from shiboken6 import isValid")
    assert not _TEXT_IMPORT.search("uid = 3\nimport uuid")
