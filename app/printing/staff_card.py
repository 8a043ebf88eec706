"""The staff card: a credit-card sized badge (85.6 x 54 mm, ISO/IEC 7810 ID-1) with the
holder's name, role and login, the shop's name and the QR code a counter scans to switch
user (the code comes from ``app.services.staff.issue_card``; only its hash is stored, so
the PDF is the one place the code exists: print it, hand it over, do not keep the file).

Printed alone (a page the size of the card, for a card printer) or on an A4 sheet with
cut marks around the card, for an office printer and scissors.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.domain.enums import Role
from app.printing.fonts import ensure_fonts
from app.printing.layout.qr import QRCode
from app.printing.text import draw_string, string_width

CARD_WIDTH = 85.6 * mm
CARD_HEIGHT = 54.0 * mm
SHEETS = ("a4", "card")
LANGS = ("zh_CN", "en", "bilingual")

#: a role as printed on the card: (Chinese, English)
ROLE_NAMES: dict[Role, tuple[str, str]] = {
    Role.ADVISOR: ("服务顾问", "Service advisor"),
    Role.TECHNICIAN: ("技师", "Technician"),
    Role.TEAM_LEAD: ("班组长", "Team lead"),
    Role.INSPECTOR: ("质检员", "Quality inspector"),
    Role.CASHIER: ("收银员", "Cashier"),
    Role.PARTS: ("备件管理员", "Parts clerk"),
    Role.FOLLOW_UP: ("回访专员", "Follow-up agent"),
    Role.MANAGER: ("服务经理", "Service manager"),
    Role.ADMIN: ("系统管理员", "Administrator"),
}

_TITLE = {"zh_CN": "员工卡", "en": "Staff card", "bilingual": "员工卡 Staff card"}
_LOGIN = {"zh_CN": "登录名", "en": "Login", "bilingual": "登录名 Login"}
_HINT = {
    "zh_CN": "换班时在柜台扫码登录。遗失请立即告知经理。",
    "en": "Scan at a counter to sign in. Lost? Tell a manager at once.",
    "bilingual": "扫码登录 Scan to sign in · 遗失请告知经理 Lost? Tell a manager",
}
_CUT = {
    "zh_CN": "沿虚线剪下",
    "en": "Cut along the dashed line",
    "bilingual": "沿虚线剪下 Cut here",
}

ACCENT = colors.Color(0.12, 0.53, 0.90)  # the desks' blue (#1e88e5)
GREY = colors.Color(0.35, 0.35, 0.35)


@dataclass(frozen=True)
class StaffCard:
    """What one card shows. ``code`` is the card's secret as ``issue_card`` returned it."""

    name: str
    login: str
    role: Role
    code: str
    shop_name: str


def role_name(role: Role, lang: str) -> str:
    zh, en = ROLE_NAMES[role]
    return {"zh_CN": zh, "en": en}.get(lang, f"{zh} {en}")


def render_staff_card(card: StaffCard, *, sheet: str = "a4", lang: str = "zh_CN") -> bytes:
    """The card as PDF bytes: ``sheet`` "card" (one page of the card's size) or "a4"."""
    if sheet not in SHEETS:
        raise ValueError(f"sheet must be one of {SHEETS}")
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}")
    font = ensure_fonts()
    out = io.BytesIO()
    if sheet == "card":
        canvas = Canvas(out, pagesize=(CARD_WIDTH, CARD_HEIGHT))
        _draw_card(canvas, card, lang, font, 0, 0)
    else:
        canvas = Canvas(out, pagesize=A4)
        x = (A4[0] - CARD_WIDTH) / 2
        y = A4[1] - 30 * mm - CARD_HEIGHT
        _cut_marks(canvas, x, y, font, lang)
        _draw_card(canvas, card, lang, font, x, y)
    canvas.setTitle(f"{_TITLE['en']} {card.login}")
    canvas.setAuthor(card.shop_name)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _fit(text: str, font: str, size: float, width: float, smallest: float = 5.0) -> float:
    """The largest font size up to ``size`` at which ``text`` fits ``width``."""
    while size > smallest and string_width(text, size) > width:
        size -= 0.5
    return size


def _clip(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis until it fits ``width`` at ``size``."""
    if string_width(text, size) <= width:
        return text
    while text and string_width(text + "…", size) > width:
        text = text[: max(0, len(text) - max(1, len(text) // 8))]
    return text + "…"


def _draw_card(c: Canvas, card: StaffCard, lang: str, font: str, x: float, y: float) -> None:
    c.saveState()
    c.translate(x, y)
    pad = 3.5 * mm
    # frame with rounded corners (ID-1 corner radius 3.18 mm)
    c.setStrokeColor(colors.Color(0.7, 0.7, 0.7))
    c.setLineWidth(0.4)
    c.roundRect(0, 0, CARD_WIDTH, CARD_HEIGHT, 3.18 * mm, stroke=1, fill=0)
    # shop band
    band = 10 * mm
    c.setFillColor(ACCENT)
    path = c.beginPath()
    r = 3.18 * mm
    top = CARD_HEIGHT
    path.moveTo(0, top - band)
    path.lineTo(0, top - r)
    path.arcTo(0, top - 2 * r, 2 * r, top, startAng=180, extent=-90)
    path.lineTo(CARD_WIDTH - r, top)
    path.arcTo(CARD_WIDTH - 2 * r, top - 2 * r, CARD_WIDTH, top, startAng=90, extent=-90)
    path.lineTo(CARD_WIDTH, top - band)
    path.close()
    c.drawPath(path, stroke=0, fill=1)
    c.setFillColor(colors.white)
    title = _TITLE[lang]
    title_size = 7.0
    title_w = string_width(title, title_size)
    shop_w = CARD_WIDTH - 2 * pad - title_w - 3 * mm
    shop_size = _fit(card.shop_name, font, 10.0, shop_w, 6.0)
    draw_string(
        c,
        pad,
        top - band + (band - shop_size) / 2 + 1,
        _clip(card.shop_name, font, shop_size, shop_w),
        shop_size,
    )
    c.setFont(font, title_size)
    c.drawRightString(CARD_WIDTH - pad, top - band + (band - title_size) / 2 + 1, title)
    # QR on the right, below the band
    qr_side = CARD_HEIGHT - band - 2 * mm - 6 * mm  # leaves the hint line below
    qr = QRCode(card.code, qr_side)
    qr_x = CARD_WIDTH - pad - qr_side + 1.5 * mm  # the quiet zone may reach into the padding
    qr_y = 6 * mm
    qr.drawOn(c, qr_x, qr_y)
    # name, role, login on the left
    text_w = qr_x - pad - 1 * mm
    c.setFillColor(colors.black)
    name_size = _fit(card.name, font, 16.0, text_w, 8.0)
    line = top - band - 5 * mm - name_size * 0.8
    draw_string(c, pad, line, _clip(card.name, font, name_size, text_w), name_size)
    role = role_name(card.role, lang)
    role_size = _fit(role, font, 9.0, text_w, 6.0)
    line -= 5.5 * mm
    c.setFillColor(ACCENT)
    c.setFont(font, role_size)
    c.drawString(pad, line, role)
    line -= 6 * mm
    c.setFillColor(GREY)
    c.setFont(font, 6.5)
    c.drawString(pad, line, _LOGIN[lang])
    line -= 3.6 * mm
    c.setFillColor(colors.black)
    login_size = _fit(card.login, font, 9.0, text_w, 6.0)
    draw_string(c, pad, line, _clip(card.login, font, login_size, text_w), login_size)
    # the hint along the bottom
    hint = _HINT[lang]
    hint_size = _fit(hint, font, 5.6, CARD_WIDTH - 2 * pad, 4.0)
    c.setFillColor(GREY)
    c.setFont(font, hint_size)
    c.drawString(pad, 2.6 * mm, _clip(hint, font, hint_size, CARD_WIDTH - 2 * pad))
    c.restoreState()


def _cut_marks(c: Canvas, x: float, y: float, font: str, lang: str) -> None:
    """A dashed cut line 2 mm outside the card and corner marks, for scissors."""
    gap = 2 * mm
    c.saveState()
    c.setStrokeColor(colors.Color(0.5, 0.5, 0.5))
    c.setLineWidth(0.3)
    c.setDash(2, 2)
    c.rect(x - gap, y - gap, CARD_WIDTH + 2 * gap, CARD_HEIGHT + 2 * gap, stroke=1, fill=0)
    c.setDash()
    mark = 5 * mm
    for cx, cy, dx, dy in (
        (x - gap, y - gap, -1, -1),
        (x + CARD_WIDTH + gap, y - gap, 1, -1),
        (x - gap, y + CARD_HEIGHT + gap, -1, 1),
        (x + CARD_WIDTH + gap, y + CARD_HEIGHT + gap, 1, 1),
    ):
        c.line(cx, cy, cx + dx * mark, cy)
        c.line(cx, cy, cx, cy + dy * mark)
    c.setFillColor(GREY)
    c.setFont(font, 7)
    c.drawString(x - gap + mark + 2 * mm, y + CARD_HEIGHT + gap + 1.5 * mm, _CUT[lang])
    c.restoreState()
