"""Translations: compile ``resources/i18n/*_<lang>.ts`` to ``.qm`` (only when stale) into a
cache dir and install one QTranslator per file. A frozen bundle has no lrelease: its build
ships the ``.qm`` precompiled next to the ``.ts`` (``build/workbay.spec``), and those are used.

The language follows the station's preference (Settings), else the system locale; Chinese
(zh_CN) and English are complete. Source strings are English, so English needs no
translation to work, but its files are installed too (they carry plural forms).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.config import data_dir
from app.locations import resources_dir
from ui.common import lang as active_lang
from ui.shell import prefs

I18N_DIR = resources_dir() / "i18n"
SUPPORTED = ("zh_CN", "en")

_installed: list[QTranslator] = []


def system_language() -> str:
    locale = QLocale.system()
    return "zh_CN" if locale.language() == QLocale.Language.Chinese else "en"


def chosen_language() -> str:
    pref = prefs.language()
    return system_language() if pref == "system" else pref


def cache_dir() -> Path:
    path = data_dir() / "cache" / "i18n"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _lrelease() -> str | None:
    """The lrelease of the PySide6 we run on (found also when its environment's scripts are
    not on PATH, as in a venv that was not activated), else one on PATH."""
    own = shutil.which("lrelease", path=str(Path(PySide6.__file__).resolve().parent))
    return own or shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_ts(ts: Path, out_dir: Path) -> Path | None:
    """``ts`` as .qm in ``out_dir``, compiled only when the .qm is missing or older."""
    qm = out_dir / (ts.stem + ".qm")
    if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    tool = _lrelease()
    if tool is None:
        return None
    result = subprocess.run(
        [tool, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True, check=False
    )
    return qm if result.returncode == 0 and qm.exists() else None


def qm_file(ts: Path, out_dir: Path) -> Path | None:
    """The compiled translation of ``ts``: in a frozen bundle the one shipped beside it, else
    one compiled into ``out_dir``."""
    shipped = ts.with_suffix(".qm")
    if getattr(sys, "frozen", False) and shipped.is_file():
        return shipped
    return compile_ts(ts, out_dir)


def ts_files(language: str) -> list[Path]:
    return sorted(I18N_DIR.glob(f"*_{language}.ts"))


def install(language: str | None = None) -> str:
    """Install the translators for ``language`` (default: the chosen one); returns it."""
    app = QCoreApplication.instance()
    assert app is not None
    language = language or chosen_language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    out = cache_dir()
    for ts in ts_files(language):
        qm = qm_file(ts, out)
        translator = QTranslator(app)
        if qm is not None and translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)
    if language != "en":
        qt_base = QTranslator(app)  # Qt's own dialogs and context menus
        path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_base.load(QLocale(language), "qtbase", "_", path):
            app.installTranslator(qt_base)
            _installed.append(qt_base)
    QLocale.setDefault(QLocale(language))
    active_lang.set_active(language)
    return language
