"""The workshop desk at 1366×768 in both languages: the board keeps its order number, state
and plate whole, and the job panel beside it is wide enough to read the intake facts and the
job's lines (each item name on at most two lines)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from tests.ui.test_layout_1366 import counter_day, cut_columns, language, settle
from ui.workshop import WorkshopWorkspace
from ui.workshop.job_panel import DESCRIPTION_COLUMN

__all__ = ["language"]

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

#: the desk's part of a maximised 1366×768 window (desk bar, status bar, margins taken off)
DESK = (1346, 610)


def test_the_job_panel_is_readable_beside_the_board(qtbot, owner, tech, adapter, keep, language):
    ctx = owner.ctx
    ids = counter_day(ctx, tech)
    ws = keep(WorkshopWorkspace(ctx, adapter))
    ws.resize(*DESK)
    ws.show()
    qtbot.waitExposed(ws)
    ws.tabs.setCurrentWidget(ws.board_page)
    ws.open_order(ids["in_progress"])
    qtbot.waitUntil(
        lambda: ws.panel.detail is not None and ws.panel.detail.id == ids["in_progress"]
    )
    settle()
    qtbot.wait(300)  # the columns are fitted shortly after a resize
    settle()
    shots = os.environ.get("WORKBAY_SHOTS")
    if shots:
        ws.grab().save(str(Path(shots) / f"workshop-{language}.png"))
    where = f"[{language}] workshop"
    board, panel = ws.board_page.table, ws.panel

    # the split: the job panel gets close to half the desk (it had ~500 px)
    assert ws.width() == DESK[0]
    assert panel.width() >= 600, ws.splitter.sizes()

    # the board: nothing cut; order number, state and the plate or IMEI whole
    assert cut_columns(board, where) == []
    keys = ws.model.keys()
    header = board.horizontalHeader()
    for key in ("number", "state", "asset"):
        assert not header.isSectionHidden(keys.index(key)), key
    for key in ("number", "state"):
        column = keys.index(key)
        assert header.sectionSize(column) >= board.sizeHintForColumn(column), key
    metrics = board.fontMetrics()
    asset = keys.index("asset")
    for row in range(ws.model.rowCount()):
        ident = ws.model.index(row, asset).data().split(" ")[0]  # the plate, IMEI or frame
        assert header.sectionSize(asset) >= metrics.horizontalAdvance(ident) + 8, ident

    # the job panel: its lines whole, each item name on at most two lines
    assert cut_columns(panel.lines, where) == []
    spacing = panel.lines.fontMetrics().lineSpacing()
    for row in range(panel.lines_model.rowCount()):
        name = panel.lines_model.index(row, DESCRIPTION_COLUMN).data()
        assert panel.lines.rowHeight(row) <= 2 * spacing + 12, (row, name)
    # and the intake facts: a value that does not wrap is shown whole
    values = [
        label
        for label in panel.facts.widget().findChildren(QLabel)
        if label.isVisibleTo(panel) and label.text() and not label.wordWrap()
    ]
    assert values
    cut = [lab.text() for lab in values if lab.width() < lab.sizeHint().width()]
    assert cut == []
