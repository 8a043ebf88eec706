"""Helpers for the multi-station tests: waiting for changes to arrive in a feed."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from app.db.changes import Change, ChangeFeed


class FeedRecorder:
    """Records every change a feed publishes; tests wait for the one they expect."""

    def __init__(self, feed: ChangeFeed) -> None:
        self.changes: list[Change] = []
        self._cond = threading.Condition()
        self._unsubscribe = feed.subscribe(self._record)

    def _record(self, changes: list[Change]) -> None:
        with self._cond:
            self.changes.extend(changes)
            self._cond.notify_all()

    def wait_for(self, predicate: Callable[[Change], bool], timeout: float = 10.0) -> Change:
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for change in self.changes:
                    if predicate(change):
                        return change
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"no matching change within {timeout}s: {self.changes}")
                self._cond.wait(left)

    def matching(self, predicate: Callable[[Change], bool]) -> list[Change]:
        with self._cond:
            return [c for c in self.changes if predicate(c)]

    def close(self) -> None:
        self._unsubscribe()


def order_change(order_id: int, action: str | None = None) -> Callable[[Change], bool]:
    return lambda c: (
        c.entity == "order" and c.entity_id == order_id and (action is None or c.action == action)
    )
