"""Calling a service from a widget without freezing the window.

``call(owner, fn, on_done, on_error)`` runs ``fn`` off the GUI thread (ui.tasks.run_task) and
delivers the answer only while ``owner`` still exists, so a closed page never gets touched.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from shiboken6 import isValid

from app.services.queries import ready
from ui.tasks import run_task


def call(
    owner: QObject,
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None] | None = None,
) -> None:
    def done(result: Any) -> None:
        if isValid(owner):
            on_done(result)

    def failed(exc: Exception) -> None:
        if isValid(owner) and on_error is not None:
            on_error(exc)

    # an order a service handed back is loaded here, off the GUI thread (app.services.queries)
    run_task(lambda: ready(fn()), done, failed)
