"""The Setup desk (设置中心): the shop's profile, catalog, checklists, money, numbers,
opening hours, security, staff and the audit log, for managers and administrators.

A list of pages on the left (Alt+1..9, Ctrl+PgUp / Ctrl+PgDn), the page on the right.
Ctrl+S saves the page, Esc puts back what was loaded. Whoever lacks the setup right sees one
plain sentence instead (the services refuse them anyway). Pages reload when any station
commits what they show.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.db.changes import Change
from app.domain.enums import Role
from app.domain.permissions import Permission, may
from app.services import staff
from app.services.context import ServiceContext
from ui.changes import ChangeAdapter
from ui.common.calls import call
from ui.common.widgets import hint, title
from ui.setup import labels
from ui.setup.appointments_page import AppointmentsPage
from ui.setup.audit_page import AuditPage
from ui.setup.catalog_page import CatalogPage
from ui.setup.checklists_page import ChecklistsPage
from ui.setup.hours_page import HoursPage
from ui.setup.messages_page import MessagesPage
from ui.setup.money_page import MoneyPage
from ui.setup.numbers_page import NumbersPage
from ui.setup.page import SetupPage
from ui.setup.records_page import RecordsPage
from ui.setup.security_page import SecurityPage
from ui.setup.shop_page import ShopPage
from ui.setup.staff_page import StaffPage
from ui.workspace import Workspace


class SetupWorkspace(Workspace):
    """Emits ``access_known(bool)`` once it knows whether the user may use the desk."""

    access_known = Signal(bool)

    def __init__(
        self, ctx: ServiceContext, changes: ChangeAdapter, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, changes, parent)
        self.setObjectName("deskPage")
        self.allowed: bool | None = None
        self.pages: list[SetupPage] = [
            ShopPage(ctx),
            CatalogPage(ctx),
            ChecklistsPage(ctx),
            MoneyPage(ctx),
            NumbersPage(ctx),
            HoursPage(ctx),
            SecurityPage(ctx),
            StaffPage(ctx),
            AuditPage(ctx),
            RecordsPage(ctx),
            MessagesPage(ctx),  # the eleventh and on: the list, Ctrl+PgUp / Ctrl+PgDn
            AppointmentsPage(ctx),
        ]
        self.index = QListWidget()
        self.index.setObjectName("setupPages")
        self.index.setFixedWidth(220)
        self.stack = QStackedWidget()
        for n, page in enumerate(self.pages, start=1):
            item = QListWidgetItem(f"{n}  {page.title()}")
            # the tenth page: Alt+0; later ones by the list or Ctrl+PgUp / Ctrl+PgDn
            item.setToolTip(f"Alt+{n % 10}" if n <= 10 else "Ctrl+PgDown")
            self.index.addItem(item)
            self.stack.addWidget(page)
        self.page_title = title("")
        self.keys_hint = hint(
            self.tr("Alt+1…9 or Ctrl+PgUp / Ctrl+PgDn: pages · Ctrl+S saves · Esc puts back")
        )
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.page_title)
        head.addStretch(1)
        head.addWidget(self.keys_hint)
        self.keys_hint.setWordWrap(False)
        right.addLayout(head)
        right.addWidget(self.stack, 1)
        self.desk = QWidget()
        desk_layout = QHBoxLayout(self.desk)
        desk_layout.setContentsMargins(12, 12, 12, 12)
        desk_layout.addWidget(self.index)
        desk_layout.addLayout(right, 1)
        self.refusal = QLabel()
        self.refusal.setObjectName("setupRefusal")
        self.refusal.setWordWrap(True)
        self.refusal.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.refusal.setStyleSheet("font-size: 13pt; color: #455a64; padding: 40px;")
        self.outer = QStackedWidget()
        self.outer.addWidget(self.desk)
        self.outer.addWidget(self.refusal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.outer)
        self._connect_signals()
        self.index.setCurrentRow(0)
        self._check_access()

    def _connect_signals(self) -> None:
        self.index.currentRowChanged.connect(self._on_page_chosen)
        self.changes.changed.connect(self._on_changes)
        shortcuts = {
            "Ctrl+S": self.save_current,
            "Esc": self.revert_current,
            "Ctrl+PgDown": lambda: self.show_page(self.index.currentRow() + 1),
            "Ctrl+PgUp": lambda: self.show_page(self.index.currentRow() - 1),
        }
        for n in range(1, min(len(self.pages), 10) + 1):
            shortcuts[f"Alt+{n % 10}"] = lambda n=n: self.show_page(n - 1)
        for seq, slot in shortcuts.items():
            shortcut = QShortcut(QKeySequence(seq), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def title(self) -> str:
        return self.tr("Setup")

    # --- access ---
    def _check_access(self) -> None:
        call(
            self,
            lambda: staff.get_staff(self.ctx, self.ctx.actor.user_id),
            lambda me: self._on_access(frozenset(me.roles)),
            lambda _err: self._on_access(frozenset()),
        )

    def _on_access(self, roles: frozenset[Role]) -> None:
        self.allowed = may(roles, Permission.SETUP)
        if self.allowed:
            self.outer.setCurrentWidget(self.desk)
            self.current_page().load()
        else:
            names = labels.roles(sorted(roles, key=list(Role).index)) or self.tr("none")
            self.refusal.setText(
                self.tr(
                    "The Setup desk needs the setup right, which service managers and "
                    "administrators hold. Your roles (%1) do not include it: ask a manager."
                ).replace("%1", names)
            )
            self.outer.setCurrentWidget(self.refusal)
        self.access_known.emit(bool(self.allowed))

    # --- pages ---
    def current_page(self) -> SetupPage:
        return self.pages[self.stack.currentIndex()]

    def page(self, cls: type[SetupPage]) -> SetupPage:
        return next(p for p in self.pages if isinstance(p, cls))

    def show_page(self, index: int) -> None:
        if self.allowed and 0 <= index < len(self.pages):
            self.index.setCurrentRow(index)

    def _on_page_chosen(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        page = self.pages[row]
        self.page_title.setText(page.title())
        if self.allowed:
            if not page.is_dirty():
                page.load()
            page.focus_first()

    def save_current(self) -> None:
        if self.allowed:
            self.current_page().save()

    def revert_current(self) -> None:
        """Esc: a cell being edited goes back to its value; otherwise the page does."""
        if not self.allowed:
            return
        editor = QApplication.focusWidget()
        view = editor
        while view is not None and not isinstance(view, QAbstractItemView):
            view = view.parentWidget()
        if (
            isinstance(view, QAbstractItemView)
            and editor is not view
            and view.state() == QAbstractItemView.State.EditingState
        ):
            view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            view.setFocus()
            return
        self.current_page().revert()

    def _on_changes(self, changes: list[Change]) -> None:
        if not self.allowed:
            return
        # pages out of sight reload when they are chosen again
        page = self.current_page()
        if page.entities & {c.entity for c in changes}:
            page.changed_elsewhere()

    # --- Workspace ---
    def activate(self) -> None:
        if self.allowed:
            page = self.current_page()
            if not page.is_dirty():
                page.load()

    def focus_primary(self) -> None:
        if self.allowed:
            self.current_page().focus_first()
        else:
            self.refusal.setFocus()
