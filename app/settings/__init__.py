"""One typed settings registry: every setting declared once (:mod:`app.settings.declared`)
with its type, default, validation and scope; the database holds the shared ones
(:mod:`app.services.settings`), this computer's file the station's own
(:mod:`app.settings.station`); both are upgraded by versioned steps
(:mod:`app.settings.upgrades`)."""

from app.settings.declared import SETTINGS
from app.settings.registry import Option, Scope

__all__ = ["SETTINGS", "Option", "Scope"]
