"""Thermal rolls as the printers print them: every document with a roll variant (all of
them: receipt, release slip, intake slip / pickup voucher, work order, job card,
inspection, extra work, settlement) rendered at 203 dpi, one bit per pixel, keeps its ink
inside the head's printable width (48 mm = 384 dots on 58 mm paper, 72 mm = 576 dots on
80 mm paper) and above the end of the page; the PDF draws in black and white only (no
grey labels, no shaded bands, no grey logo) and no text is smaller than 8 pt."""

from __future__ import annotations

import re
from io import BytesIO

import pypdf
import pypdfium2 as pdfium
import pytest
from PIL import Image

from app.printing.data import PrintData
from app.printing.documents import KINDS
from app.printing.layout.paper import paper as paper_named
from app.printing.layout.styles import ROLL_MIN_SIZE, all_styles, styles_for
from app.printing.render import PrintOptions, render_data

DPI = 203
PRINTABLE_DOTS = {"80mm": 576, "58mm": 384}
ROLLS = tuple(PRINTABLE_DOTS)


def render_1bit(pdf: bytes, *, smooth: bool = True) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    out = []
    for page in doc:
        grey = page.render(
            scale=DPI / 72,
            grayscale=True,
            no_smoothtext=not smooth,
            no_smoothpath=not smooth,
            no_smoothimage=not smooth,
        ).to_pil()
        out.append(grey.convert("L"))
    doc.close()
    return out


def one_bit(grey: Image.Image) -> Image.Image:
    return grey.point(lambda v: 255 if v >= 128 else 0).convert("1")


@pytest.fixture(scope="module", params=["zh_CN", "bilingual"])
def lang(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.mark.parametrize("paper", ROLLS)
@pytest.mark.parametrize("kind", KINDS)
def test_roll_ink_stays_inside_the_printable_width(
    sample: PrintData, kind: str, paper: str, lang: str
) -> None:
    pdf = render_data(sample, kind, PrintOptions(paper, lang))
    dots = PRINTABLE_DOTS[paper]
    for grey in render_1bit(pdf):
        bw = one_bit(grey)
        w, h = bw.size
        assert abs(w - round(paper_named(paper).width / 72 * DPI)) <= 1
        left = (w - dots) / 2
        inverted = Image.eval(grey, lambda v: 255 - v).point(lambda v: 255 if v > 127 else 0)
        box = inverted.getbbox()
        assert box is not None, "an empty page"
        x0, y0, x1, y1 = box
        assert x0 >= left - 1 and x1 <= left + dots + 1, (kind, paper, box, w)
        # nothing cut at the end: a blank band (at least 2 mm) after the last ink
        assert h - y1 >= 2 / 25.4 * DPI, (kind, paper, h, y1)
        assert y0 >= 2 / 25.4 * DPI


_COLOUR = re.compile(rb"((?:-?[\d.]+\s+){1,4})(rg|RG|g|G|k|K|sc|SC|scn|SCN)(?![A-Za-z])")
_TF = re.compile(rb"/[\w+-]+\s+([\d.]+)\s+Tf")


def _streams(pdf: bytes) -> list[bytes]:
    """Every content stream of the pages and of the forms they use."""
    out = []
    reader = pypdf.PdfReader(BytesIO(pdf))
    for page in reader.pages:
        out.append(page.get_contents().get_data())  # type: ignore[union-attr]
        xobjects = page["/Resources"].get("/XObject", {})
        for ref in xobjects.values():
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Form":
                out.append(obj.get_data())
    return out


@pytest.mark.parametrize("paper", ROLLS)
@pytest.mark.parametrize("kind", KINDS)
def test_roll_is_black_and_white_with_text_of_8pt_or_more(
    sample: PrintData, kind: str, paper: str
) -> None:
    pdf = render_data(sample, kind, PrintOptions(paper, "bilingual", copy=True))
    sizes: list[float] = []
    colours = 0
    for data in _streams(pdf):
        for numbers, op in _COLOUR.findall(data):
            colours += 1
            values = [float(v) for v in numbers.split()]
            assert all(v in (0.0, 1.0) for v in values), (kind, numbers, op)
        sizes += [float(s) for s in _TF.findall(data)]
        assert b" gs" not in data  # no transparency (a grey watermark)
    assert colours > 0  # the check above saw the colour operators
    assert sizes and min(sizes) >= ROLL_MIN_SIZE, (kind, sorted(set(sizes))[:3])
    # and as rendered, without smoothing: pure black and white, no grey areas
    for grey in render_1bit(pdf, smooth=False):
        histogram = grey.histogram()
        mid = sum(histogram[40:216])
        assert mid <= 0.001 * sum(histogram), (kind, paper, mid)


@pytest.mark.parametrize("paper", ROLLS)
def test_roll_styles_are_black_and_at_least_8pt(paper: str) -> None:
    styles = styles_for(paper_named(paper))
    for style in all_styles(styles):
        assert style.fontSize >= ROLL_MIN_SIZE, style.name
        assert style.textColor.rgb() == (0, 0, 0), style.name
    assert styles.shade is None


def test_a_logo_prints_black_and_white_on_a_roll(sample: PrintData) -> None:
    import dataclasses

    logo = BytesIO()
    Image.linear_gradient("L").resize((120, 60)).convert("RGB").save(logo, "PNG")
    data = dataclasses.replace(sample, shop=dataclasses.replace(sample.shop, logo=logo.getvalue()))
    pdf = render_data(data, "receipt", PrintOptions("58mm"))
    images = pypdf.PdfReader(BytesIO(pdf)).pages[0].images
    assert len(images) == 1
    histogram = images[0].image.convert("L").histogram()
    assert sum(histogram[1:255]) == 0 and histogram[0] and histogram[255]
