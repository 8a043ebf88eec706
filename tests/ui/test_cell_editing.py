"""Editing a line in a table cell is checked as its form checks it, in every lines table
(the intake estimate, the technician's finding): a refused value is never written and its
reason shows beside the table; full-width digits are read; an empty price is refused (a
free line is said with 0); Enter keeps the cell and stays in the table (it neither goes to
the next intake step nor presses a dialog's button), in the setup desk's record tables
too; Esc cancels; Tab goes from cell to
cell and leaves the table after the last one. Several edits in a row, one after the model
was refreshed, raise no "commitData called with an editor that does not belong to this
view"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QVBoxLayout, QWidget

from app.domain.enums import AssetKind, LineKind
from app.services.inputs import LineInput
from tests.ui.conftest import wait_tasks
from tests.ui.keyboard import Keyboard
from ui.common.cell_editing import CellEditor, check_line_cell, check_lines, normalise_number
from ui.models.reception_estimate import COL_DESCRIPTION, COL_PRICE, COL_QUANTITY
from ui.models.setup_rows import EditColumn, RecordsModel
from ui.models.workshop_finding import COLUMNS, DraftLine
from ui.reception.intake_state import STEP_ESTIMATE, STEP_PROMISE
from ui.reception.workspace import ReceptionWorkspace
from ui.setup.settings_form import RecordsTable
from ui.workshop.finding_dialog import FindingDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def editor_of(view: QAbstractItemView) -> CellEditor | None:
    focus = QApplication.focusWidget()
    return focus if isinstance(focus, CellEditor) and view.isAncestorOf(focus) else None


def edit_cell(qtbot, view: QAbstractItemView, index: QModelIndex, text: str) -> CellEditor:
    """F2 on the cell, then ``text`` typed over what it held (an input method's text too)."""
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, K.Key_F2)
    editor = editor_of(view)
    assert editor is not None, "F2 opened no editor"
    editor.selectAll()
    editor.insert(text)  # what a keyboard or an input method commits
    return editor


# --- the rules, without a screen -------------------------------------------------------


def test_cells_use_the_core_line_rules():
    line = LineInput(LineKind.PART, "Brake pads", "2", "120.00")
    assert check_line_cell(line, "unit_price", "１２．５")[0] == "12.50"
    assert check_line_cell(line, "unit_price", "￥80")[0] == "80.00"
    assert check_line_cell(line, "quantity", "１．５")[0] == "1.5"
    assert check_line_cell(line, "unit_price", "-5")[1].code == "money_negative"
    assert check_line_cell(line, "unit_price", "－5")[1].code == "money_negative"
    assert check_line_cell(line, "unit_price", "1.234")[1].code == "money_precision"
    assert check_line_cell(line, "unit_price", "")[1].code == "price_empty"
    assert check_line_cell(line, "unit_price", "0")[0] == "0.00"  # free: said, not blank
    assert check_line_cell(line, "quantity", "0")[1].code == "quantity_positive"
    assert check_line_cell(line, "description", "  ")[1].code == "required"
    huge = LineInput(LineKind.PART, "x", "9000000", "1.00")
    assert check_line_cell(huge, "unit_price", "99999")[1].code == "line_too_large"
    assert normalise_number(" ８０ ") == "80"
    errors = check_lines([LineInput(LineKind.LABOR, "By hand", "1", "")])
    assert [(e.field, e.code) for e in errors] == [("lines.0.unit_price", "price_empty")]


# --- the intake estimate ----------------------------------------------------------------


@pytest.fixture
def estimate(qtbot, ctx, adapter, keep):
    ws = ReceptionWorkspace(ctx, adapter)
    keep(ws)
    ws.resize(1300, 850)
    ws.show()
    qtbot.waitExposed(ws)
    ws.activateWindow()
    ws.start_intake()
    flow = ws.flow
    flow.state.customer_name, flow.state.customer_phone = "Li Lei", "13900001111"
    flow.state.asset = {"plate": "粤B6Q781"}
    flow.go_to(STEP_ESTIMATE)
    step = flow.steps[STEP_ESTIMATE]
    step.model.add(LineInput(LineKind.LABOR, "Diagnosis", "1", "150.00"))
    step.model.add(LineInput(LineKind.PART, "Brake pads", "2", "120.00"))
    yield flow, step
    wait_tasks()


def test_estimate_cell_refuses_a_negative_price_and_enter_stays(qtbot, estimate):
    flow, step = estimate
    price = step.model.index(0, COL_PRICE)
    editor = edit_cell(qtbot, step.lines, price, "-5")
    qtbot.keyClick(editor, K.Key_Return)
    # refused: the editor stays, red, with the reason; nothing written; still this step
    assert editor_of(step.lines) is editor
    assert editor.property("error") is True
    assert editor.toolTip() == "The amount must not be negative."
    assert step.cell_error.isVisibleTo(step) and "negative" in step.cell_error.text()
    assert step.model.lines()[0].unit_price == "150.00"
    assert flow.index() == STEP_ESTIMATE
    editor.selectAll()
    editor.insert("１２０．５")  # full-width, as a Chinese input method types it
    assert editor.property("error") is False  # typing takes the mark away
    qtbot.keyClick(editor, K.Key_Return)
    assert editor_of(step.lines) is None
    assert step.model.lines()[0].unit_price == "120.50"
    assert QApplication.focusWidget() is step.lines  # stays in the table
    assert step.lines.currentIndex() == price
    assert flow.index() == STEP_ESTIMATE
    assert not step.cell_error.isVisibleTo(step)
    assert "120.50" in step.model.index(0, 4).data() or "120.5" in step.model.index(0, 4).data()


def test_estimate_empty_price_and_bad_quantity_are_refused(qtbot, estimate):
    _flow, step = estimate
    editor = edit_cell(qtbot, step.lines, step.model.index(1, COL_PRICE), "")
    qtbot.keyClick(editor, K.Key_Return)
    assert editor_of(step.lines) is editor
    assert "0 for a line given free" in step.cell_error.text()
    qtbot.keyClick(editor, K.Key_Escape)  # Esc: the old price back, the message gone
    assert editor_of(step.lines) is None
    assert step.model.lines()[1].unit_price == "120.00"
    assert not step.cell_error.isVisibleTo(step)
    editor = edit_cell(qtbot, step.lines, step.model.index(1, COL_QUANTITY), "0")
    qtbot.keyClick(editor, K.Key_Tab)  # Tab does not get past a refused value either
    assert editor_of(step.lines) is editor
    assert step.model.lines()[1].quantity == "2"
    editor.selectAll()
    editor.insert("0")
    qtbot.keyClick(editor, K.Key_Return)
    assert "more than zero" in editor.toolTip()


def test_esc_in_a_cell_cancels_the_edit_not_the_intake(qtbot, estimate):
    flow, step = estimate
    editor = edit_cell(qtbot, step.lines, step.model.index(0, COL_DESCRIPTION), "Nothing")
    qtbot.keyClick(editor, K.Key_Escape)
    assert step.model.lines()[0].description == "Diagnosis"
    assert flow.active and "Esc again" not in step.general_error.text()


def test_estimate_tab_goes_cell_to_cell_then_leaves_the_table(qtbot, estimate):
    flow, step = estimate
    editor = edit_cell(qtbot, step.lines, step.model.index(1, COL_DESCRIPTION), "Front pads")
    qtbot.keyClick(editor, K.Key_Tab)
    assert step.model.lines()[1].description == "Front pads"
    editor = editor_of(step.lines)
    assert editor is not None and step.lines.currentIndex().column() == COL_QUANTITY
    qtbot.keyClick(editor, K.Key_Backtab, SHIFT)  # back to the description
    assert step.lines.currentIndex().column() == COL_DESCRIPTION
    qtbot.keyClick(editor_of(step.lines), K.Key_Tab)
    qtbot.keyClick(editor_of(step.lines), K.Key_Tab)
    assert step.lines.currentIndex().column() == COL_PRICE
    qtbot.keyClick(editor_of(step.lines), K.Key_Tab)  # the last editable cell: out
    assert editor_of(step.lines) is None
    focus = QApplication.focusWidget()
    assert focus is not step.lines and not step.lines.isAncestorOf(focus)
    assert focus is step.free_description
    assert flow.index() == STEP_ESTIMATE
    # not editing: Tab leaves the table at once, Shift+Tab comes back
    step.lines.setFocus()
    qtbot.keyClick(step.lines, K.Key_Tab)
    assert QApplication.focusWidget() is step.free_description


def test_enter_after_a_cell_edit_goes_on_only_when_pressed_again(qtbot, estimate):
    flow, step = estimate
    editor = edit_cell(qtbot, step.lines, step.model.index(0, COL_QUANTITY), "3")
    qtbot.keyClick(editor, K.Key_Enter)  # the keypad's Enter, too
    assert flow.index() == STEP_ESTIMATE and step.model.lines()[0].quantity == "3"
    qtbot.keyClick(step.lines, K.Key_Return)  # the table's own Enter: the next step
    assert flow.index() == STEP_PROMISE


def test_estimate_free_line_needs_its_price(qtbot, estimate):
    _flow, step = estimate
    kb = Keyboard(qtbot)
    step.free_description.setFocus()
    kb.type("Check noise")
    step.free_price.setFocus()
    kb.press(K.Key_Return)
    assert step.model.rowCount() == 2  # not added with a silent 0.00
    assert "0 for a line given free" in step.free_error.text()
    step.free_price.setText("０")  # said: free
    kb.press(K.Key_Return, widget=step.free_price)
    assert step.model.rowCount() == 3
    assert step.model.lines()[2].unit_price == "0"


def test_several_edits_and_one_after_a_refresh_raise_no_editor_warning(qtbot, estimate, qtlog):
    _flow, step = estimate
    for row, col, text in ((0, COL_PRICE, "99"), (1, COL_QUANTITY, "4"), (0, COL_QUANTITY, "2")):
        editor = edit_cell(qtbot, step.lines, step.model.index(row, col), text)
        qtbot.keyClick(editor, K.Key_Return)
    # an editor open while the lines are reloaded (e.g. a draft restored), then edits again
    editor = edit_cell(qtbot, step.lines, step.model.index(1, COL_PRICE), "55")
    step.model.set_lines(step.model.lines())
    QApplication.processEvents()
    for row, col, text in ((1, COL_PRICE, "66"), (0, COL_DESCRIPTION, "Diagnosis 2")):
        editor = edit_cell(qtbot, step.lines, step.model.index(row, col), text)
        qtbot.keyClick(editor, K.Key_Return)
        QApplication.processEvents()
    lines = step.model.lines()
    assert [(l.quantity, l.unit_price) for l in lines] == [("2", "99.00"), ("4", "66.00")]
    assert lines[0].description == "Diagnosis 2"
    warnings = [r.message for r in qtlog.records if "commitData" in r.message]
    assert warnings == []


# --- the technician's finding (增项) ------------------------------------------------------


@pytest.fixture
def finding(qtbot, ctx, keep):
    sent: list[tuple] = []
    dialog = FindingDialog(
        ctx,
        "WO-1",
        AssetKind.VEHICLE,
        lambda lines, text, pause, approval, done, failed: (sent.append((lines, text)), done()),
        can_pause=False,
    )
    keep(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    wait_tasks()
    yield dialog, sent
    wait_tasks()


def test_finding_line_by_hand_has_a_key_and_needs_a_price(qtbot, finding):
    dialog, sent = finding
    dialog.finding.setFocus()
    assert "[Ctrl+N]" in dialog.add_free.text()
    qtbot.keyClick(dialog.finding, K.Key_N, CTRL)
    assert dialog.lines_model.rowCount() == 1
    editor = editor_of(dialog.lines)
    assert editor is not None and dialog.lines.currentIndex().column() == COLUMNS.index(
        "description"
    )
    editor.insert("Wiper blades")
    qtbot.keyClick(editor, K.Key_Tab)  # -> quantity
    qtbot.keyClick(editor_of(dialog.lines), K.Key_Tab)  # -> price, empty
    editor = editor_of(dialog.lines)
    assert editor is not None and editor.text() == ""
    editor.insert("-40")
    qtbot.keyClick(editor, K.Key_Return)
    assert dialog.isVisible() and sent == []  # Enter pressed no button of the dialog
    assert editor_of(dialog.lines) is editor and "negative" in dialog.cell_error.text()
    qtbot.keyClick(editor, K.Key_Escape)  # the edit, not the dialog
    assert dialog.isVisible() and editor_of(dialog.lines) is None
    qtbot.keyClick(dialog.lines, K.Key_Return, CTRL)  # send: the empty price is named
    assert sent == [] and dialog.isVisible()
    assert "0 for a line given free" in dialog.message.text()
    assert dialog.lines.currentIndex().column() == COLUMNS.index("unit_price")
    editor = edit_cell(qtbot, dialog.lines, dialog.lines.currentIndex(), "４０")
    qtbot.keyClick(editor, K.Key_Return)
    assert dialog.lines_model.lines()[0].unit_price == "40.00"
    qtbot.keyClick(dialog.lines, K.Key_Return, CTRL)
    assert [(l.description, l.unit_price) for l in sent[0][0]] == [("Wiper blades", "40.00")]


def test_finding_tables_do_not_keep_tab(qtbot, finding):
    dialog, _sent = finding
    dialog.lines_model.add(DraftLine(LineKind.PART, "Bulb", "1", "12.00"))
    qtbot.waitUntil(lambda: dialog.catalog_model.rowCount() > 0, timeout=5000)
    dialog.results.setFocus()
    qtbot.keyClick(dialog.results, K.Key_Tab)
    assert QApplication.focusWidget() is dialog.kind
    dialog.lines.setFocus()
    dialog.lines.setCurrentIndex(dialog.lines_model.index(0, 0))
    qtbot.keyClick(dialog.lines, K.Key_Tab)
    assert QApplication.focusWidget() is dialog.send  # (the pause box is off here)


def test_finding_amount_follows_a_checked_cell(qtbot, finding):
    dialog, _sent = finding
    dialog.lines_model.add(DraftLine(LineKind.PART, "Bulb", "1", "12.00"))
    qty = dialog.lines_model.index(0, COLUMNS.index("quantity"))
    editor = edit_cell(qtbot, dialog.lines, qty, "３")
    qtbot.keyClick(editor, K.Key_Return)
    amount = dialog.lines_model.index(0, COLUMNS.index("amount")).data()
    assert amount == "¥36.00"
    assert not dialog.lines_model.setData(qty, "-1")  # the model refuses it too


# --- the setup desk's record tables (discount levels, checklist items) -------------------


def test_setup_records_table_keys(qtbot, keep):
    host = QWidget()
    keep(host)
    model = RecordsModel(
        [
            EditColumn("code", "Code"),
            EditColumn("active", "Active", check=True),
            EditColumn("label", "Label"),
        ]
    )
    model.set_records([{"code": "oil", "active": True, "label": "Oil"}])
    table = RecordsTable(model, {"code": "", "active": True, "label": ""}, host)
    after = QLineEdit(host)
    layout = QVBoxLayout(host)
    layout.addWidget(table)
    layout.addWidget(after)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow, timeout=3000)
    editor = edit_cell(qtbot, table, model.index(0, 0), "brake")
    qtbot.keyClick(editor, K.Key_Return)
    assert model.record(0)["code"] == "brake" and QApplication.focusWidget() is table
    editor = edit_cell(qtbot, table, model.index(0, 0), "nothing")
    qtbot.keyClick(editor, K.Key_Escape)
    assert model.record(0)["code"] == "brake"
    editor = edit_cell(qtbot, table, model.index(0, 0), "pads")
    qtbot.keyClick(editor, K.Key_Tab)  # past the check box to the label
    assert model.record(0)["code"] == "pads" and table.currentIndex().column() == 2
    qtbot.keyClick(editor_of(table), K.Key_Tab)  # the last cell: out of the table
    assert QApplication.focusWidget() is after


def test_finding_edits_in_a_row_and_after_a_row_went_raise_no_editor_warning(qtbot, finding, qtlog):
    dialog, _sent = finding
    for name in ("Bulb", "Fuse", "Relay"):
        dialog.lines_model.add(DraftLine(LineKind.PART, name, "1", "12.00"))
    price, qty = COLUMNS.index("unit_price"), COLUMNS.index("quantity")
    for row, col, text in ((0, price, "13"), (1, qty, "2"), (2, price, "9.5")):
        qtbot.keyClick(
            edit_cell(qtbot, dialog.lines, dialog.lines_model.index(row, col), text), K.Key_Return
        )
    edit_cell(qtbot, dialog.lines, dialog.lines_model.index(2, qty), "7")
    dialog.lines_model.remove(2)  # the row being edited goes (e.g. removed by a click)
    dialog.lines_model.set_errors({(0, "quantity"): "marked"})  # and the table is refreshed
    QApplication.processEvents()
    for row, col, text in ((0, qty, "3"), (1, price, "20")):
        qtbot.keyClick(
            edit_cell(qtbot, dialog.lines, dialog.lines_model.index(row, col), text), K.Key_Return
        )
    lines = dialog.lines_model.lines()
    assert [(l.quantity, l.unit_price) for l in lines] == [("3", "13.00"), ("2", "20.00")]
    assert [r.message for r in qtlog.records if "commitData" in r.message] == []


def test_del_in_a_cell_editor_deletes_a_character_not_the_line(qtbot, finding):
    dialog, _sent = finding
    dialog.lines_model.add(DraftLine(LineKind.PART, "Bulb", "1", "12.00"))
    editor = edit_cell(qtbot, dialog.lines, dialog.lines_model.index(0, 2), "Bulbs")
    editor.setCursorPosition(0)
    qtbot.keyClick(editor, K.Key_Delete)
    assert dialog.lines_model.rowCount() == 1 and editor.text() == "ulbs"
    qtbot.keyClick(editor, K.Key_Return)
    qtbot.keyClick(dialog.lines, K.Key_Delete)  # not editing: Del removes the line
    assert dialog.lines_model.rowCount() == 0
