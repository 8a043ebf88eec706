"""Languages and fonts: translations compile once and install per file; Chinese shows with
a CJK font found on the machine, or the user is told what to install."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetrics

from app.domain.enums import OrderState
from ui.common import labels, lang
from ui.common.errors import code_text
from ui.shell import fonts, i18n, prefs
from ui.shell.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def chinese(qapp):
    yield i18n.install("zh_CN")
    i18n.install("en")


def test_chinese_is_installed_from_the_ts_files(chinese):
    assert chinese == "zh_CN" and lang.is_chinese()
    assert labels.name(OrderState.IN_PROGRESS) == "维修中"
    assert code_text("too_long", max_len=100) == "最多 100 个字符。"
    qm = i18n.cache_dir() / "reception_zh_CN.qm"
    assert qm.exists()


def test_translations_compile_only_when_stale(qapp):
    i18n.install("zh_CN")
    qm = i18n.cache_dir() / "common_zh_CN.qm"
    first = qm.stat().st_mtime_ns
    i18n.install("zh_CN")
    assert qm.stat().st_mtime_ns == first
    i18n.install("en")
    assert labels.name(OrderState.IN_PROGRESS) == "In progress" and not lang.is_chinese()


def test_language_follows_the_system_until_chosen(qapp):
    assert prefs.language() == "system"
    assert i18n.chosen_language() == i18n.system_language()
    prefs.set_language("zh_CN")
    assert i18n.chosen_language() == "zh_CN"


def test_a_cjk_font_is_found_and_covers_chinese(qapp):
    family = fonts.ensure_cjk_font()
    assert family is not None, f"install {fonts.INSTALL_HINT}"
    metrics = QFontMetrics(QFont(family))
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "前台接待维修结算")
    chosen = fonts.apply_fonts(chinese=True)
    assert qapp.font().families()[0] == chosen


def test_without_a_cjk_font_the_user_is_told_what_to_install(qtbot, ctx, adapter, keep):
    window = MainWindow(ctx, adapter, "Counter 1", "Li Na", cjk_family=None)
    keep(window)
    window.show()
    assert window.status.font_warning.isVisible()
    assert "fonts-wqy-microhei" in window.status.font_warning.text()
    settings = window.workspace("settings")
    assert any(
        "fonts-wqy-microhei" in label.text()
        for label in settings.findChildren(type(window.status.font_warning))
    )
