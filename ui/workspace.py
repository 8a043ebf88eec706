"""Base of every workspace (desk page) the main window shows."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.services.context import ServiceContext
from ui.changes import ChangeAdapter


class Workspace(QWidget):
    """A desk page. Subclasses lay out in ``__init__``, reload through services when
    ``changes`` tells them something they show changed, and put the keyboard focus on their
    primary field in ``focus_primary``."""

    def __init__(
        self, ctx: ServiceContext, changes: ChangeAdapter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.changes = changes

    def title(self) -> str:
        raise NotImplementedError

    def activate(self) -> None:
        """Called each time the workspace is shown."""

    def focus_primary(self) -> None:
        self.setFocus()
