"""Which workspaces the main window shows, in switcher order (Ctrl+1..5)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services.context import ServiceContext
from ui.cashier import CashierWorkspace
from ui.changes import ChangeAdapter
from ui.customer import CustomerWorkspace
from ui.reception import ReceptionWorkspace
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
}


def title(key: str) -> str:
    return QCoreApplication.translate(_CTX, TITLES[key])


@dataclass(frozen=True)
class DeskSpec:
    key: str
    build: Callable[[ServiceContext, ChangeAdapter], Workspace]


def work_desks() -> list[DeskSpec]:
    """Reception, Workshop, Cashier, Customer file (Settings is built by the main window)."""
    return [
        DeskSpec("reception", ReceptionWorkspace),
        DeskSpec("workshop", WorkshopWorkspace),
        DeskSpec("cashier", CashierWorkspace),
        DeskSpec("customer", CustomerWorkspace),
    ]
