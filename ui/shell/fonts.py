"""Chinese must display on a machine whose only fonts are Latin: find a CJK font.

Order: a CJK family the system already knows (fontconfig), else a font file bundled in
``resources/fonts/`` or at a known system path, added with ``addApplicationFont``. When none
is found the client still runs and tells the user what to install (``fonts-wqy-microhei``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

FONTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
INSTALL_HINT = "fonts-wqy-microhei"

#: families that carry the simplified Chinese glyphs, preferred first
CJK_FAMILIES = (
    "WenQuanYi Micro Hei",
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "Microsoft YaHei",
    "PingFang SC",
    "SimHei",
    "WenQuanYi Zen Hei",
    "Droid Sans Fallback",
    "AR PL UMing CN",
)

KNOWN_PATHS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "C:/Windows/Fonts/msyh.ttc",
    "/System/Library/Fonts/PingFang.ttc",
)

_SAMPLE = "接待维修结算"


def _covers_chinese(family: str) -> bool:
    return QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(family)


def known_cjk_family() -> str | None:
    families = set(QFontDatabase.families())
    for family in CJK_FAMILIES:
        if family in families:
            return family
    for family in sorted(families):
        if _covers_chinese(family):
            return family
    return None


def _candidate_files() -> list[Path]:
    bundled = sorted(p for p in FONTS_DIR.glob("*") if p.suffix.lower() in (".ttf", ".ttc", ".otf"))
    return bundled + [Path(p) for p in KNOWN_PATHS]


def ensure_cjk_font() -> str | None:
    """The family to use for Chinese text, adding a font file if needed; None if there is
    none on this machine (then show :data:`INSTALL_HINT`)."""
    family = known_cjk_family()
    if family:
        return family
    for path in _candidate_files():
        if not path.is_file():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            continue
        families = QFontDatabase.applicationFontFamilies(font_id)
        if families:
            return families[0]
    return None


def apply_fonts(chinese: bool) -> str | None:
    """Set the application font so Chinese glyphs always have a font; returns the CJK family
    or None when the machine has none."""
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    family = ensure_cjk_font()
    font = QFont(app.font())
    base = font.family()
    families = [family, base] if chinese and family else [base] + ([family] if family else [])
    font.setFamilies(families)
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    if font != app.font():  # (a change re-polishes every widget)
        app.setFont(font)
    return family
