"""The one bridge from the core's change feed to Qt: committed changes arrive as a signal in
the GUI thread, whether they came from this station or (through ``app.db.sync``) another."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal

from app.db.changes import Change, ChangeFeed


class ChangeAdapter(QObject):
    """Re-emits feed events as ``changed(list[Change])`` in the thread this object lives in.

    Listeners connect to ``changed`` (or ``order_changed(int)`` for one order) and reload what
    they show through services; they never open a session themselves.
    """

    changed = Signal(object)  # list[Change]
    order_changed = Signal(int)
    _incoming = Signal(object)

    def __init__(self, feed: ChangeFeed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Queued: the feed may publish from a worker thread (a service call run off the GUI
        # thread, or the sync listener); widgets are touched only in the GUI thread.
        self._incoming.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = feed.subscribe(self._incoming.emit)

    def _deliver(self, changes: list[Change]) -> None:
        self.changed.emit(changes)
        for order_id in sorted({c.entity_id for c in changes if c.entity == "order"}):
            self.order_changed.emit(order_id)

    def close(self) -> None:
        self._unsubscribe()
