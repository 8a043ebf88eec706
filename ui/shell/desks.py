"""Which workspaces the main window shows, in switcher order (Ctrl+1..6)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services.context import ServiceContext
from ui.appointments import AppointmentsWorkspace
from ui.care import CareWorkspace
from ui.cashier import CashierWorkspace
from ui.changes import ChangeAdapter
from ui.customer import CustomerWorkspace
from ui.reception import ReceptionWorkspace
from ui.setup import SetupWorkspace
from ui.stations.live import LiveSync
from ui.workshop import WorkshopWorkspace
from ui.workspace import Workspace

_CTX = "Desks"

#: desk key -> title (English source; translated when shown)
TITLES = {
    "reception": QT_TRANSLATE_NOOP("Desks", "Reception"),
    "workshop": QT_TRANSLATE_NOOP("Desks", "Workshop"),
    "cashier": QT_TRANSLATE_NOOP("Desks", "Cashier"),
    "customer": QT_TRANSLATE_NOOP("Desks", "Customer file"),
    "settings": QT_TRANSLATE_NOOP("Desks", "Settings"),
    "stations": QT_TRANSLATE_NOOP("Desks", "Stations"),
    "setup": QT_TRANSLATE_NOOP("Desks", "Setup"),
    "care": QT_TRANSLATE_NOOP("Desks", "Customer care"),
    "appointments": QT_TRANSLATE_NOOP("Desks", "Appointments"),
}


def title(key: str) -> str:
    return QCoreApplication.translate(_CTX, TITLES[key])


@dataclass(frozen=True)
class DeskSpec:
    """``build(ctx, changes, live)``; ``live`` is the station's live link, if it runs one."""

    key: str
    build: Callable[[ServiceContext, ChangeAdapter, LiveSync | None], Workspace]


def work_desks() -> list[DeskSpec]:
    """Reception, Workshop, Cashier, Customer file (Settings and Stations are built by the
    main window, after them)."""
    return [
        # every desk sends its actions through the live link's outbox (ui.common.commands):
        # what the outbox can keep is kept during an outage and sent once when it is back
        DeskSpec("reception", lambda ctx, ch, live: ReceptionWorkspace(ctx, ch, live=live)),
        DeskSpec("workshop", lambda ctx, ch, live: WorkshopWorkspace(ctx, ch, live=live)),
        DeskSpec("cashier", lambda ctx, ch, live: CashierWorkspace(ctx, ch, live=live)),
        DeskSpec("customer", lambda ctx, ch, live: CustomerWorkspace(ctx, ch, live=live)),
    ]


def setup_desk() -> DeskSpec:
    """The Setup desk (managers and administrators), after Settings and Stations (Ctrl+7)."""
    return DeskSpec("setup", lambda ctx, ch, _live: SetupWorkspace(ctx, ch))


def care_desk() -> DeskSpec:
    """The customer care desk (follow-up agents and service managers), after Setup (Ctrl+8)."""
    return DeskSpec("care", lambda ctx, ch, live: CareWorkspace(ctx, ch, live=live))


def appointments_desk() -> DeskSpec:
    """The appointments desk (预约: advisors, follow-up agents, managers), after care (Ctrl+9)."""
    return DeskSpec("appointments", lambda ctx, ch, live: AppointmentsWorkspace(ctx, ch, live=live))
