"""The care desk's messages (Alt+5): the outbox with each message's status, sending what is
queued through the SMS gateway, and — without a gateway — the call/SMS list worked by hand.

- The outbox (``app.services.messages.outbox``): queued, held while the shop's quiet hours
  last, sent (by the gateway or by hand), failed with the reason (retried by the next send
  until the attempts run out; a consent withdrawn meanwhile is never retried).
- "Send queued now" (Ctrl+Enter) sends through the configured gateway (Setup desk,
  Messages); in quiet hours nothing goes out and the desk says until when.
- Without a gateway the queued messages are the call/SMS list: copied to the clipboard
  (Ctrl+Shift+C) or saved as CSV for Excel (Ctrl+Shift+S); a message called or texted by
  hand is marked done (Ctrl+D), which checks the customer's consent again.

Everything by keyboard: the filter (Alt+W), the table (Tab leaves it), the actions on keys.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import MessageStatus
from app.domain.permissions import Permission
from app.services import messages
from app.services.context import ServiceContext
from app.services.messages import MessageRow, OutboxState, SendResult
from ui.auth.rights import Gate
from ui.care.message_labels import event_text, status_text
from ui.common import format as fmt
from ui.common.calls import call
from ui.common.commands import Commands
from ui.common.errors import error_text
from ui.common.keys import add_key, show_key
from ui.common.widgets import MessageKind, MessageLine, hint, setup_table
from ui.stations.live import LiveSync

#: the filter's choices: (key, statuses shown)
FILTERS: tuple[tuple[str, frozenset[MessageStatus]], ...] = (
    ("open", frozenset({MessageStatus.QUEUED, MessageStatus.FAILED})),
    ("queued", frozenset({MessageStatus.QUEUED})),
    ("failed", frozenset({MessageStatus.FAILED})),
    ("sent", frozenset({MessageStatus.SENT})),
    ("all", frozenset(MessageStatus)),
)
COL_NO, COL_CREATED, COL_CUSTOMER, COL_PHONE, COL_EVENT, COL_STATUS, COL_TEXT = range(7)
BY_HAND = "sent by hand"  # the service's reason on a message marked sent by hand
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MessagesTab(QWidget):
    """``loaded`` after each reload (tests wait on it)."""

    loaded = Signal()

    def __init__(
        self, ctx: ServiceContext, parent: QWidget | None = None, *, live: LiveSync | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.live = live
        self.commands = Commands(ctx, live, self)
        self.gate = Gate()
        self.rows: list[MessageRow] = []
        self.state: OutboxState | None = None
        self._stale = True
        #: what the changes named since the last patch (read together, a moment later)
        self._named_messages: set[int] = set()
        self._named_customers: set[int] = set()
        self._state_wanted = False
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(150)
        self._soon.timeout.connect(self._patch_named)
        #: where "Save CSV" writes when no file dialog is wanted (tests, screenshots)
        self.target: str | None = None
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.filter = QComboBox()
        self.filter.setObjectName("messageFilter")
        for key, label in zip(
            (k for k, _ in FILTERS),
            (
                self.tr("To do (queued and failed)"),
                self.tr("Queued"),
                self.tr("Failed"),
                self.tr("Sent"),
                self.tr("All"),
            ),
            strict=True,
        ):
            self.filter.addItem(label, key)
        filter_label = QLabel(self.tr("Sho&w"))
        filter_label.setBuddy(self.filter)
        self.count = QLabel()
        self.model = QStandardItemModel(0, 7, self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Queued at"),
                self.tr("Customer"),
                self.tr("Phone"),
                self.tr("About"),
                self.tr("Status"),
                self.tr("Text"),
            ]
        )
        self.table = QTableView()
        self.table.setObjectName("outbox")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        # the text gives way first, then the status (a failure's reason)
        setup_table(self.table, stretch_column=COL_TEXT, flexible=[COL_STATUS])
        self.detail = QLabel()
        self.detail.setObjectName("messageDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.send_now = QPushButton()
        self.send_now.setObjectName("primary")
        show_key(self.send_now, self.tr("Send queued now"), "Ctrl+Enter")
        self.done_by_hand = QPushButton()
        show_key(self.done_by_hand, self.tr("Done by phone or by hand"), "Ctrl+D")
        self.copy = QPushButton()
        show_key(self.copy, self.tr("Copy call/SMS list"), "Ctrl+Shift+C")
        self.save_csv = QPushButton()
        show_key(self.save_csv, self.tr("Save list as CSV…"), "Ctrl+Shift+S")
        self.refresh = QPushButton()
        show_key(self.refresh, self.tr("Refresh"), "F5")
        self.message = MessageLine()
        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter)
        top.addWidget(self.count, 1)
        top.addWidget(self.refresh)
        buttons = QHBoxLayout()
        buttons.addWidget(self.send_now)
        buttons.addWidget(self.done_by_hand)
        buttons.addStretch(1)
        buttons.addWidget(self.copy)
        buttons.addWidget(self.save_csv)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addWidget(
            hint(
                self.tr(
                    "Messages go out only to customers whose SMS consent is in force, never in "
                    "the quiet hours. Templates, quiet hours and the gateway: Setup desk, "
                    "Messages."
                )
            )
        )
        self.gate.need(self.done_by_hand, Permission.MESSAGES)
        self._connect_signals()

    def _connect_signals(self) -> None:
        for button, key, slot in (
            (self.send_now, "Ctrl+Enter", self.send_queued),
            (self.done_by_hand, "Ctrl+D", self.mark_done),
            (self.copy, "Ctrl+Shift+C", self.copy_list),
            (self.save_csv, "Ctrl+Shift+S", self.save_list),
            (self.refresh, "F5", self.reload),
        ):
            button.clicked.connect(slot)
            add_key(self, key, slot)
        self.filter.currentIndexChanged.connect(lambda _i: self._fill())
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.commands.busy_changed.connect(lambda _b: self._enable())

    # --- the care desk's interface ---
    def activate(self) -> None:
        self.reload()

    def focus_primary(self) -> None:
        if self.model.rowCount():
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self.table.setCurrentIndex(self.model.index(0, 0))
        else:
            self.filter.setFocus()

    def apply_rights(self, who: Any) -> None:
        self.gate.set_who(who)
        self._enable()

    def on_changes(self, changes: list[Any], *, visible: bool) -> None:
        """While shown, only what a change names is read again: the messages it names, the
        messages of a customer it names (consent, name, phone), the outbox's state on a
        settings change (quiet hours, gateway: the statuses are said again, no message is
        read). A hidden tab is read whole when shown."""
        named: dict[str, set[int]] = {"message": set(), "customer": set()}
        settings_changed = False
        for c in changes:
            entity = getattr(c, "entity", None)
            if entity in named and c.entity_id is not None:
                named[entity].add(c.entity_id)
            settings_changed = settings_changed or entity == "settings"
        if not (named["message"] or named["customer"] or settings_changed):
            return
        if not visible or self.state is None:
            self._stale = True
            return
        self._named_messages |= named["message"]
        self._named_customers |= named["customer"]
        self._state_wanted = self._state_wanted or settings_changed
        self._soon.start()

    def _patch_named(self) -> None:
        if self._stale or self.state is None:
            self.reload()
            return
        ids, customer_ids = frozenset(self._named_messages), frozenset(self._named_customers)
        want_state = self._state_wanted
        self._named_messages, self._named_customers, self._state_wanted = set(), set(), False
        if not (ids or customer_ids or want_state):
            return
        ctx, state = self.ctx, self.state

        def fetch() -> tuple[OutboxState, list[MessageRow]]:
            fresh_state = messages.outbox_state(ctx) if want_state else state
            rows = (
                messages.outbox(ctx, ids=ids, customer_ids=customer_ids)
                if ids or customer_ids
                else []
            )
            return fresh_state, rows

        call(
            self,
            fetch,
            lambda answer: self._on_patched(ids, customer_ids, *answer),
            lambda exc: self.message.say(error_text(exc)),
        )

    def _on_patched(
        self,
        ids: frozenset[int],
        customer_ids: frozenset[int],
        state: OutboxState,
        fresh: list[MessageRow],
    ) -> None:
        """Put the fresh rows in place of theirs (newest first), drop the named ones that
        are gone, and update only their lines of the table (all the statuses' words when
        the outbox's state changed)."""
        restate = state != self.state
        self.state = state
        by_id = {r.id: r for r in fresh}
        asked = {r.id for r in self.rows if r.id in ids or r.customer_id in customer_ids}
        asked |= set(ids)
        kept = [by_id.pop(r.id, r) for r in self.rows if r.id not in asked or r.id in by_id]
        self.rows = sorted(
            kept + list(by_id.values()), key=lambda r: (r.created_at, r.id), reverse=True
        )
        if restate:
            self._show_state()
        self._patch_table(asked | {r.id for r in fresh}, every=restate)
        self.loaded.emit()

    def _patch_table(self, changed: set[int], *, every: bool) -> None:
        """Rows leave, come in at their place or have their cells set again; the rest of
        the table, the chosen row and the scroll position stay."""
        shown = self.shown_rows()
        wanted = {r.id: r for r in shown}
        for line in reversed(range(self.model.rowCount())):
            message_id = self.model.index(line, COL_NO).data(ID_ROLE)
            if message_id in changed and message_id not in wanted:
                self.model.removeRow(line)
        at = {self.model.index(n, COL_NO).data(ID_ROLE): n for n in range(self.model.rowCount())}
        for place, r in enumerate(shown):
            if r.id not in at:
                self.model.insertRow(place, self._items(r))
            elif every or r.id in changed:
                for column, item in enumerate(self._items(r)):
                    self.model.setItem(place, column, item)
        self._show_count(shown)
        if not self.table.currentIndex().isValid() and shown:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._on_current(self.table.currentIndex())

    # --- loading ---
    def reload(self) -> None:
        ctx = self.ctx
        call(
            self,
            lambda: (messages.outbox_state(ctx), messages.outbox(ctx)),
            self._on_loaded,
            lambda exc: self.message.say(error_text(exc)),
        )

    def _on_loaded(self, result: tuple[OutboxState, list[MessageRow]]) -> None:
        self.state, rows = result
        self.rows = list(reversed(rows))  # newest first
        self._stale = False
        self._show_state()
        self._fill()
        self.loaded.emit()

    def _show_state(self) -> None:
        state = self.state
        if state is None:
            return
        hours = f"{state.quiet_from}–{state.quiet_until}"
        if not state.configured:
            text = self.tr(
                "No SMS gateway is set: the queued messages are your call/SMS list. Call or "
                "text each customer, then mark it done (Ctrl+D); or copy or save the list."
            )
        elif state.quiet:
            text = (
                self.tr("Quiet hours (%1): nothing is sent now; the queued messages wait until %2.")
                .replace("%1", hours)
                .replace("%2", state.quiet_until)
            )
        else:
            text = self.tr(
                "The SMS gateway is set: queued messages go out with Send (Ctrl+Enter); never "
                "in the quiet hours (%1)."
            ).replace("%1", hours)
        self.banner.setText(text)

    def shown_rows(self) -> list[MessageRow]:
        wanted = dict(FILTERS)[self.filter.currentData()]
        return [r for r in self.rows if r.status in wanted]

    def _items(self, r: MessageRow) -> list[QStandardItem]:
        cells = [
            str(r.id),
            fmt.local_time(r.created_at, True),
            r.customer_name,
            r.phone,
            event_text(r.event),
            self.short_status(r),
            r.body.replace("\n", " "),
        ]
        items = [QStandardItem(text) for text in cells]
        items[COL_NO].setData(r.id, ID_ROLE)
        items[COL_NO].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        items[COL_TEXT].setToolTip(r.body)
        items[COL_STATUS].setToolTip(self.status_of(r))
        return items

    def _fill(self) -> None:
        current = self.current_row()
        keep_id = current.id if current else None
        self.model.removeRows(0, self.model.rowCount())
        shown = self.shown_rows()
        for r in shown:
            self.model.appendRow(self._items(r))
        self._show_count(shown)
        row = next((n for n, r in enumerate(shown) if r.id == keep_id), 0 if shown else -1)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._on_current(self.table.currentIndex())

    def _show_count(self, shown: list[MessageRow]) -> None:
        queued = sum(1 for r in self.rows if r.status is MessageStatus.QUEUED and not r.blocked)
        failed = sum(1 for r in self.rows if r.status is MessageStatus.FAILED)
        self.count.setText(
            self.tr("%1 shown · %2 queued · %3 failed")
            .replace("%1", str(len(shown)))
            .replace("%2", str(queued))
            .replace("%3", str(failed))
        )
        self._enable()

    def short_status(self, r: MessageRow) -> str:
        """The status in the table's few words (the whole of it with the reason is said
        below the table and on the cell's tooltip)."""
        state = self.state
        if r.status is MessageStatus.QUEUED:
            if r.blocked:
                return self.tr("Will not go out")
            if state is not None and state.configured and state.quiet:
                return self.tr("Held until %1").replace("%1", state.quiet_until)
            if state is not None and not state.configured:
                return self.tr("To call or text")
            return status_text(r.status)
        if r.status is MessageStatus.SENT:
            when = fmt.short_time(r.sent_at)
            if r.reason == BY_HAND:
                return self.tr("Done by hand %1").replace("%1", when)
            return self.tr("Sent %1").replace("%1", when)
        if r.attempts >= messages.MAX_ATTEMPTS:
            return self.tr("Failed, given up")
        return self.tr("Failed, will retry")

    def status_of(self, r: MessageRow) -> str:
        """The status as the agent reads it: held for the quiet hours, sent by hand, failed
        with its reason (and whether it is tried again)."""
        state = self.state
        if r.status is MessageStatus.QUEUED:
            if r.blocked:
                return self.tr("Will not go out: %1").replace("%1", self.reason_text(r.blocked))
            if state is not None and state.configured and state.quiet:
                return self.tr("Held: quiet hours until %1").replace("%1", state.quiet_until)
            if state is not None and not state.configured:
                return self.tr("Queued: call or text by hand")
            return status_text(r.status)
        if r.status is MessageStatus.SENT:
            when = fmt.local_time(r.sent_at, True)
            if r.reason == BY_HAND:
                return self.tr("Sent by hand %1").replace("%1", when)
            return self.tr("Sent %1").replace("%1", when)
        reason = self.reason_text(r.reason or "")
        if r.attempts >= messages.MAX_ATTEMPTS:
            return self.tr("Failed: %1 (not tried again)").replace("%1", reason)
        return self.tr("Failed: %1 (tried again with the next send)").replace("%1", reason)

    def reason_text(self, reason: str) -> str:
        """A refusal the service kept as ``code: message`` in the user's language; the
        gateway's own words as they came."""
        code = reason.split(":", 1)[0].strip()
        known = {
            "no_consent": self.tr("the customer's consent is not in force"),
            "no_phone": self.tr("no phone number on file"),
            "anonymised": self.tr("the customer was anonymised"),
            "merged": self.tr("the customer's file was merged"),
        }
        return known.get(code, reason)

    def current_row(self) -> MessageRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        message_id = self.model.index(index.row(), COL_NO).data(ID_ROLE)
        return next((r for r in self.rows if r.id == message_id), None)

    def _on_current(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        r = self.current_row() if index.isValid() else None
        if r is None:
            self.detail.setText("")
        else:
            self.detail.setText(
                f"{r.customer_name}  {r.phone}  ·  {event_text(r.event)}  ·  "
                f"{self.status_of(r)}\n{r.body}"
            )
        self._enable()

    def _enable(self) -> None:
        busy = self.commands.busy
        r = self.current_row()
        configured = self.state is not None and self.state.configured
        self.send_now.setEnabled(not busy and configured)
        self.done_by_hand.setEnabled(
            not busy and r is not None and r.status is not MessageStatus.SENT and not r.blocked
        )
        has_list = any(x.status is MessageStatus.QUEUED and not x.blocked for x in self.rows)
        self.copy.setEnabled(has_list)
        self.save_csv.setEnabled(has_list)
        self.gate.apply()

    # --- actions ---
    def send_queued(self) -> None:
        if self.state is not None and not self.state.configured:
            self.message.say(
                self.tr("No SMS gateway is set (Setup desk, Messages): work the list by hand.")
            )
            return
        self.message.say(self.tr("Sending…"), MessageKind.INFO)
        if not self.commands.run("send_messages", {}, self._on_sent, self._on_error):
            self.message.say(self.tr("Still sending the last action."), MessageKind.WARNING)

    def _on_sent(self, result: SendResult) -> None:
        if not result.configured:
            self.message.say(self.tr("No SMS gateway is set (Setup desk, Messages)."))
        elif result.quiet:
            until = self.state.quiet_until if self.state else ""
            self.message.say(
                self.tr("Quiet hours: nothing was sent; the messages wait until %1.").replace(
                    "%1", until
                ),
                MessageKind.WARNING,
            )
        else:
            text = (
                self.tr("Sent %1, failed %2.")
                .replace("%1", str(result.sent))
                .replace("%2", str(result.failed))
            )
            self.message.say(text, MessageKind.WARNING if result.failed else MessageKind.SUCCESS)
        self.reload()

    def mark_done(self) -> None:
        r = self.current_row()
        if r is None:
            self.message.say(self.tr("Choose a message in the list first."))
            return
        if r.status is MessageStatus.SENT:
            self.message.say(self.tr("This message was already sent."), MessageKind.INFO)
            return
        self.commands.run(
            "mark_message_sent",
            {"message_id": r.id},
            lambda done: self._on_marked(done),
            self._on_error,
        )

    def _on_marked(self, row: MessageRow) -> None:
        self.message.say(
            self.tr("Marked done: %1, %2.")
            .replace("%1", row.customer_name)
            .replace("%2", row.phone),
            MessageKind.SUCCESS,
        )
        self.reload()

    def _on_error(self, exc: Exception) -> None:
        self.message.say(error_text(exc))
        self.reload()

    def list_text(self) -> str:
        """The call/SMS list as text to paste (one message a line: name, phone, what about,
        the text), oldest first as it is worked."""
        queued = [
            r for r in reversed(self.rows) if r.status is MessageStatus.QUEUED and not r.blocked
        ]
        return "\n".join(
            "\t".join((r.customer_name, r.phone, event_text(r.event), r.body.replace("\n", " ")))
            for r in queued
        )

    def copy_list(self) -> None:
        text = self.list_text()
        if not text:
            self.message.say(self.tr("Nothing is queued: the list is empty."), MessageKind.INFO)
            return
        QGuiApplication.clipboard().setText(text)
        n = text.count("\n") + 1
        self.message.say(
            self.tr("Copied %n message(s): paste them into a sheet or a chat.", "", n),
            MessageKind.SUCCESS,
        )

    def save_list(self) -> None:
        path = self.target
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the call/SMS list"), "call-list.csv", "CSV (*.csv)"
            )
        if not path:
            return
        ctx, target = self.ctx, Path(path)

        def write() -> int:
            data = messages.call_list_csv(ctx)
            target.write_bytes(data)
            return len(data)

        call(
            self,
            write,
            lambda _size: self.message.say(
                self.tr("Saved to %1.").replace("%1", str(target)), MessageKind.SUCCESS
            ),
            lambda exc: self.message.say(
                error_text(exc) if not isinstance(exc, OSError) else str(exc)
            ),
        )
