"""The customer care desk (客服): follow-up calls, complaints, due lists and the desk's figures."""

from ui.care.workspace import CareWorkspace

__all__ = ["CareWorkspace"]
