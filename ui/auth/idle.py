"""The idle lock's clock: any key, click, wheel or mouse move anywhere in the application
starts it again; after the shop's idle time (``auth.idle_lock_minutes``) without input,
``idle`` is emitted and the window locks. 0 minutes: never."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.InputMethod,
}


class IdleWatch(QObject):
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self._interval_ms = 0
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(max(minutes, 0) * 60_000)

    def set_interval_ms(self, ms: int) -> None:
        """The idle time; 0 stops the clock for good."""
        self._interval_ms = ms
        self.restart()

    @property
    def interval_ms(self) -> int:
        return self._interval_ms

    def restart(self) -> None:
        if self._interval_ms > 0:
            self.timer.start(self._interval_ms)
        else:
            self.timer.stop()

    def pause(self) -> None:
        """While the station is locked the clock stands still."""
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and self.timer.isActive():
            self.timer.start(self._interval_ms)
        return False

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
