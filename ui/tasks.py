"""Run a service call off the GUI thread and get its result (or error) back in it.

Long operations (demo data, printing, big lists) go through :func:`run_task` so the window
never freezes; results are delivered by signal, widgets are only touched in the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # delivered to the caller's on_error
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


_live: set[_Relay] = set()


def run_task(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    parent: QObject | None = None,
) -> None:
    """Call ``fn()`` in the thread pool; ``on_done(result)`` / ``on_error(exc)`` run in the
    thread of ``parent`` (default: the GUI thread). A ``parent`` must outlive the task:
    the worker signals through a relay it owns."""
    relay = _Relay(parent)
    _live.add(relay)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _live.discard(relay)
        callback(value)
        relay.deleteLater()

    relay.done.connect(lambda r: finish(on_done, r))
    relay.failed.connect(lambda e: finish(on_error, e))
    QThreadPool.globalInstance().start(_Task(fn, relay))
