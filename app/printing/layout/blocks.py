"""Building blocks of every document: header, field grid, line tables (with repeating
headers, so long orders break across pages cleanly), stacked items for thermal rolls,
totals, QR block and signature lines. Texts passed in are plain and escaped here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from io import BytesIO
from typing import Any, TypeAlias

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    Image,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.printing.context import DocContext
from app.printing.fonts import FONT_NAME
from app.printing.layout.qr import QRCode
from app.printing.layout.styles import INK
from app.printing.text import TextPara, string_width

Cell: TypeAlias = str | Flowable
#: a TableStyle command: (name, (col, row), (col, row), *values)
StyleCmd: TypeAlias = tuple[Any, ...]


def para(d: DocContext, text: str, style: ParagraphStyle | None = None) -> Paragraph:
    """Plain text (any script) as a paragraph: fonts per character, Chinese line-breaking
    rules, splits across pages (:class:`app.printing.text.TextPara`)."""
    return TextPara(str(text), style or d.styles.body)


def gap(d: DocContext, lines: float = 0.6) -> Spacer:
    return Spacer(1, d.paper.font_size * lines)


def rule(d: DocContext, thickness: float = 0.5, dashed: bool = False) -> HRFlowable:
    return HRFlowable(
        width="100%",
        thickness=thickness,
        color=INK if thickness > 0.6 else d.styles.rule,
        spaceBefore=d.paper.font_size * 0.3,
        spaceAfter=d.paper.font_size * 0.4,
        dash=(2, 2) if dashed else None,
    )


@lru_cache(maxsize=4)
def _aspect(data: bytes) -> float:
    """The logo's aspect ratio (width / height), measured once per picture."""
    w, h = ImageReader(BytesIO(data)).getSize()
    return float(w) / float(h)


def logo(d: DocContext, height: float, max_share: float = 0.35) -> Image | None:
    """The shop's logo ``height`` high, a very wide one scaled down to ``max_share`` of the
    frame; ``None`` without one (or if the stored picture cannot be read)."""
    data = d.data.shop.logo
    if not data:
        return None
    try:
        aspect = _aspect(data)
    except Exception:  # not a picture after all: print without it
        return None
    width = min(height * aspect, d.paper.frame_width * max_share)
    # at the printer's resolution (203 dpi rolls, 300 dpi sheets): a 600-pixel logo would
    # be compressed into every PDF again; a roll's in black and white (dots or none)
    dpi = 203 if d.paper.roll else 300
    pixels = max(8, round(width / aspect / 72 * dpi))
    try:
        prepared = _prepared(data, pixels, d.paper.roll)
    except Exception:  # a picture PIL cannot convert: print without it
        return None
    return Image(BytesIO(prepared), width=width, height=width / aspect)


@lru_cache(maxsize=8)
def _prepared(data: bytes, height_px: int, one_bit: bool) -> bytes:
    """The picture scaled to ``height_px`` (never up), as PNG; ``one_bit``: black and white
    (threshold on white, no dithering)."""
    from PIL import Image as PILImage  # reportlab's ImageReader loads it anyway

    with PILImage.open(BytesIO(data)) as im:
        rgba = im.convert("RGBA")
    if rgba.height > height_px:
        size = (max(1, round(rgba.width * height_px / rgba.height)), height_px)
        rgba = rgba.resize(size, PILImage.Resampling.LANCZOS)
    white = PILImage.new("RGBA", rgba.size, (255, 255, 255, 255))
    flat = PILImage.alpha_composite(white, rgba)
    out = BytesIO()
    if one_bit:
        grey = flat.convert("L").point(lambda v: 255 if v >= 160 else 0)
        grey.convert("1", dither=PILImage.Dither.NONE).save(out, "PNG")
    else:
        flat.convert("RGB").save(out, "PNG")
    return out.getvalue()


def shop_lines(d: DocContext) -> list[str]:
    """Under the shop's name: its legal name (when the big name is the short one), address,
    phone and repair license (number and class)."""
    L, shop = d.labels, d.data.shop
    lines = []
    if shop.legal_name and shop.legal_name != shop.name:
        lines.append(shop.legal_name)
    if shop.address:
        lines.append(shop.address)
    if shop.phone:
        lines.append(L.kv(L("shop_phone"), shop.phone))
    if shop.license_no:
        license_class = L(f"license_class.{shop.license_class}") if shop.license_class else ""
        lines.append(
            L.kv(
                L("shop_license"),
                shop.license_no + (L.paren(license_class) if license_class else ""),
            )
        )
    return lines


def header(d: DocContext, title: str, numbers: Sequence[tuple[str, str]]) -> list[Flowable]:
    """The shop (logo, name, legal name, address, phone, license); the document's title;
    its numbers and dates. On A4/A5 the logo, the shop and the numbers sit in three
    columns, so a long name wraps in its own column instead of running into the logo."""
    s, L = d.styles, d.labels
    name = d.data.shop.name or L("shop_unnamed")
    contact = shop_lines(d)
    copy_mark = L("copy_mark", " / ")
    out: list[Flowable] = []
    if d.paper.roll:
        image = logo(d, 10 * mm, 0.6)
        if image is not None:
            out.append(image)
        out += [para(d, name, s.shop)] + [para(d, c, s.center) for c in contact]
        out += [rule(d, 0.9), para(d, title, s.title)]
        if d.copy:
            out.append(para(d, f"*** {copy_mark} ***", s.title))
        out.append(fields(d, [Field(k, v) for k, v in numbers]))
        out.append(rule(d, 0.9))
        return out
    fw = d.paper.frame_width
    right_texts = [L.kv(k, v) for k, v in numbers]
    # the numbers' column is as wide as its longest line needs (at most 40 %): the shop's
    # name gets the rest, beside the logo
    right_w = min(
        fw * 0.4,
        max(text_width(t, s.right) for t in [*right_texts, copy_mark]) + 6,
    )
    image = logo(d, (16 if d.paper.key == "a4" else 11) * mm, 0.2)
    room = image.drawWidth + 3 * mm if image is not None else 0.0
    name_w = fw - right_w - room - 3
    left = [para(d, name, _shop_style(s.shop, name, name_w))]
    left += [para(d, c, s.small) for c in contact]
    right: list[Flowable] = [para(d, t, s.right) for t in right_texts]
    if d.copy:
        right.insert(0, para(d, copy_mark, s.number))
    cells: list[Cell | list[Flowable]] = [left, right]
    widths = [fw - right_w - room, right_w]
    if image is not None:
        cells.insert(0, image)
        widths.insert(0, room)
    top = _table([cells], widths, TIGHT + [("VALIGN", (0, 0), (-1, -1), "TOP")])
    return [top, rule(d, 1.0), para(d, title, s.title), gap(d, 0.3)]


def _shop_style(style: ParagraphStyle, name: str, width: float) -> ParagraphStyle:
    """The shop name's style: full size while it takes at most two lines in ``width``,
    smaller steps (down to 70 %) for a longer name, so it wraps into a compact block."""
    size = style.fontSize
    smallest = size * 0.7
    while size > smallest and string_width(name, size) > 2 * width * 0.95:
        size = max(smallest, size - 0.5)
    if size == style.fontSize:
        return style
    return ParagraphStyle(
        f"{style.name}-{size}", parent=style, fontSize=size, leading=round(size * 1.22, 1)
    )


def shop_account(d: DocContext) -> list[Flowable]:
    """The shop's 统一社会信用代码 and bank account (the settlement statement's 承修方 block,
    JT/T 1133); nothing when none of them is set."""
    L, shop = d.labels, d.data.shop
    items = [
        Field(L("credit_code"), shop.credit_code),
        Field(L("bank_name"), shop.bank_name),
        Field(L("bank_account"), grouped_account(shop.bank_account)),
    ]
    if not any(f.value for f in items):
        return []
    return [fields(d, items)]


def grouped_account(account: str) -> str:
    """A bank account in groups of four digits, as banks print it."""
    digits = account.replace(" ", "")
    return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))


@dataclass(frozen=True)
class Field:
    label: str
    value: str
    wide: bool = False  # takes a whole row on A4/A5


TIGHT: list[StyleCmd] = [
    ("FONTNAME", (0, 0), (-1, -1), FONT_NAME),  # for plain-string cells, even empty ones
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ("TOPPADDING", (0, 0), (-1, -1), 1.2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
]


def fields(d: DocContext, items: Sequence[Field | None]) -> Table:
    """Label/value pairs; empty values are left out. Two pairs a row on A4/A5."""
    s = d.styles
    shown = [f for f in items if f is not None and f.value != ""]
    fw = d.paper.frame_width
    label_share = 0.4 if d.labels.bilingual else 0.27
    if d.paper.narrow:
        rows = [[para(d, f.label, s.label), para(d, f.value, s.value)] for f in shown]
        return _table(rows or [["", ""]], [fw * label_share, fw * (1 - label_share)], TIGHT)
    lw = fw * label_share / 2
    vw = fw / 2 - lw
    # a wide field is a two-column table of its own, not a spanned cell: reportlab splits
    # a long row across pages only at its own cell width (a spanned value would wrap in a
    # quarter of the page)
    parts: list[tuple[bool, list[list[Cell]]]] = []
    pending: list[Cell] = []

    def add(wide: bool, row: list[Cell]) -> None:
        if not parts or parts[-1][0] != wide:
            parts.append((wide, []))
        parts[-1][1].append(row)

    for f in shown:
        if f.wide:
            if pending:
                add(False, pending + ["", ""])
                pending = []
            add(True, [para(d, f.label, s.label), para(d, f.value, s.value)])
            continue
        pending += [para(d, f.label, s.label), para(d, f.value, s.value)]
        if len(pending) == 4:
            add(False, pending)
            pending = []
    if pending:
        add(False, pending + ["", ""])
    tables = [
        _table(rows, [lw, fw - lw] if wide else [lw, vw, lw, vw], TIGHT) for wide, rows in parts
    ]
    if not tables:
        return _table([["", "", "", ""]], [lw, vw, lw, vw], TIGHT)
    if len(tables) == 1:
        return tables[0]
    pad0 = [(k, (0, 0), (-1, -1), 0) for k in ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING")]
    return _table(
        [[t] for t in tables], [fw], TIGHT + pad0 + [("BOTTOMPADDING", (0, 0), (-1, -1), 0)]
    )


def _table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    style: Sequence[StyleCmd],
    **kw: Any,
) -> Table:
    """A table whose rows may split across pages (a cell with a long text in it)."""
    table = Table(rows, colWidths=list(widths), splitInRow=1, **kw)
    table.setStyle(TableStyle(list(style)))
    return table


def section(d: DocContext, title: str) -> list[Flowable]:
    return [para(d, title, d.styles.h2)]


def grid(
    d: DocContext,
    headers: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    align: str,
    total_width: float | None = None,
    *,
    heading_rows: Sequence[int] = (),
    subtotal_rows: Sequence[int] = (),
) -> Table:
    """A line table: ``widths`` are shares of the frame width, ``align`` one of ``lrc`` per
    column. The header row repeats on every page the table runs onto. ``heading_rows``
    (indexes into ``rows``) span the table as group headings; ``subtotal_rows`` get a rule
    above."""
    s = d.styles
    cell_style = {"l": s.cell, "r": s.cell_right, "c": s.cell_center}
    headings = set(heading_rows)
    head = [
        TextPara(h, {"r": s.head_right, "c": s.head_center}.get(a, s.head))
        for h, a in zip(headers, align, strict=True)
    ]
    body = [
        [TextPara(str(row[0]), s.h2), *[""] * (len(align) - 1)]
        if i in headings
        else [
            c if isinstance(c, Flowable) else TextPara(c, cell_style[a])
            for c, a in zip(row, align, strict=True)
        ]
        for i, row in enumerate(rows)
    ]
    fw = total_width or d.paper.frame_width
    style: list[StyleCmd] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT_NAME),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, s.rule),
    ]
    if s.shade is not None:
        style.append(("BACKGROUND", (0, 0), (-1, 0), s.shade))
    for i in heading_rows:
        style += [("SPAN", (0, i + 1), (-1, i + 1)), ("TOPPADDING", (0, i + 1), (-1, i + 1), 5)]
    for i in subtotal_rows:
        style.append(("LINEABOVE", (0, i + 1), (-1, i + 1), 0.6, INK))
    return _table([head, *body], [fw * w for w in widths], style, repeatRows=1)


@dataclass(frozen=True)
class Item:
    """One line on a thermal roll: its title, then details left and an amount right."""

    title: str
    left: str = ""
    right: Cell = ""
    heading: bool = False  # a group heading across the roll, between rules


def items(d: DocContext, entries: Sequence[Item]) -> Table:
    s = d.styles
    fw = d.paper.frame_width
    rows: list[list[Cell]] = []
    style: list[StyleCmd] = list(TIGHT)
    for e in entries:
        if e.heading:
            rows.append([para(d, e.title, s.body), ""])
            last = len(rows) - 1
            style += [
                ("SPAN", (0, last), (1, last)),
                ("LINEABOVE", (0, last), (1, last), 0.8, INK),
                ("LINEBELOW", (0, last), (1, last), 0.5, INK),
            ]
            continue
        right = e.right if isinstance(e.right, Flowable) else para(d, e.right, s.cell_right)
        if not e.left:  # title and amount fit on one row
            rows.append([para(d, e.title, s.cell), right])
        else:
            rows.append([para(d, e.title, s.cell), ""])
            style.append(("SPAN", (0, len(rows) - 1), (1, len(rows) - 1)))
            rows.append([para(d, e.left, s.small), right])
        style.append(("LINEBELOW", (0, len(rows) - 1), (-1, len(rows) - 1), 0.25, s.rule))
    return _table(rows or [["", ""]], [fw * 0.58, fw * 0.42], style)


#: the cell padding of line tables (:func:`grid`); totals use it to line up with them
GRID_PAD = 3.5


def totals(
    d: DocContext,
    rows: Sequence[tuple[str, str, bool]],
    column: tuple[float, float] | None = None,
) -> Table:
    """Right-aligned label/amount rows; ``True`` marks the row that matters (amount due).

    ``column`` (start, width), shares of the frame: the amount column of the line table
    above, so each total's right edge is that column's right edge (same padding). A label
    takes the room left of the column; an amount wider than the column grows to the left."""
    s = d.styles
    fw = d.paper.frame_width
    data = []
    style: list[StyleCmd] = list(TIGHT) + [("RIGHTPADDING", (0, 0), (-1, -1), GRID_PAD)]
    for i, (label, value, strong) in enumerate(rows):
        data.append(
            [
                para(d, label, s.total_label),
                para(d, value, s.total_value if strong else s.right),
                "",
            ]
        )
        if strong:
            style.append(("LINEABOVE", (0, i), (1, i), 0.8, INK))
    if column is None or d.paper.narrow:
        start, width = (0.62, 0.38) if d.paper.narrow else (0.78, 0.22)
    else:
        start, width = column
    widest = max((text_width(v, s.total_value) for _, v, _ in rows), default=0.0)
    amount = max(fw * width, widest + GRID_PAD * 2 + 1)
    right = max(0.0, fw * (1 - start - width))
    label_w = fw - amount - right
    table = _table(data, [label_w, amount, right], style)
    table.keep_with_closing = True  # see page.keep_ending
    return table


def text_width(text: str, style: ParagraphStyle) -> float:
    return string_width(text, style.fontSize)


def qr_block(d: DocContext, token: str, captions: Sequence[str]) -> Flowable:
    s = d.styles
    code = QRCode(token, d.paper.qr_size)
    lines = [para(d, c, s.small) for c in captions]
    if d.paper.narrow:
        t = Table(
            [[code], *[[para(d, c, s.center)] for c in captions]], colWidths=[d.paper.frame_width]
        )
        t.setStyle(TIGHT + [("ALIGN", (0, 0), (-1, -1), "CENTER")])
        return t
    t = Table(
        [[code, lines]], colWidths=[code.size + 2 * mm, d.paper.frame_width - code.size - 2 * mm]
    )
    t.setStyle(TIGHT + [("VALIGN", (1, 0), (1, 0), "MIDDLE")])
    return t


def signatures(d: DocContext, labels: Sequence[str]) -> Table:
    """Lines to sign on, each with a date line."""
    s = d.styles
    L = d.labels
    fw = d.paper.frame_width
    date_label = L("date")
    height = d.paper.font_size * 2.8
    if d.paper.narrow:
        rows = []
        heights = []
        for label in labels:
            rows += [[para(d, label, s.label), ""], [para(d, date_label, s.label), ""]]
            heights += [height, d.paper.font_size * 2.0]
        widths = [fw * 0.4, fw * 0.6]
    else:
        rows = [[para(d, label, s.label), "", para(d, date_label, s.label), ""] for label in labels]
        heights = [height] * len(rows)
        widths = [fw * 0.27, fw * 0.38, fw * 0.12, fw * 0.23]
    style: list[StyleCmd] = list(TIGHT) + [("VALIGN", (0, 0), (-1, -1), "BOTTOM")]
    if not d.paper.narrow:
        style.append(("LEFTPADDING", (2, 0), (2, -1), 8))
    for col in range(1, len(widths), 2):
        style.append(("LINEBELOW", (col, 0), (col, -1), 0.6, s.grey))
    return _table(rows, widths, style, rowHeights=heights)


def signature_columns(d: DocContext, labels: Sequence[str]) -> Table:
    """Signatures side by side on a sheet (a line to sign on after each label, a date line
    under it): the legal settlement list's customer, 结算员 and the repairer's stamp in two
    rows rather than three pairs of rows, so a typical order keeps them on its one page."""
    if d.paper.narrow:
        return signatures(d, labels)
    s = d.styles
    fw = d.paper.frame_width
    n = len(labels)
    size = d.paper.font_size
    widest = max(string_width(t, s.label.fontSize) for t in labels)
    gap = 10  # between one signature's line and the next label
    label_w = min(fw / n * 0.6, widest + size + gap)  # a label on one line where it can be
    line_w = fw / n - label_w
    date = d.labels("date")
    rows = [
        [c for label in labels for c in (para(d, label, s.label), "")],
        [c for _ in labels for c in (para(d, date, s.label), "")],
    ]
    style: list[StyleCmd] = list(TIGHT) + [("VALIGN", (0, 0), (-1, -1), "BOTTOM")]
    for col in range(1, 2 * n, 2):
        style.append(("LINEBELOW", (col, 0), (col, -1), 0.6, s.grey))
        style.append(("RIGHTPADDING", (col, 0), (col, -1), gap))
    for col in range(2, 2 * n, 2):
        style.append(("LEFTPADDING", (col, 0), (col, -1), gap))
    return _table(rows, [label_w, line_w] * n, style, rowHeights=[size * 3.0, size * 2.2])


def notes(d: DocContext, texts: Sequence[str], numbered: bool = True) -> list[Flowable]:
    return [para(d, f"{i}. {t}" if numbered else t, d.styles.small) for i, t in enumerate(texts, 1)]


def closing(
    d: DocContext, flowables: Sequence[Flowable], *, with_previous: bool = True
) -> list[Flowable]:
    """The end of a document (confirmation text, signatures), kept on one page; on sheets
    :func:`app.printing.layout.page.keep_ending` also keeps it with the totals above it
    (``with_previous``: or the flowable just before it when there are no totals)."""
    if d.paper.roll:
        return list(flowables)
    block = KeepTogether(list(flowables))
    block.is_closing = with_previous
    return [block]


class CheckBox(Flowable):
    """An empty box to tick by hand."""

    def __init__(self, size: float, align: str = "center") -> None:
        super().__init__()
        self.size = size
        self.align = align
        self.offset = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        room = max(0.0, avail_width - self.size)
        self.offset = room if self.align == "right" else room / 2
        return avail_width, self.size

    def draw(self) -> None:
        self.canv.setLineWidth(0.6)
        self.canv.rect(self.offset, 0, self.size, self.size, stroke=1, fill=0)
