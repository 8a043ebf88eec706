"""The customer care desk: one tab per list the follow-up agent and the service manager work.

Alt+1 follow-ups (回访), Alt+2 complaints (投诉), Alt+3 due lists (提醒), Alt+4 figures, Alt+5 messages (outbox, call/SMS list). Each
tab is its own widget with ``activate()`` (reload when shown), ``apply_rights(who)`` and
``on_changes(changes)`` (live updates while visible; hidden tabs catch up when shown).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.services.context import ServiceContext
from ui.care.complaints_tab import ComplaintsTab
from ui.care.due_tab import DueTab
from ui.care.figures_tab import FiguresTab
from ui.care.followups_tab import FollowUpsTab
from ui.care.messages_tab import MessagesTab
from ui.changes import ChangeAdapter
from ui.stations.live import LiveSync
from ui.workspace import Workspace


class CareWorkspace(Workspace):
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
        self.tabs = QTabWidget()
        self.followups = FollowUpsTab(ctx, live=live)
        self.complaints = ComplaintsTab(ctx, live=live)
        self.due = DueTab(ctx, live=live)
        self.figures = FiguresTab(ctx)
        self.messages = MessagesTab(ctx, live=live)
        self.pages: list[Any] = [
            self.followups,
            self.complaints,
            self.due,
            self.figures,
            self.messages,
        ]
        self.tabs.addTab(self.followups, self.tr("&1 Follow-ups"))
        self.tabs.addTab(self.complaints, self.tr("&2 Complaints"))
        self.tabs.addTab(self.due, self.tr("&3 Due lists"))
        self.tabs.addTab(self.figures, self.tr("&4 Figures"))
        self.tabs.addTab(self.messages, self.tr("&5 Messages"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs)
        for n in range(len(self.pages)):
            # the tab bar's own mnemonic (&1) would make Alt+N ambiguous with the shortcut
            # below (then neither acts): the label keeps its number, the shortcut does it all
            self.tabs.setTabText(n, self.tabs.tabText(n).replace("&", ""))
            self.tabs.setTabToolTip(n, f"Alt+{n + 1}")
            QShortcut(QKeySequence(f"Alt+{n + 1}"), self, lambda i=n: self.show_tab(i))
        self.tabs.currentChanged.connect(self._on_tab)
        changes.changed.connect(self._on_changes)

    def title(self) -> str:
        return self.tr("Customer care")

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self.pages[index].focus_primary()

    def _on_tab(self, index: int) -> None:
        if self.isVisible():
            self.pages[index].activate()

    def activate(self) -> None:
        self.pages[self.tabs.currentIndex()].activate()

    def focus_primary(self) -> None:
        self.pages[self.tabs.currentIndex()].focus_primary()

    def apply_rights(self, who: Any) -> None:
        for page in self.pages:
            page.apply_rights(who)

    def _on_changes(self, changes: list[Any]) -> None:
        for page in self.pages:
            page.on_changes(changes, visible=self.isVisible() and page is self.tabs.currentWidget())
