"""The Setup desk (设置中心): shop profile, catalog, checklists, money, numbers, hours,
security, staff and the audit log, for service managers and administrators."""

from ui.setup.workspace import SetupWorkspace

__all__ = ["SetupWorkspace"]
