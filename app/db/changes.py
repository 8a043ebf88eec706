"""The change feed: what was committed, told to whoever listens.

Services record each change with :func:`record_change` inside their transaction; it is
written to ``change_log`` (so other processes can follow it) and, once the transaction
commits, published to this process's listeners. The desktop client listens through one
adapter object; other stations' changes arrive through the same feed (see ``app.db.sync``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.domain.models import ChangeLogEntry

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Change:
    entity: str  # "order", "customer", "asset", "catalog", "station", "settings"
    entity_id: int
    action: str
    version: int | None = None
    station_id: int | None = None
    log_id: int | None = None


Listener = Callable[[list[Change]], None]
_PENDING_KEY = "workbay_pending_changes"


class ChangeFeed:
    """Thread-safe fan-out of committed changes to listeners in this process."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, changes: list[Change]) -> None:
        if not changes:
            return
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(changes)
            except Exception:  # a broken listener must not break the service call
                log.exception("change listener failed")


def record_change(
    session: Session,
    entity: str,
    entity_id: int,
    action: str,
    version: int | None = None,
    station_id: int | None = None,
) -> None:
    """Journal a change in the current transaction; published after commit."""
    entry = ChangeLogEntry(
        entity=entity, entity_id=entity_id, action=action, version=version, station_id=station_id
    )
    session.add(entry)
    session.info.setdefault(_PENDING_KEY, []).append(entry)


def take_pending(session: Session) -> list[Change]:
    entries: list[ChangeLogEntry] = session.info.pop(_PENDING_KEY, [])
    return [Change(e.entity, e.entity_id, e.action, e.version, e.station_id, e.id) for e in entries]


def drop_pending(session: Session) -> None:
    session.info.pop(_PENDING_KEY, None)
