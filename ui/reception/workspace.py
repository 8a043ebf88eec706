"""The reception desk: the lookup always at hand, what it found (customer or order), the
extra work awaiting customers, recent orders; the walk-in intake takes over the page while
it runs. An intake kept on this station during an outage is announced here, and again when
it was saved (or refused) once the connection came back."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.db.changes import Change, Entity
from app.domain.permissions import Permission
from app.services.context import ServiceContext
from app.services.outbox import OutboxEntry, ReplayReport
from app.services.queries import list_orders
from app.services.views import LookupHit, OrderDetail, OrderSummary
from ui.auth.rights import Gate
from ui.auth.who import Who
from ui.changes import ChangeAdapter
from ui.common import format as fmt
from ui.common.calls import call
from ui.common.errors import error_text
from ui.common.keys import add_key
from ui.common.lookup_box import LookupBox
from ui.common.row_model import ROW_ROLE
from ui.common.widgets import setup_table, title
from ui.models.reception_recent import RecentOrdersModel
from ui.reception import intake_draft
from ui.reception.customer_panel import CustomerPanel
from ui.reception.extra_work_panel import ExtraWorkPanel
from ui.reception.intake_flow import IntakeFlow
from ui.reception.intake_state import IntakeState
from ui.reception.order_panel import OrderPanel
from ui.stations.live import LiveSync
from ui.workspace import Workspace

RECENT = 50  # the recent orders list's length
PAGE_DESK, PAGE_INTAKE = 0, 1
VIEW_RECENT, VIEW_CUSTOMER, VIEW_ORDER = 0, 1, 2


class ReceptionWorkspace(Workspace):
    """Emits ``print_requested(order_id, kind)`` and ``open_customer_file(customer_id)``
    for the main window to route."""

    print_requested = Signal(int, str)
    open_customer_file = Signal(int)
    intake_finished = Signal(int)

    def __init__(
        self,
        ctx: ServiceContext,
        changes: ChangeAdapter,
        parent: QWidget | None = None,
        *,
        live: LiveSync | None = None,
    ) -> None:
        super().__init__(ctx, changes, parent)
        self.live = live
        self.lookup = LookupBox(ctx)
        self.new_intake = QPushButton(self.tr("New walk-in  (Ctrl+N)"))
        self.new_intake.setObjectName("primary")
        self.draft_banner = QWidget()
        self.draft_banner.setObjectName("banner")
        self.draft_text = QLabel()
        self.resume_draft = QPushButton(self.tr("Resume  (Ctrl+R)"))
        self.discard_draft = QPushButton(self.tr("Discard"))
        banner = QHBoxLayout(self.draft_banner)
        banner.addWidget(self.draft_text, 1)
        banner.addWidget(self.resume_draft)
        banner.addWidget(self.discard_draft)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        self.extra_work = ExtraWorkPanel(ctx, live=live)
        self.customer = CustomerPanel(ctx)
        self.order = OrderPanel(ctx, live=live)
        self.recent_model = RecentOrdersModel(self)
        self.recent = QTableView()
        self.recent.setModel(self.recent_model)
        setup_table(self.recent, 3)
        recent_page = QWidget()
        recent_layout = QVBoxLayout(recent_page)
        recent_layout.setContentsMargins(0, 0, 0, 0)
        recent_layout.addWidget(title(self.tr("Recent orders")))
        recent_layout.addWidget(self.recent)
        self.view = QStackedWidget()
        self.view.addWidget(recent_page)
        self.view.addWidget(self.customer)
        self.view.addWidget(self.order)
        left = QWidget()
        self.finder = left  # the lookup side of the desk (F2 there acts on the order shown)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(title(self.tr("Find")), 1)
        top.addWidget(self.new_intake)
        left_layout.addLayout(top)
        left_layout.addWidget(self.lookup, 3)
        left_layout.addWidget(self.extra_work, 2)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([560, 840])
        splitter.setChildrenCollapsible(False)
        desk = QWidget()
        desk_layout = QVBoxLayout(desk)
        desk_layout.setContentsMargins(0, 0, 0, 0)
        desk_layout.addWidget(self.notice)
        desk_layout.addWidget(self.draft_banner)
        desk_layout.addWidget(splitter, 1)
        self._draft: IntakeState | None = None
        self._behind = False  # changes came while the desk was hidden
        self._recent_whole = True  # the recent orders list: load it whole next time
        self._recent_ids: set[int] = set()  # or patch the rows of these orders
        self._extra_whole = True  # the extra work awaiting customers: the same
        self._extra_ids: set[int] = set()
        self._order_stale = False  # the order on screen needs loading again
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(150)
        self.flow = IntakeFlow(ctx, live=live)
        self.pages = QStackedWidget()
        self.pages.addWidget(desk)
        self.pages.addWidget(self.flow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.pages)
        #: what the signed-in user may do (set by the main window)
        self.gate = Gate()
        self.gate.need(self.new_intake, Permission.INTAKE)
        self._connect_signals()
        self._check_draft()
        self.reload()

    def title(self) -> str:
        return self.tr("Reception")

    def apply_rights(self, who: Who) -> None:
        """Intake, the customer's signature, payer/discount, cancelling and the customer's
        answers to extra work greyed out with the reason for a user without the right; the
        lookup, orders and files stay readable for everyone."""
        self.gate.set_who(who)
        self.order.gate.set_who(who)
        self.extra_work.gate.set_who(who)

    def _connect_signals(self) -> None:
        self.lookup.hit_chosen.connect(self._on_hit)
        self.lookup.order_chosen.connect(self.open_order)
        self.new_intake.clicked.connect(self.start_intake)
        self.resume_draft.clicked.connect(self._on_resume_draft)
        self.discard_draft.clicked.connect(self._on_discard_draft)
        self.customer.start_intake.connect(self._on_start_for)
        self.customer.open_order.connect(self.open_order)
        self.customer.open_file.connect(self.open_customer_file)
        self.order.open_customer.connect(self.open_customer)
        self.order.print_requested.connect(self.print_requested)
        self.recent.activated.connect(self._on_recent_activated)
        self.flow.saved.connect(self._on_intake_saved)
        self.flow.kept.connect(self._on_intake_kept)
        if self.live is not None:
            self.live.replayed.connect(self._on_replayed)
        self.flow.cancelled.connect(self._on_intake_cancelled)
        self.extra_work.decided.connect(self._on_extra_decided)
        self.changes.changed.connect(self._on_changes)
        self._reload_timer.timeout.connect(self._reload_now)
        for seq, slot in (
            ("Ctrl+N", self.start_intake),
            ("Ctrl+R", self._on_resume_draft),
            ("Ctrl+P", self._on_print_current),
            ("F6", self.focus_extra_work),
        ):
            shortcut = QShortcut(QKeySequence(seq), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        # F2 on the order panel is its own; from the lookup side it reaches the order shown
        add_key(self.finder, "F2", self._on_payer_key)

    # --- Workspace ---
    def activate(self) -> None:
        if self._behind:
            self.reload()

    def focus_primary(self) -> None:
        if self.pages.currentIndex() == PAGE_INTAKE:
            self.flow.current().focus_first()
        else:
            self.lookup.focus()

    def focus_lookup(self) -> None:
        """Ctrl+F / F3 from anywhere: the lookup; a running intake waits (Ctrl+R returns)."""
        if self.pages.currentIndex() == PAGE_INTAKE:
            self.pages.setCurrentIndex(PAGE_DESK)
            self._show_banner()
        self.lookup.focus()

    def focus_extra_work(self) -> None:
        """F6: the list of extra work awaiting customers (then A / D)."""
        if self.pages.currentIndex() == PAGE_DESK:
            self.extra_work.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def reload(self) -> None:
        self._behind = False
        self._order_stale = True
        self._recent_whole = True
        self._extra_whole = True
        self._reload_timer.start()

    def _on_changes(self, changes: list[Change]) -> None:
        """Another station's (or this one's) changes, while the desk is shown (a hidden desk
        catches up when shown): the recent orders and the extra work awaiting customers are
        patched with the orders the changes name (loaded whole when a customer or vehicle
        they show changed); the order on screen is loaded again only when a change names it
        at a version it does not show yet, or its customer or asset changed."""
        if not self.isVisible():
            self._behind = True
            return
        if any(self._news_for_order(c) for c in changes):
            self._order_stale = True
        rows = self.recent_model.rows()
        shown = {
            Entity.CUSTOMER: {r.customer_id for r in rows},
            Entity.ASSET: {r.asset_id for r in rows},
        }
        extra = self.extra_work.model.rows()
        on_extra = {
            Entity.CUSTOMER: {r.customer_id for r in extra},
            Entity.ASSET: {r.asset_id for r in extra},
        }
        for c in changes:
            if c.entity in shown:  # a name or plate shown on a list: that list is loaded whole
                self._recent_whole = self._recent_whole or c.entity_id in shown[c.entity]
                self._extra_whole = self._extra_whole or c.entity_id in on_extra[c.entity]
            elif c.entity is Entity.ORDER:
                self._recent_ids.add(c.entity_id)
                self._extra_ids.add(c.entity_id)
        self._reload_timer.start()

    def _patch_recent(self, ids: frozenset[int], rows: list[OrderSummary]) -> None:
        """The recent orders (newest first) with the named ones changed or added; the list
        keeps its length."""
        self.recent_model.patch(rows, ids, key=lambda r: r.order_id, order=lambda r: -r.order_id)
        self.recent_model.keep_first(RECENT)

    def _news_for_order(self, c: Change) -> bool:
        """Whether ``c`` changed the order on screen, its customer or its asset after the
        version shown (versions only go up: an older or equal one is on screen already)."""
        shown = self.order.detail
        if shown is None or shown.id != self.order.order_id:
            return c.entity is Entity.ORDER and c.entity_id == self.order.order_id
        on_screen = {
            Entity.ORDER: shown.order,
            Entity.CUSTOMER: shown.customer,
            Entity.ASSET: shown.asset,
        }.get(c.entity)
        if on_screen is None or on_screen.id != c.entity_id:
            return False
        return c.version is None or c.version > on_screen.version

    def _reload_now(self) -> None:
        if self._extra_whole:
            self._extra_whole, self._extra_ids = False, set()
            self.extra_work.reload()
        elif self._extra_ids:  # only the orders the changes named, patched in
            named, self._extra_ids = frozenset(self._extra_ids), set()
            self.extra_work.patch(named)
        ctx = self.ctx
        if self._recent_whole:
            self._recent_whole, self._recent_ids = False, set()
            call(self, lambda: list_orders(ctx, limit=RECENT), self.recent_model.set_rows)
        elif self._recent_ids:  # only the orders the changes named, patched in
            ids, self._recent_ids = frozenset(self._recent_ids), set()
            call(
                self, lambda: list_orders(ctx, ids=ids), lambda rows: self._patch_recent(ids, rows)
            )
        stale, self._order_stale = self._order_stale, False
        if self.view.currentIndex() == VIEW_ORDER:
            if stale:
                self.order.reload()
        elif self.view.currentIndex() == VIEW_CUSTOMER:
            self.customer.reload()

    # --- lookup results ---
    def _on_hit(self, hit: LookupHit) -> None:
        if hit.kind == "customer":
            self.open_customer(hit.id)
        elif hit.customer_id is not None:
            self.open_customer(hit.customer_id, hit.asset_id)

    def open_customer(self, customer_id: int, asset_id: int | None = None) -> None:
        self.pages.setCurrentIndex(PAGE_DESK)
        self.view.setCurrentIndex(VIEW_CUSTOMER)
        self.customer.show_customer(customer_id, asset_id)
        self.customer.focus_assets()

    def open_order(self, order_id: int) -> None:
        self.pages.setCurrentIndex(PAGE_DESK)
        self.view.setCurrentIndex(VIEW_ORDER)
        self.order.show_order(order_id)

    def _on_recent_activated(self, index: object) -> None:
        row: OrderSummary | None = index.data(ROW_ROLE)  # type: ignore[attr-defined]
        if row is not None:
            self.open_order(row.order_id)

    def _on_payer_key(self) -> None:
        """F2 while typing in the lookup (or in the extra-work list): who pays a line of
        the order shown, and its discount."""
        if self.view.currentIndex() == VIEW_ORDER and self.order.order_id is not None:
            self.order.change_payer()
        else:
            self.say(self.tr("F2 changes who pays a line of the order shown: open an order first."))

    def _on_print_current(self) -> None:
        """Ctrl+P on an order: the choice of its documents."""
        if self.view.currentIndex() == VIEW_ORDER and self.order.order_id is not None:
            self.order.open_print_menu()

    # --- intake ---
    def keep_draft(self) -> None:
        """Write the intake under way (if any) to its draft now."""
        if self.flow.active:
            self.flow.save_now()

    def intake_active(self) -> bool:
        return self.flow.active

    def _enter_intake(self) -> bool:
        """Show the intake page; False if another intake is already under way there."""
        if self.flow.active:
            self.pages.setCurrentIndex(PAGE_INTAKE)
            self.flow.current().focus_first()
            return False
        self._draft = None
        self.draft_banner.hide()
        self.say("")
        self.pages.setCurrentIndex(PAGE_INTAKE)
        return True

    def start_intake(self) -> None:
        if not self.gate.allows(Permission.INTAKE):
            self.say(self.new_intake.toolTip())
            return
        if self._enter_intake():
            self.flow.start()

    def start_from_appointment(self, prefill: Any) -> None:
        """A booked customer arrived (the appointments desk's Enter / F4): the intake opens at
        the visit step with the customer, the vehicle or device, the booked work as estimate
        lines and the notes; saving it marks the booking arrived."""
        if not self.gate.allows(Permission.INTAKE):
            self.say(self.new_intake.toolTip())
            return
        ctx = self.ctx

        def load() -> tuple[list[Any], str]:
            from app.services import appointments, catalog

            lines = [
                catalog.line_from_catalog(catalog.get_catalog_item(ctx, item_id))
                for item_id in prefill.catalog_item_ids
            ]
            return lines, appointments.get_appointment(ctx, prefill.appointment_id).local

        call(self, load, lambda got: self._begin_booked(prefill, *got), self._on_load_error)

    def _begin_booked(self, prefill: Any, lines: list[Any], booked_at: str) -> None:
        if self._enter_intake():
            label = self.tr("Booked for %1").replace("%1", booked_at)
            self.flow.start_from_appointment(prefill, lines, label)
            self.say(label)

    def _on_load_error(self, exc: Exception) -> None:
        self.say(error_text(exc), "error")

    def _on_start_for(self, customer_id: int, asset_id: int) -> None:
        if self._enter_intake():
            self.flow.start_returning(customer_id, asset_id or None)

    def resume(self, state: IntakeState) -> None:
        if self._enter_intake():
            self.flow.start(state)

    def _on_intake_saved(self, detail: OrderDetail) -> None:
        """The new order as the intake service returned it (not loaded again)."""
        self.pages.setCurrentIndex(PAGE_DESK)
        self.draft_banner.hide()
        self.say("")
        self.lookup.clear()
        self.view.setCurrentIndex(VIEW_ORDER)
        self.order.show_detail(detail)
        self.order.offer_printing(detail.order.number)
        self.intake_finished.emit(detail.id)

    def _on_intake_kept(self, entry: OutboxEntry) -> None:
        """Typed during an outage: the outbox has it; the form is clear for the next one."""
        self.pages.setCurrentIndex(PAGE_DESK)
        self.draft_banner.hide()
        self.lookup.clear()
        self.say(
            self.tr(
                "No connection to the database: the intake for %1 is kept on this station "
                "and will be saved when the connection is back. Nothing needs to be typed "
                "again."
            ).replace("%1", entry.subject),
            "kept",
        )
        self.lookup.focus()

    def _on_replayed(self, report: ReplayReport) -> None:
        """Intakes kept offline were sent: say which were saved (as which order) or refused."""
        texts = []
        for entry, result in report.applied:
            if entry.action == "intake" and isinstance(result, OrderDetail):
                texts.append(
                    self.tr("Connection back: the intake for %1 was saved as %2.")
                    .replace("%1", entry.subject)
                    .replace("%2", result.order.number)
                )
        refused = False
        for entry, exc in report.failed:
            if entry.action == "intake":
                refused = True
                texts.append(
                    self.tr(
                        "The intake for %1 kept offline was refused (%2). It waits under "
                        "Stations (Ctrl+6) to be sent again or discarded."
                    )
                    .replace("%1", entry.subject)
                    .replace("%2", error_text(exc))
                )
        if texts:
            self.say("\n".join(texts), "error" if refused else "")

    def say(self, text: str, kind: str = "") -> None:
        """The desk's notice line (``kind``: "" news, "kept" kept offline, "error")."""
        self.notice.setText(text)
        self.notice.setProperty("kind", kind)
        self.notice.style().unpolish(self.notice)
        self.notice.style().polish(self.notice)
        self.notice.setVisible(bool(text))

    def _on_intake_cancelled(self) -> None:
        self.pages.setCurrentIndex(PAGE_DESK)
        self.draft_banner.hide()
        self.lookup.focus()

    # --- draft ---
    def _check_draft(self) -> None:
        self._draft = intake_draft.load()
        self._show_banner()

    def _show_banner(self) -> None:
        if self.flow.active:
            self.draft_text.setText(self.tr("An intake is under way."))
        elif self._draft is not None:
            d = self._draft
            who = d.customer_label or d.customer_name or self.tr("new customer")
            try:
                saved = fmt.local_time(datetime.fromisoformat(d.saved_at))
            except ValueError:
                saved = ""
            self.draft_text.setText(
                self.tr("An unfinished intake (%1, saved %2) was kept.")
                .replace("%1", who)
                .replace("%2", saved)
            )
        self.draft_banner.setVisible(self.flow.active or self._draft is not None)
        self.discard_draft.setVisible(not self.flow.active)

    def _on_resume_draft(self) -> None:
        if self.flow.active:
            self._enter_intake()
        elif self._draft is not None and self.pages.currentIndex() == PAGE_DESK:
            draft = self._draft
            self.resume(draft)

    def _on_discard_draft(self) -> None:
        intake_draft.discard()
        self._draft = None
        self.draft_banner.hide()

    # --- live ---
    def _on_extra_decided(self, order_id: int) -> None:
        if self.order.order_id == order_id:
            self.order.reload()
