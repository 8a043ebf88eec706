"""Every document of an order: it renders on every paper in every language, says what it
must (numbers, names, amounts), hides what it must not (full phone numbers, prices on the
job card), and a document the order does not have yet is refused with a clear error."""

from __future__ import annotations

from decimal import Decimal

import pytest
from reportlab.lib.units import mm

from app.domain.enums import OrderState
from app.printing.data import PrintData
from app.printing.documents import KINDS
from app.printing.errors import DocumentNotAvailable, UnknownDocument
from app.printing.layout.formatting import money
from app.printing.render import PrintOptions, available_kinds, render_data, render_document
from app.services.context import ServiceContext
from app.services.views import OrderDetail
from tests.app.printing.conftest import MASKED, PHONE, flat, page_count, page_sizes, pdf_text
from tests.factories import order_in_state

PAPERS = ("a4", "a5", "80mm", "58mm")
LANGS = ("zh_CN", "en", "bilingual")
TITLES = {
    "intake-slip": ("接车单", "Intake slip"),
    "work-order": ("维修委托书", "Repair authorization"),
    "job-card": ("施工单", "Job card"),
    "inspection": ("环车检查单", "inspection sheet"),
    "extra-work": ("增项确认单", "Extra work authorization"),
    # a vehicle's on a sheet is the JT/T 1133 list (机动车维修费用结算清单)
    "settlement": ("结算", "Settlement"),
    "release-slip": ("车辆放行条", "Release slip"),
    "receipt": ("收款收据", "Payment receipt"),
    "completion-certificate": ("竣工出厂合格证", "Completion Certificate"),
    "sanbao-record": ("三包修理记录", "Repair Record"),
}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_renders_on_every_paper_in_every_language(
    sample: PrintData, kind: str, paper: str, lang: str
) -> None:
    pdf = render_data(sample, kind, PrintOptions(paper, lang))
    raw = pdf_text(pdf)
    assert "\x00" not in raw  # a character the font lacks would come out as code 0 (a box)
    text = flat(raw)
    zh, en = TITLES[kind]
    assert sample.detail.order.number in text
    assert flat(zh) in text if lang != "en" else flat(en) in text
    if lang == "bilingual":
        assert flat(en) in text
    assert "张伟" in text  # Chinese glyphs extractable: the font is embedded with a ToUnicode map
    assert b"/Helvetica" not in pdf  # every text in the embedded Chinese font
    width = page_sizes(pdf)[0][0]
    if paper in ("80mm", "58mm"):
        assert page_count(pdf) == 1  # a roll is one page as long as its content
        assert width == pytest.approx(int(paper[:2]) * mm, abs=0.1)
    else:
        assert width == pytest.approx({"a4": 210, "a5": 148}[paper] * mm, abs=1)


def test_available_documents_of_a_released_order(sample: PrintData) -> None:
    assert available_kinds(sample) == list(KINDS)


@pytest.mark.parametrize("paper", ["a4", "80mm"])
def test_settlement_shows_groups_amounts_payments_and_next_service(
    sample: PrintData, paper: str
) -> None:
    d = sample.detail
    assert d.settlement is not None
    text = flat(pdf_text(render_data(sample, "settlement", PrintOptions(paper, "bilingual"))))
    st = d.settlement
    for value in (st.number, d.order.number, "粤B12345", "1M8GDM9AXKP042788", "张伟", MASKED):
        assert value in text
    assert PHONE not in text
    # a vehicle's statement on a sheet itemises labor and materials (JT/T 1133), free lines
    # marked with who pays them; a roll groups the lines by payer
    headings = ("工时费小计", "材料费小计") if paper in ("a4", "a5") else ("客户付费", "小计")
    for heading in ("保修", "善意维修", "Warranty", "Goodwill", *headings):
        assert heading in text
    for line in d.lines:
        assert flat(line.description) in text
    assert money(st.gross) in text and money(st.customer_due) in text
    assert money(st.free_total) in text and money(st.discount) in text
    assert "前刹车片" in text and "刹车油更换" in text  # approved extra; declined recommended
    assert "微信支付" in text and "现金" in text and "20.00" in text  # change given
    assert d.order.next_service_date is not None
    assert d.order.next_service_date.isoformat() in text
    assert f"{d.order.next_service_km:,}km" in text


def test_job_card_has_no_prices_and_no_phone(sample: PrintData) -> None:
    text = flat(pdf_text(render_data(sample, "job-card", PrintOptions("a4"))))
    assert "常规保养工时" in text and "王伟" in text
    for price in ("180.00", "328.00", "68.00", "580.00", "243.00"):
        assert price not in text
    assert PHONE not in text and MASKED not in text


@pytest.mark.parametrize("kind", [k for k in KINDS if k != "job-card"])
def test_customer_copies_mask_the_phone(sample: PrintData, kind: str) -> None:
    text = flat(pdf_text(render_data(sample, kind, PrintOptions("a5"))))
    assert PHONE not in text
    assert MASKED in text


def test_work_order_carries_estimate_terms_and_signatures(sample: PrintData) -> None:
    text = flat(pdf_text(render_data(sample, "work-order", PrintOptions("a4"))))
    e = sample.detail.estimate
    assert money(e.customer_total) in text and money(e.gross) in text
    assert "委托条款" in text and "客户签字" in text and "服务顾问签字" in text
    assert "刹车时前轮有异响" in text


def test_extra_work_says_how_and_when_consent_was_given(sample: PrintData) -> None:
    text = flat(pdf_text(render_data(sample, "extra-work", PrintOptions("a4", "en"))))
    assert "Approved" in text and "Declined" in text and "byphone" in text
    assert "客户电话同意" in text and "李娜" in text
    approved = next(l for l in sample.detail.lines if l.is_extra and l.approval_at)
    assert approved.approval_at is not None
    assert approved.approval_at.astimezone().strftime("%Y-%m-%d%H:%M") in text


def test_inspection_lists_marks_and_checklist(sample: PrintData) -> None:
    text = flat(pdf_text(render_data(sample, "inspection", PrintOptions("a4"))))
    for value in (
        "划痕",
        "凹陷",
        "左前门划痕",
        "右前保险杠凹陷",
        "轮胎",
        "胎压灯亮",
        "40%",
        "42,350km",
    ):
        assert value in text


def test_receipt_lists_every_payment(sample: PrintData) -> None:
    text = flat(pdf_text(render_data(sample, "receipt", PrintOptions("80mm"))))
    for p in sample.detail.payments:
        assert p.receipt_number is not None and p.receipt_number in text
        assert money(p.amount) in text
    assert money(sample.detail.paid) in text and "已结清" in text


@pytest.mark.parametrize(
    ("lang", "mark"), [("zh_CN", "副本"), ("en", "COPY"), ("bilingual", "副本/COPY")]
)
def test_reprints_are_marked_as_copies(sample: PrintData, lang: str, mark: str) -> None:
    for paper in ("a4", "80mm"):
        assert mark in flat(
            pdf_text(render_data(sample, "settlement", PrintOptions(paper, lang, True)))
        )
        assert mark not in flat(
            pdf_text(render_data(sample, "settlement", PrintOptions(paper, lang)))
        )


def test_unknown_kind_paper_or_language_is_refused(sample: PrintData) -> None:
    with pytest.raises(UnknownDocument):
        render_data(sample, "invoice")
    with pytest.raises(UnknownDocument):
        render_data(sample, "receipt", PrintOptions("letter"))
    with pytest.raises(UnknownDocument):
        render_data(sample, "receipt", PrintOptions(lang="de"))


@pytest.mark.parametrize(
    ("kind", "why"),
    [
        ("job-card", "not_approved"),
        ("inspection", "no_inspection"),
        ("extra-work", "no_extra_work"),
        ("settlement", "not_settled"),
        ("release-slip", "not_released"),
        ("receipt", "no_payment"),
    ],
)
def test_documents_an_open_order_does_not_have_yet(
    ctx: ServiceContext, tech: ServiceContext, kind: str, why: str
) -> None:
    d = order_in_state(ctx, tech, OrderState.OPEN)
    with pytest.raises(DocumentNotAvailable) as err:
        render_document(ctx, kind, d.id)
    assert err.value.why == why and err.value.state == "open"
    assert d.order.number in str(err.value)


@pytest.mark.parametrize(
    ("state", "missing", "present"),
    [
        (OrderState.READY, "settlement", "job-card"),
        (OrderState.SETTLED, "release-slip", "settlement"),
        (OrderState.SETTLED, "receipt", "work-order"),
        (OrderState.RELEASED, None, "release-slip"),
    ],
)
def test_documents_follow_the_order_state(
    ctx: ServiceContext, tech: ServiceContext, state: OrderState, missing: str | None, present: str
) -> None:
    d: OrderDetail = order_in_state(ctx, tech, state)
    if missing is not None:
        with pytest.raises(DocumentNotAvailable):
            render_document(ctx, missing, d.id)
    pdf = render_document(ctx, present, d.id)
    assert d.order.number in flat(pdf_text(pdf))
    if state is OrderState.RELEASED:
        assert d.paid == Decimal("270.00")
        assert "270.00" in flat(pdf_text(render_document(ctx, "receipt", d.id)))
