"""The counter's lookup box takes whatever a keyboard, a Chinese input method or a scanner
sends: a plate's digits, full-width forms, control characters, NUL, lone surrogates, emoji,
right-to-left text, 10,000 characters. It answers with hits or "nothing found", never an
error, and a full-width scanned order number still opens the order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from app.domain.enums import OrderState
from app.domain.text import search_text
from app.services.lookup import _STATEMENTS
from tests.factories import customer, new_order, order_in_state, vehicle
from tests.ui.conftest import wait_tasks
from ui.common import labels
from ui.common.lookup_box import LookupBox
from ui.common.scan import canonical_order_number, looks_like_token
from ui.models.lookup_hits import SUBTITLE_ROLE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NASTY = [
    "\x00",
    "粤B\x0012345\x00",
    "\ud800\udfff",
    "\U0001f697" * 50,
    "\u200f\u202eשלום عالم\u202c",
    "\u200b\ufeff",
    "x" * 10_000,
    "7" * 10_000,
    "\x1b[A\x1b[B",
    "WO-\x00",
    "WB1:\x00",
    "\U0010ffff",
]


@pytest.fixture
def box(qtbot, ctx, keep):
    widget = LookupBox(ctx)
    keep(widget)
    widget.show()
    yield widget
    wait_tasks()


def commit(widget, text: str) -> None:
    """Text committed by an input method, as a Chinese IME sends it."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_a_plate_is_found_by_its_digits_typed_full_width(qtbot, ctx, box):
    d = new_order(ctx, customer=customer("陈刚", "13911112222"), asset=vehicle("粤B76008", None))
    commit(box.field, "７６００８")
    qtbot.waitUntil(lambda: box.model.rowCount() >= 1, timeout=5000)
    hit = box.hits()[0]
    assert (hit.kind, hit.id, hit.matched_by) == ("asset", d.asset.id, "plate_tail")
    assert "plate digits" in box.model.index(0).data(SUBTITLE_ROLE)


def test_every_way_a_hit_is_found_has_a_label():
    shown = {"settlement_number": "order_number", "release_number": "order_number"}
    shown["serial"] = "ident"
    for kind in _STATEMENTS:
        how = shown.get(kind, kind)
        assert how in labels._MATCHED_BY, how


@pytest.mark.parametrize("text", NASTY, ids=range(len(NASTY)))
def test_any_text_gives_hits_or_nothing_found(qtbot, ctx, box, text):
    new_order(ctx)
    answers = ("Nothing found", "found —", "No order with this number", "pickup code")
    box.field.setText(text)
    searched = bool(search_text(box.field.text()))  # Qt joins "\ud800\udfff" into one

    def answered() -> bool:
        return not box.busy() and (not searched or any(a in box.status.text() for a in answers))

    qtbot.waitUntil(answered, timeout=30_000)  # the box waits for a pause in typing first
    qtbot.keyClick(box.field, Qt.Key.Key_Return)
    qtbot.waitUntil(answered, timeout=30_000)
    wait_tasks()
    status = box.status.text()
    if searched:
        assert any(a in status for a in answers), status
    else:  # nothing left to look for: the box stays as it was
        assert status == box._idle_hint and box.model.rowCount() == 0
    assert len(status) < 200  # the echo of a 10,000-character text is cut short
    assert "\x00" not in status


def test_a_full_width_scanned_order_number_opens_the_order(qtbot, ctx, tech, box):
    d = order_in_state(ctx, tech, OrderState.READY)
    wide = d.order.number.translate(
        {ord(c): ord(c) + 0xFEE0 for c in "0123456789WO"} | {ord("-"): "－"}
    )
    assert canonical_order_number(wide) == d.order.number
    with qtbot.waitSignal(box.order_chosen, timeout=5000) as opened:
        commit(box.field, wide)
        qtbot.keyClick(box.field, Qt.Key.Key_Return)
    assert opened.args == [d.id]


def test_scanner_helpers_take_any_text():
    for text in NASTY:
        assert canonical_order_number(text) is None
    assert looks_like_token("ＷＢ１：X") and not looks_like_token("\x00")
