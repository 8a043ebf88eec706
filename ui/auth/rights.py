"""Greying out what the signed-in user may not do, with the reason on the button.

A desk keeps a :class:`Gate` and, whenever it enables its buttons by the order's state,
passes them through :meth:`Gate.apply`: a button whose right the user lacks stays disabled
and its tooltip names the missing right and the user's roles. An action a manager may
approve stays enabled (the approval is asked for on the same screen). The services refuse
anyway; this only saves a refused click.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.domain.errors import AccessDenied
from app.domain.permissions import APPROVABLE, Permission
from ui.auth.who import Who
from ui.common.errors import access_text, right_text

_TIP = "ui_rights_tooltip"  # the widget's own tooltip, kept while a refusal replaces it


def missing_text(who: Who, permission: Permission) -> str:
    """ "You may not make a refund: your roles (Technician) do not include it."."""
    roles = tuple(r.value for r in (who.roles or ()))
    return access_text(AccessDenied(permission.value, roles))


def approval_note(permission: Permission) -> str:
    return QCoreApplication.translate("Rights", "Needs a manager's approval to %1.").replace(
        "%1", right_text(permission)
    )


class Gate:
    """What one desk's user may do; ``widgets`` maps a button to the right it needs."""

    def __init__(self, who: Who | None = None) -> None:
        self.who = who
        self.widgets: dict[QWidget, Permission] = {}

    def need(self, widget: QWidget, permission: Permission) -> None:
        self.widgets[widget] = permission
        if widget.property(_TIP) is None:
            widget.setProperty(_TIP, widget.toolTip())
        self.apply_to(widget)

    def set_who(self, who: Who | None) -> None:
        self.who = who
        for widget in self.widgets:
            self.apply_to(widget)

    def allows(self, permission: Permission) -> bool:
        """The user may do it, alone or with an approval asked for on the spot."""
        who = self.who
        if who is None or who.may(permission):
            return True
        base = APPROVABLE.get(permission)
        return base is not None and who.may_with_approval(permission)

    def apply_to(self, widget: QWidget) -> None:
        """Disable ``widget`` (keeping whatever its desk decided otherwise) when the right is
        missing; say why on its tooltip."""
        permission = self.widgets.get(widget)
        if permission is None:
            return
        own = str(widget.property(_TIP) or "")
        who = self.who
        if who is None or who.may(permission):
            widget.setToolTip(own)
            return
        if self.allows(permission):
            note = approval_note(permission)
            widget.setToolTip(f"{own}\n{note}" if own else note)
            return
        widget.setEnabled(False)
        widget.setToolTip(missing_text(who, permission))

    def apply(self) -> None:
        for widget in self.widgets:
            self.apply_to(widget)
