"""The workshop desk (维修车间): progress board, my jobs, quality check, assignment, TV board."""

from ui.workshop.workspace import WorkshopWorkspace

__all__ = ["WorkshopWorkspace"]
