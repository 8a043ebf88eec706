"""Print preview and printing for the desks: ``preview_and_print(parent, ctx, kind, order_id)``
opens a dialog that shows the document (rendered by :mod:`app.printing`), prints it on any
system printer, or saves it as PDF."""

from ui.printing.dialog import PrintPreviewDialog, preview_and_print

__all__ = ["PrintPreviewDialog", "preview_and_print"]
