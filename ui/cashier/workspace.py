"""The cashier desk (收银): scan the pickup code, see the statement grouped by who pays, take
the money (split, with change), release with a gate pass, print; refunds and voiding a
statement with a reason.

Pickup with a scanner: scan (Enter) → F5 cash in full → F9 release: three actions (four when
the order still has to be settled: F4). The scan field has the focus whenever the desk opens
and again after each release; the F-keys work from it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import OrderState
from app.services import queries
from app.services.context import ServiceContext
from app.services.views import BoardRow, OrderDetail
from ui.auth.who import Who
from ui.cashier import labels
from ui.cashier.actions import PickupActions
from ui.cashier.messages import ambiguous, describe, not_found
from ui.cashier.scan import ScanNotFound, resolve
from ui.cashier.settlement_view import SettlementView
from ui.changes import ChangeAdapter
from ui.common.calls import call
from ui.common.kept import KeptOrders
from ui.common.keys import add_key, connect_action
from ui.common.live_board import LiveBoard
from ui.common.widgets import MessageKind, MessageLine, fit_columns
from ui.models.cashier_ready import COLUMNS, ORDER_ID_ROLE, ReadyOrdersModel
from ui.stations.live import LiveSync
from ui.workspace import Workspace

PICKUP_STATES = (OrderState.READY, OrderState.SETTLED)


class CashierWorkspace(Workspace):
    """收银台: the ready-for-pickup list, the scan field and the settlement of one order."""

    def __init__(
        self,
        ctx: ServiceContext,
        changes: ChangeAdapter,
        parent: QWidget | None = None,
        *,
        live: LiveSync | None = None,
    ) -> None:
        super().__init__(ctx, changes, parent)
        self.live = live  # the station's live link: actions kept during an outage
        self.scan = QLineEdit()
        self.scan.setObjectName("scanField")
        self.scan.setPlaceholderText(
            self.tr("Scan the pickup code or type the order number, then Enter")
        )
        font = self.scan.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.scan.setFont(font)
        self.scan.setClearButtonEnabled(True)
        self.message = MessageLine()

        self.ready_model = ReadyOrdersModel(labels, self)
        self.ready = QTableView()
        self.ready.setModel(self.ready_model)
        self.ready.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ready.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ready.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ready.setTabKeyNavigation(False)  # Tab leaves the queue (arrows move in it)
        self.ready.verticalHeader().hide()
        self.ready.setWordWrap(False)
        fit_columns(self.ready, [COLUMNS.index("asset"), COLUMNS.index("customer")])
        ready_box = QWidget()
        ready_layout = QVBoxLayout(ready_box)
        ready_layout.setContentsMargins(0, 0, 0, 0)
        ready_layout.addWidget(QLabel(self.tr("Waiting for pickup")))
        ready_layout.addWidget(self.ready, 1)

        self.view = SettlementView()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(ready_box)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([600, 760])  # at 1366 px: the queue's columns whole, and the statement's
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.scan)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

        self.actions = PickupActions(self)
        # orders with an action kept on this station: marked in the queue
        self.kept = KeptOrders(ctx, live, self)
        self.kept.changed.connect(self.ready_model.set_kept)
        self.kept.sent.connect(self._on_kept_sent)
        # the queue patches the rows a change names, and catches up when shown again
        self.live_board = LiveBoard(
            self,
            self.ready_model,
            lambda ids: queries.board(self.ctx, states=PICKUP_STATES, ids=ids),
            lambda row: queries.board_order(row, PICKUP_STATES),
        )
        self.live_board.loaded.connect(self._on_rows)
        self.live_board.failed.connect(lambda exc: self.say(describe(exc)))
        self._connect_signals()
        self.actions.enable_printing()
        self.reload()

    def _connect_signals(self) -> None:
        v = self.view
        self.scan.returnPressed.connect(self._on_scan)
        self.ready.activated.connect(self._on_ready_activated)
        a = self.actions
        for button, key, slot in (
            (v.settle, "F4", a.settle),
            (v.pay_cash, "F5", a.pay_cash),
            (v.pay, "F6", a.pay),
            (v.refund, "F7", a.refund),
            (v.void, "F8", a.void),
            (v.release, "F9", a.release),
            (v.adjust, "F2", a.adjust_line),
            (v.print_release, "Ctrl+P", a.print_release),
            (v.print_statement, "Ctrl+Shift+P", a.print_statement),
        ):
            connect_action(self, button, key, slot)
        add_key(self, "Esc", self.focus_primary)
        self.changes.changed.connect(self.live_board.on_changes)
        self.changes.order_changed.connect(self.reload_order)

    # --- Workspace -----------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Cashier")

    def apply_rights(self, who: Who) -> None:
        """Settle, take money, release... greyed out with the reason for a user without the
        right (a refund or void stays open to a cashier: a manager approves it)."""
        self.view.gate.set_who(who)

    def activate(self) -> None:
        self.live_board.shown()
        self.focus_primary()

    def focus_primary(self) -> None:
        self.scan.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scan.selectAll()

    def open_order(self, order_id: int) -> None:
        """Show an order's settlement (from the lookup, a scan or the list)."""
        ctx = self.ctx
        call(
            self,
            lambda: queries.get_order(ctx, order_id),
            self._on_opened,
            lambda exc: self.say(describe(exc)),  # e.g. the order is gone
        )

    def _on_opened(self, detail: OrderDetail) -> None:
        self.show_order(detail)
        self.say(self.next_step(detail), error=False)
        live = self.live
        if live is not None:  # an action kept during an outage waits: say so (no money twice)
            number, db = detail.order.number, self.ctx.db
            call(
                self,
                lambda: live.outbox.pending_for(number, db),
                lambda waiting: self._say_kept(detail, waiting),
                lambda _exc: None,
            )

    def _say_kept(self, detail: OrderDetail, waiting: list[object]) -> None:
        shown = self.view.detail
        if waiting and shown is not None and shown.id == detail.id:
            self.say(
                self.tr(
                    "%1: an action kept on this station waits to be sent (Stations, Ctrl+6). "
                    "The amounts shown are the last saved ones: do not take the money again."
                ).replace("%1", detail.order.number)
            )

    def _on_kept_sent(self, numbers: frozenset[str]) -> None:
        """The shown order's kept action left the outbox: show what the server now has
        and what comes next (no more "kept" line)."""
        shown = self.view.detail
        if shown is not None and shown.order.number in numbers:
            self.open_order(shown.id)

    # --- the list ------------------------------------------------------------------------

    def reload(self) -> None:
        self.live_board.reload()

    def _on_rows(self, _rows: list[BoardRow]) -> None:
        """The whole queue was loaded: the order on the right stays chosen in it."""
        shown = self.view.detail
        if shown is not None:
            row = self.ready_model.row_of(shown.id)
            if row is not None:
                self.ready.selectRow(row)

    def _on_ready_activated(self, index: object) -> None:
        order_id = self.ready.model().index(self.ready.currentIndex().row(), 0).data(ORDER_ID_ROLE)
        if order_id is not None:
            self.open_order(int(order_id))

    # --- scanning ------------------------------------------------------------------------

    def _on_scan(self) -> None:
        text = self.scan.text().strip()
        if not text:
            return
        ctx, waiting = self.ctx, list(self.ready_model.rows())
        call(
            self,
            lambda: resolve(ctx, text, waiting),
            lambda order_id: self._on_scanned(text, order_id),
            lambda exc: self._on_scan_refused(text, exc),
        )

    def _on_scanned(self, text: str, order_id: int) -> None:
        if self.scan.text().strip() == text:
            self.scan.clear()
        self.open_order(order_id)

    def _on_scan_refused(self, text: str, exc: Exception) -> None:
        if isinstance(exc, ScanNotFound):
            self.say(ambiguous(exc.count) if exc.count > 1 else not_found(text))
        else:  # a refused pickup code (forged, altered, foreign)
            self.say(describe(exc))
        self.scan.selectAll()

    def next_step(self, detail: OrderDetail) -> str:
        """What the cashier does next with this order, with the key."""
        state = detail.order.state
        if state is OrderState.READY:
            return self.tr("Not settled yet: F4 issues the statement.")
        if state is OrderState.SETTLED and detail.balance > 0:
            return self.tr("To pay: %1. F5 cash in full, F6 other methods or split.").replace(
                "%1", labels.money(detail.balance)
            )
        if state is OrderState.SETTLED:
            return self.tr("Paid in full. F9 releases the order.")
        if state is OrderState.RELEASED:
            slip = detail.release.number if detail.release else ""
            return self.tr("Already released (gate pass %1).").replace("%1", slip)
        return (
            self.tr("%1 is “%2”: not ready for pickup.")
            .replace("%1", detail.order.number)
            .replace("%2", labels.state(state))
        )

    # --- messages and the shown order ----------------------------------------------------

    def say(self, text: str, error: bool = True) -> None:
        """The desk's message line: a refusal (red) or what to do next (blue)."""
        self.message.say(text, MessageKind.ERROR if error else MessageKind.INFO)

    def show_order(self, detail: OrderDetail) -> None:
        self.view.show_detail(detail)
        self.actions.enable_printing()
        row = self.ready_model.row_of(detail.id)
        if row is not None:
            self.ready.selectRow(row)

    def reload_order(self, order_id: int) -> None:
        shown = self.view.detail
        if shown is not None and shown.id == order_id:
            call(
                self,
                lambda: queries.get_order(self.ctx, order_id),
                self._on_reloaded,
                lambda exc: self.say(describe(exc)),
            )

    def _on_reloaded(self, detail: OrderDetail) -> None:
        shown = self.view.detail
        if shown is not None and shown.id == detail.id and detail.version >= shown.version:
            self.show_order(detail)
