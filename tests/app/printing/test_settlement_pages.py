"""The settlement list of a typical order (up to 12 lines, labor and parts) is one A4 page
with the customer's and 结算员's signatures and the stamp area on it, in Chinese and in
English; a long one runs on, and its last page never holds the signatures alone."""

from __future__ import annotations

from io import BytesIO

import pypdf
import pytest

from app.domain.enums import AssetKind
from app.printing.data import load_print_data
from app.printing.render import PrintOptions, render_data
from app.services.context import ServiceContext
from app.services.inputs import AssetInput
from tests.app.printing.conftest import set_up_shop
from tests.app.printing.make_docs import typical_lines, visit


def _pages(ctx, tech, cashier, n: int, lang: str) -> list[str]:
    set_up_shop(ctx)
    car = AssetInput(AssetKind.VEHICLE, plate=f"粤B{n:05d}", make="大众", model="速腾")
    d = visit(ctx, tech, cashier, car, typical_lines(n))
    pdf = render_data(load_print_data(ctx, d.id), "settlement", PrintOptions("a4", lang))
    return [p.extract_text() for p in pypdf.PdfReader(BytesIO(pdf)).pages]


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_twelve_lines_fit_one_page_with_signatures_and_stamp(
    ctx: ServiceContext, tech: ServiceContext, cashier: ServiceContext, lang: str
) -> None:
    (page,) = _pages(ctx, tech, cashier, 12, lang)
    flat = "".join(page.split())
    if lang == "zh_CN":
        assert "客户签字" in flat and "结算员签字" in flat and "承修方（盖章）" in flat
        assert "合计金额（大写）" in flat and "材料费小计" in flat
    else:
        assert "Customer" in flat and "Settledby" in flat and "Repairer(stamp)" in flat


def test_a_long_list_runs_on_and_the_signatures_never_stand_alone(
    ctx: ServiceContext, tech: ServiceContext, cashier: ServiceContext
) -> None:
    pages = _pages(ctx, tech, cashier, 40, "zh_CN")
    assert len(pages) >= 2
    last = "".join(pages[-1].split())
    assert "客户签字" in last and "承修方（盖章）" in last
    assert "合计金额（大写）" in last  # the totals come with them
    assert all("客户签字" not in "".join(p.split()) for p in pages[:-1])
