"""Which orders have an action kept on this station, waiting to be sent.

During an outage the desks' command path (:mod:`ui.common.commands`) keeps payments, status
changes and extra work in the station's outbox, each entry naming its order by number
(``subject``). :class:`KeptOrders` follows the outbox's count (``LiveSync.outbox_changed``)
and says which order numbers have one waiting (``changed``), and which no longer have one
because it was sent or refused (``sent``). Lists mark those rows' state with
:func:`marked_state` in italics and :func:`kept_icon`; their tooltip is :func:`kept_tip`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from app.services.context import ServiceContext
from ui.common.calls import call

if TYPE_CHECKING:
    from ui.stations.live import LiveSync


def marked_state(state: str) -> str:
    """A state as a list shows it while an action on the order waits to be sent."""
    return QCoreApplication.translate("KeptOrders", "%1 · unsent").replace("%1", state)


def kept_tip() -> str:
    return QCoreApplication.translate(
        "KeptOrders",
        "An action on this order is kept on this station and waits to be sent "
        "(Stations, Ctrl+6). What is shown is what the server has.",
    )


def kept_icon() -> QIcon:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_ArrowUp)


class KeptOrders(QObject):
    """``changed(frozenset[str])``: the order numbers with an action waiting to be sent;
    ``sent(frozenset[str])``: numbers whose kept actions all left the outbox's pending
    list (applied on replay, or refused and kept as failed)."""

    changed = Signal(object)
    sent = Signal(object)

    def __init__(
        self, ctx: ServiceContext, live: LiveSync | None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.live = live
        self.numbers: frozenset[str] = frozenset()
        if live is not None:
            # (a method, not a lambda: Qt drops the connection when this object goes with
            # its desk, as on a user switch, while the station's LiveSync stays)
            live.outbox_changed.connect(self._on_outbox_changed)
            self.refresh()

    def _on_outbox_changed(self, _count: int) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Ask the outbox again (off the GUI thread)."""
        live, db = self.live, self.ctx.db
        if live is None:
            return
        outbox = live.outbox

        def waiting() -> frozenset[str]:
            return frozenset(e.subject for e in outbox.entries(db) if e.status == "pending")

        call(self, waiting, self._on_waiting, lambda _exc: None)

    def _on_waiting(self, numbers: frozenset[str]) -> None:
        if numbers == self.numbers:
            return
        gone = self.numbers - numbers
        self.numbers = numbers
        self.changed.emit(numbers)
        if gone:
            self.sent.emit(gone)
