"""Driving the client by keyboard in tests, counting what a person would press.

``Keyboard.press`` sends one key (counted); ``Keyboard.type`` sends free text (the customer's
words, a plate: counted separately, as characters); ``Keyboard.type_chinese`` commits text
through an input method (``QInputMethodEvent``), the way a Chinese IME does.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


class Keyboard:
    def __init__(self, qtbot: object) -> None:
        self.qtbot = qtbot
        self.presses = 0
        self.text_chars = 0
        self.actions = 0
        self.log: list[str] = []

    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(
        self,
        key: Qt.Key,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
        widget: QWidget | None = None,
    ) -> None:
        target = widget or self.focused()
        self.qtbot.keyClick(target, key, modifier)  # type: ignore[attr-defined]
        self.presses += 1
        self.log.append(f"{modifier.name}+{key.name}" if modifier.value else key.name)

    def type(self, text: str, widget: QWidget | None = None) -> None:
        """Free text typed by the user (ASCII): the customer's words, not counted as keys."""
        target = widget or self.focused()
        self.qtbot.keyClicks(target, text)  # type: ignore[attr-defined]
        self.text_chars += len(text)

    def search(self, text: str, widget: QWidget | None = None) -> None:
        """Characters typed to find something (a plate, a catalog code): each one a key."""
        target = widget or self.focused()
        self.qtbot.keyClicks(target, text)  # type: ignore[attr-defined]
        self.presses += len(text)
        self.log.append(repr(text))

    def type_chinese(self, text: str, widget: QWidget | None = None) -> None:
        """Text committed by an input method (what a Chinese IME sends)."""
        target = widget or self.focused()
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(target, event)
        self.text_chars += len(text)

    def action(self, what: str) -> None:
        """One counted user action that is not a single key (e.g. a scan: code + Enter)."""
        self.actions += 1
        self.log.append(f"action: {what}")
