"""Text as it is printed: each character in a font of the chain that can draw it, lines
broken by the Chinese rules.

:func:`shape` turns typed text into glyphs ``(character, font)``: the document font first,
a fallback of :func:`app.printing.fonts.font_for` for what it lacks, and a visible
:data:`~app.printing.fonts.REPLACEMENT` (□) where no font has a glyph (most emoji, scripts
none of the fonts covers). Characters that show nothing by design are dropped: format
characters (zero-width joiners, direction marks, the soft hyphen), variation selectors;
white space becomes a space; a line or paragraph separator breaks the line.

Right-to-left scripts (Arabic, Hebrew) are laid out in visual order, line by line (a run of
right-to-left characters is reversed), but not shaped: Arabic letters print in their
isolated forms, readable, not joined; reportlab has no shaping engine without extra
packages.

:func:`break_lines` is a kinsoku-aware splitter (GB/T 15834 and JIS X 4051 practice):
no line starts with closing brackets or punctuation (）。，、：；！？」』》...), no line ends with
an opening bracket (（「『《...), and a run of Latin letters and digits (a word, a number, an
amount such as ``¥1,234.50``) is never split unless it is wider than the whole line.
:class:`TextPara` is a reportlab ``Paragraph`` that wraps with it and splits across pages.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText

from app.printing import fonts
from app.printing.layout.formatting import escape

#: a shaped character and the font it is drawn in; ``("\n", "")`` is a hard line break
Glyph = tuple[str, str]
BREAK: Glyph = ("\n", "")

#: may not start a line (closing brackets, sentence and clause punctuation, small kana...)
NO_START = frozenset(
    "）)]｝}〕〉》」』】〙〗〟’”｠»›、。，,．.：:；;！!？?‰%％℃°′″・…‥ー～〜゛゜"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ々〻ヽヾゝゞ"
)
#: may not end a line (opening brackets, currency signs before an amount)
NO_END = frozenset("（([｛{〔〈《「『【〘〖〝‘“｟«‹¥￥$＄£￡€#＃")

_DROP_CATEGORIES = frozenset({"Cf"})
_BREAK_CHARS = frozenset("\n\u2028\u2029\x85")


def _dropped(ch: str) -> bool:
    code = ord(ch)
    return (
        unicodedata.category(ch) in _DROP_CATEGORIES
        or 0xFE00 <= code <= 0xFE0F  # variation selectors (emoji / text presentation)
        or 0xE0100 <= code <= 0xE01EF
        or code == 0x034F  # combining grapheme joiner
    )


_shaped: dict[str, Glyph | None] = {}


def shape_char(ch: str) -> Glyph | None:
    """How one character is printed: ``(char, font)``, :data:`BREAK`, or ``None``
    (dropped: it shows nothing by design)."""
    try:
        return _shaped[ch]
    except KeyError:
        pass
    out: Glyph | None
    if ch in _BREAK_CHARS:
        out = BREAK
    elif ch == "\t" or unicodedata.category(ch) == "Zs":
        font = fonts.FONT_NAME
        out = (ch if fonts.covers(font, ch) else " ", font)
    elif _dropped(ch):
        out = None
    else:
        found = fonts.font_for(ch)
        out = (ch, found) if found is not None else (fonts.REPLACEMENT, fonts.FONT_NAME)
    _shaped[ch] = out
    return out


def shape(text: str) -> list[Glyph]:
    fonts.ensure_fonts()
    out = []
    for ch in text:
        g = shape_char(ch)
        if g is not None:
            out.append(g)
    return out


def printed(text: str) -> str:
    """The characters as they end up on paper (replacements in, invisibles out)."""
    return "".join(g[0] for g in shape(text))


def _rtl(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("R", "AL")


def visual(line: Sequence[Glyph]) -> list[Glyph]:
    """A line in visual order: runs of right-to-left letters (with the spaces and marks
    between them) reversed; everything else left to right."""
    glyphs = list(line)
    if not any(_rtl(g[0]) for g in glyphs):
        return glyphs
    i, n = 0, len(glyphs)
    while i < n:
        if not _rtl(glyphs[i][0]):
            i += 1
            continue
        j = i + 1
        last = i
        while j < n and (
            _rtl(glyphs[j][0]) or unicodedata.bidirectional(glyphs[j][0]) in ("WS", "NSM", "BN")
        ):
            if _rtl(glyphs[j][0]):
                last = j
            j += 1
        glyphs[i : last + 1] = glyphs[i : last + 1][::-1]
        i = last + 1
    return glyphs


_widths: dict[str, tuple[dict[int, float], float]] = {}


def glyph_width(g: Glyph, size: float) -> float:
    font = g[1]
    try:
        table, default = _widths[font]
    except KeyError:
        face = pdfmetrics.getFont(font).face
        table, default = face.charWidths, face.defaultWidth
        _widths[font] = (table, default)
    return table.get(ord(g[0]), default) * size / 1000.0


def width_of(glyphs: Sequence[Glyph], size: float) -> float:
    return sum(glyph_width(g, size) for g in glyphs)


def _breaks_anywhere(ch: str) -> bool:
    """CJK ideographs, kana, full-width punctuation: a line may break before and after."""
    code = ord(ch)
    if code < 0x2E80:
        return False
    return not (0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A)


def _clusters(glyphs: Sequence[Glyph]) -> list[list[Glyph]]:
    """Pieces no line break may fall inside: a word/number, one CJK character, a space;
    closing punctuation glued to what precedes it, opening brackets to what follows."""
    tokens: list[list[Glyph]] = []
    for g in glyphs:
        ch = g[0]
        if ch == " " or _breaks_anywhere(ch):
            tokens.append([g])
        elif tokens and tokens[-1][-1][0] != " " and not _breaks_anywhere(tokens[-1][-1][0]):
            tokens[-1].append(g)  # the same word or number
        else:
            tokens.append([g])
    out: list[list[Glyph]] = []
    for t in tokens:
        if t[0][0] in NO_START and out and out[-1][0][0] == " ":
            spaces: list[Glyph] = []
            while out and out[-1][0][0] == " ":
                spaces = out.pop() + spaces
            if out:  # "异响 ，": the spaces and the comma stay on the line
                out[-1].extend(spaces + t)
            else:
                out += [spaces, t]
            continue
        glued = t[0][0] in NO_START or (out and out[-1][-1][0] in NO_END)
        if out and glued and t[0][0] != " " and out[-1][-1][0] != " ":
            out[-1].extend(t)
            continue
        out.append(t)
    return out


def break_lines(glyphs: Sequence[Glyph], size: float, width: float) -> list[list[Glyph]]:
    """Lines (logical order) no wider than ``width`` at font ``size``; hard breaks kept."""
    lines: list[list[Glyph]] = []
    paragraph: list[Glyph] = []
    for g in [*glyphs, BREAK]:
        if g != BREAK:
            paragraph.append(g)
            continue
        lines += _fill(paragraph, size, width)
        paragraph = []
    return lines


def _fill(glyphs: Sequence[Glyph], size: float, width: float) -> list[list[Glyph]]:
    if not glyphs:
        return [[]]
    lines: list[list[Glyph]] = []
    line: list[Glyph] = []
    used = 0.0
    for cluster in _clusters(glyphs):
        w = width_of(cluster, size)
        if cluster[0][0] == " ":
            if line:  # a space at a line start is dropped
                line += cluster
                used += w
            continue
        if used + w <= width:
            line += cluster
            used += w
            continue
        if line:
            lines.append(_rstrip(line))
            line, used = [], 0.0
        if w <= width:
            line, used = list(cluster), w
            continue
        for g in cluster:  # wider than a whole line: the last resort, split it
            gw = glyph_width(g, size)
            if line and used + gw > width:
                carry: list[Glyph] = []
                if g[0] in NO_START or line[-1][0] in NO_END:  # even here no "，" opens a line
                    k = len(line) - 1
                    while k > 0 and line[k][0] in NO_START:
                        k -= 1
                    while k > 0 and line[k - 1][0] in NO_END:  # "¥" goes with its number
                        k -= 1
                    if k > 0:
                        carry = line[k:]
                        del line[k:]
                lines.append(line)
                line, used = carry, width_of(carry, size)
            line.append(g)
            used += gw
    lines.append(_rstrip(line))
    return lines


def _rstrip(line: list[Glyph]) -> list[Glyph]:
    while line and line[-1][0] == " ":
        line.pop()
    return line


def markup(lines: Sequence[Sequence[Glyph]], base_font: str = fonts.FONT_NAME) -> str:
    """Paragraph markup of the lines (visual order), each font run tagged."""
    out = []
    for line in lines:
        parts = []
        run: list[str] = []
        font = base_font
        for ch, f in visual(line):
            if f != font and run:
                parts.append(_tag("".join(run), font, base_font))
                run = []
            font = f
            run.append(ch)
        if run:
            parts.append(_tag("".join(run), font, base_font))
        out.append("".join(parts))
    return "<br/>".join(out)


def _tag(text: str, font: str, base_font: str) -> str:
    text = escape(text)
    if font == base_font:
        return text
    return f'<font face="{font}">{text}</font>'


class TextPara(Paragraph):
    """A paragraph of plain text (no markup): fonts chosen per character, lines broken by
    :func:`break_lines` for the width it is given; splits across pages like any
    paragraph."""

    def __init__(
        self,
        text: str | None,
        style: ParagraphStyle | None = None,
        bulletText: str | None = None,
        frags: Any = None,
        **kw: Any,
    ) -> None:
        if frags is not None or text is None:  # a part of a split paragraph: lines are set
            self._glyphs: list[Glyph] | None = None
            super().__init__(text, style, bulletText, frags, **kw)
            return
        assert style is not None
        self._glyphs = shape(text)
        self._natural = break_lines(self._glyphs, style.fontSize, float("inf"))
        self._widest = max(width_of(line, style.fontSize) for line in self._natural)
        self._broken_for: float | None = None
        super().__init__(markup(self._natural), style, bulletText)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        glyphs = self._glyphs
        if glyphs is not None:
            s = self.style
            room = availWidth - s.leftIndent - s.rightIndent - max(0.0, s.firstLineIndent) - 0.01
            if self._widest > room and self._broken_for != room:
                lines = break_lines(glyphs, s.fontSize, max(room, s.fontSize))
                self._setup(markup(lines), s, self.bulletText, None, cleanBlockQuotedText)
                self._broken_for = room
                self.__dict__.pop("blPara", None)
        return super().wrap(availWidth, availHeight)


def string_width(text: str, size: float) -> float:
    return width_of([g for g in shape(text) if g != BREAK], size)


def draw_string(
    c: Canvas, x: float, y: float, text: str, size: float, align: str = "left"
) -> float:
    """Draw one line of plain text on a canvas, each run in its font; ``align`` left,
    right (``x`` is the right end) or centre. Returns the width drawn."""
    glyphs = visual([g if g != BREAK else (" ", fonts.FONT_NAME) for g in shape(text)])
    total = width_of(glyphs, size)
    if align == "right":
        x -= total
    elif align == "centre":
        x -= total / 2
    i = 0
    while i < len(glyphs):
        font = glyphs[i][1]
        j = i
        while j < len(glyphs) and glyphs[j][1] == font:
            j += 1
        run = "".join(g[0] for g in glyphs[i:j])
        c.setFont(font, size)
        c.drawString(x, y, run)
        x += width_of(glyphs[i:j], size)
        i = j
    return total
