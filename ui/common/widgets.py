"""Small shared widgets: section titles, state chips, key hints, message lines, table set-up."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from app.domain.enums import OrderState
from ui.common import labels


def title(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("sectionTitle")
    return label


def hint(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


def state_chip(state: OrderState, parent: QWidget | None = None) -> QLabel:
    chip = QLabel(labels.name(state), parent)
    set_state_chip(chip, state)
    return chip


def set_state_chip(chip: QLabel, state: OrderState) -> None:
    bg, fg = labels.STATE_COLOURS[state]
    chip.setText(labels.name(state))
    chip.setStyleSheet(
        f"background:{bg}; color:{fg}; border:1px solid {fg}; border-radius:9px;"
        "padding:2px 10px; font-weight:600;"
    )
    chip.setAlignment(Qt.AlignmentFlag.AlignCenter)


class MessageKind(StrEnum):
    """What a message line says, each with its own look (ui/shell/style.py): what was done
    (green), news (blue), something to mind (amber), a refusal (red)."""

    SUCCESS = "success"
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


def set_message(label: QLabel, text: str, kind: MessageKind | str = MessageKind.ERROR) -> None:
    """Show ``text`` on ``label`` in the look of ``kind`` (hidden while ``text`` is empty).
    The label becomes a ``message`` line: the style sheet colours it by its ``kind``."""
    kind = MessageKind(kind)
    if label.objectName() != "message" or label.property("kind") != kind.value:
        label.setObjectName("message")
        label.setProperty("kind", kind.value)
        label.setProperty("error", kind is MessageKind.ERROR)
        label.style().unpolish(label)
        label.style().polish(label)
    label.setText(text)
    label.setVisible(bool(text))


class MessageLine(QLabel):
    """A desk's or dialog's one line of news: ``say(text, kind)``; hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_message(self, "")

    def say(self, text: str, kind: MessageKind | str = MessageKind.ERROR) -> None:
        set_message(self, text, kind)

    def kind(self) -> MessageKind:
        return MessageKind(self.property("kind"))


def setup_table(view: QTableView, stretch_column: int | None = 0) -> QTableView:
    """The desks' common table look: whole rows, no grid, compact rows, one column stretches."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setShowGrid(False)
    view.setAlternatingRowColors(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(30)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch_column is not None and view.model() is not None:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    model = view.model()
    if model is not None:
        # columns sized to their contents follow rows added later, not only the first ones
        for signal in (model.rowsInserted, model.modelReset, model.dataChanged):
            signal.connect(lambda *_: QTimer.singleShot(0, header, header.resizeSections))
    return view
