"""A customer opened at the counter: their vehicles/devices, open orders and visit history.

Enter on a vehicle starts a new visit for it (customer and asset are then already known);
Enter on an order opens it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.context import ServiceContext
from app.services.customers import customer_file
from app.services.views import CustomerFile
from ui.common.calls import call
from ui.common.errors import error_text
from ui.common.row_model import ROW_ROLE
from ui.common.value_badge import ValueBadge
from ui.common.widgets import hint, setup_table, title
from ui.models.customer_assets import AssetsModel
from ui.models.customer_visits import VisitsModel


class CustomerPanel(QWidget):
    """Emits ``start_intake(customer_id, asset_id or 0)``, ``open_order(id)``,
    ``open_file(customer_id)``."""

    start_intake = Signal(int, int)
    open_order = Signal(int)
    open_file = Signal(int)
    loaded = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: int | None = None
        self._select_asset: int | None = None
        self.file: CustomerFile | None = None
        self.header = QLabel()
        self.header.setObjectName("customerHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.badge = ValueBadge()  # the value class A/B/C/D, why in its tooltip
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.assets_model = AssetsModel(self)
        self.assets = setup_table(self._table(self.assets_model), 1)
        self.open_model = VisitsModel(self)
        self.open_orders = setup_table(self._table(self.open_model), 2)
        self.history_model = VisitsModel(self)
        self.history = setup_table(self._table(self.history_model), 2)
        self.new_visit = QPushButton(self.tr("New visit for this vehicle / device  (Enter)"))
        self.new_visit.setObjectName("primary")
        self.new_asset = QPushButton(self.tr("New vehicle / device  (Ctrl+Shift+N)"))
        self.file_button = QPushButton(self.tr("Customer file  (Ctrl+E)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_visit)
        buttons.addWidget(self.new_asset)
        buttons.addStretch(1)
        buttons.addWidget(self.file_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.header)
        head.addWidget(self.badge)
        head.addStretch(1)
        layout.addLayout(head)
        layout.addWidget(self.error)
        layout.addWidget(title(self.tr("Vehicles and devices")))
        layout.addWidget(self.assets, 2)
        layout.addLayout(buttons)
        layout.addWidget(title(self.tr("Open orders")))
        layout.addWidget(self.open_orders, 1)
        layout.addWidget(title(self.tr("Visit history")))
        layout.addWidget(self.history, 2)
        layout.addWidget(hint(self.tr("Enter on a vehicle starts a visit; on an order opens it.")))
        self._connect_signals()

    def _table(self, model: object) -> QTableView:
        view = QTableView()
        view.setModel(model)  # type: ignore[arg-type]
        return view

    def _connect_signals(self) -> None:
        self.assets.activated.connect(lambda _i: self._on_new_visit())
        self.new_visit.clicked.connect(self._on_new_visit)
        self.new_asset.clicked.connect(self._on_new_asset)
        self.file_button.clicked.connect(self._on_open_file)
        self.open_orders.activated.connect(self._on_order_activated)
        self.history.activated.connect(self._on_order_activated)
        for keys, slot in (("Ctrl+Shift+N", self._on_new_asset), ("Ctrl+E", self._on_open_file)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # --- public ---
    def show_customer(self, customer_id: int, asset_id: int | None = None) -> None:
        self.customer_id = customer_id
        self._select_asset = asset_id
        self.reload()

    def reload(self) -> None:
        if self.customer_id is None:
            return
        cid = self.customer_id
        call(self, lambda: customer_file(self.ctx, cid), self._on_loaded, self._on_error)

    def current_asset_id(self) -> int | None:
        index = self.assets.currentIndex()
        asset = index.data(ROW_ROLE) if index.isValid() else None
        return asset.id if asset is not None else None

    def focus_assets(self) -> None:
        self.assets.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- slots ---
    def _on_loaded(self, file: CustomerFile) -> None:
        self.file = file
        self.error.setText("")
        c = file.customer
        phones = ", ".join(p.number for p in c.phones)
        self.header.setText(
            f"<span style='font-size:16pt;font-weight:600'>{c.name}</span>"
            f"&nbsp;&nbsp;<span style='color:#546e7a'>{phones}</span>"
        )
        self.badge.load(self.ctx, c.id)
        self.assets_model.owner_id = c.id
        self.assets_model.set_rows(file.assets)
        self.open_model.set_rows(file.open_orders)
        self.history_model.set_rows(file.orders)
        row = 0
        for i, a in enumerate(file.assets):
            if a.id == self._select_asset:
                row = i
        if file.assets:
            self.assets.setCurrentIndex(self.assets_model.index(row, 0))
        self.new_visit.setEnabled(bool(file.assets))
        self.loaded.emit()

    def _on_error(self, exc: Exception) -> None:
        self.error.setText(error_text(exc))

    def _on_new_visit(self) -> None:
        asset_id = self.current_asset_id()
        if self.customer_id is not None and asset_id is not None:
            asset = self.assets_model.row_at(self.assets.currentIndex().row())
            if asset is not None and asset.customer_id != self.customer_id:
                self.error.setText(self.tr("This vehicle now belongs to another customer."))
                return
            self.start_intake.emit(self.customer_id, asset_id)

    def _on_new_asset(self) -> None:
        if self.customer_id is not None:
            self.start_intake.emit(self.customer_id, 0)

    def _on_open_file(self) -> None:
        if self.customer_id is not None:
            self.open_file.emit(self.customer_id)

    def _on_order_activated(self, index: object) -> None:
        order = index.data(ROW_ROLE)  # type: ignore[attr-defined]
        if order is not None:
            self.open_order.emit(order.order_id)
