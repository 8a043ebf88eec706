"""The change feed: what was committed, told to whoever listens.

Services record each change with :func:`record_change` inside their transaction; it is
written to ``change_log`` (so other processes can follow it) and, once the transaction
commits, published to this process's listeners. The desktop client listens through one
adapter object; other stations' changes arrive through the same feed (see ``app.db.sync``).
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy.orm import Session

from app.db.tail import add_tail, new_row
from app.domain.journal import OrderAction
from app.domain.models import ChangeLogEntry

log = logging.getLogger(__name__)


class Entity(StrEnum):
    """What a change is about (``change_log.entity``)."""

    ORDER = "order"
    CUSTOMER = "customer"
    ASSET = "asset"
    CATALOG = "catalog"
    STATION = "station"
    SETTINGS = "settings"
    COMPLAINT = "complaint"
    FOLLOW_UP = "follow_up"
    APPOINTMENT = "appointment"
    MESSAGE = "message"
    MESSAGE_TEMPLATE = "message_template"
    CARE_CALL = "care_call"  # a call logged on a due list
    SYNC_BENCH = "sync_bench"  # the sync bench's markers


class RecordAction(StrEnum):
    """What was done to anything but an order (an order's: :class:`OrderAction`)."""

    CREATE = "create"
    UPDATE = "update"
    TRANSFER = "transfer"
    CONSENT = "consent"
    ANONYMISE = "anonymise"
    IMPORT = "import"
    ACTIVATE = "activate"
    DEACTIVATE = "deactivate"
    CHECKLIST = "checklist"
    SEEN = "seen"  # a station's heartbeat
    DESK = "desk"  # a station's desk changed
    PING = "ping"
    GENERATE = "generate"
    CALL = "call"
    RECORD = "record"
    NOTE = "note"
    STEP = "step"
    HANDOVER = "handover"
    WAIT = "wait"
    RESUME = "resume"
    REOPEN = "reopen"
    ESCALATE = "escalate"
    BOOK = "book"
    MOVE = "move"
    CANCEL = "cancel"
    CONFIRM = "confirm"
    NO_SHOW = "no_show"
    ARRIVE = "arrive"
    REMIND = "remind"
    QUEUE = "queue"
    SEND = "send"
    FAIL = "fail"


Action = OrderAction | RecordAction


def action_of(entity: Entity, value: str) -> Action:
    """The typed action ``value`` names for ``entity`` (ValueError when it names none)."""
    return OrderAction(value) if entity is Entity.ORDER else RecordAction(value)


@dataclass(frozen=True)
class Change:
    """One committed change: enough for a desk to update the rows it shows of that entity
    (it asks for those ids, and skips a row it already shows at ``version``)."""

    entity: Entity
    entity_id: int
    action: Action
    version: int | None = None
    station_id: int | None = None
    log_id: int | None = None


def change_of(
    log_id: int | None,
    entity: str,
    entity_id: int,
    action: str,
    version: int | None,
    station_id: int | None,
) -> Change | None:
    """A journal row (or a notification) as a typed change; None for what this version does
    not know (written by a newer station), which is logged and skipped."""
    try:
        kind = Entity(entity)
        return Change(kind, entity_id, action_of(kind, action), version, station_id, log_id)
    except ValueError:
        log.warning("unknown change %s %s %s skipped", entity, entity_id, action)
        return None


Listener = Callable[[list[Change]], None]
_PENDING_KEY = "workbay_pending_changes"
#: the PostgreSQL channel every station LISTENs on
CHANNEL = "workbay_changes"


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
    entity: Entity,
    entity_id: int,
    action: Action,
    version: int | None = None,
    station_id: int | None = None,
    branch_id: int = 1,
) -> None:
    """Journal a change in the current transaction; published after commit."""
    if not isinstance(entity, Entity) or not isinstance(action, OrderAction | RecordAction):
        raise TypeError(f"untyped change {entity!r} {action!r}")
    entry = new_row(
        ChangeLogEntry,
        entity=entity,
        entity_id=entity_id,
        action=action,
        version=version,
        station_id=station_id,
        branch_id=branch_id,
    )
    add_tail(session, entry)
    session.info.setdefault(_PENDING_KEY, []).append(entry)


def take_pending(session: Session) -> list[Change]:
    entries: list[ChangeLogEntry] = session.info.pop(_PENDING_KEY, [])
    return [Change(Entity(e.entity), e.entity_id, action_of(Entity(e.entity), e.action),
                   e.version, e.station_id, e.id) for e in entries]  # fmt: skip


def drop_pending(session: Session) -> None:
    session.info.pop(_PENDING_KEY, None)


def pending_ids(session: Session) -> list[int]:
    """Ids of the journal rows this transaction wrote (after a flush)."""
    return [e.id for e in session.info.get(_PENDING_KEY, [])]


def to_payload(change: Change) -> str:
    return json.dumps(
        {
            "id": change.log_id,
            "entity": change.entity,
            "entity_id": change.entity_id,
            "action": change.action,
            "version": change.version,
            "station_id": change.station_id,
        },
        separators=(",", ":"),
    )


def from_payload(payload: str) -> Change | None:
    d = json.loads(payload)
    return change_of(
        int(d["id"]), str(d["entity"]), int(d["entity_id"]), str(d["action"]),
        d.get("version"), d.get("station_id"),
    )  # fmt: skip
