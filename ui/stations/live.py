"""The station's live link to the shared database, as Qt signals for the shell.

:class:`LiveSync` runs the core's change listener (other stations' changes into the change
feed), the connection monitor and the outbox replay, keeps this station's "last seen" fresh
with a heartbeat, and tells the GUI thread about the connection and the waiting actions
through signals. It owns the listener: a shell using it does not start another one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from app.db.health import ConnectionMonitor, ConnectionState
from app.db.sync import ChangeListener
from app.services.context import ServiceContext
from app.services.outbox import Outbox, ReplayReport
from app.services.people import heartbeat
from ui.tasks import run_task

HEARTBEAT_MS = 30_000


class LiveSync(QObject):
    """Signals (always delivered in the thread this object lives in):

    * ``connection_state_changed(str)``: ``"online"``, ``"offline"`` (just lost) or
      ``"reconnecting"`` (retrying in the background);
    * ``outbox_changed(int)``: how many actions typed offline wait to be sent;
    * ``replayed(object)``: a :class:`~app.services.outbox.ReplayReport` after waiting
      actions were sent (or refused) once the connection came back.
    """

    connection_state_changed = Signal(str)
    outbox_changed = Signal(int)
    replayed = Signal(object)
    _state_from_thread = Signal(str)
    _outbox_from_thread = Signal(int)
    _report_from_thread = Signal(object)

    def __init__(
        self,
        ctx: ServiceContext,
        parent: QObject | None = None,
        *,
        outbox: Outbox | None = None,
        heartbeat_ms: int = HEARTBEAT_MS,
        probe_interval: float = 2.0,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.outbox = outbox or Outbox.for_station()
        self.monitor = ConnectionMonitor(ctx.db, interval=probe_interval)
        self.listener = ChangeListener(ctx.db, on_connection=self.monitor.report)
        queued = Qt.ConnectionType.QueuedConnection
        self._state_from_thread.connect(self.connection_state_changed.emit, queued)
        self._outbox_from_thread.connect(self.outbox_changed.emit, queued)
        self._report_from_thread.connect(self.replayed.emit, queued)
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(heartbeat_ms)
        self._heartbeat.timeout.connect(self._on_heartbeat)
        self._undo: list[Any] = []
        self._running = False

    @property
    def state(self) -> str:
        return self.monitor.state.value

    @property
    def online(self) -> bool:
        return self.monitor.state is ConnectionState.ONLINE

    def pending(self) -> int:
        return self.outbox.pending_count(self.ctx.db)

    def start(self) -> None:
        if self._running:
            return
        self._running = True
        self._undo = [
            self.monitor.subscribe(lambda s: self._state_from_thread.emit(s.value)),
            self.outbox.subscribe(self._outbox_from_thread.emit),
            self.outbox.follow(self.monitor, self._report_from_thread.emit),
        ]
        self.monitor.start()
        self.listener.start()
        if self._heartbeat.interval() > 0:
            self._heartbeat.start()
        self.outbox_changed.emit(self.pending())

    def stop(self) -> None:
        """Stop the background threads (waits for them, a few seconds at most)."""
        if not self._running:
            return
        self._running = False
        self._heartbeat.stop()
        for undo in self._undo:
            undo()
        self._undo = []
        self.listener.stop()
        self.monitor.stop()

    def _on_heartbeat(self) -> None:
        ctx = self.ctx
        # A failed heartbeat already told the monitor (the database reports lost calls).
        # (no parent for the relay: this object may go before the heartbeat's answer comes,
        # and a worker thread must never signal through a deleted object)
        run_task(lambda: heartbeat(ctx), lambda _r: None, lambda _e: None)


__all__ = ["LiveSync", "ReplayReport"]
