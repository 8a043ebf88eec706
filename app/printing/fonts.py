"""The Chinese font the documents are set in, found once per process and cached.

reportlab embeds TrueType (glyf) fonts as subsets but cannot read CFF-flavoured OpenType
(Noto CJK / Source Han), so we look for a TrueType font with Chinese glyphs: WenQuanYi Micro
Hei first (Debian/Ubuntu ``fonts-wqy-microhei``), then other known TrueType CJK fonts, then
whatever fontconfig offers. ``WORKBAY_PRINT_FONT`` (``path`` or ``path#index``) overrides.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from app.printing.errors import FontNotFound

FONT_ENV = "WORKBAY_PRINT_FONT"
FONT_NAME = "WorkbaySans"
PACKAGE = "fonts-wqy-microhei"

#: (path, sub-font index of a .ttc); all TrueType-outline fonts with Chinese glyphs
KNOWN_FONTS: list[tuple[str, int]] = [
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),  # Debian, Ubuntu
    ("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc", 0),  # Fedora, Arch
    ("/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc", 0),  # openSUSE
    ("/usr/local/share/fonts/wqy-microhei.ttc", 0),
    ("~/.local/share/fonts/wqy-microhei.ttc", 0),
    ("~/.fonts/wqy-microhei.ttc", 0),
    ("C:/Windows/Fonts/msyh.ttc", 0),  # Microsoft YaHei
    ("C:/Windows/Fonts/simhei.ttf", 0),
    ("/Library/Fonts/Arial Unicode.ttf", 0),
]

#: fontconfig patterns, best first
FC_PATTERNS = ("WenQuanYi Micro Hei", "WenQuanYi Zen Hei", ":lang=zh-cn:fontformat=TrueType")


@dataclass(frozen=True)
class FontFile:
    path: str
    index: int = 0


def _from_env() -> list[FontFile]:
    raw = os.environ.get(FONT_ENV, "").strip()
    if not raw:
        return []
    path, _, index = raw.partition("#")
    return [FontFile(os.path.expanduser(path), int(index or 0))]


def _known() -> list[FontFile]:
    return [FontFile(os.path.expanduser(p), i) for p, i in KNOWN_FONTS]


def _fontconfig() -> list[FontFile]:
    """What fc-match proposes; only TrueType files that cover Simplified Chinese count
    (fc-match always answers something, often a Latin-only fallback)."""
    fc_match = shutil.which("fc-match")
    if fc_match is None:
        return []
    found = []
    for pattern in FC_PATTERNS:
        try:
            out = subprocess.run(
                [fc_match, "-f", "%{file}|%{index}|%{fontformat}|%{lang}", pattern],
                capture_output=True,
                text=True,
                timeout=5,
                check=False,
            ).stdout
        except (OSError, subprocess.SubprocessError):
            continue
        path, _, rest = out.partition("|")
        index, _, rest = rest.partition("|")
        fmt, _, langs = rest.partition("|")
        if path and fmt == "TrueType" and "zh-cn" in langs.split("|"):
            found.append(FontFile(path, int(index or 0)))
    return found


def candidates() -> list[FontFile]:
    seen: set[FontFile] = set()
    result = []
    for f in [*_from_env(), *_known(), *_fontconfig()]:
        if f not in seen:
            seen.add(f)
            result.append(f)
    return result


_lock = threading.Lock()
_registered: FontFile | None = None


def ensure_fonts() -> str:
    """Register the document font with reportlab (once per process); returns its name.

    Raises :class:`FontNotFound` naming the package to install when no usable font exists.
    """
    global _registered
    if _registered is not None:
        return FONT_NAME
    with _lock:
        if _registered is not None:
            return FONT_NAME
        searched = []
        for f in candidates():
            searched.append(f.path)
            if not Path(f.path).is_file():
                continue
            try:
                font = TTFont(FONT_NAME, f.path, subfontIndex=f.index)
            except (TTFError, OSError):
                continue  # CFF outlines, broken file: try the next one
            pdfmetrics.registerFont(font)
            # one face only: <b> and <i> map back to it rather than failing
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(FONT_NAME, bold, italic, FONT_NAME)
            _registered = f
            return FONT_NAME
        raise FontNotFound(searched, PACKAGE)


def registered_font() -> FontFile | None:
    """The font file in use, once :func:`ensure_fonts` succeeded."""
    return _registered
