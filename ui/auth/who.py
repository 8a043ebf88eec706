"""Who is signed in, as the desks need it: name, main role, every role, language.

Built from the sign-in's ``StaffView`` (``app.services.staff``); the desks ask it what the
user may do only to grey out buttons with the reason — the services check again anyway.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain.enums import Role
from app.domain.permissions import Permission, may, may_with_approval


@dataclass(frozen=True)
class Who:
    """``roles`` is ``None`` when not known (a window made for a test or a picture without
    a signed-in user): then nothing is greyed out, and the services still decide."""

    name: str
    user_id: int | None = None
    login: str = ""
    role: Role | None = None
    roles: frozenset[Role] | None = None
    language: str | None = None

    @classmethod
    def of(cls, staff: Any) -> Who:
        """From a ``StaffView`` (or anything with its fields)."""
        roles = frozenset(Role(r) for r in (getattr(staff, "roles", None) or ()))
        role = getattr(staff, "role", None)
        if role is not None:
            role = Role(role)
            roles |= {role}
        return cls(
            name=staff.name,
            user_id=getattr(staff, "id", None),
            login=getattr(staff, "login", "") or "",
            role=role,
            roles=roles,
            language=getattr(staff, "language", None) or None,
        )

    def may(self, permission: Permission) -> bool:
        """May do it alone (or the roles are not known here)."""
        return self.roles is None or may(self.roles, permission)

    def may_with_approval(self, permission: Permission) -> bool:
        return self.roles is not None and may_with_approval(self.roles, permission)

    def label(self) -> str:
        """ "Li Na (Service advisor)" in the user's language."""
        from ui.common.errors import role_text

        if self.role is None:
            return self.name
        return (
            QCoreApplication.translate("Who", "%1 (%2)")
            .replace("%1", self.name)
            .replace("%2", role_text(self.role))
        )
