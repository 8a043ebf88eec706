"""The customer and asset file (一车一档): find a customer, edit the contact data, see every
vehicle/device with its owners, every visit with its lines and amounts."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from app.db.changes import Change
from app.services.context import ServiceContext
from app.services.customers import customer_file
from app.services.people import list_stations
from app.services.views import CustomerFile, LookupHit
from ui.changes import ChangeAdapter
from ui.common import format as fmt
from ui.common.calls import call
from ui.common.errors import error_text
from ui.common.lookup_box import LookupBox
from ui.common.value_badge import ValueBadge
from ui.common.widgets import title
from ui.customer.assets_tab import AssetsTab
from ui.customer.consent_tab import ConsentTab
from ui.customer.contact_form import ContactForm
from ui.customer.visits_tab import VisitsTab
from ui.stations.live import LiveSync
from ui.workspace import Workspace

TAB_CONTACT, TAB_ASSETS, TAB_VISITS, TAB_CONSENT = range(4)


class CustomerWorkspace(Workspace):
    """Emits ``open_order(order_id)`` for the main window to route."""

    open_order = Signal(int)
    loaded = Signal()

    def __init__(
        self,
        ctx: ServiceContext,
        changes: ChangeAdapter,
        parent: QWidget | None = None,
        *,
        live: LiveSync | None = None,
    ) -> None:
        super().__init__(ctx, changes, parent)
        # Customer edits are not kept offline (another desk may edit the same customer):
        # they go the desks' one way (ui.common.commands) and are refused during an outage.
        self.live = live
        self.customer_id: int | None = None
        self.file: CustomerFile | None = None
        self._station_names: dict[int, str] = {}
        self.lookup = LookupBox(ctx, compact=True)
        self.header = QLabel(self.tr("Find a customer by phone, name, plate or order number."))
        self.header.setObjectName("orderNumber")
        self.badge = ValueBadge()  # the value class A/B/C/D, why in its tooltip
        self.contact = ContactForm(ctx)
        self.assets = AssetsTab(ctx)
        self.visits = VisitsTab(ctx)
        self.consent = ConsentTab(ctx)  # consent per channel, PIPL export / anonymise
        self.tabs = QTabWidget()
        self.tabs.addTab(self.contact, self.tr("Contact"))
        self.tabs.addTab(self.assets, self.tr("Vehicles and devices"))
        self.tabs.addTab(self.visits, self.tr("Visits"))
        self.tabs.addTab(self.consent, self.tr("Consent and privacy"))
        self.tabs.setEnabled(False)
        self.error = QLabel()
        self.error.setObjectName("formError")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.header)
        head.addWidget(self.badge)
        head.addStretch(1)
        right_layout.addLayout(head)
        right_layout.addWidget(self.error)
        right_layout.addWidget(self.tabs, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(title(self.tr("Customer file")))
        left_layout.addWidget(self.lookup, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(splitter)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(150)
        self._connect_signals()

    def title(self) -> str:
        return self.tr("Customer file")

    def _connect_signals(self) -> None:
        self.lookup.hit_chosen.connect(self._on_hit)
        self.lookup.order_chosen.connect(self.open_order)
        self.contact.saved.connect(lambda _c: self.reload())
        self.assets.transferred.connect(lambda _a: self.reload())
        self.assets.edited.connect(lambda _a: self.reload())
        self.visits.open_order.connect(self.open_order)
        self.consent.anonymised.connect(lambda _c: self.reload(fresh=True))
        self.changes.changed.connect(self._on_changes)
        self._reload_timer.timeout.connect(self.reload)

    def focus_primary(self) -> None:
        if self.customer_id is None:
            self.lookup.focus()
        else:
            self.contact.name.setFocus()

    def activate(self) -> None:
        call(self, lambda: list_stations(self.ctx), self._on_stations)

    def apply_rights(self, who: object) -> None:
        self.consent.apply_rights(who)

    def _on_stations(self, stations: list[object]) -> None:
        self._station_names = {s.id: s.name for s in stations}  # type: ignore[attr-defined]

    def _note_station(self, station_id: int) -> None:
        """Remember where the customer was last changed, for a conflict message."""
        name = self._station_names.get(station_id)
        if name is None:
            call(
                self,
                lambda: list_stations(self.ctx),
                lambda st: (self._on_stations(st), self._set_who(station_id)),
            )
        else:
            self._set_who(station_id)

    def _set_who(self, station_id: int) -> None:
        name = self._station_names.get(station_id)
        self.contact.who_changed = self.tr("station %1").replace("%1", name) if name else None

    # --- opening ---
    def show_customer(self, customer_id: int, tab: int = TAB_CONTACT) -> None:
        self.customer_id = customer_id
        self.tabs.setCurrentIndex(tab)
        self.contact.who_changed = None
        self.reload(fresh=True)

    def _on_hit(self, hit: LookupHit) -> None:
        cid = hit.id if hit.kind == "customer" else hit.customer_id
        if cid is not None:
            self.show_customer(cid, TAB_CONTACT if hit.kind == "customer" else TAB_ASSETS)

    def reload(self, fresh: bool = False) -> None:
        if self.customer_id is None:
            return
        cid = self.customer_id
        call(
            self,
            lambda: customer_file(self.ctx, cid),
            lambda f: self._on_loaded(f, fresh),
            self._on_error,
        )

    def _on_loaded(self, f: CustomerFile, fresh: bool) -> None:
        self.file = f
        self.error.setText("")
        self.tabs.setEnabled(True)
        c = f.customer
        self.header.setText(
            f"{c.name}   {', '.join(p.number for p in c.phones)}   "
            + self.tr("on file since %1").replace("%1", fmt.local_time(c.created_at, True)[:10])
        )
        self.badge.load(self.ctx, c.id)
        if fresh or self.contact.customer_id != c.id:
            self.contact.show_customer(c)
        self.assets.show_assets(c.id, f.assets)
        self.visits.show_visits(f.orders)
        self.consent.show_customer(c.id, c.name)
        self.loaded.emit()

    def _on_error(self, exc: Exception) -> None:
        self.error.setText(error_text(exc))

    # --- live ---
    def _on_changes(self, changes: list[Change]) -> None:
        if self.customer_id is None:
            return
        for ch in changes:
            mine = ch.entity == "customer" and ch.entity_id == self.customer_id
            if mine and ch.station_id != self.ctx.actor.station_id:
                self._note_station(ch.station_id or 0)
        if any(ch.entity in ("customer", "asset", "order") for ch in changes):
            # contact fields being edited are not overwritten; lists and history refresh
            self._reload_timer.start()
