"""The selection is readable everywhere: a selected row of a table, list or tree, the
highlighted item of a combo box's popup (which the style sheet once painted white on white,
so an arrow key chose blind) and the palette's own highlight, each with text that contrasts
with its ground (WCAG AA, 4.5:1)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QColor, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QListView,
    QTableView,
    QTreeView,
)

from ui.shell.app import selection_palette
from ui.shell.style import STYLESHEET

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

AA = 4.5
ITEMS = ["粤B76008 比亚迪 汉", "Front brake pads", "Waiting for parts", "张伟"]


def contrast(fg: QColor, bg: QColor) -> float:
    """The WCAG contrast ratio of two colours."""

    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())

    a, b = sorted((lum(fg), lum(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def painted_contrast(view: QAbstractItemView, index: QModelIndex) -> float:
    """How well the text of ``index`` reads as painted: its ground is the commonest colour
    of its cell, its text the colour that stands out most from that ground."""
    QApplication.processEvents()
    image = view.viewport().grab().toImage()
    rect = view.visualRect(index).intersected(image.rect())
    counts: dict[int, int] = {}
    for x in range(rect.left() + 3, rect.right() - 3):  # inside a focus frame, if any
        for y in range(rect.top() + 3, rect.bottom() - 3):
            rgb = image.pixel(x, y)
            counts[rgb] = counts.get(rgb, 0) + 1
    assert counts, "the item is not on screen"
    ground = QColor.fromRgb(max(counts, key=lambda k: counts[k]))
    return max(contrast(QColor.fromRgb(rgb), ground) for rgb in counts)


def popup_contrast(combo: QComboBox) -> float:
    """The highlighted item of ``combo``'s popup (opened, an arrow key's move, closed)."""
    combo.showPopup()
    view = combo.view()
    view.setCurrentIndex(combo.model().index(min(1, combo.count() - 1), combo.modelColumn()))
    try:
        return painted_contrast(view, view.currentIndex())
    finally:
        combo.hidePopup()


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[QApplication]:
    palette = QPalette(qapp.palette())
    qapp.setPalette(selection_palette(qapp.palette()))
    qapp.setStyleSheet(STYLESHEET)
    yield qapp
    qapp.setStyleSheet("")
    qapp.setPalette(palette)


def test_the_palette_selection_reads(styled):
    palette = QApplication.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        fg = palette.color(group, QPalette.ColorRole.HighlightedText)
        bg = palette.color(group, QPalette.ColorRole.Highlight)
        assert contrast(fg, bg) >= AA, group


def test_a_combo_box_popup_shows_the_highlighted_item(styled, qtbot):
    combo = QComboBox()
    combo.addItems(ITEMS)
    qtbot.addWidget(combo)
    combo.show()
    assert popup_contrast(combo) >= AA


def test_without_the_fix_the_item_was_blank(qtbot, qapp):
    """The check sees the fault it guards against: the old style sheet (a QComboBox rule
    with a background, no item rule) painted the highlighted item blank."""
    qapp.setStyleSheet(
        "QComboBox { padding: 5px 7px; border: 1px solid #b0bec5; background: white; }"
    )
    try:
        combo = QComboBox()
        combo.addItems(ITEMS)
        qtbot.addWidget(combo)
        combo.show()
        assert popup_contrast(combo) < 1.5
    finally:
        qapp.setStyleSheet("")


@pytest.mark.parametrize("view_class", [QTableView, QListView, QTreeView])
def test_a_selected_row_reads(styled, qtbot, view_class):
    model = QStandardItemModel()
    for text in ITEMS:
        model.appendRow([QStandardItem(text)])
    view = view_class()
    view.setModel(model)
    qtbot.addWidget(view)
    view.resize(400, 200)
    view.show()
    qtbot.waitExposed(view)
    view.setFocus()
    view.setCurrentIndex(model.index(1, 0))
    view.selectionModel().select(model.index(1, 0), view.selectionModel().SelectionFlag.Select)
    assert painted_contrast(view, model.index(1, 0)) >= AA
