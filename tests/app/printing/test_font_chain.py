"""No silently missing characters: every character the validation accepts is printed with
a font of the chain that has a real (non-empty) glyph for it, or visibly replaced by □;
only characters that show nothing by design (format characters, variation selectors) are
left out. Checked on the font choice for all of the BMP and samples beyond it, and on the
text of a few PDFs."""

from __future__ import annotations

import unicodedata
from io import BytesIO
from pathlib import Path

import pypdf
import pytest

from app.domain.validation import check_text
from app.printing import fonts, text
from app.printing.data import PrintData, load_print_data
from app.printing.render import PrintOptions, render_data
from app.services.context import ServiceContext
from tests.app.printing.conftest import flat, pdf_text

NON_BMP_SAMPLES = [
    *range(0x1F300, 0x1F700),  # emoji, pictographs, transport
    *range(0x1F900, 0x1FA00),
    *range(0x20000, 0x20100),  # CJK extension B
    *range(0x1D400, 0x1D500),  # mathematical letters
    0x10348,  # Gothic
    0xE0041,  # a tag character (format)
    0xE0100,  # a variation selector
]


def accepted(ch: str) -> bool:
    try:
        return check_text("a" + ch + "a", "name", 10) != ""
    except Exception:
        return False


def _characters() -> list[str]:
    out = []
    for code in [*range(0x10000), *NON_BMP_SAMPLES]:
        ch = chr(code)
        if unicodedata.category(ch) in ("Cs", "Cn"):  # surrogates, unassigned
            continue
        out.append(ch)
    return out


def test_every_accepted_character_is_printed_or_visibly_replaced() -> None:
    chain = fonts.chain()
    assert chain[0] == fonts.FONT_NAME and len(chain) >= 2  # DejaVu is there (CI installs it)
    assert fonts.covers(fonts.FONT_NAME, fonts.REPLACEMENT)
    printed = replaced = dropped = 0
    checked = 0
    chars = _characters()
    for start in range(0, len(chars), 4096):  # in chunks, as the accepted space is large
        chunk = chars[start : start + 4096]
        for ch in chunk:
            if ord(ch) < 32 and ch not in "\n\t":
                continue  # refused by the validation (control characters)
            checked += 1
            shaped = text.shape_char(ch)
            if shaped is None:  # shows nothing by design
                invisible = unicodedata.category(ch) == "Cf" or ord(ch) == 0x034F
                assert invisible or "VARIATION SELECTOR" in unicodedata.name(ch, ""), hex(ord(ch))
                dropped += 1
            elif shaped == text.BREAK:
                assert ch in "\n\u2028\u2029\x85"
            elif ch == "\t" or unicodedata.category(ch) == "Zs":
                assert shaped[1] == fonts.FONT_NAME  # a space, drawn as one
            elif shaped[0] == ch:
                assert fonts.covers(shaped[1], ch), (hex(ord(ch)), shaped)
                assert ord(ch) <= 0xFFFF  # the PDF's text map takes BMP characters only
                # the first font of the chain that really has it
                first = next(f for f in chain if fonts.covers(f, ch))
                assert shaped[1] == first
                printed += 1
            else:
                assert shaped == (fonts.REPLACEMENT, fonts.FONT_NAME)
                assert ord(ch) > 0xFFFF or not any(fonts.covers(f, ch) for f in chain), hex(ord(ch))
                replaced += 1
    assert checked > 60000
    assert printed > 30000 and replaced > 1000 and dropped > 50


def test_the_empty_celsius_glyph_counts_as_missing() -> None:
    fonts.ensure_fonts()
    face = fonts.pdfmetrics.getFont(fonts.FONT_NAME).face
    if fonts.registered_font() and "wqy" in fonts.registered_font().path:  # type: ignore[union-attr]
        assert ord("℃") in face.charToGlyph  # mapped, but to an empty glyph
        assert not fonts.covers(fonts.FONT_NAME, "℃")
    ch, font = text.shape_char("℃")  # type: ignore[misc]
    assert ch == "℃" and font != fonts.FONT_NAME and fonts.covers(font, "℃")


def test_sample_validation_accepts_what_the_test_walks() -> None:
    """The walk above covers what the core accepts: any character but C0 controls."""
    for ch in ("中", "℃", "😀", "ع", "\u200d", "\x85", "\ue000", "\ufe0f"):
        assert accepted(ch)
    assert not accepted("\x07")


@pytest.fixture(scope="module")
def data(module_ctx: ServiceContext, sample: PrintData) -> PrintData:
    return load_print_data(module_ctx, sample.detail.id)


NAME = "温度25℃ محمد Пётр 😀🚗\u200d✓ 𠀋"


@pytest.mark.parametrize("paper", ["a4", "58mm"])
def test_pdf_text_has_every_character_or_the_replacement(data: PrintData, paper: str) -> None:
    data.detail.customer.name = NAME
    pdf = render_data(data, "intake-slip", PrintOptions(paper, "zh_CN"))
    got = flat(pdf_text(pdf))
    assert "\x00" not in got
    assert "温度25℃" in got and "Пётр" in got and "✓" in got
    assert all(c in got for c in "محمد")  # right-to-left, isolated forms
    # beyond the BMP (emoji, CJK extension B): the visible replacement, once each
    assert got.count(fonts.REPLACEMENT) == 3
    # the fallback font is embedded next to the Chinese one
    names = set()
    for page in pypdf.PdfReader(BytesIO(pdf)).pages:
        for ref in page["/Resources"]["/Font"].values():
            names.add(str(ref.get_object()["/BaseFont"]).split("+")[-1])
    assert len(names) >= 2


def test_without_fallback_fonts_the_replacement_shows(monkeypatch: pytest.MonkeyPatch) -> None:
    """On a machine without DejaVu, what the Chinese font lacks prints as □ (not blank)."""
    fonts.ensure_fonts()
    monkeypatch.setattr(fonts, "FALLBACKS", [])
    monkeypatch.setattr(fonts, "_font_of", {})
    monkeypatch.setattr(text, "_shaped", {})
    assert text.printed("25℃ ع") == f"25{fonts.REPLACEMENT} {fonts.REPLACEMENT}"


def test_parsed_fonts_are_cached_between_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reportlab.pdfbase import ttfonts

    monkeypatch.setenv(fonts.CACHE_ENV, str(tmp_path))
    path = fonts.candidates()[0].path
    first = fonts.load_ttfont("CacheTest1", path, 0)  # parsed, then kept
    assert len(list(tmp_path.iterdir())) == 1

    def no_parse(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(ttfonts.TTFontFile, "extractInfo", no_parse)
    second = fonts.load_ttfont("CacheTest2", path, 0)
    assert second.fontName == "CacheTest2"
    assert second.face.charToGlyph == first.face.charToGlyph
    assert second.face.glyphPos == first.face.glyphPos
    assert second.stringWidth("中文℃", 10) == first.stringWidth("中文℃", 10)
    # a damaged cache file is ignored: the font is parsed anew
    monkeypatch.undo()
    monkeypatch.setenv(fonts.CACHE_ENV, str(tmp_path))
    for f in tmp_path.iterdir():
        f.write_bytes(b"not a pickle")
    third = fonts.load_ttfont("CacheTest3", path, 0)
    assert third.face.charToGlyph == first.face.charToGlyph
