"""Lines on paper speak the document's language: a Chinese statement prints the Chinese
names and units of catalog lines even when they were added at an English station, an
English one the English names and units even when they were added at a Chinese station;
a hand-typed line is printed as typed (its unit in the document's language when it is a
common one). Checked on the text extracted from the PDF, on every document that lists
lines, on a page and on a roll."""

from __future__ import annotations

import pytest

from app.domain.enums import ApprovalMethod, LineKind, OrderState
from app.printing.data import load_print_data
from app.printing.render import PrintOptions, render_data
from app.services import cashier as cashier_service
from app.services import catalog, lines, workflow
from app.services.inputs import LineInput
from tests.app.printing.conftest import flat, pdf_text, set_up_shop
from tests.factories import inspector_of, order_in_state, vehicle


def _item(ctx, code):
    return catalog.search_catalog(ctx, code)[0]


@pytest.fixture
def mixed(ctx, tech, cashier):
    """A settled order whose lines were added at stations of both languages."""
    set_up_shop(ctx)
    oil = _item(ctx, "P-OILFLT")  # 机油滤清器 / Oil filter, 个 / pc
    intake_lines = [
        # an English station that sent what it showed (the English name and unit)
        LineInput(LineKind.PART, "Oil filter", "1", "68.00", unit="pc", catalog_item_id=oil.id),
        catalog.line_from_catalog(_item(ctx, "P-AIRFLT")),  # 空气滤清器 / Air filter
        LineInput(LineKind.SUNDRY, "Shop supplies", "1", "15.00", unit="set"),  # typed
        LineInput(LineKind.LABOR, "清洗节气门", "1", "120.00", unit="次"),  # typed
    ]
    d = order_in_state(
        ctx, tech, OrderState.IN_PROGRESS, lines=intake_lines, asset=vehicle(vin=None)
    )
    # extra work found at the workshop, proposed from the catalog at a Chinese station
    wiper = _item(ctx, "P-WIPER")  # 雨刮片 / Wiper blades, 对 / pair
    d = lines.propose_extra_work(
        tech,
        d.id,
        [LineInput(LineKind.PART, "雨刮片", "1", "160.00", unit="对", catalog_item_id=wiper.id)],
    )
    extra = [l.id for l in d.lines if l.is_extra]
    lines.decide_extra_work(ctx, d.id, extra, approve=True, method=ApprovalMethod.PHONE)
    workflow.finish_work(tech, d.id)
    workflow.quality_check(inspector_of(ctx), d.id, True)
    d = cashier_service.settle(cashier, d.id)
    return load_print_data(ctx, d.id)


ZH = ("机油滤清器", "空气滤清器", "雨刮片")
EN = ("Oil filter", "Air filter", "Wiper blades")
TYPED = ("Shop supplies", "清洗节气门")


@pytest.mark.parametrize("paper", ["a4", "80mm"])
@pytest.mark.parametrize("kind", ["settlement", "work-order", "job-card", "extra-work"])
def test_catalog_lines_print_in_the_documents_language(mixed, kind, paper):
    wanted = ZH[2:] if kind == "extra-work" else ZH  # the extra-work form lists extra work
    zh = flat(pdf_text(render_data(mixed, kind, PrintOptions(paper, "zh_CN"))))
    en = flat(pdf_text(render_data(mixed, kind, PrintOptions(paper, "en"))))
    for name_zh, name_en in zip(ZH, EN, strict=True):
        if name_zh not in wanted:
            continue
        assert flat(name_zh) in zh and flat(name_en) not in zh
        assert flat(name_en) in en and flat(name_zh) not in en
    if kind != "extra-work":
        for typed in TYPED:  # as typed, in both
            assert flat(typed) in zh and flat(typed) in en


def test_units_print_in_the_documents_language(mixed):
    zh = flat(pdf_text(render_data(mixed, "settlement", PrintOptions("a4", "zh_CN"))))
    en = flat(pdf_text(render_data(mixed, "settlement", PrintOptions("a4", "en"))))
    # catalog units (个/pc, 对/pair) and hand-typed common ones (set -> 套, 次 -> time), next
    # to the quantity 1 on either side (the settlement list has its unit column first)

    def beside(unit: str, text: str) -> bool:
        return f"1{unit}" in text or f"{unit}1" in text

    for unit in ("个", "对", "套"):
        assert beside(unit, zh), unit
    for unit in ("pc", "pair", "set"):
        assert beside(unit, en), unit
    assert not beside("pc", zh) and not beside("pair", zh)
    assert not beside("个", en)
    # a labor line's unit: the settlement list gives hours and rate, the work order the unit
    zh_wo = flat(pdf_text(render_data(mixed, "work-order", PrintOptions("a4", "zh_CN"))))
    en_wo = flat(pdf_text(render_data(mixed, "work-order", PrintOptions("a4", "en"))))
    assert beside("次", zh_wo) and beside("time", en_wo)
    assert not beside("次", en_wo) and not beside("time", zh_wo)


def test_bilingual_prints_both_names_once(mixed):
    text = flat(pdf_text(render_data(mixed, "settlement", PrintOptions("a4", "bilingual"))))
    for name in (*ZH, *EN):
        assert flat(name) in text
    for typed in TYPED:  # one name only: printed once
        assert text.count(flat(typed)) == 1
