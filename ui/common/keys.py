"""Desk actions on keys, and buttons that say their key: "Start [S]".

The key calls the same slot as the button, at once, even when the button is greyed out: the
service then says why the action is not possible now (a silent key would leave the user
guessing). Keys belong to the desk page (``owner``) and act while the focus is in it and
not in a text field that takes the key as typing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QWidget


def key_text(key: str) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def show_key(button: QAbstractButton, label: str, key: str, tip: str = "") -> None:
    """Button text "label [key]"; tooltip "tip (key)"."""
    shown = key_text(key)
    button.setText(f"{label}  [{shown}]")
    button.setToolTip(f"{tip or label} ({shown})")


def add_key(owner: QWidget, key: str, slot: Callable[[], object]) -> QShortcut:
    shortcut = QShortcut(QKeySequence(key), owner)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(slot)
    return shortcut


def connect_action(
    owner: QWidget, button: QAbstractButton, key: str, slot: Callable[[], object]
) -> QShortcut:
    """The button's click and the key both call ``slot``."""
    button.clicked.connect(slot)
    return add_key(owner, key, slot)
