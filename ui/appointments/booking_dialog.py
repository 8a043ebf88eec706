"""Booking an appointment (预约), by keyboard: who, what, when.

Find the customer and the vehicle (the counter's lookup: plate, phone, name...; Alt+C),
pick the vehicle when the customer has several (Alt+V); add the work from the catalog
(Alt+I, Enter adds: labor with its standard hours) or typed by hand with the hours it takes
(Alt+H, Enter adds); Del takes the current item out. The total hours decide the slots
offered: type the wanted time on the shop's clock (Alt+T) and choose one of the 2–3 nearest
slots with room by 1 / 2 / 3 (Alt+1 / 2 / 3 from anywhere). The customer waits or not
(Alt+W), inbound or outbound (Alt+S), notes (Alt+N). Ctrl+Enter books.

Every refusal is said next to its field. A slot filled meanwhile by another advisor says
the slot's state; "Manager approves" (Ctrl+O) asks for a manager's login and PIN on the
spot and books it over capacity. Once booked, the dialog says whether the confirmation SMS
went to the outbox, or why not; ``booked(AppointmentRow)`` tells the desk.

Reusable from any desk: ``BookingDialog(ctx, parent, customer_id=..., asset_id=...)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import AppointmentSource, AssetStatus
from app.domain.errors import ValidationError, ValidationErrors
from app.domain.models import Asset, CatalogItem
from app.domain.permissions import Permission
from app.domain.text import normalize_input
from app.services import appointments as ap
from app.services import catalog, customers, queries
from app.services.appointments import AppointmentRow, BookedItem, BookingInput, Slot, SlotFull
from app.services.approvals import ApprovalGrant
from app.services.context import ServiceContext
from app.services.views import CustomerFile, LookupHit
from ui.appointments import texts
from ui.appointments.slot_picker import SlotPicker
from ui.auth.approval_dialog import ApprovalDialog
from ui.common import lang
from ui.common.calls import call
from ui.common.commands import run_command
from ui.common.errors import code_text, error_text, field_text
from ui.common.field_errors import FieldErrors, MessageLabel, mark, with_error_label
from ui.common.keys import add_key, connect_action, show_key
from ui.common.latest import LatestQuery
from ui.common.lookup_box import LookupBox
from ui.common.row_model import Column, RowTableModel
from ui.common.widgets import MessageKind, hint, setup_table
from ui.stations.live import LiveSync

BOOK_KEY = "Ctrl+Enter"
APPROVE_KEY = "Ctrl+O"


@dataclass(frozen=True)
class Pick:
    """One item of the booking as the dialog lists it."""

    description: str
    hours: Decimal | None
    catalog_item_id: int | None = None

    def booked(self) -> BookedItem:
        if self.catalog_item_id is not None:
            return BookedItem(self.catalog_item_id, None, self.hours)
        return BookedItem(None, self.description, self.hours)


class PickModel(RowTableModel[Pick]):
    def columns(self) -> list[Column[Pick]]:
        return [
            Column(
                lambda: QCoreApplication.translate("BookingDialog", "Item"), lambda p: p.description
            ),
            Column(
                lambda: QCoreApplication.translate("BookingDialog", "Hours"),
                lambda p: texts.hours_text(p.hours) if p.hours is not None else "—",
                align_right=True,
            ),
        ]


class CatalogModel(RowTableModel[CatalogItem]):
    def columns(self) -> list[Column[CatalogItem]]:
        return [
            Column(lambda: QCoreApplication.translate("BookingDialog", "Code"), lambda i: i.code),
            Column(
                lambda: QCoreApplication.translate("BookingDialog", "Item"),
                lambda i: lang.pick(i.name_zh, i.name_en),
            ),
            Column(
                lambda: QCoreApplication.translate("BookingDialog", "Std. hours"),
                lambda i: texts.hours_text(i.standard_hours) if i.standard_hours else "—",
                align_right=True,
            ),
        ]


class BookingDialog(QDialog):
    """Emits ``booked(AppointmentRow)`` once the core took the booking."""

    booked = Signal(object)

    def __init__(
        self,
        ctx: ServiceContext,
        parent: QWidget | None = None,
        customer_id: int | None = None,
        asset_id: int | None = None,
        *,
        live: LiveSync | None = None,
        source: AppointmentSource = AppointmentSource.INBOUND,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.live = live
        self.customer_id: int | None = None
        self.assets: list[Asset] = []
        self.sending = False
        self.full_slot: Slot | None = None  # the slot refused as full (to overbook)
        self.result_row: AppointmentRow | None = None
        self._pending_item: CatalogItem | None = None  # a catalog item waiting for its hours
        self.setWindowTitle(self.tr("Book an appointment"))
        self.errors = FieldErrors(self)

        # who
        self.lookup = LookupBox(ctx, compact=True)
        self.lookup.field.setObjectName("bookingWho")
        self.lookup.field.setPlaceholderText(self.tr("Customer: plate, phone, name, VIN"))
        self.lookup.list.setMaximumHeight(110)
        self.lookup.list.hide()
        self.lookup.model.modelReset.connect(
            lambda: self.lookup.list.setVisible(self.lookup.model.rowCount() > 0)
        )
        self.who = QLabel(self.tr("No customer chosen yet."))
        self.who.setObjectName("bookingCustomer")
        self.who.setWordWrap(True)
        self.vehicle = QComboBox()
        self.vehicle.setObjectName("bookingVehicle")
        # what
        self.search = QLineEdit()
        self.search.setObjectName("bookingSearch")
        self.search.setPlaceholderText(self.tr("Catalog: code or name, Enter adds"))
        self.catalog_model = CatalogModel(self)
        self.results = QTableView()
        self.results.setModel(self.catalog_model)
        setup_table(self.results, 1)
        self.results.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.results.setMaximumHeight(120)
        self.results.hide()
        self.pick_model = PickModel(self)
        self.items = QTableView()
        self.items.setObjectName("bookingItems")
        self.items.setModel(self.pick_model)
        setup_table(self.items, 0)
        self.items.setMinimumHeight(90)
        self.hand = QLineEdit()
        self.hand.setObjectName("handItem")
        self.hand.setMaxLength(200)
        self.hand.setPlaceholderText(self.tr("Work typed by hand"))
        self.hand_hours = QLineEdit()
        self.hand_hours.setObjectName("handHours")
        self.hand_hours.setMaximumWidth(90)
        self.hand_hours.setPlaceholderText(self.tr("hours"))
        self.add_hand = QPushButton()
        show_key(self.add_hand, self.tr("Add"), "Enter")
        self.add_hand.setAutoDefault(False)
        self.total = QLabel()
        self.total.setObjectName("bookingTotal")
        # when
        self.picker = SlotPicker(ctx, self)
        self.waiting = QCheckBox(self.tr("The customer &waits at the shop"))
        self.waiting.setObjectName("bookingWaiting")
        self.technician = QComboBox()  # whom the job is planned for (the calendar's bars)
        self.technician.setObjectName("bookingTechnician")
        self.technician.addItem(self.tr("Any technician"), None)
        self.source = QComboBox()
        self.source.setObjectName("bookingSource")
        for s, name in texts.SOURCES.items():
            self.source.addItem(texts.tr(name), s)
        self.source.setCurrentIndex(self.source.findData(source))
        self.notes = QLineEdit()
        self.notes.setObjectName("bookingNotes")
        self.notes.setMaxLength(1000)
        self.approve = QPushButton()
        show_key(self.approve, self.tr("Manager approves"), APPROVE_KEY,
                 self.tr("Book into the full slot with a manager's approval"))  # fmt: skip
        self.approve.setAutoDefault(False)
        self.approve.hide()
        self.message = MessageLabel()
        self.message.setObjectName("bookingMessage")
        self.book_button = QPushButton()
        self.book_button.setObjectName("primary")
        show_key(self.book_button, self.tr("Book"), BOOK_KEY)
        self.close_button = QPushButton()
        show_key(self.close_button, self.tr("Close"), "Esc")
        for b in (self.book_button, self.close_button):
            b.setAutoDefault(False)

        left = QVBoxLayout()
        left.addWidget(self._caption(self.tr("&Customer and vehicle"), self.lookup.field))
        left.addWidget(self.errors.wrap("customer_id", self.lookup))
        left.addWidget(self.who)
        vehicle_row = QHBoxLayout()
        vehicle_row.addWidget(self._caption(self.tr("&Vehicle / device:"), self.vehicle))
        vehicle_row.addWidget(self.errors.wrap("asset_id", self.vehicle), 1)
        left.addLayout(vehicle_row)
        left.addWidget(self._caption(self.tr("&Items (Del takes one out)"), self.search))
        left.addWidget(self.search)
        left.addWidget(self.results)
        items_box, items_error = with_error_label(self.items)
        self.errors.bind("items", self.items, items_error)

        def item_refused(err: ValidationError) -> bool:
            parts = err.field.split(".")
            line = int(parts[1]) + 1 if len(parts) > 1 and parts[1].isdigit() else 0
            text = field_text(err)
            items_error.say(self.tr("Item %1: %2").replace("%1", str(line)).replace("%2", text))
            mark(self.items, True)
            return True

        self.errors.handle_prefix("items.", item_refused)
        left.addWidget(items_box, 1)
        hand_row = QHBoxLayout()
        hand_row.addWidget(self._caption(self.tr("By &hand:"), self.hand))
        hand_row.addWidget(self.hand, 1)
        hand_row.addWidget(self.errors.wrap("hand_hours", self.hand_hours))
        hand_row.addWidget(self.add_hand)
        left.addLayout(hand_row)
        left.addWidget(self.total)

        right = QVBoxLayout()
        right.addWidget(
            self._caption(self.tr("Wanted &time (1 / 2 / 3 or Alt+1 / 2 / 3 chooses a slot)"),
                          self.picker.wanted)
        )  # fmt: skip
        right.addWidget(self.picker)
        self.errors.bind("starts_at", self.picker.list, self.picker.error)
        right.addWidget(self.approve, 0, Qt.AlignmentFlag.AlignLeft)
        right.addWidget(self.waiting)
        source_row = QHBoxLayout()
        source_row.addWidget(self._caption(self.tr("&Source:"), self.source))
        source_row.addWidget(self.source, 1)
        right.addLayout(source_row)
        tech_row = QHBoxLayout()
        tech_row.addWidget(self._caption(self.tr("T&echnician:"), self.technician))
        tech_row.addWidget(self.technician, 1)
        right.addLayout(tech_row)
        right.addWidget(self.errors.wrap("technician_id", self.technician))
        call(self, lambda: ap.technicians(ctx), self._on_technicians, lambda _e: None)
        right.addWidget(self._caption(self.tr("&Notes"), self.notes))
        right.addWidget(self.errors.wrap("notes", self.notes))
        right.addStretch(1)

        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.book_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 1)
        layout.addWidget(self.message)
        layout.addWidget(
            hint(self.tr("Ctrl+Enter books; the confirmation SMS goes out when the customer "
                         "agreed to SMS. Esc closes."))
        )  # fmt: skip
        layout.addLayout(buttons)
        self.setMinimumWidth(940)
        self.resize(1000, 620)

        self._query = LatestQuery(self._fetch_catalog, self._on_catalog, self._on_catalog_error,
                                  150, self)  # fmt: skip
        self.lookup.hit_chosen.connect(self._on_hit)
        self.lookup.order_chosen.connect(self._on_order)
        self.vehicle.currentIndexChanged.connect(lambda _i: self._need_changed())
        self.search.textChanged.connect(self._query.ask)
        self.search.returnPressed.connect(self._add_catalog)
        self.search.installEventFilter(self)
        self.hand.returnPressed.connect(self.add_hand_item)
        self.hand_hours.returnPressed.connect(self.add_hand_item)
        self.add_hand.clicked.connect(self.add_hand_item)
        self.pick_model.modelReset.connect(self._need_changed)
        self.picker.chosen_changed.connect(self._on_slot_changed)
        connect_action(self, self.book_button, BOOK_KEY, lambda: self.book())
        connect_action(self, self.approve, APPROVE_KEY, self.ask_manager)
        self.close_button.clicked.connect(self.reject)
        add_key(self.items, "Del", self.remove_current, Qt.ShortcutContext.WidgetShortcut)
        self._update_total()
        if customer_id is not None:
            self.set_customer(customer_id, asset_id)

    def _caption(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # --- who -----------------------------------------------------------------------------
    def _on_hit(self, hit: LookupHit) -> None:
        customer_id = hit.id if hit.kind == "customer" else hit.customer_id
        asset_id = hit.id if hit.kind == "asset" else hit.asset_id
        if customer_id is not None:
            self.set_customer(customer_id, asset_id)

    def _on_order(self, order_id: int) -> None:
        """An order picked (or its number scanned): its customer and vehicle."""
        ctx = self.ctx
        call(
            self,
            lambda: queries.get_order(ctx, order_id),
            lambda d: self.set_customer(d.customer.id, d.asset.id),
            lambda e: self.message.say(error_text(e)),
        )

    def set_customer(self, customer_id: int, asset_id: int | None = None) -> None:
        ctx = self.ctx
        call(
            self,
            lambda: customers.customer_file(ctx, customer_id),
            lambda f: self._on_file(f, asset_id),
            lambda e: self.message.say(error_text(e)),
        )

    def _on_file(self, f: CustomerFile, asset_id: int | None) -> None:
        self.customer_id = f.customer.id
        self.lookup.list.hide()  # chosen: the hits make room (typing again shows them)
        self.assets = [
            a for a in f.assets if a.customer_id == f.customer.id and a.status is AssetStatus.IN_USE
        ]
        phone = f.customer.primary_phone or ""
        self.who.setText(f"{f.customer.name}  {phone}".strip())
        self.vehicle.blockSignals(True)
        self.vehicle.clear()
        for a in self.assets:
            self.vehicle.addItem(a.label, a.id)
        chosen = self.vehicle.findData(asset_id) if asset_id is not None else 0
        self.vehicle.setCurrentIndex(max(chosen, 0))
        self.vehicle.blockSignals(False)
        self.errors.clear()
        self._need_changed()
        (self.vehicle if len(self.assets) > 1 else self.search).setFocus(
            Qt.FocusReason.OtherFocusReason
        )

    def asset(self) -> Asset | None:
        row = self.vehicle.currentIndex()
        return self.assets[row] if 0 <= row < len(self.assets) else None

    # --- what ----------------------------------------------------------------------------
    def _fetch_catalog(self, text: str) -> list[CatalogItem]:
        asset = self.asset()
        return catalog.search_catalog(self.ctx, text, asset.kind if asset else None, 12)

    def _on_catalog(self, text: str, found: list[CatalogItem]) -> None:
        shown = found if text.strip() else []
        self.catalog_model.set_rows(shown)
        self.results.setVisible(bool(shown))
        if shown:
            self.results.setCurrentIndex(self.catalog_model.index(0, 0))
        if getattr(self, "_add_when_ready", False) and text == self.search.text():
            self._add_when_ready = False
            self._add_catalog()

    def _on_catalog_error(self, exc: Exception) -> None:
        self.message.say(error_text(exc))

    def eventFilter(self, watched: Any, event: Any) -> bool:
        from PySide6.QtCore import QEvent

        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            rows = self.catalog_model.rowCount()
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and rows:
                row = self.results.currentIndex().row()
                row = min(rows - 1, row + 1) if event.key() == Qt.Key.Key_Down else max(0, row - 1)
                self.results.setCurrentIndex(self.catalog_model.index(row, 0))
                return True
        return super().eventFilter(watched, event)

    def _add_catalog(self) -> None:
        if self._query.pending():
            self._add_when_ready = True
            return
        index = self.results.currentIndex()
        item = self.catalog_model.row_at(index.row() if index.isValid() else 0)
        if item is None or not self.search.text().strip():
            return
        name = lang.pick(item.name_zh, item.name_en)
        self.search.clear()
        if not item.standard_hours:
            # no standard hours: the advisor types what it takes, then Enter adds it
            self._pending_item = item
            self.hand.setText(name)
            self.errors.show(
                ValidationError("hand_hours", "no_standard_hours", "", name, item=name),
                focus=False,
            )
            self.hand_hours.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.pick_model.append([Pick(name, Decimal(item.standard_hours), item.id)])
        self._need_changed()

    def add_hand_item(self) -> None:
        text = self.hand.text().strip()
        if not text:
            self.hand.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        raw = normalize_input(self.hand_hours.text()).strip()
        try:
            hours = Decimal(raw).quantize(Decimal("0.01")) if raw else None
        except InvalidOperation:
            hours = None
        if hours is None or not Decimal(0) < hours <= Decimal(99):
            code = "no_standard_hours" if not raw else "out_of_range"
            self.errors.show(
                ValidationError("hand_hours", code, "", raw, item=text, min="0.01", max="99")
            )
            return
        pending = self._pending_item
        if pending is not None and text == lang.pick(pending.name_zh, pending.name_en):
            pick = Pick(text, hours, pending.id)
        else:
            pick = Pick(text, hours)
        self._pending_item = None
        self.errors.clear()
        self.pick_model.append([pick])
        self.hand.clear()
        self.hand_hours.clear()
        self._need_changed()
        self.hand.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_current(self) -> None:
        row = self.items.currentIndex().row()
        picks = self.pick_model.rows()
        if 0 <= row < len(picks):
            del picks[row]
            self.pick_model.set_rows(picks)
            if picks:
                self.items.setCurrentIndex(self.pick_model.index(min(row, len(picks) - 1), 0))

    def total_hours(self) -> Decimal:
        return sum((p.hours or Decimal(0) for p in self.pick_model.rows()), Decimal(0))

    def _update_total(self) -> None:
        self.total.setText(
            self.tr("%n item(s), %1 in all", "", self.pick_model.rowCount()).replace(
                "%1", texts.hours_text(self.total_hours())
            )
        )

    def _need_changed(self) -> None:
        self._update_total()
        asset = self.asset()
        hours = self.total_hours()
        self.picker.set_need(hours if hours > 0 else None, asset.kind if asset else None)
        self._booking_changed()

    def _on_slot_changed(self) -> None:
        self._booking_changed()

    def _booking_changed(self) -> None:
        """Anything typed after a refusal or a booking: the next Ctrl+Enter is a new try."""
        if self.result_row is not None:
            self.result_row = None
            self.book_button.setEnabled(True)
        chosen = self.picker.chosen()
        if self.full_slot is not None and (
            chosen is None or chosen.starts_at != self.full_slot.starts_at
        ):
            self.full_slot = None
            self.approve.hide()

    # --- booking -------------------------------------------------------------------------
    def booking(self, starts_at: Any) -> BookingInput:
        asset = self.asset()
        assert self.customer_id is not None and asset is not None
        return BookingInput(
            customer_id=self.customer_id,
            asset_id=asset.id,
            starts_at=starts_at,
            items=[p.booked() for p in self.pick_model.rows()],
            source=AppointmentSource(self.source.currentData()),
            waiting=self.waiting.isChecked(),
            notes=self.notes.text(),
            technician_id=self.technician.currentData(),
        )

    def _on_technicians(self, rows: list[Any]) -> None:
        for row in rows:
            self.technician.addItem(row.name, row.id)

    def book(self, approval: ApprovalGrant | None = None) -> None:
        if self.sending or self.result_row is not None:
            return
        self.errors.clear()
        self.message.say("")
        missing: list[ValidationError] = []
        if self.customer_id is None:
            missing.append(ValidationError("customer_id", "required", "", None))
        elif self.asset() is None:
            missing.append(ValidationError("asset_id", "required", "", None))
        if not self.pick_model.rowCount():
            missing.append(ValidationError("items", "required", "", None))
        slot = self.full_slot if approval is not None else self.picker.chosen()
        if slot is None and not missing:
            missing.append(ValidationError("starts_at", "required", "", None))
        if missing:
            self.errors.show(missing[0] if len(missing) == 1 else _many(missing))
            return
        assert slot is not None
        self.sending = True
        self.book_button.setEnabled(False)
        kwargs: dict[str, Any] = {"data": self.booking(slot.starts_at), "now": texts.now()}
        if approval is not None:
            kwargs["approval"] = approval
        run_command(self, self.ctx, "book_appointment", kwargs, self._on_booked,
                    self._on_refused, live=self.live)  # fmt: skip

    def _on_booked(self, row: AppointmentRow) -> None:
        self.sending = False
        self.result_row = row
        self.full_slot = None
        if self.approve.hasFocus() or self.focusWidget() is None:
            self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.approve.hide()
        head = self.tr("Booked: %1, %2 (%3).").replace("%1", row.local)
        head = head.replace("%2", f"{row.asset} {row.customer}").replace(
            "%3", texts.hours_text(row.hours)
        )
        self.message.say(f"{head} {sms_text(row.sms)}", MessageKind.SUCCESS)
        self.booked.emit(row)
        self.picker.refresh()

    def _on_refused(self, exc: Exception) -> None:
        self.sending = False
        self.book_button.setEnabled(True)
        if isinstance(exc, SlotFull):
            self.full_slot = exc.slot
            self.approve.show()
            self.errors.clear()
            self.picker.error.say(self.full_text(exc))
            mark(self.picker.list, True)
            self.approve.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.errors.show_refusal(exc, self.message, error_text)

    def full_text(self, exc: SlotFull) -> str:
        slot = exc.slot
        text = self.tr(
            "The %1 slot is full: %2 booked of %3, %4 free, and this booking needs %5. "
            "Choose another slot, or a manager lets it in (%6)."
        )
        for key, value in (
            ("%1", slot.local), ("%2", texts.hours_text(slot.booked)),
            ("%3", texts.hours_text(slot.capacity)), ("%4", texts.hours_text(slot.free)),
            ("%5", texts.hours_text(exc.wanted)), ("%6", APPROVE_KEY),
        ):  # fmt: skip
            text = text.replace(key, value)
        return text

    def ask_manager(self) -> None:
        """Ctrl+O after a full slot: a manager's login and PIN let the booking in."""
        slot = self.full_slot
        if slot is None or self.sending:
            return
        what = self.tr("Overbook the %1 slot: %2 booked of %3, this booking needs %4.")
        what = what.replace("%1", slot.local).replace("%2", texts.hours_text(slot.booked))
        what = what.replace("%3", texts.hours_text(slot.capacity))
        what = what.replace("%4", texts.hours_text(self.total_hours()))
        dialog = ApprovalDialog(
            self.ctx, Permission.OVERBOOK, ap.overbook_subject(slot), what, self
        )
        dialog.granted.connect(lambda grant: self.book(grant))
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _r: self.activateWindow())
        dialog.open()


def _many(errors: list[ValidationError]) -> Exception:
    return ValidationErrors(errors)


def sms_text(sms: str | None) -> str:
    """What became of the confirmation SMS, as the advisor reads it."""
    if sms == "queued":
        return texts.tr(texts.SMS_QUEUED)
    reason = (code_text(sms, channel="SMS") if sms else None) or (sms or "—")
    return texts.tr(texts.SMS_NOT_SENT).replace("%1", reason)
