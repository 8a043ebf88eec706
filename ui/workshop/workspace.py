"""The workshop desk: progress board, my jobs, quality check and assignment lists on the
left, the chosen job with its actions on the right, and the TV board (F11).

It reloads through services when the change feed says something changed (any station),
keeping the chosen job selected.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import OrderState, Role
from app.domain.models import User
from app.services import people, queries
from app.services.context import ServiceContext
from app.services.views import BoardRow, OrderDetail
from ui.auth.who import Who
from ui.changes import ChangeAdapter
from ui.common.calls import call
from ui.common.errors import order_error_text
from ui.common.kept import KeptOrders
from ui.common.keys import add_key, show_key
from ui.common.live_board import LiveBoard
from ui.models.workshop_board import BoardModel
from ui.stations.live import LiveSync
from ui.workshop import labels
from ui.workshop.board_page import BoardPage, MyJobsPage, OrderTable, QueuePage
from ui.workshop.job_actions import JobActions
from ui.workshop.job_panel import JobPanel
from ui.workspace import Workspace

LEADS = frozenset({Role.MANAGER, Role.ADVISOR, Role.INSPECTOR})
#: how the splitter shares the width between the board and the job panel (its proportions
#: hold on any screen; at 1366 px: about 720 and 620 px)
BOARD_SHARE, JOB_SHARE = 54, 46


class WorkshopWorkspace(Workspace):
    """维修车间: the technicians', inspector's and team lead's desk."""

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
        self.model = BoardModel(labels, parent=self)
        self.board_page = BoardPage(self.model)
        self.my_jobs = MyJobsPage(self.model)
        self.qc_page = QueuePage(
            self.model,
            [OrderState.WORK_DONE],
            self.tr("Finished jobs waiting for the final inspection."),
        )
        self.assign_page = QueuePage(
            self.model,
            [OrderState.APPROVED],
            self.tr("Signed work orders waiting for a technician."),
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.board_page, self.tr("Progress board"))
        self.tabs.addTab(self.my_jobs, self.tr("My jobs"))
        self.tabs.addTab(self.qc_page, self.tr("Quality check"))
        self.tabs.addTab(self.assign_page, self.tr("To assign"))

        self.panel = JobPanel()
        self.actions = JobActions(ctx, self.panel, self, live)
        self.tv_button = QPushButton()
        show_key(self.tv_button, self.tr("TV board"), "F11", self.tr("Full-screen board for a TV"))
        self.status = QLabel()
        self.status.setObjectName("workshopStatus")

        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.tv_button)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.panel)
        # the board and the job share the width about evenly: at 1366 px the board keeps its
        # order number, state and plate whole (what the job waits for, and whether the
        # customer is in the lounge, leave it first; the job panel says both) and the job
        # panel (~620 px) reads its intake facts and its lines' names on one or two lines
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self._split_by_user = False  # once the user drags the handle, their split stays
        splitter.splitterMoved.connect(self._on_split_moved)
        splitter.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self._me: User | None = None
        self._wanted: int | None = None
        self._focus_when_loaded = False
        self._tv: QWidget | None = None
        # the board patches the rows a change names, and catches up when shown again
        self.live_board = LiveBoard(
            self, self.model, lambda ids: queries.board(self.ctx, ids=ids), queries.board_order
        )
        self.live_board.loaded.connect(self._on_board)
        self.live_board.patched.connect(lambda _ids: self._on_rows_changed())
        self.live_board.failed.connect(self._on_error)
        # orders with an action kept on this station: marked on the board, said on the panel
        self.kept = KeptOrders(ctx, live, self)
        self.kept.changed.connect(self.model.set_kept)
        self.kept.sent.connect(self._on_kept_sent)
        self._connect_signals()
        self.reload()
        self._load_users()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            self._share_width()
        return super().eventFilter(watched, event)

    def _share_width(self) -> None:
        """The board and the job panel share the splitter's width in their proportions."""
        if self._split_by_user:
            return
        total = sum(self.splitter.sizes()) or self.splitter.width()
        board = total * BOARD_SHARE // (BOARD_SHARE + JOB_SHARE)
        self.splitter.blockSignals(True)
        self.splitter.setSizes([board, total - board])
        self.splitter.blockSignals(False)

    def _on_split_moved(self, _pos: int, _index: int) -> None:
        self._split_by_user = True

    def _connect_signals(self) -> None:
        for table in self.tables():
            table.current_order.connect(lambda order_id: self._load_order(order_id, False))
            table.open_order.connect(lambda order_id: self._load_order(order_id, True))
        self.actions.reload_requested.connect(lambda order_id: self._load_order(order_id, False))
        self.tv_button.clicked.connect(self.show_tv)
        add_key(self, "F11", self.show_tv)
        self.changes.changed.connect(self.live_board.on_changes)
        self.changes.order_changed.connect(self._on_order_changed)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.panel)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.focus_primary)

    # --- Workspace -----------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Workshop")

    def apply_rights(self, who: Who) -> None:
        """Start/pause/finish, quality check and assignment greyed out with the reason for
        a user without the right; the board stays readable for everyone."""
        self.panel.gate.set_who(who)

    def activate(self) -> None:
        self.live_board.shown()

    def focus_primary(self) -> None:
        self.current_table().setFocus(Qt.FocusReason.OtherFocusReason)

    def open_order(self, order_id: int) -> None:
        """Jump to an order (from the lookup or a scan): show it on the board and open it."""
        self.tabs.setCurrentWidget(self.board_page)
        if not self.board_page.table.select_order(order_id):
            self.board_page.clear_filters()
            self.board_page.table.select_order(order_id)
        self._load_order(order_id, True)

    # --- lists ---------------------------------------------------------------------------

    def tables(self) -> list[OrderTable]:
        return [p.table for p in (self.board_page, self.my_jobs, self.qc_page, self.assign_page)]

    def current_table(self) -> OrderTable:
        page = self.tabs.currentWidget()
        assert isinstance(page, BoardPage | QueuePage)
        return page.table

    def reload(self) -> None:
        self.live_board.reload()

    def _on_board(self, rows: list[BoardRow]) -> None:
        """The whole board was loaded (in workflow order, then earliest promised first)."""
        chosen = self._wanted
        if chosen is not None:
            for table in self.tables():
                table.blockSignals(True)
                table.select_order(chosen)
                table.blockSignals(False)
        self._on_rows_changed()

    def _on_rows_changed(self) -> None:
        rows = self.model.rows()
        self.board_page.set_technicians([r.technician for r in rows if r.technician])
        late = sum(1 for r in rows if r.late)
        self.board_page.set_summary(len(rows), late)
        self.status.setText(
            self.tr("%n open order(s)", "", len(rows))
            + self.tr(", %1 late, %2 waiting for QC")
            .replace("%1", str(late))
            .replace("%2", str(sum(1 for r in rows if r.state is OrderState.WORK_DONE)))
        )

    def _load_users(self) -> None:
        call(self, lambda: people.list_users(self.ctx), self._on_users, self._on_error)

    def _on_users(self, users: list[User]) -> None:
        self._me = next((u for u in users if u.id == self.ctx.actor.user_id), None)
        combo = self.panel.technicians
        combo.clear()
        for user in users:
            if user.role is Role.TECHNICIAN:
                combo.addItem(user.name, user.id)
        if self._me is not None:
            lead = self._me.role in LEADS
            self.my_jobs.set_me(self._me.name, lead)
            if self._me.role is Role.TECHNICIAN:
                self.tabs.setCurrentWidget(self.my_jobs)
            elif self._me.role is Role.INSPECTOR:
                self.tabs.setCurrentWidget(self.qc_page)
        if self.panel.detail is not None:
            self.panel.show_detail(self.panel.detail)

    # --- the chosen job ------------------------------------------------------------------

    def _load_order(self, order_id: int, focus: bool) -> None:
        self._focus_when_loaded = focus
        shown = self.panel.detail
        if shown is not None and shown.id == order_id and self._wanted == order_id:
            self._focus_panel()
            return
        self._wanted = order_id
        self.panel.say("")
        call(self, lambda: queries.get_order(self.ctx, order_id), self._on_detail, self._on_error)

    def _on_detail(self, detail: OrderDetail) -> None:
        if detail.id != self._wanted:
            return  # the user has moved on to another job meanwhile
        self.panel.show_detail(detail)
        self._focus_panel()
        self._say_if_kept(detail)

    def _say_if_kept(self, detail: OrderDetail) -> None:
        """An action on this job typed during an outage still waits to be sent: say so
        (the panel shows the state the server has, nothing made up)."""
        live = self.live
        if live is None or self.actions.commands.busy:
            return
        number, db = detail.order.number, self.ctx.db

        def show(waiting: list[object]) -> None:
            shown = self.panel.detail
            if waiting and shown is not None and shown.id == detail.id:
                self.panel.say(
                    self.tr(
                        "%1: an action kept on this station waits to be sent (Stations, Ctrl+6)."
                    ).replace("%1", number),
                    error=False,
                )

        call(self, lambda: live.outbox.pending_for(number, db), show, lambda _exc: None)

    def _on_kept_sent(self, numbers: frozenset[str]) -> None:
        """The job's kept action left the outbox (sent, or refused and kept as failed): its
        "kept" line goes and the job shows what the server now has."""
        shown = self.panel.detail
        if shown is None or shown.order.number not in numbers:
            return
        self.panel.say("")
        self._wanted = shown.id
        call(self, lambda: queries.get_order(self.ctx, shown.id), self._on_detail, self._on_error)

    def _focus_panel(self) -> None:
        if not self._focus_when_loaded:
            return
        self._focus_when_loaded = False
        button = self.panel.primary_button()
        if button is not None:
            button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_order_changed(self, order_id: int) -> None:
        if order_id == self._wanted:
            call(
                self,
                lambda: queries.get_order(self.ctx, order_id),
                self._on_detail,
                self._on_error,
            )

    def _on_error(self, exc: Exception) -> None:
        self.panel.say(order_error_text(exc))

    # --- TV ------------------------------------------------------------------------------

    def show_tv(self) -> QWidget:
        """Open (or raise) the full-screen TV board."""
        from ui.workshop.tv import TvBoardWindow

        if self._tv is None:
            self._tv = TvBoardWindow(self.ctx, self.changes)
            self._tv.destroyed.connect(self._forget_tv)
        self._tv.showFullScreen()
        self._tv.raise_()
        self._tv.activateWindow()
        return self._tv

    def _forget_tv(self) -> None:
        self._tv = None
