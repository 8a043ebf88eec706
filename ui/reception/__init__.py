"""The reception desk: lookup, walk-in intake, extra work awaiting the customer."""

from ui.reception.workspace import ReceptionWorkspace

__all__ = ["ReceptionWorkspace"]
