"""A board of orders kept current from the change feed by patching, not reloading.

A change names the order (typed: ``Entity.ORDER``, its id and the version it wrote). While
the desk is visible, the rows of the orders named are asked for by id (one small query for
all the changes of an event-loop turn) and patched into the model: a row changes, moves to
its place, comes in or leaves, and the rest of the board, the selection and the scroll stay.
A row already shown at the version a change wrote is not asked for again (the change this
station made and has already shown). While the desk is hidden nothing is asked for; it
notes that it is behind and loads the whole board once when shown again. A change to a
customer or an asset (a name or plate on many rows) reloads the whole board too.

One request at a time: changes arriving meanwhile wait for it, so an older answer never
overwrites a newer row.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.db.changes import Change, Entity
from app.services.views import BoardRow
from ui.common.calls import call
from ui.common.row_model import RowModel

#: changes to these reload the whole board (names and labels on many rows)
_WHOLE = frozenset({Entity.CUSTOMER, Entity.ASSET})

Loader = Callable[[Collection[int] | None], list[BoardRow]]


class LiveBoard(QObject):
    """Keeps ``model`` current for ``desk``: ``load(None)`` gives the whole board,
    ``load(ids)`` the rows of those orders still on it (in ``order``)."""

    #: the whole board was loaded (rows), or rows were patched (the ids asked for)
    loaded = Signal(object)
    patched = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        desk: QWidget,
        model: RowModel[BoardRow, Any],
        load: Loader,
        order: Callable[[BoardRow], Any],
    ) -> None:
        super().__init__(desk)
        self._desk = desk
        self._model = model
        self.load = load  # (the screen bench narrows the whole board to its own orders)
        self._order = order
        self._ids: set[int] = set()
        self._whole = False  # a whole reload is wanted
        self._behind = False  # changes came while hidden
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # every change of one event-loop turn in one request
        self._timer.timeout.connect(self._ask)

    # --- what the desk calls -------------------------------------------------------------

    def reload(self) -> None:
        """Load the whole board (the desk is shown, or the user asked)."""
        self._behind = False
        self._whole = True
        self._timer.start()

    def shown(self) -> None:
        """The desk became visible: catch up if changes came while it was hidden."""
        if self._behind:
            self.reload()

    def on_changes(self, changes: list[Change]) -> None:
        ids = {c.entity_id for c in changes if c.entity is Entity.ORDER and not self._has(c)}
        whole = any(c.entity in _WHOLE for c in changes)
        if not ids and not whole:
            return
        if not self._desk.isVisible():
            self._behind = True
            return
        self._ids |= ids
        self._whole = self._whole or whole
        self._timer.start()

    def _has(self, change: Change) -> bool:
        """The row is shown at the version the change wrote or a later one (nothing to ask
        for: versions only go up)."""
        if change.version is None:
            return False
        return any(
            r.order_id == change.entity_id and r.version >= change.version
            for r in self._model.rows()
        )

    # --- asking --------------------------------------------------------------------------

    def _ask(self) -> None:
        if self._busy or not (self._whole or self._ids):
            return
        self._busy = True
        if self._whole:
            self._whole, self._ids = False, set()
            call(self, lambda: self.load(None), self._on_whole, self._on_failed)
            return
        ids, self._ids = frozenset(self._ids), set()
        call(self, lambda: self.load(ids), lambda rows: self._on_some(ids, rows), self._on_failed)

    def _on_whole(self, rows: list[BoardRow]) -> None:
        self._model.set_rows(rows)
        self._done()
        self.loaded.emit(rows)

    def _on_some(self, ids: frozenset[int], rows: list[BoardRow]) -> None:
        self._model.patch(rows, ids, key=lambda r: r.order_id, order=self._order)
        self._done()
        self.patched.emit(ids)

    def _on_failed(self, exc: Exception) -> None:
        self._whole = True  # what was asked for is not shown: the next ask loads it all
        self._busy = False
        self.failed.emit(exc)

    def _done(self) -> None:
        self._busy = False
        if self._whole or self._ids:
            self._timer.start()
