"""Driving the client by keyboard in tests, counting what a person would press.

``Keyboard.press`` sends one key (counted); ``Keyboard.type`` sends free text (the customer's
words, a plate: counted separately, as characters); ``Keyboard.type_chinese`` commits text
through an input method (``QInputMethodEvent``), the way a Chinese IME does.

``walk_tab`` presses Tab round a window and says which focusable controls it never reached
and where Tab was kept (a trap); ``tab_leaves`` says whether Tab gets out of one widget.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QRadioButton, QWidget


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


# --- walking the focus by Tab ------------------------------------------------------------

#: a widget that keeps Tab for more presses than this is a trap (a date edit's sections: 5)
TRAP_PRESSES = 8


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "None"
    name = widget.objectName() or getattr(widget, "text", lambda: "")() or ""
    parent = widget.parentWidget()
    where = type(parent).__name__ if parent is not None else "-"
    return f"{type(widget).__name__}({name!r} in {where})"


def focusables(window: QWidget) -> list[QWidget]:
    """What Tab should reach in ``window``: each visible, enabled widget that takes the focus
    by Tab, in the window itself (not a dialog of it), not inside a table's viewport."""
    found = []
    for w in [window, *window.findChildren(QWidget)]:
        if not (w.isVisible() and w.isEnabled() and w.window() is window):
            continue
        if not w.focusPolicy() & Qt.FocusPolicy.TabFocus or w.focusProxy() is not None:
            continue
        parent = w.parentWidget()
        if parent is not None and isinstance(parent.parentWidget(), QAbstractItemView):
            continue  # an editor or index widget inside a table: the table is the stop
        found.append(w)
    return found


@dataclass
class FocusWalk:
    """Where Tab went in a window: ``stops`` in order, ``missed`` (focusable, never
    reached), ``traps`` (kept Tab for more than :data:`TRAP_PRESSES` presses)."""

    stops: list[QWidget] = field(default_factory=list)
    missed: list[QWidget] = field(default_factory=list)
    traps: list[QWidget] = field(default_factory=list)

    def report(self) -> str:
        return f"missed: {[describe(w) for w in self.missed]}; traps: {[describe(w) for w in self.traps]}"


def _group(widget: QWidget) -> list[QWidget]:
    """An exclusive radio button's group (Tab stops at its checked one, arrows move in it)."""
    if not isinstance(widget, QRadioButton) or not widget.autoExclusive():
        return [widget]
    group = widget.group()
    if group is not None:
        return list(group.buttons())
    parent = widget.parentWidget()
    siblings = parent.findChildren(QRadioButton) if parent is not None else []
    return [b for b in siblings if b.parentWidget() is parent and b.group() is None] or [widget]


def _reached(widget: QWidget, stops: list[QWidget]) -> bool:
    return any(
        stop is member or member.isAncestorOf(stop) for member in _group(widget) for stop in stops
    )


def walk_tab(qtbot: object, window: QWidget, *, back: bool = False) -> FocusWalk:
    """Press Tab (Shift+Tab with ``back``) from the focus in ``window`` round the whole
    chain and say what was reached, what was not and where Tab was kept."""
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)  # type: ignore[attr-defined]
    expected = focusables(window)
    if window.focusWidget() is None and expected:
        expected[0].setFocus(Qt.FocusReason.TabFocusReason)
    walk = FocusWalk()
    key = Qt.Key.Key_Backtab if back else Qt.Key.Key_Tab
    mods = Qt.KeyboardModifier.ShiftModifier if back else Qt.KeyboardModifier.NoModifier
    same, last = 0, window.focusWidget()
    for _ in range(2 * len(expected) + TRAP_PRESSES + 2):
        target = window.focusWidget() or window
        qtbot.keyClick(target, key, mods)  # type: ignore[attr-defined]
        now = window.focusWidget()
        if now is None:
            break
        walk.stops.append(now)
        same = same + 1 if now is last else 0
        last = now
        if same >= TRAP_PRESSES:
            walk.traps.append(now)
            break
    walk.missed = [
        w for w in expected if w.isVisible() and w.isEnabled() and not _reached(w, walk.stops)
    ]
    return walk


def tab_leaves(qtbot: object, widget: QWidget, *, back: bool = False) -> bool:
    """Whether Tab (Shift+Tab) takes the focus out of ``widget`` within a few presses."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    key = Qt.Key.Key_Backtab if back else Qt.Key.Key_Tab
    mods = Qt.KeyboardModifier.ShiftModifier if back else Qt.KeyboardModifier.NoModifier
    for _ in range(TRAP_PRESSES):
        focus = widget.window().focusWidget() or widget
        qtbot.keyClick(focus, key, mods)  # type: ignore[attr-defined]
        now = widget.window().focusWidget()
        if now is not None and now is not widget and not widget.isAncestorOf(now):
            return True
    return False
