"""The care desk's follow-up tab (回访): the day's list and the call panel beside it.

A follow-up agent works the day's list by keyboard only:

- the list (``followups.due_followups``: it fills itself from the releases) shows each call's
  slot (the next try, else when it is due), the customer and phone, the vehicle or device,
  the order, the kind (next day, 3 hours, 3 days, device, again, after a complaint), the
  attempts made and the state; Ctrl+D adds the closed ones of the last two weeks (an SMS
  owed after three unanswered calls shows there);
- Enter opens the chosen follow-up in the call panel: the kind's call script
  (``followups.SCRIPTS``) with a 1–5 score per question, a note, and the call timer: F5 when
  the customer answers; it shows mm:ss, warns at 4:00 and says the 5-minute limit;
- the outcome keys record the call (command ``record_followup_call``): F6 satisfied, F7
  dissatisfied, Ctrl+F7 dissatisfied and a complaint opened at once, F8 complaint, F9 not
  reached (the next slot is proposed, in another part of the day), F10 refused. After the
  third unanswered call the SMS owed is said (queued, or why not). Esc goes back to the list.

Two agents on one follow-up: the second is refused naming who recorded what (the list
reloads, the typed scores and note stay). Calls and new follow-ups from other stations update
the list while it is shown; a hidden tab catches up when shown. Without the right
``FOLLOW_UP`` the tab says why and takes no action.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QFocusEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import AssetKind, FollowUpKind, FollowUpOutcome, FollowUpState
from app.domain.errors import ConflictError
from app.domain.permissions import Permission
from app.domain.types import utcnow
from app.services import followups
from app.services.context import ServiceContext
from app.services.followups import CallResult, FollowUpRow
from ui.auth.rights import Gate, missing_text
from ui.auth.who import Who
from ui.common import format as fmt
from ui.common import lang
from ui.common.calls import call
from ui.common.commands import Commands, still_busy
from ui.common.errors import error_text, field_text, validation_errors
from ui.common.keys import add_key, key_label, key_text, show_key
from ui.common.row_model import Column, RowTableModel
from ui.common.widgets import MessageKind, MessageLine, hint, set_message, setup_table, title
from ui.stations.live import LiveSync

_CTX = "FollowUpsTab"
#: the call timer warns from here and names the limit (calls stay under 5 minutes)
WARN_AFTER_S = 4 * 60
LIMIT_S = 5 * 60
#: the background of an open call whose slot has passed
OVERDUE_TINT = "#fff8e1"
#: the list's share of the tab's width, in percent (the call panel has the rest)
LIST_SHARE = 57

#: outcome -> (key, the button's words)
OUTCOME_KEYS: dict[FollowUpOutcome, str] = {
    FollowUpOutcome.SATISFIED: "F6",
    FollowUpOutcome.DISSATISFIED: "F7",
    FollowUpOutcome.COMPLAINT: "F8",
    FollowUpOutcome.UNREACHABLE: "F9",
    FollowUpOutcome.REFUSED: "F10",
}
COMPLAINT_KEY = "Ctrl+F7"  # dissatisfied, and a complaint opened in the same call
START_KEY = "F5"
DONE_TOO_KEY = "Ctrl+D"

OUTCOMES: dict[FollowUpOutcome, str] = {
    FollowUpOutcome.SATISFIED: QT_TRANSLATE_NOOP("FollowUpsTab", "Satisfied"),
    FollowUpOutcome.DISSATISFIED: QT_TRANSLATE_NOOP("FollowUpsTab", "Dissatisfied"),
    FollowUpOutcome.COMPLAINT: QT_TRANSLATE_NOOP("FollowUpsTab", "Complaint"),
    FollowUpOutcome.UNREACHABLE: QT_TRANSLATE_NOOP("FollowUpsTab", "Not reached"),
    FollowUpOutcome.REFUSED: QT_TRANSLATE_NOOP("FollowUpsTab", "Refused"),
}

KINDS: dict[str, str] = {
    "next_day": QT_TRANSLATE_NOOP("FollowUpsTab", "Next day"),
    "3h": QT_TRANSLATE_NOOP("FollowUpsTab", "3 hours"),
    "3d": QT_TRANSLATE_NOOP("FollowUpsTab", "3 days"),
    "device": QT_TRANSLATE_NOOP("FollowUpsTab", "Device"),
    "again": QT_TRANSLATE_NOOP("FollowUpsTab", "Again"),
    "complaint": QT_TRANSLATE_NOOP("FollowUpsTab", "After a complaint"),
}

#: the script's answers as the score fields name them (``followups.SCORE_FIELDS``)
SCORES: dict[str, str] = {
    "service": QT_TRANSLATE_NOOP("FollowUpsTab", "Service"),
    "quality": QT_TRANSLATE_NOOP("FollowUpsTab", "Repair quality"),
    "on_time": QT_TRANSLATE_NOOP("FollowUpsTab", "On time"),
    "price": QT_TRANSLATE_NOOP("FollowUpsTab", "Price explained"),
    "clean": QT_TRANSLATE_NOOP("FollowUpsTab", "Cleanliness"),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate("FollowUpsTab", source)


def outcome_text(outcome: FollowUpOutcome | str | None) -> str:
    try:
        return _tr(OUTCOMES[FollowUpOutcome(outcome)]) if outcome else ""
    except ValueError:
        return str(outcome)


def kind_key(row: FollowUpRow) -> str:
    """Which of :data:`KINDS` a follow-up is: its kind, and for a release the asset's rule."""
    if row.kind is FollowUpKind.AGAIN:
        return "again"
    if row.kind is FollowUpKind.COMPLAINT:
        return "complaint"
    if row.asset_kind is AssetKind.EBIKE:
        return "3h" if row.seq == 1 else "3d"
    if row.asset_kind is AssetKind.DEVICE:
        return "device"
    return "next_day"


def kind_text(row: FollowUpRow) -> str:
    return _tr(KINDS[kind_key(row)])


def slot_of(row: FollowUpRow) -> Any:
    return row.next_try_at or row.due_at


def state_text(row: FollowUpRow) -> str:
    if row.state is FollowUpState.OPEN:
        if row.attempts:
            return QCoreApplication.translate("FollowUpsTab", "Try again")
        return QCoreApplication.translate("FollowUpsTab", "To call")
    if row.state is FollowUpState.CANCELLED:
        return QCoreApplication.translate("FollowUpsTab", "Cancelled")
    text = outcome_text(row.outcome)
    if row.sms_due:
        text = QCoreApplication.translate("FollowUpsTab", "%1, SMS owed").replace("%1", text)
    return text


class FollowUpsModel(RowTableModel[FollowUpRow]):
    def columns(self) -> list[Column[FollowUpRow]]:
        return [
            Column(
                lambda: QCoreApplication.translate("FollowUpsTab", "Slot"),
                lambda r: fmt.short_time(slot_of(r)),
            ),
            Column(
                lambda: QCoreApplication.translate("FollowUpsTab", "Customer"), lambda r: r.customer
            ),
            Column(
                lambda: QCoreApplication.translate("FollowUpsTab", "Phone"), lambda r: r.phone or ""
            ),
            Column(
                lambda: QCoreApplication.translate("FollowUpsTab", "Vehicle / device"),
                lambda r: r.asset,
            ),
            Column(
                lambda: QCoreApplication.translate("FollowUpsTab", "Order"),
                lambda r: r.order_number,
            ),
            Column(lambda: QCoreApplication.translate("FollowUpsTab", "Kind"), kind_text),
            Column(
                lambda: QCoreApplication.translate("FollowUpsTab", "Tries"),
                lambda r: f"{r.attempts}/{followups.MAX_ATTEMPTS}",
                align_right=True,
            ),
            Column(lambda: QCoreApplication.translate("FollowUpsTab", "State"), state_text),
        ]

    def row_background(self, row: FollowUpRow) -> QColor | None:
        """An open call whose slot has passed is tinted (called late)."""
        if row.state is FollowUpState.OPEN and slot_of(row) < utcnow():
            return QColor(OVERDUE_TINT)
        return None

    def index_of(self, follow_up_id: int) -> int | None:
        for n, row in enumerate(self.rows()):
            if row.id == follow_up_id:
                return n
        return None


class ScoreBox(QSpinBox):
    """A 1–5 score (0 shows "–": not answered); its text is selected whenever it gets the
    focus, so the digit typed replaces it."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.selectAll()


class FollowUpCallPanel(QWidget):
    """One follow-up's call: who and what, the timer, the script with its scores, a note
    and the outcome buttons (their keys act on the whole tab)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row: FollowUpRow | None = None
        self.clock: Callable[[], float] = time.monotonic
        self.started_at: float | None = None

        self.heading = title(self.tr("No call open"))
        self.heading.setWordWrap(True)
        self.facts = QLabel(self.tr("Choose a follow-up in the list and press Enter."))
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.timer_label = QLabel()
        self.timer_label.setObjectName("callTimer")
        self.start_button = QPushButton()
        show_key(self.start_button, self.tr("Call started"), START_KEY,
                 self.tr("Start the call timer when the customer answers"))  # fmt: skip
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.show_time)
        timer_row = QHBoxLayout()
        timer_row.addWidget(self.timer_label, 1)
        timer_row.addWidget(self.start_button)

        # the script: each score box and its question beside it (the question wraps)
        self.script = QGridLayout()
        self.script.setColumnStretch(1, 1)
        self.script.setHorizontalSpacing(12)
        self.questions: dict[str, QLabel] = {}
        self.scores: dict[str, QSpinBox] = {}
        for n, key in enumerate(followups.SCORE_FIELDS):
            question = QLabel()
            question.setWordWrap(True)
            box = ScoreBox()
            box.setObjectName(f"score_{key}")
            box.setRange(0, 5)
            box.setSpecialValueText("–")  # 0: not asked or no answer
            box.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.setMinimumWidth(64)
            question.setBuddy(box)
            self.questions[key] = question
            self.scores[key] = box
            self.script.addWidget(box, n, 0, Qt.AlignmentFlag.AlignTop)
            self.script.addWidget(question, n, 1)
        self.scale = hint(self.tr("Scores 1 (very poor) to 5 (very good); – not answered."))

        self.note = QLineEdit()
        self.note.setObjectName("callNote")
        self.note.setMaxLength(500)
        self.note.setPlaceholderText(self.tr("What the customer said"))
        note_row = QFormLayout()
        self.note_label = QLabel(self.tr("Note"))
        self.note_label.setBuddy(self.note)
        note_row.addRow(self.note_label, self.note)

        self.buttons: dict[FollowUpOutcome, QPushButton] = {}
        grid = QGridLayout()
        for n, outcome in enumerate(OUTCOME_KEYS):
            button = QPushButton()
            button.setObjectName(f"outcome_{outcome.value}")
            show_key(button, outcome_text(outcome), OUTCOME_KEYS[outcome])
            self.buttons[outcome] = button
            grid.addWidget(button, n // 3, n % 3)
        self.complaint_button = QPushButton()
        self.complaint_button.setObjectName("outcome_dissatisfied_complaint")
        show_key(self.complaint_button, self.tr("Dissatisfied + open complaint"), COMPLAINT_KEY,
                 self.tr("Record dissatisfied and open a complaint in the same call"))  # fmt: skip
        grid.addWidget(self.complaint_button, 1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addLayout(timer_row)
        layout.addLayout(self.script)
        layout.addWidget(self.scale)
        layout.addLayout(note_row)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.show_row(None)

    # --- what is open ---
    def inputs(self) -> list[QWidget]:
        return [*self.scores.values(), self.note]

    def actions(self) -> list[QPushButton]:
        return [self.start_button, *self.buttons.values(), self.complaint_button]

    def show_row(self, row: FollowUpRow | None, *, keep_input: bool = False) -> None:
        """Open ``row``'s call (None: nothing open). ``keep_input``: the same follow-up
        again (after a refusal): the scores, note and timer stay."""
        same = row is not None and self.row is not None and row.id == self.row.id
        self.row = row
        if not (keep_input and same):
            self.stop_timer()
            for box in self.scores.values():
                box.setValue(0)
            self.note.clear()
        if row is None:
            self.heading.setText(self.tr("No call open"))
            self.facts.setText(self.tr("Choose a follow-up in the list and press Enter."))
            for key, label in self.questions.items():
                label.setText(_script_text(FollowUpKind.RELEASE, key))
        else:
            phone = row.phone or self.tr("no phone on file")
            self.heading.setText(f"{row.customer}   {phone}")
            tries = (
                self.tr("attempt %1 of %2")
                .replace("%1", str(row.attempts + 1))
                .replace("%2", str(followups.MAX_ATTEMPTS))
            )
            parts = [row.asset, row.order_number, kind_text(row), tries]
            if row.next_try_at is not None:
                parts.append(
                    self.tr("proposed slot %1").replace("%1", fmt.short_time(row.next_try_at))
                )
            if row.released_at is not None:
                parts.append(self.tr("released %1").replace("%1", fmt.short_time(row.released_at)))
            self.facts.setText(" · ".join(p for p in parts if p))
            for key, label in self.questions.items():
                label.setText(_script_text(row.kind, key))
        self.set_enabled(row is not None)
        self.show_time()

    def set_enabled(self, enabled: bool) -> None:
        for widget in (*self.inputs(), *self.actions()):
            widget.setEnabled(enabled)

    def answers(self) -> dict[str, int]:
        return {key: box.value() for key, box in self.scores.items() if box.value()}

    # --- the call timer ---
    def start_timer(self) -> bool:
        """Start the clock (False: it runs already)."""
        if self.started_at is not None:
            return False
        self.started_at = self.clock()
        self.ticker.start()
        self.show_time()
        return True

    def stop_timer(self) -> None:
        self.started_at = None
        self.ticker.stop()

    def elapsed(self) -> int:
        """Whole seconds since the call started (0 before)."""
        if self.started_at is None:
            return 0
        return max(0, int(self.clock() - self.started_at))

    def show_time(self) -> None:
        seconds = self.elapsed()
        clock = f"{seconds // 60:02d}:{seconds % 60:02d}"
        if self.row is None:
            text, kind = self.tr("Call timer %1").replace("%1", clock), MessageKind.INFO
        elif self.started_at is None:
            text = self.tr("Call %1 — press %2 when the customer answers").replace("%1", clock)
            text, kind = text.replace("%2", key_text(START_KEY)), MessageKind.INFO
        elif seconds >= LIMIT_S:
            text = self.tr("Call %1 — over the 5-minute limit: close the call now")
            text, kind = text.replace("%1", clock), MessageKind.ERROR
        elif seconds >= WARN_AFTER_S:
            text = self.tr("Call %1 — the 5-minute limit is near: wind the call up")
            text, kind = text.replace("%1", clock), MessageKind.WARNING
        else:
            text = self.tr("Call %1 (calls stay under 5 minutes)").replace("%1", clock)
            kind = MessageKind.SUCCESS
        set_message(self.timer_label, text, kind)


def _script_text(kind: FollowUpKind, key: str) -> str:
    """The script's question for ``key`` in the desk's language, with the score's name."""
    for answer, zh, en in followups.SCRIPTS[kind]:
        if answer == key:
            return f"{_tr(SCORES[key])}: {lang.pick(zh, en)}"
    return _tr(SCORES[key])


class FollowUpsTab(QWidget):
    """回访: the day's follow-up list and the call panel."""

    def __init__(
        self, ctx: ServiceContext, parent: QWidget | None = None, *, live: LiveSync | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.live = live
        self.who: Who | None = None
        self.allowed = True
        self.stale = True  # the list needs loading when next shown
        self.loaded = False
        self._select_at: int | None = None  # after a call: the row now at its place
        self._said_conflict: tuple[int, int] | None = None
        self.commands = Commands(ctx, live, self)
        self.gate = Gate()

        self.rights_note = QLabel()
        self.rights_note.setObjectName("notice")
        self.rights_note.setProperty("kind", "warning")
        self.rights_note.setWordWrap(True)
        self.rights_note.hide()
        self.message = MessageLine()
        self.message.setObjectName("followUpMessage")
        set_message(self.message, "")

        self.model = FollowUpsModel(self)
        self.table = QTableView()
        self.table.setObjectName("followUpList")
        self.table.setModel(self.model)
        setup_table(self.table, 3, flexible=[1], optional=[7, 5])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_title = title(self.tr("Today's follow-up calls"))
        self.done_too = QCheckBox()
        self.done_too.setText(key_label(self.tr("Closed ones too (2 weeks)"), DONE_TOO_KEY))
        self.count = QLabel()
        self.keys_hint = hint(
            self.tr(
                "Enter: open the call · F5: call started · F6–F10: outcome · "
                "Ctrl+F7: dissatisfied + complaint · Esc: back to the list"
            )
        )
        head = QHBoxLayout()
        head.addWidget(self.list_title)
        head.addStretch(1)
        head.addWidget(self.count)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(head)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.done_too)
        left_layout.addWidget(self.keys_hint)

        self.panel = FollowUpCallPanel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        # the list and the call share the width in fixed proportions (at 1366 px about 760
        # and 570: the list keeps phone and order number whole, the script reads on one line)
        # until the user drags the handle
        self._split_by_user = False
        self.splitter.splitterMoved.connect(self._on_split_moved)
        self.splitter.installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.rights_note)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(150)
        self._reload_timer.timeout.connect(self._refresh)
        self._whole = True  # on the timer: the list loaded whole
        self._named: set[int] = set()  # or only these follow-ups patched in
        self._connect()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            self._share_width()
        return super().eventFilter(watched, event)

    def _share_width(self) -> None:
        if self._split_by_user:
            return
        total = sum(self.splitter.sizes()) or self.splitter.width()
        left = total * LIST_SHARE // 100
        self.splitter.blockSignals(True)
        self.splitter.setSizes([left, total - left])
        self.splitter.blockSignals(False)

    def _on_split_moved(self, _pos: int, _index: int) -> None:
        self._split_by_user = True

    def _connect(self) -> None:
        add_key(self.table, "Return", self.open_current)
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        self.done_too.toggled.connect(lambda _on: self.reload())
        add_key(self, DONE_TOO_KEY, self.done_too.toggle)
        self.panel.start_button.clicked.connect(self.start_call)
        add_key(self, START_KEY, self.start_call)
        for outcome, button in self.panel.buttons.items():
            button.clicked.connect(lambda _c=False, o=outcome: self.record(o))
            add_key(self, OUTCOME_KEYS[outcome], lambda o=outcome: self.record(o))
            self.gate.need(button, Permission.FOLLOW_UP)
        self.panel.complaint_button.clicked.connect(self.record_with_complaint)
        add_key(self, COMPLAINT_KEY, self.record_with_complaint)
        self.gate.need(self.panel.complaint_button, Permission.FOLLOW_UP)
        self.gate.need(self.panel.start_button, Permission.FOLLOW_UP)
        add_key(self.panel, "Esc", self.back_to_list)
        self.commands.busy_changed.connect(self._on_busy)

    # --- the tab's interface (ui/care/workspace.py) ---------------------------------------

    def activate(self) -> None:
        self.reload()

    def focus_primary(self) -> None:
        if self.allowed:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def apply_rights(self, who: Any) -> None:
        """Without ``FOLLOW_UP`` the tab says why, lists nothing and takes no action."""
        self.who = who if isinstance(who, Who) else None
        self.gate.set_who(self.who)
        self.allowed = self.who is None or self.who.may(Permission.FOLLOW_UP)
        if self.allowed:
            self.rights_note.hide()
        else:
            assert self.who is not None
            self.rights_note.setText(missing_text(self.who, Permission.FOLLOW_UP))
            self.rights_note.show()
            self.model.set_rows([])
            self.panel.show_row(None)
        self.table.setEnabled(self.allowed)
        self.done_too.setEnabled(self.allowed)
        self.panel.set_enabled(self.allowed and self.panel.row is not None)
        self.gate.apply()

    def on_changes(self, changes: list[Any], *, visible: bool) -> None:
        """While the list is shown: a call or a follow-up changed at any station patches
        the rows it names in; a release (the day's list may grow) or a customer shown on it
        changed loads it whole. A hidden tab loads it whole when shown."""
        concerned = [c for c in changes if _concerns(c)]
        if not concerned:
            return
        if not visible:
            self.stale = True
            return
        shown = {r.customer_id for r in self.model.rows()}
        for c in concerned:
            if c.entity == "follow_up" and c.entity_id is not None:
                self._named.add(c.entity_id)
            elif c.entity != "customer" or c.entity_id in shown:
                self._whole = True
        self._reload_timer.start()

    def _refresh(self) -> None:
        if self._whole or not self.loaded:
            self.reload()
        elif self._named:
            named, self._named = frozenset(self._named), set()
            ctx, closed = self.ctx, self.done_too.isChecked()
            call(
                self,
                lambda: followups.due_followups(ctx, include_closed=closed, ids=named),
                lambda rows: self._on_patched(named, rows),
                self._on_load_error,
            )

    def _on_patched(self, named: frozenset[int], rows: list[FollowUpRow]) -> None:
        """The named follow-ups changed, came in or left; the other rows and the agent's
        place stay."""
        self.model.patch(
            rows, named, key=lambda r: r.id, order=lambda r: (r.next_try_at or r.due_at, r.id)
        )
        self._after_rows(self.model.rows())

    # --- the list ---------------------------------------------------------------------

    def reload(self) -> None:
        if not self.allowed:
            return
        self.stale = False
        self._whole, self._named = False, set()
        ctx, closed = self.ctx, self.done_too.isChecked()
        call(
            self,
            lambda: followups.due_followups(ctx, include_closed=closed),
            self._on_rows,
            self._on_load_error,
        )

    def _on_rows(self, rows: list[FollowUpRow]) -> None:
        current = self.current_row()
        keep = current.id if current is not None else None
        self.model.set_rows(rows)
        self.loaded = True
        target: int | None = None
        if self._select_at is not None:
            target = min(self._select_at, len(rows) - 1)
            self._select_at = None
        elif keep is not None:
            target = self.model.index_of(keep)
        if target is None and rows:
            target = 0
        if target is not None and target >= 0:
            self.table.selectRow(target)
        self._after_rows(rows)

    def _after_rows(self, rows: list[FollowUpRow]) -> None:
        """What the rows now listed say: the count, the open call's news."""
        open_count = sum(1 for r in rows if r.state is FollowUpState.OPEN)
        self.count.setText(self.tr("%n to call", "", open_count))
        self._after_conflict(rows)
        self._check_open(rows)

    def _after_conflict(self, rows: list[FollowUpRow]) -> None:
        """After a refused save: the open call takes the follow-up as it is now (still open,
        another attempt made meanwhile), keeping the typed input, so the agent may save
        again knowingly."""
        row = self.panel.row
        if row is None or self._said_conflict is None or self._said_conflict[0] != row.id:
            return
        fresh = next((r for r in rows if r.id == row.id), None)
        if fresh is not None and fresh.state is FollowUpState.OPEN and fresh.version != row.version:
            self.panel.show_row(fresh, keep_input=True)
            self._said_conflict = (fresh.id, fresh.version)
            self.gate.apply()

    def _check_open(self, rows: list[FollowUpRow]) -> None:
        """The open call's follow-up was closed or changed at another station meanwhile."""
        row = self.panel.row
        if row is None or self._said_conflict == (row.id, row.version):
            return  # a refused save said who changed it, more than this could
        fresh = next((r for r in rows if r.id == row.id), None)
        if fresh is None and not self.done_too.isChecked():
            self.message.say(
                self.tr("%1 left the list: another station recorded this call meanwhile.").replace(
                    "%1", row.customer
                ),
                MessageKind.WARNING,
            )
        elif fresh is not None and fresh.version != row.version:
            self.message.say(
                self.tr(
                    "Another station changed %1's follow-up meanwhile: saving will say what."
                ).replace("%1", row.customer),
                MessageKind.WARNING,
            )

    def _on_load_error(self, exc: Exception) -> None:
        self.message.say(error_text(exc))

    def current_row(self) -> FollowUpRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select(self, follow_up_id: int) -> bool:
        n = self.model.index_of(follow_up_id)
        if n is None:
            return False
        self.table.selectRow(n)
        return True

    # --- the call -----------------------------------------------------------------------

    def open_current(self) -> None:
        """Enter: the chosen follow-up in the call panel, focus on its first score."""
        if not self.allowed:
            return
        row = self.current_row()
        if row is None:
            self.message.say(self.tr("The list is empty: nothing to call."), MessageKind.INFO)
            return
        if row.state is not FollowUpState.OPEN:
            self.message.say(
                self.tr("This follow-up is closed (%1).").replace("%1", state_text(row)),
                MessageKind.INFO,
            )
            return
        if self.panel.row is None or self.panel.row.id != row.id:
            self.message.say("")
        self.panel.show_row(row, keep_input=True)
        self.gate.apply()
        self.panel.scores[followups.SCORE_FIELDS[0]].setFocus(Qt.FocusReason.OtherFocusReason)

    def start_call(self) -> None:
        """F5: the customer answered; the timer runs (opens the chosen follow-up first)."""
        if not self.allowed:
            return
        if self.panel.row is None:
            self.open_current()
            if self.panel.row is None:
                return
        if not self.panel.start_timer():
            self.message.say(self.tr("The call timer is already running."), MessageKind.INFO)

    def back_to_list(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def record_with_complaint(self) -> None:
        self.record(FollowUpOutcome.DISSATISFIED, open_complaint=True)

    def record(self, outcome: FollowUpOutcome, *, open_complaint: bool = False) -> None:
        """An outcome key: the call recorded with its scores, note and length."""
        row = self.panel.row
        if not self.allowed:
            return
        if row is None:
            self.message.say(
                self.tr("Open a follow-up first: choose it in the list and press Enter."),
                MessageKind.INFO,
            )
            return
        kwargs = {
            "follow_up_id": row.id,
            "version": row.version,
            "outcome": outcome,
            "scores": self.panel.answers(),
            "note": self.panel.note.text(),
            "duration_s": self.panel.elapsed(),
            "open_complaint": open_complaint,
        }
        sent = self.commands.run(
            "record_followup_call",
            kwargs,
            lambda result: self._on_recorded(row, outcome, open_complaint, result),
            lambda exc: self._on_refused(row, exc),
        )
        if not sent:
            self.message.say(error_text(still_busy()))

    def _on_busy(self, busy: bool) -> None:
        if busy:
            self.message.say(self.tr("Saving the call…"), MessageKind.INFO)

    def _on_recorded(
        self, row: FollowUpRow, outcome: FollowUpOutcome, complaint: bool, r: CallResult
    ) -> None:
        self.message.say(*self._result_text(row, outcome, complaint, r))
        n = self.model.index_of(row.id)
        self._select_at = n if n is not None else None
        self.panel.show_row(None)
        self.reload()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _result_text(
        self, row: FollowUpRow, outcome: FollowUpOutcome, complaint: bool, r: CallResult
    ) -> tuple[str, MessageKind]:
        who = row.customer
        if outcome is FollowUpOutcome.UNREACHABLE and r.state is FollowUpState.OPEN:
            text = (
                self.tr("%1 not reached (attempt %2 of %3). Next try: %4.")
                .replace("%1", who)
                .replace("%2", str(r.attempts))
                .replace("%3", str(followups.MAX_ATTEMPTS))
                .replace("%4", fmt.short_time(r.next_try_at))
            )
            return text, MessageKind.INFO
        if outcome is FollowUpOutcome.UNREACHABLE:
            if r.sms_id is not None:
                text = self.tr(
                    "%1 not reached three times: the follow-up is closed and the follow-up "
                    "SMS is queued (message %2)."
                ).replace("%2", str(r.sms_id))
                return text.replace("%1", who), MessageKind.SUCCESS
            text = self.tr(
                "%1 not reached three times: the follow-up is closed and an SMS is owed, but "
                "none was queued (no SMS consent, or the shop's name or phone is missing). "
                "Send it by hand."
            )
            return text.replace("%1", who), MessageKind.WARNING
        text = self.tr("Recorded for %1: %2.").replace("%1", who)
        text = text.replace("%2", outcome_text(outcome))
        kind = MessageKind.SUCCESS
        if r.again_id is not None:
            text += " " + self.tr("Another follow-up is due the next working day.")
        if complaint or outcome is FollowUpOutcome.COMPLAINT:
            if r.complaint_id is not None:
                text += " " + self.tr("Complaint %1 is opened.").replace("%1", str(r.complaint_id))
            else:
                text += " " + self.tr(
                    "No complaint was opened: record it on the Complaints tab (Alt+2)."
                )
                kind = MessageKind.WARNING
        return text, kind

    def _on_refused(self, row: FollowUpRow, exc: Exception) -> None:
        fields = validation_errors(exc)
        if isinstance(exc, ConflictError):
            self._said_conflict = (row.id, row.version)
            self.message.say(conflict_text(exc))
            self.reload()
        elif fields:
            self.message.say("\n".join(field_text(e) for e in fields))
            box = self.panel.scores.get(fields[0].field.removeprefix("score_"))
            target = box if box is not None else self.panel.note
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.message.say(error_text(exc))
            if getattr(exc, "code", "") in ("followup_closed", "customer_gone"):
                self.reload()


def conflict_text(err: ConflictError) -> str:
    """ "Meanwhile Zhou Yan (14:05) recorded this call: Satisfied. ..." """
    done = []
    for note in err.changes:
        at = fmt.short_time(note.at) if note.at is not None else ""
        if note.action == "call":
            what = QCoreApplication.translate("FollowUpsTab", "%1 (%2) recorded this call: %3")
            what = what.replace("%3", outcome_text(note.summary))
        else:
            what = QCoreApplication.translate("FollowUpsTab", "%1 (%2) changed this follow-up")
        done.append(what.replace("%1", note.user).replace("%2", at))
    if not done:
        return error_text(err)
    return QCoreApplication.translate(
        "FollowUpsTab", "Meanwhile %1. The list was reloaded; your scores and note are kept."
    ).replace("%1", "; ".join(done))


def _concerns(change: Any) -> bool:
    entity = getattr(change, "entity", None)
    if entity == "follow_up":
        return True
    if entity == "order":
        return getattr(change, "action", None) == "release"
    return entity == "customer"


__all__ = ["FollowUpCallPanel", "FollowUpsModel", "FollowUpsTab", "conflict_text"]
