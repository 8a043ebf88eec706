"""The staff list at the Setup desk: login, name, roles, language, active, locked; an
inactive member of staff is greyed, a locked one tinted. Titles and words come translated
from the page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from app.services.staff import StaffView
from ui.common.format import local_time
from ui.common.row_model import ROW_ROLE, RowModel

COLUMNS = ("login", "name", "roles", "language", "active", "locked", "card")


class StaffModel(RowModel[StaffView, str]):
    """``titles``: column -> title; ``words``: "yes", "no", "zh_CN", "en", "default",
    "until" (with %1); ``role_names(roles)`` names the roles."""

    def __init__(
        self,
        titles: dict[str, str],
        words: dict[str, str],
        role_names: Callable[[tuple[Any, ...]], str],
        parent: Any = None,
    ) -> None:
        super().__init__(COLUMNS, parent)
        self._titles, self._words, self._role_names = titles, words, role_names

    def header(self, column: str) -> str:
        return self._titles.get(column, column)

    def text(self, s: StaffView, column: str) -> str:
        w = self._words
        if column == "roles":
            return self._role_names(s.roles)
        if column == "language":
            return w.get(s.language or "default", s.language or "")
        if column == "active":
            return w["yes"] if s.active else w["no"]
        if column == "locked":
            return w["until"].replace("%1", local_time(s.locked_until)) if s.locked_until else ""
        if column == "card":
            return w["yes"] if s.has_card else ""
        return str(getattr(s, column))

    def cell(self, row: StaffView, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QBrush(QColor("#9e9e9e"))
        if role == Qt.ItemDataRole.BackgroundRole and row.locked_until is not None:
            return QBrush(QColor("#fdecea"))
        return None

    def row_of(self, user_id: int) -> int:
        return next((n for n, r in enumerate(self._rows) if r.id == user_id), -1)
