"""Whatever the desks accept prints: random long, multi-line, mixed-script text (Chinese,
Latin words and amounts, Arabic, Cyrillic, emoji, full-width punctuation, any Unicode
character the validation lets through) in every text field, at the fields' maximum
lengths, for every document kind, paper and language: no reportlab ``LayoutError``, no
NUL in the PDF text, every page a real page. The staff card too."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.enums import Role
from app.printing.data import PrintData, load_print_data
from app.printing.documents import KINDS
from app.printing.labels import LANGS
from app.printing.layout.paper import PAPERS
from app.printing.render import PrintOptions, render_data
from app.printing.staff_card import SHEETS, StaffCard, render_staff_card
from app.services.context import ServiceContext
from tests.app.printing.conftest import page_count, pdf_text

#: field -> the most characters the core accepts (app/services/intake.py, column lengths)
ORDER_FIELDS = {
    "symptom": 4000,
    "fault_found": 4000,
    "notes": 4000,
    "accessories_left": 500,
    "valuables_left": 500,
}
CUSTOMER_FIELDS = {"name": 100, "contact_person": 100, "address": 200}
ASSET_FIELDS = {
    "make": 60,
    "model": 80,
    "plate": 12,
    "vin": 17,
    "engine_no": 30,
    "colour": 30,
    "imei": 15,
    "serial": 40,
    "frame_no": 40,
    "motor_no": 40,
    "battery_serial": 40,
}
LINE_FIELDS = {"description": 300, "description_en": 300, "code": 40, "approval_note": 300}
SHOP_FIELDS = {
    "short_name": 60,
    "legal_name": 100,
    "address": 200,
    "phone": 40,
    "license_no": 60,
    "bank_name": 100,
    "bank_account": 40,
}

SAMPLES = (
    "刹车时前轮有异响（偶发），低速转弯时方向盘抖动。",
    "¥1,234.50 ",
    "Front-left shock absorber OEM 48510-06B60 ",
    "محمد عبد الله ",
    "Иванов Пётр ",
    "温度25℃，",
    "😀👍🏻👨‍👩‍👧 ",
    "「客户」说：《说明书》在手套箱里！",
    "\n",
    "Ωμέγα ",
    "ﾊﾝｶｸ ",
    "⚠✓×★ ",
)

#: characters the validation accepts: everything but C0 controls (except \n and \t) and
#: lone surrogates (which cannot come from a Qt field or the database)
accepted_chars = st.characters(
    blacklist_categories=("Cs",),
    blacklist_characters="".join(chr(c) for c in range(32) if chr(c) not in "\n\t"),
)


@st.composite
def long_text(draw: st.DrawFn, max_len: int) -> str:
    """Up to ``max_len`` characters, often exactly that: a random mix of sample phrases
    and arbitrary accepted characters, repeated to length."""
    pieces = draw(
        st.lists(
            st.one_of(st.sampled_from(SAMPLES), st.text(accepted_chars, min_size=1, max_size=12)),
            min_size=1,
            max_size=8,
        )
    )
    seed = "".join(pieces)
    length = draw(st.one_of(st.just(max_len), st.integers(1, max_len)))
    text = (seed * (length // max(1, len(seed)) + 1))[:length]
    return text.strip() or "x"


@pytest.fixture(scope="module")
def fresh(module_ctx: ServiceContext, sample: PrintData) -> PrintData:
    """Our own copy of the released sample order (its objects are changed by the tests)."""
    return load_print_data(module_ctx, sample.detail.id)


def fill(data: PrintData, text_for: Callable[[int], str]) -> PrintData:
    d = data.detail
    for obj, fields in (
        (d.order, ORDER_FIELDS),
        (d.customer, CUSTOMER_FIELDS),
        (d.asset, ASSET_FIELDS),
    ):
        for name, n in fields.items():
            setattr(obj, name, text_for(n))
    for line in d.lines:
        for name, n in LINE_FIELDS.items():
            setattr(line, name, text_for(n))
    if d.inspection is not None:
        d.inspection.note = text_for(500)
        for item in d.inspection.items:
            item.note = text_for(500)
            item.label_zh = text_for(100)
        for mark in d.inspection.marks:
            mark.note = text_for(200)
    for p in d.payments:
        p.reason = text_for(300)
        p.reference = text_for(80)
        p.user.name = text_for(60)
    for person in (d.order.advisor, d.order.technician):
        if person is not None:
            person.name = text_for(60)
    shop = dataclasses.replace(data.shop, **{k: text_for(n) for k, n in SHOP_FIELDS.items()})
    return dataclasses.replace(data, shop=shop)


def check_pdf(pdf: bytes) -> None:
    assert pdf.startswith(b"%PDF") and page_count(pdf) >= 1
    assert "\x00" not in pdf_text(pdf)


@pytest.mark.parametrize("paper", list(PAPERS))
@pytest.mark.parametrize("kind", KINDS)
def test_any_accepted_text_prints(fresh: PrintData, kind: str, paper: str) -> None:
    @settings(
        max_examples=2,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        derandomize=False,
    )
    @given(st.data(), st.sampled_from(LANGS))
    def run(data: st.DataObject, lang: str) -> None:
        filled = fill(fresh, lambda n: data.draw(long_text(n)))
        check_pdf(render_data(filled, kind, PrintOptions(paper, lang, copy=True)))

    run()


def test_every_field_at_its_longest_prints_on_every_paper(fresh: PrintData) -> None:
    """The worst case written out: every field at its maximum, Chinese without a space."""

    def longest(n: int) -> str:
        return ("刹车异响，方向盘抖动（偶发）。" * (n // 15 + 1))[:n]

    filled = fill(fresh, longest)
    for kind in KINDS:
        for paper in PAPERS:
            pdf = render_data(filled, kind, PrintOptions(paper, "bilingual"))
            check_pdf(pdf)
            if kind in ("work-order", "job-card"):
                text = "".join(pdf_text(pdf).split())
                assert text.count("刹车异响，方向盘抖动（偶发）。") >= 3 * 4000 // 15 - 3


@given(
    name=long_text(60),
    shop=long_text(60),
    login=long_text(60),
    sheet=st.sampled_from(SHEETS),
    lang=st.sampled_from(("zh_CN", "en", "bilingual")),
)
@settings(max_examples=6, deadline=None)
def test_staff_card_prints_any_name(
    name: str, shop: str, login: str, sheet: str, lang: str
) -> None:
    card = StaffCard(name, login, Role.CASHIER, "WB1-ABCDEFGH", shop)
    check_pdf(render_staff_card(card, sheet=sheet, lang=lang))
