"""Layout rules: the inspection sheet (预检单) fits one A4 page with the customer's signature
beside the damage marks; A5 statements and work orders never leave the signatures alone on
a page; a long shop name wraps compactly beside the logo; Chinese line breaking (no line
starts with closing punctuation, none ends with an opening bracket, numbers and amounts
whole); totals line up with the amount column."""

from __future__ import annotations

import dataclasses
import re
from io import BytesIO

import pypdf
import pypdfium2 as pdfium
import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st
from PIL import Image

from app.domain.enums import Approval, DamageType, InspectionResult
from app.printing import text as T
from app.printing.data import PrintData, load_print_data
from app.printing.documents.common import line_net
from app.printing.labels import LANGS, Labels
from app.printing.layout import blocks
from app.printing.layout import formatting as fmt
from app.printing.render import PrintOptions, context, render_data
from app.services import intake
from app.services.context import ServiceContext
from app.services.inputs import (
    DamageMarkInput,
    InspectionInput,
    InspectionItemInput,
    IntakeInput,
    VisitDetails,
)
from tests.app.printing.conftest import flat, page_count
from tests.factories import customer, vehicle


def page_texts(pdf: bytes) -> list[str]:
    return [flat(p.extract_text()) for p in pypdf.PdfReader(BytesIO(pdf)).pages]


# -- the inspection sheet --------------------------------------------------------------


@pytest.fixture(scope="module")
def full_inspection(module_ctx: ServiceContext) -> PrintData:
    """Every checklist item flagged with a note, and six damage marks with notes."""
    d = intake.intake(
        module_ctx,
        IntakeInput(
            details=VisitDetails(symptom="异响", mileage_in=42350, fuel_level=55),
            customer=customer("王芳", "13912345678"),
            asset=vehicle("粤B6L123", None),
            lines=[],
        ),
    )
    items = [
        InspectionItemInput(
            item.code, InspectionResult.ATTENTION, f"{item.label_zh}需关注，已告知客户（拍照存档）"
        )
        for item in intake.checklist(module_ctx, d.asset.kind)
    ]
    assert len(items) >= 8
    marks = [
        DamageMarkInput(str(0.1 + i * 0.15), str(0.1 + i * 0.14), DamageType.SCRATCH, f"划痕{i}号")
        for i in range(6)
    ]
    intake.record_inspection(
        module_ctx,
        d.id,
        InspectionInput(
            items=items,
            marks=marks,
            fuel_level=55,
            mileage=42350,
            note="客户在场确认，车内无贵重物品。",
        ),
    )
    return load_print_data(module_ctx, d.id)


@pytest.mark.parametrize("lang", LANGS)
def test_inspection_sheet_is_one_a4_page_signed_beside_the_marks(
    full_inspection: PrintData, sample: PrintData, lang: str
) -> None:
    L = Labels(lang)
    for data in (full_inspection, sample):
        pdf = render_data(data, "inspection", PrintOptions("a4", lang))
        assert page_count(pdf) == 1
        page = page_texts(pdf)[0]
        assert flat(L("sign_customer")) in page
        assert flat(L("damage_diagram")) in page
    assert (
        "划痕5号" in page_texts(render_data(full_inspection, "inspection", PrintOptions("a4")))[0]
    )


def test_a_longer_inspection_keeps_marks_and_signatures_together(
    full_inspection: PrintData,
) -> None:
    """Notes long enough for two pages: the signatures still share a page with the car."""
    data = dataclasses.replace(full_inspection)
    insp = data.detail.inspection
    assert insp is not None
    old = insp.note
    insp.note = "客户要求记录：" + "车身多处旧伤，已逐一拍照并与客户确认。" * 40
    try:
        pdf = render_data(data, "inspection", PrintOptions("a4", "bilingual"))
    finally:
        insp.note = old
    texts = page_texts(pdf)
    signed = [t for t in texts if flat(Labels("bilingual")("sign_customer")) in t]
    assert len(signed) == 1
    assert flat(Labels("bilingual")("damage_diagram")) in signed[0]


# -- signatures never alone ------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "total_key"), [("settlement", "amount_due"), ("work-order", "estimate_customer")]
)
def test_a5_signatures_are_never_alone_on_a_page(
    sample: PrintData, kind: str, total_key: str
) -> None:
    lines = sample.detail.lines
    L = Labels("zh_CN")
    continued = flat(L("continued")) + ")"
    pages_seen = set()
    for n in range(1, 62, 3):
        many = [lines[i % len(lines)] for i in range(n)]
        data = dataclasses.replace(sample, detail=dataclasses.replace(sample.detail, lines=many))
        pdf = render_data(data, kind, PrintOptions("a5", "zh_CN"))
        texts = page_texts(pdf)
        pages_seen.add(len(texts))
        last = texts[-1]
        assert flat(Labels("zh_CN")("sign_customer")) in last
        # with what precedes them: the totals, or (the statement's legal blocks after the
        # totals being long) at least the details just before the signatures
        body = last.split(continued, 1)[-1] if len(texts) > 1 else last
        before = body[: body.index(flat(L("sign_customer")))]
        for own in (L("settlement_confirm"), L("qr_pickup"), sample.detail.order.number):
            before = before.replace(flat(own), "")
        assert flat(L(total_key)) in last or len(before) >= 10, (kind, n, len(texts), last)
    assert max(pages_seen) >= 3  # the sizes tried do run over pages


# -- the header ------------------------------------------------------------------------


def _logo() -> bytes:
    out = BytesIO()
    Image.new("RGB", (200, 200), (20, 80, 160)).save(out, "PNG")
    return out.getvalue()


@pytest.mark.parametrize("paper", ["a4", "a5"])
def test_a_long_shop_name_wraps_compactly_beside_the_logo(sample: PrintData, paper: str) -> None:
    name = "深圳市福田区华强北路新能源汽车及电动自行车综合维修服务中心（旗舰店）"[:40]
    shop = dataclasses.replace(sample.shop, short_name=name, logo=_logo())
    data = dataclasses.replace(sample, shop=shop)
    d = context(data, "settlement", PrintOptions(paper))
    top = blocks.header(d, "title", [("单号", "WO-20261123-0001"), ("日期", "2026-11-23 10:00")])[0]
    widths = top._colWidths
    assert len(widths) == 3  # logo | shop | numbers
    name_para = top._cellvalues[0][1][0]
    w, h = name_para.wrap(widths[1] - 3, 1000)
    lines = len(name_para.blPara.lines)
    assert lines <= 2, lines  # smaller type rather than a tall ragged block
    assert name_para.style.fontSize >= d.styles.shop.fontSize * 0.7
    assert widths[1] > d.paper.frame_width * 0.45  # the name gets the room, not the numbers
    assert flat(name) in flat(page_texts(render_data(data, "settlement", PrintOptions(paper)))[0])


# -- Chinese line breaking -------------------------------------------------------------

PHRASES = [
    "刹车时前轮有异响",
    "（偶发）",
    "，",
    "。",
    "、",
    "：",
    "；",
    "！",
    "？",
    "「原厂」",
    "『备注』",
    "《保养手册》",
    "¥1,234.50",
    "12,345 km",
    "48510-06B60",
    "Front-left shock absorber",
    " ",
    "温度25℃",
    "3.5%",
]
AMOUNT = re.compile(r"¥?\d[\d,]*(?:\.\d+)?")


@given(
    st.lists(st.sampled_from(PHRASES), min_size=1, max_size=40),
    st.floats(min_value=8 * 9.0, max_value=40 * 9.0),
)
@settings(max_examples=200, deadline=None)
@example(["¥1,234.50"] * 4, 128.0)  # found by hypothesis: a line ended with "¥"
def test_kinsoku_splitter(pieces: list[str], width: float) -> None:
    source = "".join(pieces)
    # a run of punctuation alone wider than the line is a case no rule can satisfy
    assume(not re.search(f"[{re.escape(''.join(T.NO_START | T.NO_END))}]{{4,}}", source))
    lines = T.break_lines(T.shape(source), 9.0, width)
    texts = ["".join(ch for ch, _ in line) for line in lines]
    assert "".join(texts).replace(" ", "") == source.replace(" ", "")
    for line, t in zip(lines, texts, strict=True):
        assert T.width_of(line, 9.0) <= width + 0.01
        if not t:
            continue
        if t is not texts[0] or t[0] != source.lstrip()[0]:  # unless the text starts so
            assert t[0] not in T.NO_START, texts
        if t is not texts[-1] or t[-1] != source.rstrip()[-1]:
            assert t[-1] not in T.NO_END, texts
    joined = "\n".join(texts)
    # every number or amount is on one line, unless its word is wider than a line together
    # with the punctuation glued to it (an opening bracket before, a closing mark after:
    # those may not end or start a line, so such a piece has to split somewhere)
    opening = re.escape("".join(T.NO_END))
    closing = re.escape("".join(T.NO_START))
    glued = re.compile(f"[{opening}]*([^\\s\u2e80-\uffff]+)[{closing}]*")
    for m in glued.finditer(source):
        word = m.group(1)
        if T.width_of(T.shape(m.group(0)), 9.0) <= width:
            for amount in AMOUNT.findall(word):
                assert amount in joined, (amount, texts)


def test_no_line_of_a_printed_paragraph_starts_with_closing_punctuation(
    sample: PrintData,
) -> None:
    symptom = (
        "刹车时前轮有异响，低速转弯时方向盘抖动（偶发）。客户说：「更换过《原厂》刹车片」！" * 12
    )
    order = sample.detail.order
    old = order.symptom
    order.symptom = symptom
    try:
        pdf = render_data(sample, "intake-slip", PrintOptions("58mm"))
    finally:
        order.symptom = old
    doc = pdfium.PdfDocument(pdf)
    page_text = doc[0].get_textpage().get_text_range()
    doc.close()
    lines = [ln.strip() for ln in page_text.splitlines() if ln.strip()]
    assert sum("刹车" in ln for ln in lines) >= 5
    for ln in lines:
        assert ln[0] not in "）。，、：；！？」』》", ln
        assert ln[-1] not in "（「『《", ln


# -- totals line up --------------------------------------------------------------------


def _right_edges(pdf: bytes, needle: str) -> list[float]:
    """The right edge (points from the page's left) of every occurrence, on every page."""
    doc = pdfium.PdfDocument(pdf)
    found = []
    for page in doc:
        textpage = page.get_textpage()
        search = textpage.search(needle)
        while (hit := search.get_next()) is not None:
            index, count = hit
            found.append(textpage.get_charbox(index + count - 1)[2])
    doc.close()
    return found


@pytest.mark.parametrize("paper", ["a4", "a5"])
def test_totals_line_up_with_the_amount_column(sample: PrintData, paper: str) -> None:
    """On the work order the totals under the line table share the right edge of its
    amount column (a payer column follows it)."""
    pdf = render_data(sample, "work-order", PrintOptions(paper, "zh_CN"))
    total = _right_edges(pdf, fmt.money(sample.detail.estimate.gross))
    # a line's amount may also be its unit price: the rightmost one is the amount column
    shown = [x for x in sample.detail.lines if x.approval is not Approval.DECLINED]
    nets = [max(_right_edges(pdf, fmt.money(line_net(x))), default=0.0) for x in shown]
    edges = total + [e for e in nets if e]
    assert len(total) == 1 and len(edges) >= 3
    assert max(edges) - min(edges) < 1.0, edges


def test_a_long_wide_field_wraps_across_the_whole_row(sample: PrintData) -> None:
    """A 4,000-character symptom on A5 splits across pages at the full width of its row
    (not in the narrow column a spanned cell would wrap in)."""
    order = sample.detail.order
    old = order.symptom
    order.symptom = ("刹车时前轮有异响低速转弯时方向盘抖动偶发" * 200)[:4000]
    try:
        pdf = render_data(sample, "work-order", PrintOptions("a5", "zh_CN"))
    finally:
        order.symptom = old
    doc = pdfium.PdfDocument(pdf)
    lines = [ln.strip() for page in doc for ln in page.get_textpage().get_text_range().splitlines()]
    doc.close()
    symptom_lines = [ln for ln in lines if "异响" in ln or "抖动" in ln]
    assert sum(len(ln) for ln in symptom_lines) >= 4000
    assert max(len(ln) for ln in symptom_lines) >= 30


@pytest.mark.parametrize("kind", ["work-order", "release-slip", "job-card"])
@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_a_visit_of_a_few_lines_is_one_a4_page(sample: PrintData, kind: str, lang: str) -> None:
    """The closing block kept with the totals does not push a short document to a second
    page (a KeepTogether nested in another one reports a page-sized height)."""
    pdf = render_data(sample, kind, PrintOptions("a4", lang=lang))
    assert page_count(pdf) == 1, page_texts(pdf)[-1][:200]
