"""The customer and asset file: contact data, vehicles/devices with owner history, visits."""

from ui.customer.workspace import CustomerWorkspace

__all__ = ["CustomerWorkspace"]
