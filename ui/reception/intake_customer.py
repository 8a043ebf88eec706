"""Intake step 1: the customer — found by phone or name as you type, or entered new."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ValidationError
from app.services.context import ServiceContext
from app.services.customers import Collector, clean_customer
from app.services.lookup import lookup
from app.services.views import LookupHit
from ui.common.latest import LatestQuery
from ui.common.lookup_box import HitDelegate
from ui.common.value_badge import ValueBadge
from ui.common.widgets import hint, title
from ui.models.lookup_hits import LookupHitsModel
from ui.reception.intake_state import IntakeState
from ui.reception.intake_step import Step

CUSTOMER_KINDS = ["phone", "phone_tail", "name"]


class CustomerStep(Step):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._customer_id: int | None = None
        self._customer_label = ""
        self.name = QLineEdit()
        self.name.setObjectName("customerName")
        self.phone = QLineEdit()
        self.phone.setObjectName("customerPhone")
        self.phone.setPlaceholderText("138 1234 5678")
        self.email = QLineEdit()
        self.address = QLineEdit()
        self.company = QCheckBox(self.tr("A company (fleet, business customer)"))
        self.form_box = QWidget()
        form = QFormLayout(self.form_box)
        form.setContentsMargins(0, 0, 0, 0)
        self.add_field(form, self.tr("Name"), self.name, "customer.name")
        self.add_field(form, self.tr("Phone"), self.phone, "customer.phones.0")
        self.add_field(form, self.tr("E-mail"), self.email, "customer.email")
        self.add_field(form, self.tr("Address"), self.address, "customer.address")
        form.addRow("", self.company)
        self.matches_model = LookupHitsModel(self)
        self.matches = QListView()
        self.matches.setModel(self.matches_model)
        self.matches.setItemDelegate(HitDelegate(self.matches))
        self.matches.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.existing = QLabel()
        self.existing.setObjectName("chosen")
        self.change = QPushButton(self.tr("Enter a new customer instead  (Ctrl+Backspace)"))
        existing_row = QHBoxLayout()
        self.badge = ValueBadge()  # the customer on file's value class, why in its tooltip
        existing_row.addWidget(self.existing, 1)
        existing_row.addWidget(self.badge)
        existing_row.addWidget(self.change)
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(title(self.tr("Who is the customer?")))
        left.addLayout(existing_row)
        left.addWidget(self.form_box)
        left.addWidget(self.general_error)
        left.addWidget(
            hint(
                self.tr(
                    "Down/Up choose a customer on file, Enter takes it. "
                    "Enter on the last field goes on."
                )
            )
        )
        left.addStretch(1)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(hint(self.tr("Customers on file with this phone or name:")))
        right.addWidget(self.matches, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.column(left), 3)
        layout.addSpacing(24)
        layout.addLayout(right, 2)
        self._query = LatestQuery(
            lambda text: lookup(self.ctx, text, 8, CUSTOMER_KINDS),
            self._on_matches,
            lambda exc: None,
            150,
            self,
        )
        self._connect_signals()
        self._show_mode()

    def _connect_signals(self) -> None:
        self.name.textEdited.connect(self._on_typed)
        self.phone.textEdited.connect(self._on_typed)
        self.change.clicked.connect(self._on_change)
        self.matches.activated.connect(lambda i: self._take(self.matches_model.hit(i.row())))
        self.matches.clicked.connect(lambda i: self._take(self.matches_model.hit(i.row())))

    def title(self) -> str:
        return self.tr("Customer")

    # --- state ---
    def load(self, state: IntakeState) -> None:
        self._customer_id = state.customer_id
        self._customer_label = state.customer_label
        self.name.setText(state.customer_name)
        self.phone.setText(state.customer_phone)
        self.email.setText(state.customer_email)
        self.address.setText(state.customer_address)
        self.company.setChecked(state.customer_company)
        self._show_mode()

    def store(self, state: IntakeState) -> None:
        if state.customer_id != self._customer_id:
            state.asset_id = None  # another customer: the chosen asset no longer applies
            state.asset_label = ""
        state.customer_id = self._customer_id
        state.customer_label = self._customer_label
        state.customer_name = self.name.text()
        state.customer_phone = self.phone.text()
        state.customer_email = self.email.text()
        state.customer_address = self.address.text()
        state.customer_company = self.company.isChecked()

    def check(self, state: IntakeState) -> list[ValidationError]:
        data = state.customer_input()
        if data is None:
            return []
        c = Collector()
        clean_customer(data, c, "customer.")
        return c.errors

    def focus_first(self) -> None:
        if self._customer_id is not None:
            self.change.setFocus()
        else:
            super().focus_first()

    # --- slots ---
    def _show_mode(self) -> None:
        chosen = self._customer_id is not None
        self.form_box.setVisible(not chosen)
        self.matches.setVisible(not chosen)
        self.existing.setVisible(chosen)
        self.change.setVisible(chosen)
        self.existing.setText(self.tr("Customer on file: %1").replace("%1", self._customer_label))
        if self._customer_id is not None:
            self.badge.load(self.ctx, self._customer_id)
        else:
            self.badge.show_class(None)

    def _on_typed(self, text: str) -> None:
        text = text.strip()
        if len(text) >= 2 or (text and not text.isascii()):  # a Chinese surname alone helps
            self._query.ask(text)
        else:
            self.matches_model.set_hits([])

    def _on_matches(self, _text: str, hits: list[LookupHit]) -> None:
        self.matches_model.set_hits([h for h in hits if h.kind == "customer"])

    def _take(self, hit: LookupHit | None) -> None:
        if hit is None:
            return
        self._customer_id = hit.id
        self._customer_label = f"{hit.title}  {hit.subtitle}".strip()
        self.matches_model.set_hits([])
        self._show_mode()
        self.changed.emit()
        self.advance.emit()

    def _on_change(self) -> None:
        self._customer_id = None
        self._customer_label = ""
        self._show_mode()
        self.changed.emit()
        self.name.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() == Qt.Key.Key_Backspace
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and self._customer_id is not None
        ):
            self._on_change()
            return
        super().keyPressEvent(event)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and obj in (self.name, self.phone):
            assert isinstance(event, QKeyEvent)
            rows = self.matches_model.rowCount()
            current = self.matches.currentIndex()
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and rows:
                row = current.row() if current.isValid() else -1
                row = min(rows - 1, row + 1) if event.key() == Qt.Key.Key_Down else row - 1
                if row < 0:
                    self.matches.setCurrentIndex(self.matches_model.index(-1))
                    self.matches.clearSelection()
                else:
                    self.matches.setCurrentIndex(self.matches_model.index(row))
                return True
        return super().eventFilter(obj, event)

    def enter_pressed(self, widget: QWidget) -> bool:
        current = self.matches.currentIndex()
        if (
            widget in (self.name, self.phone)
            and current.isValid()
            and self.matches.selectionModel().isSelected(current)
        ):
            self._take(self.matches_model.hit(current.row()))
            return True
        return False
