"""Which workspaces the main window shows, in switcher order (Ctrl+1..5)."""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout

from app.services.context import ServiceContext
from ui.changes import ChangeAdapter
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


class MissingDesk(Workspace):
    """Stands in for a desk whose package is not installed in this build."""

    def __init__(self, ctx: ServiceContext, changes: ChangeAdapter, key: str) -> None:
        super().__init__(ctx, changes)
        self._key = key
        label = QLabel(
            QCoreApplication.translate("Desks", "This desk is not part of this installation.")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(label)

    def title(self) -> str:
        return title(self._key)


def _import_desk(module: str, name: str, key: str) -> Callable[..., Workspace]:
    if importlib.util.find_spec(module) is None:
        return lambda ctx, changes: MissingDesk(ctx, changes, key)
    cls = getattr(importlib.import_module(module), name, None)
    if cls is None:
        return lambda ctx, changes: MissingDesk(ctx, changes, key)
    return lambda ctx, changes: cls(ctx, changes)


def work_desks() -> list[DeskSpec]:
    """Reception, Workshop, Cashier, Customer file (Settings is built by the main window)."""
    from ui.customer import CustomerWorkspace
    from ui.reception import ReceptionWorkspace

    return [
        DeskSpec("reception", lambda c, ch: ReceptionWorkspace(c, ch)),
        DeskSpec("workshop", _import_desk("ui.workshop", "WorkshopWorkspace", "workshop")),
        DeskSpec("cashier", _import_desk("ui.cashier", "CashierWorkspace", "cashier")),
        DeskSpec("customer", lambda c, ch: CustomerWorkspace(c, ch)),
    ]
