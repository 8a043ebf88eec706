"""One order at the counter: state, customer, asset, promised time, what the technician
found and what intake said (:mod:`ui.common.intake_facts`), lines and totals.

F2 on a line changes who pays it and its discount (until the order is settled); Print…
(Ctrl+P) offers the order's documents; Cancel order… (Ctrl+Del) closes it with a reason — an
order with work done needs a manager's approval, asked for on the spot. Reloads when the
reception desk hears of a change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ApprovalMethod, AssetKind, OrderState
from app.domain.models import OrderLine
from app.domain.permissions import Permission
from app.domain.workflow import LINES_EDITABLE, allowed_actions
from app.services.approvals import ApprovalGrant
from app.services.context import ServiceContext
from app.services.queries import get_order
from app.services.views import OrderDetail
from ui.auth.approval_dialog import ask_approval, order_subject
from ui.auth.rights import Gate
from ui.cashier.reason_dialog import ReasonDialog
from ui.common import format as fmt
from ui.common.calls import call
from ui.common.commands import Commands, still_busy
from ui.common.errors import error_text
from ui.common.intake_facts import IntakeFacts, facts_of_order
from ui.common.line_payer_dialog import LinePayerDialog
from ui.common.row_model import ROW_ROLE
from ui.common.widgets import set_state_chip, setup_table, title
from ui.models.reception_order_lines import OrderLinesModel
from ui.reception.intake_visit import repair_categories
from ui.reception.legal_facts_dialog import LegalFactsDialog
from ui.stations.live import LiveSync


class OrderPanel(QWidget):
    """Emits ``print_requested(order_id, kind)`` (a document kind of ``ui.printing``) and
    ``open_customer(customer_id)``."""

    print_requested = Signal(int, str)
    open_customer = Signal(int)
    loaded = Signal()

    def __init__(
        self, ctx: ServiceContext, parent: QWidget | None = None, *, live: LiveSync | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: the panel's actions (signature, cancel) go the desks' one way (ui.common.commands)
        self.commands = Commands(ctx, live, self)
        self.order_id: int | None = None
        self.detail: OrderDetail | None = None
        self.number = QLabel()
        self.number.setObjectName("orderNumber")
        self.state = QLabel()
        # a form (not a grid): wrapped values keep their rows tight beside the intake block
        self.facts = QFormLayout()
        self.facts.setHorizontalSpacing(18)
        self._fact_labels: dict[str, QLabel] = {}
        for key, text in (
            ("customer", self.tr("Customer")),
            ("asset", self.tr("Vehicle / device")),
            ("symptom", self.tr("Symptom")),
            ("fault", self.tr("Found")),
            ("promised", self.tr("Promised")),
            ("technician", self.tr("Technician")),
            ("legal", self.tr("Repair category")),
        ):
            name = QLabel(text)
            name.setObjectName("factName")
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts.addRow(name, value)
            self._fact_labels[key] = value
        #: what was said and seen at intake, beside the order's facts
        self.intake = IntakeFacts()
        top = QWidget()
        top.setObjectName("orderFacts")
        top_row = QHBoxLayout(top)
        top_row.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addLayout(self.facts)
        left.addStretch(1)  # the rows stay together at the top
        top_row.addLayout(left, 1)
        top_row.addSpacing(18)  # (a spacing set on the row would space the form's rows too)
        top_row.addWidget(self.intake, 1, Qt.AlignmentFlag.AlignTop)
        #: the facts scroll on a small screen; Tab reaches them, arrows scroll
        self.facts_area = QScrollArea()
        self.facts_area.setObjectName("orderFactsArea")
        self.facts_area.setWidget(top)
        self.facts_area.setWidgetResizable(True)
        self.facts_area.setFrameShape(QFrame.Shape.NoFrame)
        self.facts_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.facts_area.setStyleSheet("#orderFactsArea, #orderFacts { background: transparent; }")
        self.lines_model = OrderLinesModel(self)
        self.lines = QTableView()
        self.lines.setModel(self.lines_model)
        setup_table(self.lines, 0)
        # a long item name wraps onto more lines of its row rather than being cut off
        self.lines.setWordWrap(True)
        self.lines.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.lines.verticalHeader().setMinimumSectionSize(30)
        self.lines.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        lines_box = QWidget()
        lines_layout = QVBoxLayout(lines_box)
        lines_layout.setContentsMargins(0, 0, 0, 0)
        lines_layout.addWidget(title(self.tr("Lines")))
        lines_layout.addWidget(self.lines, 1)
        #: facts above, lines below; the line between them can be moved
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.setObjectName("orderSplit")
        self.split.addWidget(self.facts_area)
        self.split.addWidget(lines_box)
        self.split.setChildrenCollapsible(False)
        self.split.setSizes([260, 240])
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.approve = QPushButton(self.tr("Customer signed the work order"))
        self.payer_button = QPushButton(self.tr("Payer / discount…  (F2)"))
        self.payer_button.setToolTip(
            self.tr(
                "Who pays the chosen line (warranty, goodwill, insurance, ...) and its discount"
            )
        )
        self.cancel_button = QPushButton(self.tr("Cancel order…  (Ctrl+Del)"))
        self.cancel_button.setToolTip(
            self.tr("Close the order as cancelled, with the reason (work done: a manager approves)")
        )
        self.print_button = QPushButton(self.tr("Print…  (Ctrl+P)"))
        self.print_menu = QMenu(self)
        self.print_actions: dict[str, QAction] = {}
        for kind, text in (
            ("intake-slip", self.tr("&Intake slip / pickup voucher")),
            ("work-order", self.tr("&Work order (customer copy)")),
            ("job-card", self.tr("&Job card (workshop copy)")),
            ("inspection", self.tr("Inspection &sheet")),
            ("extra-work", self.tr("&Extra work authorization")),
            ("completion-certificate", self.tr("&Completion certificate")),
            ("sanbao-record", self.tr("三包 &repair record")),
        ):
            action = self.print_menu.addAction(text)
            action.setData(kind)
            self.print_actions[kind] = action
        self.customer_button = QPushButton(self.tr("Customer"))
        #: 维修类别, mileage out, old parts, 三包 costs (a vehicle's, until released)
        self.legal_button = QPushButton(self.tr("Category / old parts…  (Ctrl+G)"))
        self.legal_button.setToolTip(
            self.tr("Repair category, mileage out, old parts and 三包 costs for the documents")
        )
        self.offer = QWidget()
        self.offer.setObjectName("banner")
        self.offer_text = QLabel()
        self.offer_work_order = QPushButton(self.tr("Work order  (Enter)"))
        self.offer_intake_slip = QPushButton(self.tr("Intake slip"))
        self.offer_skip = QPushButton(self.tr("Not now  (Esc)"))
        offer = QHBoxLayout(self.offer)
        offer.addWidget(self.offer_text, 1)
        for b in (self.offer_work_order, self.offer_intake_slip, self.offer_skip):
            b.setAutoDefault(True)  # Enter on the focused button presses it
            offer.addWidget(b)
        self.offer.hide()
        head = QHBoxLayout()
        head.addWidget(self.number)
        head.addWidget(self.state)
        head.addStretch(1)
        # two rows: the panel stays within a 1366 px counter screen in either language
        buttons = QVBoxLayout()
        actions = QHBoxLayout()
        actions.addWidget(self.approve)
        actions.addWidget(self.payer_button)
        actions.addWidget(self.legal_button)
        actions.addStretch(1)
        others = QHBoxLayout()
        others.addStretch(1)
        others.addWidget(self.cancel_button)
        others.addWidget(self.customer_button)
        others.addWidget(self.print_button)
        buttons.addLayout(actions)
        buttons.addLayout(others)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.offer)
        layout.addLayout(head)
        layout.addWidget(self.split, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        #: what the signed-in user may do (set by the desk); buttons beyond it stay grey
        self.gate = Gate()
        self.gate.need(self.approve, Permission.INTAKE)
        self.gate.need(self.payer_button, Permission.DISCOUNT)
        self.gate.need(self.cancel_button, Permission.CANCEL)
        self.gate.need(self.legal_button, Permission.INTAKE)
        self.cancel_button.setEnabled(False)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.approve.clicked.connect(self._on_approve)
        self.print_button.clicked.connect(self.open_print_menu)
        self.print_menu.triggered.connect(self._on_print_chosen)
        self.payer_button.clicked.connect(self.change_payer)
        payer_key = QShortcut(QKeySequence("F2"), self)
        payer_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        payer_key.activated.connect(self.change_payer)
        self.lines.activated.connect(lambda _index: self.change_payer())
        self.cancel_button.clicked.connect(self.cancel_order)
        cancel_key = QShortcut(QKeySequence("Ctrl+Del"), self)
        cancel_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        cancel_key.activated.connect(self.cancel_order)
        self.customer_button.clicked.connect(self._on_customer)
        self.legal_button.clicked.connect(self.edit_legal_facts)
        legal_key = QShortcut(QKeySequence("Ctrl+G"), self)
        legal_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        legal_key.activated.connect(self.edit_legal_facts)
        self.offer_work_order.clicked.connect(lambda: self._on_offer("work-order"))
        self.offer_intake_slip.clicked.connect(lambda: self._on_offer("intake-slip"))
        self.offer_skip.clicked.connect(self.offer.hide)
        skip = QShortcut(QKeySequence("Esc"), self.offer)
        skip.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        skip.activated.connect(self._on_skip_offer)

    def offer_printing(self, number: str) -> None:
        """Right after an intake: print the work order (or intake slip) now?"""
        self.offer_text.setText(
            self.tr("Work order %1 is open. Print for the customer to sign?").replace("%1", number)
        )
        self.offer.show()
        self.offer_work_order.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_offer(self, kind: str) -> None:
        self.offer.hide()
        if self.order_id is not None:
            self.print_requested.emit(self.order_id, kind)

    def _on_skip_offer(self) -> None:
        self.offer.hide()

    def show_order(self, order_id: int) -> None:
        self.order_id = order_id
        self.reload()

    def show_detail(self, detail: OrderDetail) -> None:
        """Show an order a service has just returned, as it is (no second load)."""
        self.order_id = detail.id
        self._on_loaded(detail)

    def reload(self) -> None:
        if self.order_id is None:
            return
        oid = self.order_id
        call(self, lambda: get_order(self.ctx, oid), self._on_loaded, self._on_error)

    def _on_loaded(self, d: OrderDetail) -> None:
        self.detail = d
        o = d.order
        self.error.setText("")
        self.number.setText(o.number)
        set_state_chip(self.state, o.state)
        phone = d.customer.primary_phone or ""
        self._fact_labels["customer"].setText(f"{d.customer.name}  {phone}")
        self._fact_labels["asset"].setText(d.asset.label)
        self._fact_labels["symptom"].setText(o.symptom or "—")
        self._fact_labels["fault"].setText(o.fault_found or "—")
        waits = self.tr(" · waits on site") if o.waits_on_site else ""
        self._fact_labels["promised"].setText((fmt.local_time(o.promised_at) or "—") + waits)
        self._fact_labels["technician"].setText(o.technician.name if o.technician else "—")
        vehicle = d.asset.kind is AssetKind.VEHICLE
        legal = (
            dict(repair_categories()).get(o.repair_category.value) if o.repair_category else None
        )
        legal = legal or "—"
        if d.comeback_of_number:
            legal += "  ·  " + self.tr("Comeback (返修) within the guarantee of %1").replace(
                "%1", d.comeback_of_number
            )
        self._fact_labels["legal"].setText(legal if vehicle else "—")
        self.legal_button.setEnabled(
            vehicle and o.state not in (OrderState.RELEASED, OrderState.CANCELLED)
        )
        self.print_actions["completion-certificate"].setEnabled(
            vehicle and bool(o.certificate_number)
        )
        self.print_actions["sanbao-record"].setEnabled(vehicle)
        self.intake.set_facts(facts_of_order(d))
        self.lines_model.set_rows(d.lines)
        free = d.totals.free_total
        text = self.tr("Customer pays %1").replace("%1", fmt.money(d.totals.customer_total))
        if free:
            text += "  ·  " + self.tr("free (warranty etc.) %1").replace("%1", fmt.money(free))
        if d.estimate.net != d.totals.net:
            text += "  ·  " + self.tr("incl. awaiting decision %1").replace(
                "%1", fmt.money(d.estimate.customer_total)
            )
        self.totals.setText(text)
        self.approve.setVisible(o.state is OrderState.OPEN)
        self.payer_button.setEnabled(o.state in LINES_EDITABLE and bool(d.lines))
        self.print_actions["inspection"].setEnabled(d.inspection is not None)
        self.print_actions["extra-work"].setEnabled(any(line.is_extra for line in d.lines))
        self.cancel_button.setEnabled("cancel" in allowed_actions(o.state))
        self.gate.apply()
        self.loaded.emit()

    def _on_error(self, exc: Exception) -> None:
        self.error.setText(error_text(exc))

    def edit_legal_facts(self) -> None:
        """Ctrl+G: the order's 维修类别, mileage out, old parts and 三包 costs."""
        if self.detail is None or not self.legal_button.isEnabled():
            return
        dialog = LegalFactsDialog(self.ctx, self.detail, self)
        dialog.saved.connect(self._on_loaded)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _on_approve(self) -> None:
        if self.detail is None:
            return
        d = self.detail
        sent = self.commands.run(
            "approve_order",
            {"order_id": d.id, "method": ApprovalMethod.SIGNATURE, "version": d.version},
            self._on_loaded,
            self._on_error,
            subject=d.order.number,
            on_kept=self._on_kept,
        )
        if not sent:
            self._on_error(still_busy())

    def _on_kept(self, _entry: object) -> None:
        """Kept on this station during an outage: the order shows what the server has."""
        number = self.detail.order.number if self.detail is not None else ""
        self.error.setText(
            self.tr(
                "No connection: the action on %1 is kept on this station and sent once the "
                "connection is back."
            ).replace("%1", number)
        )

    # --- printing ---
    def open_print_menu(self) -> None:
        """Ctrl+P / Print…: which document (arrows and Enter, or its underlined letter)."""
        if self.order_id is None:
            return
        self.print_menu.popup(self.print_button.mapToGlobal(QPoint(0, self.print_button.height())))
        self.print_menu.setActiveAction(self.print_actions["work-order"])

    def _on_print_chosen(self, action: object) -> None:
        kind = action.data()  # type: ignore[attr-defined]
        if self.order_id is not None and kind:
            self.print_requested.emit(self.order_id, str(kind))

    # --- who pays a line ---
    def current_line(self) -> OrderLine | None:
        index = self.lines.currentIndex()
        if not index.isValid() and self.lines_model.rowCount():
            index = self.lines_model.index(0, 0)
            self.lines.setCurrentIndex(index)
        row = index.siblingAtColumn(0).data(ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, OrderLine) else None

    def change_payer(self) -> None:
        """F2 (or Enter on a line): who pays the chosen line, and its discount."""
        line = self.current_line()
        if self.detail is None or line is None:
            return
        dialog = LinePayerDialog(self.ctx, self.detail, line, self)
        dialog.saved.connect(self._on_loaded)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _r: self.lines.setFocus())
        dialog.open()

    # --- cancelling ---
    def cancel_order(self) -> None:
        """Ctrl+Del: cancel the order with a reason. With work done (started, or labor
        approved) a manager approves it on this screen."""
        d = self.detail
        if d is None or "cancel" not in allowed_actions(d.order.state):
            return
        ctx = self.ctx

        def submit(
            _amount: str,
            reason: str,
            approval: ApprovalGrant | None,
            done: Callable[[], None],
            failed: Callable[[Exception], None],
        ) -> None:
            current = self.detail if self.detail is not None else d

            def cancelled(result: OrderDetail) -> None:
                self._on_loaded(result)
                done()

            sent = self.commands.run(
                "cancel",
                {
                    "order_id": current.id,
                    "reason": reason,
                    "version": current.version,
                    "approval": approval,
                },
                cancelled,
                failed,
                subject=current.order.number,
            )
            if not sent:
                failed(still_busy())

        dialog = ReasonDialog(
            self.tr("Cancel order %1").replace("%1", d.order.number),
            self.tr(
                "The order is closed as cancelled and stays on file with the reason. Tell the "
                "customer what happens to the vehicle or device and any parts."
            ),
            self.tr("Cancel the order"),
            submit,
            ask=lambda denied, resend: ask_approval(
                dialog,
                ctx,
                denied,
                order_subject(d.id),
                self.tr("Cancel %1 with work done").replace("%1", d.order.number),
                resend,
            ),
            parent=self,
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _r: self.lines.setFocus())
        dialog.open()

    def _on_customer(self) -> None:
        if self.detail is not None:
            self.open_customer.emit(self.detail.customer.id)
