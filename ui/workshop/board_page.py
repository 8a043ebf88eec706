"""The workshop's lists: the progress board with its filters, and the narrower views of the
same rows (my jobs, waiting for quality check, waiting for a technician).

Every list is a :class:`OrderTable` over a :class:`~ui.models.workshop_board.BoardFilter` of
the one shared :class:`~ui.models.workshop_board.BoardModel`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import OrderState
from app.services.queries import BOARD_STATES
from ui.common import labels as common
from ui.common.widgets import fit_columns
from ui.models.workshop_board import ORDER_ID_ROLE, BoardFilter, BoardModel
from ui.workshop import labels

MY_JOB_STATES = (OrderState.ASSIGNED, OrderState.IN_PROGRESS, OrderState.PAUSED)


class OrderTable(QTableView):
    """Rows of the board; the current row is "the job", Enter or double-click opens it."""

    current_order = Signal(int)
    open_order = Signal(int)

    def __init__(self, proxy: BoardFilter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.setModel(proxy)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the board (arrows move in it)
        self.setAlternatingRowColors(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        source = proxy.sourceModel()
        # the order number, the state and the plate are shown whole. When the board is
        # narrow (the job panel beside it at 1366 px) what the job waits for and whether the
        # customer is in the lounge leave the board (the job panel says both for the job
        # chosen), then long names, and the make and model after the plate, are elided
        keys = source.keys() if isinstance(source, BoardModel) else []
        self.fitter = fit_columns(
            self,
            [keys.index(k) for k in ("asset", "customer") if k in keys],
            [keys.index(k) for k in ("waiting", "on_site") if k in keys],
        )
        self.selectionModel().currentRowChanged.connect(self._on_current)
        self.doubleClicked.connect(self._on_activated)

    def order_id_at(self, index: QModelIndex) -> int | None:
        if not index.isValid():
            return None
        value = self.proxy.index(index.row(), 0).data(ORDER_ID_ROLE)
        return int(value) if value is not None else None

    def current_order_id(self) -> int | None:
        return self.order_id_at(self.currentIndex())

    def select_order(self, order_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ORDER_ID_ROLE) == order_id:
                self.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.scrollTo(index)
                return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            order_id = self.current_order_id()
            if order_id is not None:
                self.open_order.emit(order_id)
                return
        super().keyPressEvent(event)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        order_id = self.order_id_at(current)
        if order_id is not None:
            self.current_order.emit(order_id)

    def _on_activated(self, index: QModelIndex) -> None:
        order_id = self.order_id_at(index)
        if order_id is not None:
            self.open_order.emit(order_id)


class BoardPage(QWidget):
    """All open orders with filters by state, technician and lateness."""

    def __init__(self, model: BoardModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = BoardFilter(self)
        self.proxy.setSourceModel(model)
        self.table = OrderTable(self.proxy)

        self.state = QComboBox()
        self.state.addItem(self.tr("All states"), None)
        for state in BOARD_STATES:
            self.state.addItem(common.name(state), state.value)
        self.technician = QComboBox()
        self.technician.setMinimumContentsLength(10)
        self._fill_technicians([])
        self.late_only = QCheckBox(self.tr("Late only"))
        self.summary = QLabel()

        self.state.currentIndexChanged.connect(self._on_filter)
        self.technician.currentIndexChanged.connect(self._on_filter)
        self.late_only.toggled.connect(self._on_filter)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("State:")))
        bar.addWidget(self.state)
        bar.addWidget(QLabel(self.tr("Technician:")))
        bar.addWidget(self.technician)
        bar.addWidget(self.late_only)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def set_technicians(self, names: Sequence[str]) -> None:
        """Offer the technicians on the board (plus "anyone" and "unassigned")."""
        current = self.technician.currentData()
        self.technician.blockSignals(True)
        self._fill_technicians(names)
        at = self.technician.findData(current)
        self.technician.setCurrentIndex(max(at, 0))
        self.technician.blockSignals(False)

    def set_summary(self, total: int, late: int) -> None:
        text = self.tr("%1 open · %2 late").replace("%1", str(total)).replace("%2", str(late))
        self.summary.setText(text)

    def clear_filters(self) -> None:
        self.state.setCurrentIndex(0)
        self.technician.setCurrentIndex(0)
        self.late_only.setChecked(False)

    def _fill_technicians(self, names: Sequence[str]) -> None:
        self.technician.clear()
        self.technician.addItem(self.tr("Anyone"), None)
        self.technician.addItem(labels.unassigned(), "")
        for name in sorted(set(names)):
            self.technician.addItem(name, name)

    def _on_filter(self) -> None:
        value = self.state.currentData()
        self.proxy.set_states(None if value is None else [OrderState(value)])
        self.proxy.set_technician(self.technician.currentData())
        self.proxy.set_late_only(self.late_only.isChecked())


class QueuePage(QWidget):
    """A fixed view of the board (some states, maybe one technician) with a hint line."""

    def __init__(
        self,
        model: BoardModel,
        states: Sequence[OrderState],
        hint: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.proxy = BoardFilter(self)
        self.proxy.setSourceModel(model)
        self.proxy.set_states(states)
        self.table = OrderTable(self.proxy)
        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        self.bar = QHBoxLayout()
        self.bar.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(self.bar)
        layout.addWidget(self.table, 1)


class MyJobsPage(QueuePage):
    """The signed-in technician's jobs; a team lead may look at everyone's."""

    def __init__(self, model: BoardModel, parent: QWidget | None = None) -> None:
        super().__init__(model, MY_JOB_STATES, "", parent)
        self.everyone = QCheckBox(self.tr("All technicians (team lead)"))
        self.everyone.toggled.connect(self._apply)
        self.bar.addWidget(self.everyone)
        self._me = ""

    def set_me(self, name: str, lead: bool) -> None:
        self._me = name
        self.hint.setText(self.tr("Jobs of %1").replace("%1", name))
        self.everyone.setChecked(lead)
        self._apply()

    def _apply(self) -> None:
        self.proxy.set_technician(None if self.everyone.isChecked() else self._me)
