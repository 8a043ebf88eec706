"""Long orders break across pages with the table header repeated, long names wrap without
losing text, mixed Chinese / Latin / full-width punctuation survives, rolls grow with their
content, and the document font is embedded as a TrueType subset."""

from __future__ import annotations

from io import BytesIO

import pypdf
import pytest

from app.domain.enums import LineKind, OrderState, Role
from app.printing.data import load_print_data
from app.printing.render import PrintOptions, render_data, render_document
from app.services.context import ServiceContext
from app.services.inputs import CustomerInput, LineInput
from app.services.people import as_user
from tests.app.printing.conftest import flat, page_count, page_sizes, pdf_text, set_up_shop
from tests.factories import order_in_state, vehicle

LONG_NAME = (
    "左前减震器总成（含顶胶、防尘套、缓冲块及安装附件）Front-left shock absorber assembly "
    "with top mount, dust boot, bump stop and fitting kit — OEM 48510-06B60"
)


def sixty_lines() -> list[LineInput]:
    return [
        LineInput(
            LineKind.PART if i % 2 else LineKind.LABOR,
            f"项目{i:02d} 更换配件 Part-{i:02d}",
            "1",
            f"{10 + i}.00",
        )
        for i in range(1, 61)
    ]


@pytest.mark.parametrize("kind", ["settlement", "work-order", "job-card"])
def test_sixty_line_order_paginates_with_all_lines(
    ctx: ServiceContext, tech: ServiceContext, kind: str
) -> None:
    d = order_in_state(ctx, tech, OrderState.SETTLED, lines=sixty_lines())
    pdf = render_document(ctx, kind, d.id, paper="a4")
    pages = page_count(pdf)
    assert pages > 1
    reader = pypdf.PdfReader(BytesIO(pdf))
    texts = [flat(p.extract_text()) for p in reader.pages]
    whole = "".join(texts)
    for i in range(1, 61):
        assert f"项目{i:02d}更换配件Part-{i:02d}" in whole
        assert whole.count(f"Part-{i:02d}") == 1  # each line once: nothing repeated or lost
    for number, text in enumerate(texts, 1):
        assert f"第{number}/{pages}页" in text
        assert d.order.number in text
    header = "序号"  # the table header repeats on the pages the lines run onto
    assert sum(header in t for t in texts) >= 2


def test_sixty_lines_on_a_roll_make_one_long_page(
    ctx: ServiceContext, tech: ServiceContext
) -> None:
    d = order_in_state(ctx, tech, OrderState.SETTLED, lines=sixty_lines())
    short = order_in_state(ctx, tech, OrderState.SETTLED, asset=vehicle("粤B54321", None))
    long_pdf = render_document(ctx, "settlement", d.id, paper="58mm")
    short_pdf = render_document(ctx, "settlement", short.id, paper="58mm")
    assert page_count(long_pdf) == 1
    assert page_sizes(long_pdf)[0][1] > 3 * page_sizes(short_pdf)[0][1] / 2
    text = flat(pdf_text(long_pdf))
    assert all(f"Part-{i:02d}" in text for i in range(1, 61))


@pytest.mark.parametrize("paper", ["a5", "58mm"])
def test_long_names_wrap_without_losing_text(
    ctx: ServiceContext, tech: ServiceContext, paper: str
) -> None:
    d = order_in_state(
        ctx,
        tech,
        OrderState.SETTLED,
        lines=[LineInput(LineKind.PART, LONG_NAME, "2", "1234.56")],
        customer=CustomerInput(
            name="欧阳·娜娜（Nana）有限公司：售后部“测试”", phones=["13812345678"]
        ),
    )
    for kind in ("settlement", "work-order", "intake-slip"):
        text = flat(pdf_text(render_document(ctx, kind, d.id, paper=paper, lang="bilingual")))
        assert flat("欧阳·娜娜（Nana）有限公司：售后部“测试”") in text
        if kind != "intake-slip":
            assert flat(LONG_NAME) in text
            assert "2,469.12" in text


def test_font_is_an_embedded_truetype_subset(ctx: ServiceContext, tech: ServiceContext) -> None:
    d = order_in_state(ctx, tech, OrderState.OPEN)
    pdf = render_document(ctx, "intake-slip", d.id)
    fonts = pypdf.PdfReader(BytesIO(pdf)).pages[0]["/Resources"]["/Font"]
    assert len(fonts) >= 1
    for ref in fonts.values():
        font = ref.get_object()
        assert font["/Subtype"] == "/TrueType"
        assert "+" in str(font["/BaseFont"])  # a subset (tag+name), not the whole font
        assert "/FontFile2" in font["/FontDescriptor"].get_object()  # the program is embedded
        assert "/ToUnicode" in font  # text can be searched and copied


def test_shop_header_comes_from_settings(ctx: ServiceContext, tech: ServiceContext) -> None:
    set_up_shop(ctx, {"shop.short_name": "杭州西湖电动车服务站", "shop.phone": "0571-12345678"})
    d = order_in_state(ctx, tech, OrderState.OPEN)
    text = flat(pdf_text(render_data(load_print_data(ctx, d.id), "intake-slip", PrintOptions())))
    assert "杭州西湖电动车服务站" in text and "0571-12345678" in text


@pytest.mark.parametrize("paper", ["a4", "80mm"])
def test_shop_logo_is_printed_and_a_broken_one_is_skipped(
    ctx: ServiceContext, tech: ServiceContext, tmp_path, paper: str
) -> None:
    from PIL import Image

    from app.services import shop
    from app.services.settings import put_setting

    manager = as_user(ctx, "陈经理", Role.MANAGER)
    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 60), (200, 30, 30)).save(logo)
    d = order_in_state(ctx, tech, OrderState.OPEN)
    set_up_shop(ctx, {"shop.short_name": "Logo Motors"})
    shop.set_logo(manager, logo)
    pdf = render_document(ctx, "intake-slip", d.id, paper=paper)
    images = pypdf.PdfReader(BytesIO(pdf)).pages[0].images
    assert len(images) == 1 and images[0].image.size == (120, 60)
    # a stored value that is no picture (written around the service) prints no logo
    with ctx.db.write() as session:
        put_setting(session, "shop.logo", "bm90IGEgcGljdHVyZQ==")
    pdf = render_document(ctx, "intake-slip", d.id, paper=paper)
    assert not pypdf.PdfReader(BytesIO(pdf)).pages[0].images
    assert "LogoMotors" in flat(pdf_text(pdf))
    shop.set_logo(manager, logo)
    shop.clear_logo(manager)
    pdf = render_document(ctx, "intake-slip", d.id, paper=paper)
    assert not pypdf.PdfReader(BytesIO(pdf)).pages[0].images
