"""The fonts the documents are set in, found once per process and cached.

reportlab embeds TrueType (glyf) fonts as subsets but cannot read CFF-flavoured OpenType
(Noto CJK / Source Han), so we look for a TrueType font with Chinese glyphs: WenQuanYi Micro
Hei first (Debian/Ubuntu ``fonts-wqy-microhei``), then other known TrueType CJK fonts, then
whatever fontconfig offers. ``WORKBAY_PRINT_FONT`` (``path`` or ``path#index``) overrides.

That font is the first of a *chain*: characters it has no glyph for (or only an empty
one, like WenQuanYi's ℃) are set in the next TrueType font that has a real glyph: DejaVu
Sans (Debian/Ubuntu ``fonts-dejavu-core``: Cyrillic, Greek, Arabic, Hebrew, symbols, ℃),
then DejaVu Sans Mono and DejaVu Math TeX Gyre when present. The fallbacks are optional and
loaded only when a text needs them. What no font of the chain can draw, and any character
beyond the Basic Multilingual Plane (most emoji: reportlab cannot map those back to text
in the PDF), is printed as a visible :data:`REPLACEMENT` (never left blank, never a NUL in
the PDF text); see
:mod:`app.printing.text` for how runs of text are split by font.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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
    """The font files to try, best first (fontconfig asked too)."""
    return list(iter_candidates())


def iter_candidates() -> Iterator[FontFile]:
    """:func:`candidates` one by one: fontconfig is asked (a few ``fc-match`` runs) only
    once the override and the known places are used up."""
    seen: set[FontFile] = set()
    for source in (_from_env, _known, _fontconfig):
        for f in source():
            if f not in seen:
                seen.add(f)
                yield f


#: the fallback fonts, best first: (name registered with reportlab, known paths, fc pattern)
FALLBACKS: list[tuple[str, tuple[str, ...], str]] = [
    (
        "WorkbaySans-2",
        (
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",  # Debian, Ubuntu
            "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf",  # Fedora
            "/usr/share/fonts/TTF/DejaVuSans.ttf",  # Arch
            "/usr/share/fonts/dejavu/DejaVuSans.ttf",
            "C:/Windows/Fonts/DejaVuSans.ttf",
        ),
        "DejaVu Sans:style=Book",
    ),
    (
        "WorkbaySans-3",
        (
            "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
            "/usr/share/fonts/dejavu-sans-mono-fonts/DejaVuSansMono.ttf",
            "/usr/share/fonts/TTF/DejaVuSansMono.ttf",
        ),
        "DejaVu Sans Mono:style=Book",
    ),
    (
        "WorkbaySans-4",
        (
            "/usr/share/fonts/truetype/dejavu/DejaVuMathTeXGyre.ttf",
            "/usr/share/fonts/TTF/DejaVuMathTeXGyre.ttf",
        ),
        "DejaVu Math TeX Gyre",
    ),
]
FALLBACK_PACKAGE = "fonts-dejavu-core"
#: printed where no font of the chain has a glyph (WenQuanYi and DejaVu both draw it)
REPLACEMENT = "\u25a1"  # □

_lock = threading.Lock()

#: where parsed fonts are kept between runs (``WORKBAY_FONT_CACHE=off`` to do without)
CACHE_ENV = "WORKBAY_FONT_CACHE"


def _cache_dir() -> Path | None:
    raw = os.environ.get(CACHE_ENV, "").strip()
    if raw.lower() in ("off", "0", "no"):
        return None
    if raw:
        return Path(raw).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join("~", ".cache")
    return Path(base).expanduser() / "workbay" / "fonts"


def load_ttfont(name: str, path: str, index: int) -> TTFont:
    """``TTFont(name, path, subfontIndex=index)``, its parse kept in a cache file between
    runs: reading WenQuanYi's tables (35,000 characters) costs a one-shot ``python -m app
    print`` more than its layout. The cache is keyed by the file's size and time, the
    reportlab and Python versions; anything wrong with it and the font is parsed anew."""
    import array
    import hashlib
    import pickle
    import sys

    import reportlab
    from reportlab.pdfbase import ttfonts

    folder = _cache_dir()
    cache = None
    if folder is not None:
        st = os.stat(path)
        version = f"{reportlab.Version}|{sys.version}|3"  # 3: this file's way of keeping it
        key = f"{path}|{index}|{st.st_size}|{st.st_mtime_ns}|{version}"
        cache = folder / (hashlib.sha256(key.encode()).hexdigest()[:32] + ".pickle")
        try:
            state = pickle.loads(cache.read_bytes())
            face = ttfonts.TTFontFace.__new__(ttfonts.TTFontFace)
            aw, lsb = state.pop("hmetrics")
            face.__dict__.update(state)
            face.hmetrics = _Pairs(aw, lsb)
            face.glyphToChar = _GlyphToChar(face.charToGlyph)
            face._ttf_data = Path(path).read_bytes()
            per_em = 1000 / face.unitsPerEm
            face._pdfScale = (lambda x: x) if face.unitsPerEm == 1000 else (lambda x: x * per_em)
            return _ttfont_with(name, path, face)
        except Exception:  # no cache yet, or one from another version: parse
            pass
    font = TTFont(name, path, subfontIndex=index)
    font.face._workbay_drawable = _drawable(font)  # kept with the parse: 35,000 glyphs to look at
    if cache is not None:
        # not kept: the file's bytes, a function, what the characters map gives back
        # (glyphToChar) and the metrics as tuples (two arrays load faster)
        skip = ("_ttf_data", "_pdfScale", "glyphToChar", "hmetrics")
        state = {k: v for k, v in font.face.__dict__.items() if k not in skip}
        state["hmetrics"] = tuple(
            array.array("l" if all(type(v) is int for v in column) else "d", column)
            for column in zip(*font.face.hmetrics, strict=True)
        )
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(tmp, cache)
        except (OSError, pickle.PicklingError):
            pass
    return font


class _Pairs:
    """reportlab's ``hmetrics`` (a glyph's advance and left side bearing) kept as two arrays."""

    def __init__(self, first: Any, second: Any) -> None:
        self._first, self._second = first, second

    def __getitem__(self, glyph: int) -> tuple[int, int]:
        return self._first[glyph], self._second[glyph]

    def __len__(self) -> int:
        return len(self._first)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self._first, self._second, strict=True)


class _GlyphToChar(dict):
    """reportlab's glyph -> characters map, worked out from ``charToGlyph`` when first asked
    (only harfbuzz shaping asks)."""

    def __init__(self, char_to_glyph: dict[int, int]) -> None:
        super().__init__()
        self._source: dict[int, int] | None = char_to_glyph

    def _fill(self) -> None:
        if self._source is not None:
            source, self._source = self._source, None
            for char, glyph in source.items():
                dict.setdefault(self, glyph, []).append(char)

    def __getitem__(self, glyph: Any) -> Any:
        self._fill()
        return dict.__getitem__(self, glyph)

    def __contains__(self, glyph: object) -> bool:
        self._fill()
        return dict.__contains__(self, glyph)

    def __iter__(self) -> Iterator[Any]:
        self._fill()
        return dict.__iter__(self)

    def __len__(self) -> int:
        self._fill()
        return dict.__len__(self)

    def get(self, glyph: Any, default: Any = None) -> Any:
        self._fill()
        return dict.get(self, glyph, default)

    def setdefault(self, glyph: Any, default: Any = None) -> Any:
        self._fill()
        return dict.setdefault(self, glyph, default)

    def items(self) -> Any:
        self._fill()
        return dict.items(self)


def _ttfont_with(name: str, path: str, face: object) -> TTFont:
    """A ``TTFont`` built by its own constructor around an already parsed face."""
    from reportlab.pdfbase import ttfonts

    real = ttfonts.TTFontFace
    ttfonts.TTFontFace = lambda *a, **kw: face
    try:
        return TTFont(name, path)
    finally:
        ttfonts.TTFontFace = real


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
        for f in iter_candidates():
            searched.append(f.path)
            if not Path(f.path).is_file():
                continue
            try:
                font = load_ttfont(FONT_NAME, f.path, f.index)
            except (TTFError, OSError):
                continue  # CFF outlines, broken file: try the next one
            pdfmetrics.registerFont(font)
            _coverage[FONT_NAME] = _drawable(font)
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


#: per registered font: the code points it has a non-empty glyph for
_coverage: dict[str, frozenset[int]] = {}
#: fallbacks loaded so far (``None``: not found on this machine)
_fallbacks: dict[str, str | None] = {}
_SPACES = frozenset({0x20, 0xA0, 0x3000, *range(0x2000, 0x200B)})


def _drawable(font: TTFont) -> frozenset[int]:
    """Code points the font maps to a glyph with an outline (WenQuanYi maps ℃ to an empty
    glyph: that counts as missing). Space characters need no outline."""
    face = font.face
    known: frozenset[int] | None = getattr(face, "_workbay_drawable", None)
    if known is not None:  # worked out when the font was parsed (kept in the cache file)
        return known
    pos = face.glyphPos
    return frozenset(
        c
        for c, g in face.charToGlyph.items()
        if g and (pos[g + 1] > pos[g] or c in _SPACES) and 0 < g < len(pos) - 1
    )


def _fallback_path(paths: tuple[str, ...], pattern: str) -> str | None:
    for p in paths:
        if Path(p).is_file():
            return p
    fc_match = shutil.which("fc-match")
    if fc_match is None:
        return None
    try:
        out = subprocess.run(
            [fc_match, "-f", "%{file}|%{fontformat}|%{family}", pattern],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    path, _, rest = out.partition("|")
    fmt, _, family = rest.partition("|")
    wanted = pattern.split(":")[0]
    if path and fmt == "TrueType" and wanted in family.split(","):
        return path
    return None


def _load_fallback(name: str, paths: tuple[str, ...], pattern: str) -> str | None:
    with _lock:
        if name in _fallbacks:
            return _fallbacks[name]
        path = _fallback_path(paths, pattern)
        loaded = None
        if path is not None:
            try:
                font = load_ttfont(name, path, 0)
            except (TTFError, OSError):
                font = None
            if font is not None:
                pdfmetrics.registerFont(font)
                for bold in (0, 1):
                    for italic in (0, 1):
                        addMapping(name, bold, italic, name)
                _coverage[name] = _drawable(font)
                loaded = name
        _fallbacks[name] = loaded
        return loaded


def chain() -> list[str]:
    """The fonts of the chain found on this machine, the document font first (loads them
    all; printing itself loads a fallback only when a text needs it)."""
    ensure_fonts()
    return [FONT_NAME] + [n for n in (_load_fallback(*f) for f in FALLBACKS) if n is not None]


def covers(font: str, ch: str) -> bool:
    """Whether ``font`` (a name of the chain, loaded) has a real glyph for ``ch``."""
    return ord(ch) in _coverage.get(font, frozenset())


_font_of: dict[str, str | None] = {}


def font_for(ch: str) -> str | None:
    """The first font of the chain with a non-empty glyph for the character ``ch``;
    ``None`` when none has one (the caller prints :data:`REPLACEMENT`)."""
    try:
        return _font_of[ch]
    except KeyError:
        pass
    ensure_fonts()
    code = ord(ch)
    found: str | None = None
    if code in _coverage[FONT_NAME] and code <= 0xFFFF:
        found = FONT_NAME
    elif not 0xD800 <= code <= 0xDFFF and code <= 0xFFFF:
        # beyond the BMP reportlab writes a broken ToUnicode entry (the text could not be
        # searched or copied): those characters get the replacement
        for spec in FALLBACKS:
            name = _fallbacks[spec[0]] if spec[0] in _fallbacks else _load_fallback(*spec)
            if name and code in _coverage[name]:
                found = name
                break
    _font_of[ch] = found
    return found
