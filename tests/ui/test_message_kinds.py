"""Messages read as what they are: what was done is green, news blue, a caution amber, a
refusal red, on every desk's message line and in dialogs (the style sheet colours them by
kind, not each desk by hand)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from ui.common.field_errors import MessageLabel
from ui.common.widgets import MessageKind, MessageLine, set_message
from ui.shell.style import STYLESHEET

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[QApplication]:
    qapp.setStyleSheet(STYLESHEET)
    yield qapp
    qapp.setStyleSheet("")


def colours(label: QLabel) -> tuple[QColor, QColor]:
    """(text, background) as the style sheet paints the label."""
    label.ensurePolished()
    image = label.grab().toImage()
    background = image.pixelColor(2, image.height() // 2)
    return label.palette().color(QPalette.ColorRole.WindowText), background


def is_red(colour: QColor) -> bool:
    hue = colour.hslHue()
    return colour.hslSaturation() > 60 and (hue < 20 or hue > 340)


def hue_family(colour: QColor) -> str:
    hue = colour.hslHue()
    if is_red(colour):
        return "red"
    if 70 <= hue <= 170:
        return "green"
    if 190 <= hue <= 250:
        return "blue"
    if 25 <= hue <= 60:
        return "amber"
    return f"hue {hue}"


EXPECTED = {
    MessageKind.SUCCESS: "green",
    MessageKind.INFO: "blue",
    MessageKind.WARNING: "amber",
    MessageKind.ERROR: "red",
}


@pytest.mark.parametrize("widget_class", [MessageLine, MessageLabel])
def test_each_kind_has_its_own_colour(styled, qtbot, widget_class):
    line = widget_class()
    qtbot.addWidget(line)
    line.resize(300, 40)
    line.show()
    seen = {}
    for kind, family in EXPECTED.items():
        line.say("Saved.", kind)
        text, background = colours(line)
        assert hue_family(text) == family, kind
        assert hue_family(background) == family, kind  # a tint of the same colour
        seen[kind] = text.name()
    assert len(set(seen.values())) == 4
    line.say("")
    assert line.isHidden()


def test_a_success_message_is_not_red(styled, qtbot):
    line = MessageLabel()
    qtbot.addWidget(line)
    line.show()
    line.say("Refused")  # a dialog's line is an error unless told otherwise
    assert is_red(colours(line)[0])
    line.say("Saved.", MessageKind.SUCCESS)
    text, background = colours(line)
    assert not is_red(text) and not is_red(background)
    assert line.property("error") is False


def test_any_label_can_become_a_message_line(styled, qtbot):
    label = QLabel()
    label.setObjectName("formError")
    qtbot.addWidget(label)
    label.show()
    set_message(label, "Transferred.", MessageKind.SUCCESS)
    assert label.objectName() == "message" and label.isVisible()
    assert hue_family(colours(label)[0]) == "green"
    set_message(label, "", MessageKind.ERROR)
    assert label.isHidden()


def test_the_customer_file_says_saved_in_green(styled, qtbot, ctx, tech, adapter, keep):
    """The contact form's "Saved." used the red error line; a refused save stays red."""
    from app.domain.enums import OrderState
    from tests.factories import order_in_state
    from ui.customer.workspace import CustomerWorkspace

    d = order_in_state(ctx, tech, OrderState.OPEN)
    ws = keep(CustomerWorkspace(ctx, adapter))
    ws.show()
    ws.show_customer(d.customer.id, 0)
    qtbot.waitUntil(lambda: ws.file is not None, timeout=5000)
    form = ws.contact
    form.name.setText("Zhang Wei Jr")
    form.save.click()
    qtbot.waitUntil(lambda: form.message.text() == "Saved.", timeout=5000)
    assert form.message.kind() is MessageKind.SUCCESS
    assert hue_family(colours(form.message)[0]) == "green"


def test_the_cashier_says_what_to_do_next_in_blue_and_refusals_in_red(
    styled, qtbot, ctx, adapter, keep
):
    from ui.cashier.workspace import CashierWorkspace

    ws = keep(CashierWorkspace(ctx, adapter))
    ws.show()
    ws.say("Paid in full. F9 releases the order.", error=False)
    assert hue_family(colours(ws.message)[0]) == "blue"
    ws.say("Not found.")
    assert is_red(colours(ws.message)[0])
