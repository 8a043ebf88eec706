"""Search-as-you-type plumbing: wait until typing pauses, run the query off the GUI thread,
and drop answers to questions that are no longer asked."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer
from shiboken6 import isValid

from ui.tasks import run_task


class LatestQuery(QObject):
    """``ask(text)`` schedules ``fetch(text)`` after ``delay_ms`` of quiet; only the answer to
    the latest question reaches ``on_result`` (older ones are dropped)."""

    def __init__(
        self,
        fetch: Callable[[str], Any],
        on_result: Callable[[str, Any], None],
        on_error: Callable[[Exception], None],
        delay_ms: int = 150,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._on_result = on_result
        self._on_error = on_error
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._run)
        self._text = ""
        self._serial = 0
        self._answered = 0
        self.busy = False

    def ask(self, text: str) -> None:
        self._text = text
        self._timer.start()

    def ask_now(self, text: str) -> None:
        self._text = text
        self._timer.stop()
        self._run()

    def cancel(self) -> None:
        """Drop the question asked and any answer on its way: nothing is pending after."""
        self._timer.stop()
        self._serial += 1
        self._answered = self._serial

    def pending(self) -> bool:
        return self._timer.isActive() or self._answered < self._serial

    def _run(self) -> None:
        self._serial += 1
        serial, text = self._serial, self._text
        fetch = self._fetch

        def done(result: Any) -> None:
            if not isValid(self):
                return
            self._answered = max(self._answered, serial)
            if serial == self._serial:
                self._on_result(text, result)

        def failed(exc: Exception) -> None:
            if not isValid(self):
                return
            self._answered = max(self._answered, serial)
            if serial == self._serial:
                self._on_error(exc)

        run_task(lambda: fetch(text), done, failed)
