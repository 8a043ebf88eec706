"""The shop on every document: short and legal name, address, phone, repair license number
and class at the top; the settlement statement also carries the 统一社会信用代码 and the bank
account (JT/T 1133). A long name wraps beside the logo, never over it (checked on the
rendered page's pixels)."""

from __future__ import annotations

import dataclasses
from io import BytesIO

import pypdfium2
import pytest
from PIL import Image

from app.printing.data import PrintData
from app.printing.documents import KINDS
from app.printing.render import PrintOptions, render_data
from app.services.context import ServiceContext
from app.services.people import as_user
from tests.app.printing.conftest import SHOP, flat, pdf_text

LOGO_BLUE = (0, 90, 200)
LONG_NAME = "福州市鼓楼区顺达汽车维修服务有限公司五四北路旗舰店暨新能源汽车售后服务中心"


def shop_texts(lang: str) -> list[str]:
    license_class = {"zh_CN": "二类", "en": "Class II", "bilingual": "二类 Class II"}[lang]
    return [
        SHOP["shop.short_name"],
        SHOP["shop.legal_name"],
        SHOP["shop.address"],
        SHOP["shop.phone"],
        SHOP["shop.license_no"],
        license_class,
    ]


@pytest.mark.parametrize("lang", ["zh_CN", "en", "bilingual"])
@pytest.mark.parametrize("paper", ["a4", "80mm"])
@pytest.mark.parametrize("kind", KINDS)
def test_every_document_names_the_shop_and_its_license(
    sample: PrintData, kind: str, paper: str, lang: str
) -> None:
    text = flat(pdf_text(render_data(sample, kind, PrintOptions(paper, lang))))
    for part in shop_texts(lang):
        assert flat(part) in text, part
    account_shown = SHOP["shop.credit_code"] in text
    assert account_shown is (kind == "settlement")


@pytest.mark.parametrize("paper", ["a4", "a5", "80mm"])
def test_the_statement_carries_the_credit_code_and_the_bank(sample: PrintData, paper: str) -> None:
    text = flat(pdf_text(render_data(sample, "settlement", PrintOptions(paper, "zh_CN"))))
    assert "统一社会信用代码" + SHOP["shop.credit_code"] in text
    assert "开户银行" + SHOP["shop.bank_name"] in text
    assert "银行账号7559123456108" in text  # 7559 1234 5610 801, grouped by four
    english = flat(pdf_text(render_data(sample, "settlement", PrintOptions(paper, "en"))))
    assert "Unifiedsocialcreditcode" in english and "Bank" in english


def test_a_shop_without_profile_prints_the_generic_name(sample: PrintData) -> None:
    bare = dataclasses.replace(sample, shop=type(sample.shop)())
    text = flat(pdf_text(render_data(bare, "settlement", PrintOptions("a4", "zh_CN"))))
    assert "售后服务中心" in text
    assert "统一社会信用代码" not in text and "维修经营许可证" not in text


def _page_image(pdf: bytes) -> Image.Image:
    page = pypdfium2.PdfDocument(pdf)[0]
    return page.render(scale=2).to_pil().convert("RGB")


def _logo_box(image: Image.Image) -> tuple[int, int, int, int]:
    px = image.load()
    w, h = image.size
    hits = [
        (x, y)
        for y in range(0, h // 4)
        for x in range(0, w, 1)
        if all(abs(a - b) < 40 for a, b in zip(px[x, y], LOGO_BLUE, strict=True))
    ]
    assert hits, "the logo is not on the page"
    xs, ys = [x for x, _ in hits], [y for _, y in hits]
    return min(xs), min(ys), max(xs), max(ys)


@pytest.mark.parametrize(("kind", "paper"), [("settlement", "a4"), ("work-order", "a5")])
def test_a_long_name_wraps_beside_the_logo(
    ctx: ServiceContext, sample: PrintData, kind: str, paper: str
) -> None:
    wide = Image.new("RGB", (1200, 300), LOGO_BLUE)
    buf = BytesIO()
    wide.save(buf, "PNG")
    shop = dataclasses.replace(sample.shop, short_name=LONG_NAME, logo=buf.getvalue())
    pdf = render_data(dataclasses.replace(sample, shop=shop), kind, PrintOptions(paper, "zh_CN"))
    assert flat(LONG_NAME) in flat(pdf_text(pdf))  # wrapped, nothing cut
    image = _page_image(pdf)
    left, top, right, bottom = _logo_box(image)
    assert right - left > 2 * (bottom - top) * 0.9  # the wide logo, scaled down whole
    px = image.load()
    # no ink (text) inside the logo's box nor in the small gap right of it
    gap = 6
    for y in range(top, bottom + 1):
        for x in range(left, min(image.size[0], right + gap)):
            r, g, b = px[x, y]
            is_ink = max(r, g, b) < 110
            assert not is_ink, f"text drawn over the logo at {(x, y)}"
    # and the name starts right of the logo, on the logo's rows
    ink_right = [
        x
        for y in range(top, bottom + 1)
        for x in range(right + 1, image.size[0] // 2)
        if max(px[x, y]) < 110
    ]
    assert ink_right and min(ink_right) > right


def test_printing_needs_no_setup_right(ctx: ServiceContext, released) -> None:
    """An advisor prints with the profile a manager saved (read, not written)."""
    from app.domain.enums import Role
    from app.printing.render import render_document

    tech = as_user(ctx, "王伟", Role.TECHNICIAN)
    text = flat(pdf_text(render_document(tech, "job-card", released.id)))
    assert flat(SHOP["shop.short_name"]) in text
