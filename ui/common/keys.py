"""Desk actions on keys, and buttons that say their key: "Start  [S]".

The key calls the same slot as the button, at once, even when the button is greyed out: the
service then says why the action is not possible now (a silent key would leave the user
guessing). Keys belong to the desk page (``owner``) and act while the focus is in it and
not in a text field that takes the key as typing.

Every key shown to the user is written by :func:`key_text`, one way: the big key is
"Enter" (Qt names it "Return"; the keypad's is "Enter"), so a label never says
"Ctrl+Return" in one place and "Ctrl+Enter" in another — nor, on a Chinese screen,
"Ctrl+回车" beside the "Ctrl+Enter" of a translated label: keys are written as on the key
caps, in both languages (macOS: its own symbols). A key bound with Enter acts on both
Enter keys.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QWidget

Key = str | QKeySequence | QKeySequence.StandardKey
#: as on the key caps, untranslated ("Ctrl+Enter", "Del"); macOS writes ⌘ ⌥ ⇧ ↩
SHOWN = (
    QKeySequence.SequenceFormat.NativeText
    if sys.platform == "darwin"
    else QKeySequence.SequenceFormat.PortableText
)


def sequence(key: Key) -> QKeySequence:
    return key if isinstance(key, QKeySequence) else QKeySequence(key)


def standard_keys(key: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's keys for a standard action (Quit: Ctrl+Q on Linux, Cmd+Q on macOS),
    or ``fallback`` where the platform has none (Windows leaves Quit to Alt+F4)."""
    return QKeySequence.keyBindings(key) or [QKeySequence(fallback)]


def _with_key(combo: QKeyCombination, key: Qt.Key) -> QKeyCombination:
    return QKeyCombination(combo.keyboardModifiers(), key)


def _swap(seq: QKeySequence, old: Qt.Key, new: Qt.Key) -> QKeySequence:
    combos = [seq[i] for i in range(seq.count())]
    swapped = [_with_key(c, new) if c.key() == old else c for c in combos]
    return QKeySequence(*swapped) if swapped else seq


def key_text(key: Key) -> str:
    """The key as the user reads it on the key caps, the same in every language:
    ``"Ctrl+Return"`` and ``"Ctrl+Enter"`` both read "Ctrl+Enter"."""
    return _swap(sequence(key), Qt.Key.Key_Return, Qt.Key.Key_Enter).toString(SHOWN)


def key_label(label: str, key: Key) -> str:
    """A button's text with its key: "Send to advisor  [Ctrl+Enter]"."""
    return f"{label}  [{key_text(key)}]"


def show_key(button: QAbstractButton, label: str, key: Key, tip: str = "") -> None:
    """Button text "label  [key]"; tooltip "tip (key)"."""
    shown = key_text(key)
    button.setText(f"{label}  [{shown}]")
    button.setToolTip(f"{tip or label} ({shown})")


def bindings(key: Key) -> list[QKeySequence]:
    """The sequences a key acts on: Enter means the big Enter and the keypad's."""
    seq = sequence(key)
    found = [seq]
    for old, new in ((Qt.Key.Key_Return, Qt.Key.Key_Enter), (Qt.Key.Key_Enter, Qt.Key.Key_Return)):
        other = _swap(seq, old, new)
        if other != seq and other not in found:
            found.append(other)
    return found


def add_key(
    owner: QWidget,
    key: Key,
    slot: Callable[[], object],
    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
) -> QShortcut:
    """``key`` calls ``slot`` while the focus is in ``owner`` (or in ``context``). Returns
    the shortcut (with Enter, the keypad's Enter is bound too, by a sibling shortcut)."""
    shortcuts = []
    for seq in bindings(key):
        shortcut = QShortcut(seq, owner)
        shortcut.setContext(context)
        shortcut.activated.connect(slot)
        shortcuts.append(shortcut)
    return shortcuts[0]


def connect_action(
    owner: QWidget, button: QAbstractButton, key: Key, slot: Callable[[], object]
) -> QShortcut:
    """The button's click and the key both call ``slot``."""
    button.clicked.connect(slot)
    return add_key(owner, key, slot)
