"""Placeholder of the care desk's tab; its owner replaces this file."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.services.context import ServiceContext


class MessagesTab(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None, **_kw: Any) -> None:
        super().__init__(parent)
        self.ctx = ctx
        QVBoxLayout(self).addWidget(QLabel("—"))

    def activate(self) -> None:
        pass

    def focus_primary(self) -> None:
        self.setFocus()

    def apply_rights(self, who: Any) -> None:
        pass

    def on_changes(self, changes: list[Any], *, visible: bool) -> None:
        pass
