"""Every translation file is complete and matches the code.

For each ``resources/i18n/<sub>_<lang>.ts``: nothing unfinished or empty, the placeholders
(``%1``, ``%n``, ``{name}``) of each translation match its source, both languages hold the
same messages, and every string ``pyside6-lupdate`` finds in ``ui/<sub>/`` is in the file.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
LANGS = ("zh_CN", "en")
PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{[A-Za-z_][A-Za-z0-9_]*\}")
TS_FILES = sorted(I18N.glob("*.ts"))
SUBPACKAGES = sorted({p.stem.rsplit("_", 2)[0] for p in TS_FILES if p.stem.endswith(LANGS)})

Message = tuple[str, str, str]  # context, source, comment


def messages(path: Path) -> dict[Message, ET.Element]:
    found = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            key = (name, m.findtext("source") or "", m.findtext("comment") or "")
            found[key] = m
    return found


def translations(m: ET.Element) -> list[str]:
    t = m.find("translation")
    assert t is not None
    forms = t.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [t.text or ""]


def test_there_are_translation_files():
    assert {"shell", "common", "reception", "customer"} <= set(SUBPACKAGES)


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_complete_and_placeholders_match(path: Path):
    problems = []
    for (ctx, source, _c), m in messages(path).items():
        t = m.find("translation")
        assert t is not None
        if t.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{ctx}: {source!r} is {t.get('type')}")
            continue
        expected = sorted(set(PLACEHOLDER.findall(source)))
        for text in translations(m):
            if not text.strip():
                problems.append(f"{ctx}: {source!r} has an empty translation")
            elif sorted(set(PLACEHOLDER.findall(text))) != expected:
                problems.append(f"{ctx}: {source!r} -> {text!r}: placeholders differ")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("sub", SUBPACKAGES)
def test_both_languages_hold_the_same_messages(sub: str):
    zh, en = (messages(I18N / f"{sub}_{lang}.ts") for lang in LANGS)
    assert set(zh) == set(en)


@pytest.mark.skipif(shutil.which("pyside6-lupdate") is None, reason="needs pyside6-lupdate")
@pytest.mark.parametrize("sub", SUBPACKAGES)
def test_every_string_in_the_code_is_translated(sub: str, tmp_path: Path):
    code = ROOT / "ui" / sub
    assert code.is_dir(), f"resources/i18n/{sub}_*.ts has no ui/{sub}/"
    fresh = tmp_path / f"{sub}_zh_CN.ts"
    subprocess.run(
        [
            "pyside6-lupdate",
            "-extensions",
            "py",
            "-locations",
            "none",
            str(code),
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    in_code = set(messages(fresh))
    for lang in LANGS:
        missing = in_code - set(messages(I18N / f"{sub}_{lang}.ts"))
        assert not missing, f"{sub}_{lang}.ts lacks: " + "; ".join(
            f"{c}: {s!r}" for c, s, _ in sorted(missing)
        )


@pytest.mark.skipif(shutil.which("pyside6-lupdate") is None, reason="needs pyside6-lupdate")
def test_every_subpackage_with_strings_has_translation_files(tmp_path: Path):
    lacking = []
    for pkg in sorted(p for p in (ROOT / "ui").iterdir() if p.is_dir() and p.name != "__pycache__"):
        out = tmp_path / f"{pkg.name}.ts"
        subprocess.run(
            ["pyside6-lupdate", "-extensions", "py", str(pkg), "-ts", str(out)],
            check=True,
            capture_output=True,
        )
        if messages(out) and pkg.name not in SUBPACKAGES:
            lacking.append(pkg.name)
    assert not lacking, f"ui/{{{', '.join(lacking)}}} have strings but no resources/i18n/*.ts"
