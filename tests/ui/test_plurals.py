"""Counts are said with Qt's plural forms (``tr("%n line(s)", "", n)``): English reads
"1 line" and "2 lines", never "1 lines" or "line(s)"; Chinese has one form.

The scan of the code finds a count written the old way (a ``%1`` before a plural noun, or a
"(s)" after a ``%1``), wherever it is; every plural message of the English files is
rendered for 1 and for 2."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from ui.shell import i18n

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"

#: nouns a desk counts (English sources)
NOUNS = (
    "lines|items|entries|orders|actions|problems|visits|jobs|pages|copies|payments|"
    "customers|vehicles|devices|stations|rows|results|marks|photos|users|files|days|hours"
)
OLD_COUNT = re.compile(rf"%\d+ (?:\w+ )?(?:{NOUNS})\b|%\d+[^\"%]*?\w\(s\)")
TR_CALL = re.compile(
    r"""(?:tr|translate|QT_TRANSLATE_NOOP)\((?:\s*"[^"]*",)?\s*("(?:[^"\\]|\\.)*")"""
)


@pytest.fixture
def english(qapp) -> Iterator[None]:
    i18n.install("en")
    yield
    i18n.install("en")


def test_no_count_is_written_without_plural_forms():
    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for match in TR_CALL.finditer(text):
            source = match.group(1)
            if OLD_COUNT.search(source):
                found.append(f"{path.relative_to(ROOT)}: {source}")
    assert not found, "counts without %n:\n" + "\n".join(found)


def plural_messages() -> list[tuple[str, str]]:
    found = []
    for path in sorted(I18N.glob("*_en.ts")):
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                if message.get("numerus") == "yes":
                    found.append((name, message.findtext("source") or ""))
    return found


def test_there_are_plural_messages():
    sources = {s for _c, s in plural_messages()}
    assert "Estimate: %n line(s), customer pays %1" in sources
    assert len(sources) >= 15


@pytest.mark.parametrize(("context", "source"), plural_messages(), ids=lambda v: v[:40])
def test_english_says_one_and_two(english, context, source):
    one = QCoreApplication.translate(context, source, "", 1)
    two = QCoreApplication.translate(context, source, "", 2)
    assert "(s)" not in one and "(s)" not in two
    assert "1" in one and "2" in two
    if "(s)" in source:  # a noun that changes
        assert one.replace("1", "") != two.replace("2", "")


def test_one_line_two_lines(english):
    def estimate(n: int) -> str:
        return QCoreApplication.translate(
            "EstimateStep", "Estimate: %n line(s), customer pays %1", "", n
        )

    assert estimate(1) == "Estimate: 1 line, customer pays %1"
    assert estimate(2) == "Estimate: 2 lines, customer pays %1"


def test_chinese_has_one_form(qapp):
    try:
        i18n.install("zh_CN")
        for n in (1, 2):
            text = QCoreApplication.translate(
                "EstimateStep", "Estimate: %n line(s), customer pays %1", "", n
            )
            assert text == f"预估：{n} 项，客户应付 %1"
    finally:
        i18n.install("en")
