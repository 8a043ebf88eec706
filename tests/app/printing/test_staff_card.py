"""The printed staff card: the card's size alone or on A4, the holder's details as text, and
a QR code that a counter's scanner reads back as exactly the card's code."""

from __future__ import annotations

from io import BytesIO

import pypdf
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from app.domain.credentials import is_card_code, new_card_secret
from app.domain.enums import Role
from app.printing.staff_card import StaffCard, render_staff_card
from tests.app.printing.test_qr import decoded_qr_texts


def card(**changes: object) -> StaffCard:
    values: dict[str, object] = {
        "name": "王建国",
        "login": "wangjg",
        "role": Role.MANAGER,
        "code": new_card_secret(),
        "shop_name": "深圳福田顺达汽车服务有限公司",
    }
    values.update(changes)
    return StaffCard(**values)  # type: ignore[arg-type]


def pdf_text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(BytesIO(pdf)).pages)


@pytest.mark.parametrize("sheet", ["card", "a4"])
@pytest.mark.parametrize("lang", ["zh_CN", "en", "bilingual"])
def test_the_qr_decodes_to_the_card_code(sheet: str, lang: str) -> None:
    c = card()
    texts = decoded_qr_texts(render_staff_card(c, sheet=sheet, lang=lang), scale=4.0)
    assert texts == [c.code]
    assert is_card_code(texts[0])


def test_card_sheet_is_credit_card_sized_and_a4_is_a4() -> None:
    alone = pypdf.PdfReader(BytesIO(render_staff_card(card(), sheet="card"))).pages
    assert len(alone) == 1
    box = alone[0].mediabox
    assert float(box.width) == pytest.approx(85.6 * mm, abs=0.01)
    assert float(box.height) == pytest.approx(54 * mm, abs=0.01)
    sheet = pypdf.PdfReader(BytesIO(render_staff_card(card(), sheet="a4"))).pages
    assert (float(sheet[0].mediabox.width), float(sheet[0].mediabox.height)) == pytest.approx(A4)


def test_holder_role_login_and_shop_are_printed() -> None:
    zh = pdf_text(render_staff_card(card(), sheet="card", lang="zh_CN"))
    for text in ("王建国", "服务经理", "wangjg", "深圳福田顺达汽车服务有限公司", "员工卡"):
        assert text in zh
    en = pdf_text(render_staff_card(card(role=Role.CASHIER, name="Zhao Min"), lang="en"))
    for text in ("Zhao Min", "Cashier", "Staff card", "Cut along the dashed line"):
        assert text in en


def test_a_very_long_shop_name_is_shortened_not_spilled() -> None:
    long_name = "深圳市福田区顺达汽车维修服务有限公司第一分公司售后服务中心" * 2
    text = pdf_text(render_staff_card(card(shop_name=long_name), sheet="card"))
    assert "…" in text
    assert long_name not in text


def test_unknown_sheet_or_language_is_refused() -> None:
    with pytest.raises(ValueError, match="sheet"):
        render_staff_card(card(), sheet="a5")
    with pytest.raises(ValueError, match="lang"):
        render_staff_card(card(), lang="fr")
