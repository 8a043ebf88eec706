"""The audit log's table at the Setup desk: one entry a row, newest first; more rows are
appended as the user pages on (``append``)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QColor

from app.services.audit_log import AuditRow
from ui.common.format import local_time
from ui.common.row_model import Column, RowTableModel


def _short(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def before_after(row: AuditRow, values: Callable[[str, Any], Any] | None = None) -> str:
    """``price: 120.00 → 150.00; state: ready → settled`` (the keys either side);
    ``values(key, value)`` names a value in the user's language."""
    before, after = row.before or {}, row.after or {}
    keys = list(dict.fromkeys([*before, *after]))
    shown = values or (lambda _key, value: value)
    return "; ".join(
        f"{k}: {_short(shown(k, before.get(k)))} → {_short(shown(k, after.get(k)))}" for k in keys
    )


#: the columns, in order (their titles come translated from the page)
COLUMNS = ("time", "user", "role", "station", "action", "what", "before_after", "approved_by")


class AuditModel(RowTableModel[AuditRow]):
    """``titles``: column key -> translated title (see :data:`COLUMNS`); ``role_names``
    names a row's roles and ``action_names`` its action in the user's language."""

    def __init__(
        self,
        titles: dict[str, str],
        role_names: Callable[[tuple[str, ...]], str] = ", ".join,
        parent: Any = None,
        action_names: Callable[[str], str] = str,
        value_names: Callable[[str, Any], Any] | None = None,
    ) -> None:
        self._titles = titles
        self._role_names = role_names
        self._action_names = action_names
        self._value_names = value_names
        super().__init__(parent)

    def columns(self) -> list[Column[AuditRow]]:
        t = self._titles
        texts = {
            "time": lambda r: local_time(r.at),
            "user": lambda r: r.user_name,
            "role": lambda r: self._role_names(r.roles),
            "station": lambda r: r.station_name,
            "action": lambda r: self._action_names(r.action),
            "what": self._what,
            "before_after": self._before_after,
            "approved_by": lambda r: r.approved_by_name or "",
        }
        return [Column(lambda k=k: t.get(k, k), texts[k]) for k in COLUMNS]

    @staticmethod
    def _what(row: AuditRow) -> str:
        where = " · ".join(x for x in (row.order_number, row.customer_name) if x)
        return f"{row.summary} ({where})" if where else row.summary

    def _before_after(self, row: AuditRow) -> str:
        return before_after(row, self._value_names)

    def row_tooltip(self, row: AuditRow) -> str | None:
        return self._before_after(row) or None

    def row_background(self, row: AuditRow) -> QColor | None:
        return QColor("#fff8e1") if row.approved_by_name else None

    def last_id(self) -> int | None:
        return self._rows[-1].id if self._rows else None
