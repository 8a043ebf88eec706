"""Workbay core: the Qt-free heart of the service-center front desk.

Domain model, services (one transaction per use case), database access, numbering,
printing and the command line. Nothing in this package imports Qt or ``ui``.
"""

__version__ = "0.1.0"
