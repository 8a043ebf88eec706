"""Buttons that say their keyboard shortcut: "Start [S]" with the key in text and tooltip."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton


def key_text(key: str) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def bind_key(button: QAbstractButton, label: str, key: str, tip: str = "") -> None:
    """Give ``button`` the shortcut ``key`` and show it: "label [key]"; tooltip "tip (key)"."""
    shown = key_text(key)
    button.setText(f"{label}  [{shown}]")
    button.setShortcut(QKeySequence(key))
    button.setToolTip(f"{tip or label} ({shown})")
