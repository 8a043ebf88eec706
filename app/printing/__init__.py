"""Printed documents: order data from the core -> PDF bytes (reportlab, no Qt).

``render_document(ctx, kind, order_id, ...)`` is the entry point; ``KINDS`` lists the
documents (intake slip, work order, job card, inspection sheet, extra-work authorization,
settlement statement, release slip, receipt). Pickup tokens for the QR codes live in
:mod:`app.printing.token`.
"""
