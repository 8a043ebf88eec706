"""Small shared widgets: section titles, state chips, key hints, message lines, table set-up."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QTreeView,
    QWidget,
)

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


#: a column that may be elided keeps at least this many digits' width (a whole IMEI, a
#: plate with its make, a name): narrower, a cut text says nothing
ELIDE_MIN_CHARS = 16
#: the dynamic property of a view that lists its elidable columns (for tests and tools)
FLEXIBLE_PROPERTY = "flexibleColumns"


def elide_min_width(view: QAbstractItemView) -> int:
    """The narrowest an elidable column of ``view`` may become."""
    return view.fontMetrics().horizontalAdvance("0" * ELIDE_MIN_CHARS) + 16


def _header(view: QAbstractItemView) -> QHeaderView:
    if isinstance(view, QTreeView):
        return view.header()
    assert isinstance(view, QTableView)
    return view.horizontalHeader()


class ColumnFitter(QObject):
    """Sizes a table's columns to what they show, on every resize and model change: each
    column as wide as its content (and its title). When the view is too narrow for all:

    1. the ``optional`` columns are hidden, in that order, while even the narrowest layout
       does not fit (they come back when there is room);
    2. the ``flexible`` columns (free text, long names) give way, the last listed first,
       each down to :func:`elide_min_width` at the least, elided with "…".

    Room left over goes to the first flexible column (or the last column). Qt's own Stretch
    mode squeezes the stretched column to a few pixels once the others fill the view, which
    cut the board's plates and the cashier's vehicles at 1366×768.
    """

    def __init__(
        self,
        view: QAbstractItemView,
        flexible: Sequence[int] = (),
        optional: Sequence[int] = (),
    ) -> None:
        super().__init__(view)
        self.view = view
        self.flexible = [c for c in flexible if c >= 0]
        self.optional = [c for c in optional if c >= 0 and c not in self.flexible]
        self.dropped: set[int] = set()
        view.setProperty(FLEXIBLE_PROPERTY, list(self.flexible))
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = _header(view)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(24)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        view.viewport().installEventFilter(self)
        self._model: object = None
        self._watch_model()

    def _watch_model(self) -> None:
        model = self.view.model()
        if model is None or model is self._model:
            return
        self._model = model
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.rowsMoved,
            model.dataChanged,
            model.layoutChanged,
            model.columnsInserted,
            model.headerDataChanged,
        ):
            signal.connect(self.schedule)

    def schedule(self, *_args: object) -> None:
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.schedule()
        return False

    def wants(self) -> dict[int, int]:
        """Each column's width for its whole content and title (hidden ones too)."""
        view, header = self.view, _header(self.view)
        model = view.model()
        if model is None:
            return {}
        return {
            c: max(view.sizeHintForColumn(c), header.sectionSizeHint(c))
            for c in range(model.columnCount())
            if not header.isSectionHidden(c) or c in self.dropped
        }

    def fit(self) -> None:
        self._watch_model()
        every = self.wants()
        if not every:
            return
        header = _header(self.view)
        available = self.view.viewport().width()
        least = elide_min_width(self.view)
        floors = {c: min(every[c], least) for c in self.flexible if c in every}

        def narrowest(shown: dict[int, int]) -> int:
            return sum(floors.get(c, w) for c, w in shown.items())

        self.dropped = set()
        shown = dict(every)
        for c in self.optional:
            if narrowest(shown) <= available:
                break
            if c in shown:
                shown.pop(c)
                self.dropped.add(c)
        for c in every:
            header.setSectionHidden(c, c in self.dropped)
        widths = dict(shown)
        flexible = [c for c in self.flexible if c in shown]
        room = available - sum(w for c, w in shown.items() if c not in flexible)
        wanted = sum(shown[c] for c in flexible)
        if flexible and room < wanted:
            over = wanted - room
            for c in reversed(flexible):  # the last listed gives way first
                give = min(over, shown[c] - floors[c])
                widths[c] = shown[c] - give
                over -= give
        elif room > wanted:
            target = flexible[0] if flexible else max(shown)  # else the last shown column
            widths[target] += room - wanted
        for c, width in widths.items():
            if header.sectionSize(c) != width:
                header.resizeSection(c, width)


def fit_columns(
    view: QAbstractItemView,
    flexible: Sequence[int | None] = (),
    optional: Sequence[int] = (),
) -> ColumnFitter:
    """Size ``view``'s columns with a :class:`ColumnFitter` (by index: ``flexible``, the
    columns that may give way, most important first; ``optional``, those hidden first
    when the view is narrow)."""
    existing = view.findChild(ColumnFitter)
    if existing is not None:
        existing.deleteLater()
    return ColumnFitter(view, [c for c in flexible if c is not None], optional)


def setup_table(
    view: QTableView,
    stretch_column: int | None = 0,
    *,
    flexible: Sequence[int] = (),
    optional: Sequence[int] = (),
) -> QTableView:
    """The desks' common table look: whole rows, no grid, compact rows, columns as wide as
    their content; ``stretch_column`` takes the room left and is the one that gives way
    (elided, never below :func:`elide_min_width`) when the view is narrow, then the other
    ``flexible`` columns; ``optional`` ones are hidden first when even that is too wide."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setShowGrid(False)
    view.setAlternatingRowColors(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(30)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    fit_columns(view, [stretch_column, *flexible], optional)
    return view
