"""The care desk's complaints (投诉) tab: the list, one case's detail with its history, and
every action on it, by keyboard.

The list shows mine / open / overdue / all (Alt+W picks), each case's step, kind, severity,
owner, its next deadline and the working time left (red once missed). Ctrl+N records a new
complaint; on the selected one F2 adds a note, F6 moves it to its next step, F7 hands it
over, F8 puts it on hold for parts or a verdict (or resumes it), F9 reopens a closed one;
F5 reloads. Enter in the list moves to the detail's history. Every change goes through the
desks' command path (:mod:`ui.care.complaint_dialogs`); the lists are read through
services off the GUI thread. Changes made on other stations (and escalations) arrive on the
change feed and reload the list while it shows; the time left is recounted every minute.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ComplaintDeadline, ComplaintState
from app.domain.permissions import Permission
from app.services import complaints, people
from app.services.complaints import ComplaintRow, Handler, HistoryRow
from app.services.context import ServiceContext
from ui.care import complaint_texts as texts
from ui.care.complaint_dialogs import ComplaintActionDialog, RecordComplaintDialog
from ui.common import format as fmt
from ui.common.calls import call
from ui.common.errors import error_text, right_text
from ui.common.keys import add_key, show_key
from ui.common.row_model import Column, RowTableModel
from ui.common.widgets import MessageKind, MessageLine, hint, setup_table, title
from ui.stations.live import LiveSync

MISSED = QColor("#c62828")
MISSED_ROW = QColor("#fdecea")
#: how often the time left is recounted while the tab shows
REFRESH_MS = 60_000

FILTERS = {
    "mine": QT_TRANSLATE_NOOP("ComplaintsTab", "Mine (open)"),
    "open": QT_TRANSLATE_NOOP("ComplaintsTab", "Open"),
    "overdue": QT_TRANSLATE_NOOP("ComplaintsTab", "Overdue"),
    "all": QT_TRANSLATE_NOOP("ComplaintsTab", "All, closed too"),
}


def who_text(r: ComplaintRow) -> str:
    if r.customer_name:
        return r.customer_name
    if r.caller_name:
        return r.caller_name
    return texts.tr(QT_TRANSLATE_NOOP("Complaints", "anonymous"))


class ComplaintsModel(RowTableModel[ComplaintRow]):
    def columns(self) -> list[Column[ComplaintRow]]:
        return [
            Column(lambda: self.tr("No."), lambda r: str(r.id), align_right=True),
            Column(lambda: self.tr("Received"), lambda r: fmt.short_time(r.received_at)),
            Column(lambda: self.tr("Who"), who_text),
            Column(lambda: self.tr("Kind"), lambda r: texts.name(texts.KINDS, r.kind)),
            Column(lambda: self.tr("Severity"), lambda r: texts.name(texts.SEVERITIES, r.severity)),
            Column(lambda: self.tr("Step"), self.step_text),
            Column(lambda: self.tr("Owner"), lambda r: r.owner),
            Column(lambda: self.tr("Next deadline"), self.deadline_text),
            Column(lambda: self.tr("Time left"), lambda r: texts.time_left(r.minutes_left)),
        ]

    def step_text(self, r: ComplaintRow) -> str:
        step = texts.name(texts.STEPS, r.state)
        if r.waiting is not None:
            return f"{step} · {texts.name(texts.WAITS, r.waiting)}"
        return step

    def deadline_text(self, r: ComplaintRow) -> str:
        if r.next_deadline is None:
            return ""
        return f"{texts.name(texts.DEADLINES_SHORT, r.next_deadline)} {fmt.short_time(r.next_due)}"

    def row_background(self, row: ComplaintRow) -> QColor | None:
        return MISSED_ROW if row.overdue else None

    def row_tooltip(self, row: ComplaintRow) -> str | None:
        return row.description

    def cell(self, row: ComplaintRow, column: Column[ComplaintRow], role: int) -> Any:
        late_cell = column is self._columns[-1] or column is self._columns[-2]
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue and late_cell:
            return QBrush(MISSED)
        return super().cell(row, column, role)


class HistoryModel(RowTableModel[HistoryRow]):
    def columns(self) -> list[Column[HistoryRow]]:
        return [
            Column(lambda: self.tr("When"), lambda h: fmt.short_time(h.at)),
            Column(lambda: self.tr("What"), self.what),
            Column(lambda: self.tr("Who"), lambda h: h.user),
            Column(lambda: self.tr("Station"), lambda h: h.station),
            Column(lambda: self.tr("Note"), lambda h: h.note.replace("\n", " ")),
        ]

    def what(self, h: HistoryRow) -> str:
        text = texts.action_text(h.action)
        if h.action == "handover" and h.to_user:
            return f"{text} → {h.to_user}"
        return text

    def row_tooltip(self, row: HistoryRow) -> str | None:
        return row.note or None


class ComplaintsTab(QWidget):
    def __init__(
        self, ctx: ServiceContext, parent: QWidget | None = None, *, live: LiveSync | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.live = live
        self.loaded = False
        self.stale = True
        self.detail: ComplaintRow | None = None
        self.handlers: list[Handler] = []
        self.staff: list[Handler] = []
        self.may_handle = True
        self.dialog: Any = None

        self.filter = QComboBox()
        self.filter.setObjectName("complaintFilter")
        for key, source in FILTERS.items():
            self.filter.addItem(self.tr(source), key)
        self.filter.setCurrentIndex(1)
        filter_label = QLabel(self.tr("Sho&w (Alt+W)"))
        filter_label.setBuddy(self.filter)
        self.count = QLabel()
        self.count.setObjectName("hint")
        self.new_button = QPushButton()
        self.new_button.setObjectName("primary")
        show_key(self.new_button, self.tr("New complaint…"), "Ctrl+N")
        self.reload_button = QPushButton()
        show_key(self.reload_button, self.tr("Reload"), "F5")
        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter)
        top.addWidget(self.count, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.reload_button)

        self.model = ComplaintsModel(self)
        self.table = QTableView()
        self.table.setObjectName("complaintsTable")
        self.table.setModel(self.model)
        setup_table(self.table, 2, flexible=[6], optional=[1, 4])

        self.head = QLabel()
        self.head.setObjectName("complaintTitle")
        self.head.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setObjectName("complaintFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.deadlines = QLabel()
        self.deadlines.setObjectName("complaintDeadlines")
        self.deadlines.setWordWrap(True)
        self.deadlines.setTextFormat(Qt.TextFormat.RichText)
        self.history_model = HistoryModel(self)
        self.history = QTableView()
        self.history.setObjectName("complaintHistory")
        self.history.setModel(self.history_model)
        setup_table(self.history, 4)
        self.note_button = QPushButton()
        self.advance_button = QPushButton()
        self.handover_button = QPushButton()
        self.wait_button = QPushButton()
        self.reopen_button = QPushButton()
        show_key(self.note_button, self.tr("Note…"), "F2", self.tr("Response, feedback or update"))
        show_key(self.advance_button, self.tr("Next step…"), "F6")
        show_key(self.handover_button, self.tr("Hand over…"), "F7")
        show_key(self.wait_button, self.tr("Wait for parts / verdict…"), "F8")
        show_key(self.reopen_button, self.tr("Reopen…"), "F9")
        self.actions_buttons = [
            self.note_button,
            self.advance_button,
            self.handover_button,
            self.wait_button,
            self.reopen_button,
        ]
        buttons = QGridLayout()
        for i, b in enumerate(self.actions_buttons):
            buttons.addWidget(b, i // 2, i % 2)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(8, 0, 0, 0)
        detail_layout.addWidget(self.head)
        detail_layout.addWidget(self.facts)
        detail_layout.addWidget(self.deadlines)
        detail_layout.addLayout(buttons)
        detail_layout.addWidget(title(self.tr("History")))
        detail_layout.addWidget(self.history, 1)
        self.detail_panel = detail
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([780, 560])
        self.message = MessageLine()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addWidget(
            hint(
                self.tr(
                    "Deadlines in working time: respond 2 h, first feedback 24 h, close general "
                    "48 h, others 5 working days; waiting asks for an update every 48 h. A "
                    "missed one goes to the service manager."
                )
            )
        )
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._on_tick)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(150)
        self._soon.timeout.connect(self._refresh)
        self._named: set[int] = set()  # complaints a change named: patched in
        self._connect_signals()
        self.show_detail(None)

    def _connect_signals(self) -> None:
        self.filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._on_current())
        self.table.activated.connect(lambda _i: self.history.setFocus())
        self.new_button.clicked.connect(self.new_complaint)
        self.reload_button.clicked.connect(self.reload)
        self.note_button.clicked.connect(lambda: self.open_action("note"))
        self.advance_button.clicked.connect(lambda: self.open_action("advance"))
        self.handover_button.clicked.connect(lambda: self.open_action("handover"))
        self.wait_button.clicked.connect(self._on_wait_key)
        self.reopen_button.clicked.connect(lambda: self.open_action("reopen"))
        add_key(self, "Ctrl+N", self.new_complaint)
        add_key(self, "F5", self.reload)
        add_key(self, "F2", lambda: self.open_action("note"))
        add_key(self, "F6", lambda: self.open_action("advance"))
        add_key(self, "F7", lambda: self.open_action("handover"))
        add_key(self, "F8", self._on_wait_key)
        add_key(self, "F9", lambda: self.open_action("reopen"))
        add_key(self, "Alt+W", self._focus_filter)

    # --- the desk's interface ---
    def activate(self) -> None:
        if self.stale or not self.loaded:
            self.reload()
        if not self.handlers:
            self._load_people()
        self._timer.start()

    def focus_primary(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def apply_rights(self, who: Any) -> None:
        self.may_handle = who.may(Permission.COMPLAINTS)
        tip = (
            ""
            if self.may_handle
            else self.tr("Your roles may not %1.").replace("%1", right_text(Permission.COMPLAINTS))
        )
        self.new_button.setEnabled(self.may_handle)
        self.new_button.setToolTip(tip or self.new_button.toolTip())
        self._update_buttons()
        if tip:
            for b in self.actions_buttons:
                b.setToolTip(tip)

    def on_changes(self, changes: list[Any], *, visible: bool) -> None:
        """While shown, the complaints a change names are patched in (the list is loaded
        whole on the clock, deadlines passing); a hidden tab loads it whole when shown."""
        named = {
            c.entity_id
            for c in changes
            if getattr(c, "entity", None) == "complaint" and c.entity_id is not None
        }
        if not named:
            return
        if not visible:
            self.stale = True
            return
        self._named |= named
        self._soon.start()

    def _refresh(self) -> None:
        if self.stale or not self.loaded:
            self.reload()
            return
        if not self._named:
            return
        named, self._named = frozenset(self._named), set()
        ctx, which, me = self.ctx, self.current_filter(), self.ctx.actor.user_id

        def fetch() -> tuple[str, list[ComplaintRow]]:
            if which == "overdue":
                return which, complaints.overdue_complaints(ctx, ids=named)
            rows = complaints.list_complaints(ctx, open_only=which != "all", ids=named)
            return which, [r for r in rows if which != "mine" or r.owner_id == me]

        call(self, fetch, lambda answer: self._on_patched(named, answer), self._on_error)

    def _on_patched(self, named: frozenset[int], answer: tuple[str, list[ComplaintRow]]) -> None:
        which, rows = answer
        if which != self.current_filter():
            return  # the filter moved on meanwhile (it loads the list whole)

        def order(r: ComplaintRow) -> tuple[Any, int]:  # the list's own order
            return (r.received_at if which == "overdue" else r.close_by, r.id)

        self.model.patch(rows, named, key=lambda r: r.id, order=order)
        self._show_count(self.model.rows())
        current = self.current()
        if current is None:
            self.show_detail(None)
        elif current.id in named:
            self._on_current()

    # --- reading ---
    def current_filter(self) -> str:
        return str(self.filter.currentData())

    def show_overdue(self) -> None:
        """The overdue list (from the status bar's escalation notice)."""
        index = self.filter.findData("overdue")
        if self.filter.currentIndex() != index:
            self.filter.setCurrentIndex(index)  # reloads
        else:
            self.reload()
        self.focus_primary()

    def reload(self) -> None:
        self._soon.stop()
        self._named = set()
        ctx, which = self.ctx, self.current_filter()
        me = ctx.actor.user_id

        def fetch() -> tuple[str, list[ComplaintRow]]:
            if which == "overdue":
                return which, complaints.overdue_complaints(ctx)
            rows = complaints.list_complaints(ctx, open_only=which != "all")
            if which == "mine":
                rows = [r for r in rows if r.owner_id == me]
            return which, rows

        call(self, fetch, self._on_rows, self._on_error)

    def _on_rows(self, answer: tuple[str, list[ComplaintRow]]) -> None:
        which, rows = answer
        if which != self.current_filter():
            return  # the filter moved on meanwhile
        self.loaded, self.stale = True, False
        keep = self.detail.id if self.detail is not None else None
        had_focus = self.table.hasFocus()
        self.model.set_rows(rows)
        self._show_count(rows)
        row = next((i for i, r in enumerate(rows) if r.id == keep), 0 if rows else -1)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self._on_current()
        else:
            self.show_detail(None)
        if had_focus:
            self.table.setFocus()

    def _show_count(self, rows: list[ComplaintRow]) -> None:
        late = sum(1 for r in rows if r.overdue)
        self.count.setText(
            self.tr("%n complaint(s)", "", len(rows))
            + (("  ·  " + self.tr("%n overdue", "", late)) if late else "")
        )

    def _load_people(self) -> None:
        ctx = self.ctx

        def fetch() -> tuple[list[Handler], list[Handler]]:
            staff = [Handler(u.id, u.name) for u in people.list_users(ctx) if u.login != "system"]
            return complaints.complaint_handlers(ctx), staff

        call(self, fetch, self._on_people, self._on_error)

    def _on_people(self, answer: tuple[list[Handler], list[Handler]]) -> None:
        self.handlers, self.staff = answer

    def current(self) -> ComplaintRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _on_current(self) -> None:
        row = self.current()
        if row is None:
            self.show_detail(None)
            return
        ctx, cid = self.ctx, row.id
        call(self, lambda: complaints.get_complaint(ctx, cid), self._on_detail, self._on_error)

    def _on_detail(self, row: ComplaintRow) -> None:
        current = self.current()
        if current is None or current.id != row.id:
            return  # the selection moved on meanwhile
        self.show_detail(row)

    def _on_error(self, exc: Exception) -> None:
        self.message.say(error_text(exc))

    def _on_tick(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._timer.stop()

    # --- the detail ---
    def show_detail(self, row: ComplaintRow | None) -> None:
        self.detail = row
        self.detail_panel.setEnabled(row is not None)
        if row is None:
            self.head.setText(self.tr("No complaint chosen"))
            self.facts.setText("")
            self.deadlines.setText("")
            self.history_model.set_rows([])
            self._update_buttons()
            return
        self.head.setText(
            self.tr("Complaint #%1 · %2 · %3")
            .replace("%1", str(row.id))
            .replace("%2", texts.name(texts.STEPS, row.state))
            .replace("%3", texts.name(texts.SEVERITIES, row.severity))
        )
        esc = lambda s: (s or "").replace("&", "&amp;").replace("<", "&lt;")  # noqa: E731
        who = esc(who_text(row))
        if row.caller_phone:
            who += f" ({esc(row.caller_phone)})"
        lines = [
            self.tr("<b>Who:</b> %1 · %2 · received %3")
            .replace("%1", who)
            .replace("%2", texts.name(texts.CHANNELS, row.channel))
            .replace("%3", fmt.local_time(row.received_at)),
        ]
        links = [x for x in (row.asset_label, row.order_number) if x]
        if links:
            lines.append(self.tr("<b>Linked:</b> %1").replace("%1", esc(" · ".join(links))))
        against = [x for x in (row.against_user, row.against_department) if x]
        lines.append(
            self.tr("<b>Kind:</b> %1 · <b>against:</b> %2 · <b>owner:</b> %3")
            .replace("%1", texts.name(texts.KINDS, row.kind))
            .replace("%2", esc(", ".join(against)) or "—")
            .replace("%3", esc(row.owner))
        )
        lines.append(self.tr("<b>What happened:</b> %1").replace("%1", esc(row.description)))
        if row.request:
            lines.append(self.tr("<b>Asks for:</b> %1").replace("%1", esc(row.request)))
        notes = (
            (self.tr("Resolution"), row.resolution),
            (self.tr("Compensation"), fmt.money(row.compensation) if row.compensation else ""),
            (self.tr("Accountability"), row.accountability),
            (self.tr("Improvement"), row.improvement),
        )
        for caption, value in notes:
            if value:
                lines.append(f"<b>{esc(caption)}:</b> {esc(value)}")
        self.facts.setText("<br>".join(lines))
        self.deadlines.setText(self.deadline_lines(row))
        self.history_model.set_rows(list(row.history))
        if row.history:
            self.history.scrollToBottom()
        self._update_buttons()

    def deadline_lines(self, row: ComplaintRow) -> str:
        if row.state is ComplaintState.CLOSED:
            on_time = self.tr("closed on time") if row.closed_on_time else self.tr("closed late")
            return (
                self.tr("Closed %1 (%2)")
                .replace("%1", fmt.local_time(row.closed_at))
                .replace("%2", on_time)
            )
        parts = []
        owed = (
            (texts.DEADLINES[d], due, met)
            for d, due, met in (
                (ComplaintDeadline.RESPOND, row.respond_by, row.responded_at),
                (ComplaintDeadline.FEEDBACK, row.feedback_by, row.feedback_at),
                (ComplaintDeadline.CLOSE, row.close_by, None),
                (ComplaintDeadline.UPDATE, row.update_by, None),
            )
            if due is not None
        )
        missed = {texts.DEADLINES[d] for d in row.overdue}
        for source, due, met in owed:
            text = f"{texts.tr(source)} {fmt.local_time(due)}"
            if met is not None:
                text += " ✓"
            elif source in missed:
                text = f"<span style='color:{MISSED.name()}'><b>{text} ✗</b></span>"
            parts.append(text)
        out = " · ".join(parts)
        if row.waiting is not None:
            out += "<br>" + texts.name(texts.WAITS, row.waiting)
        if row.minutes_left is not None:
            left = texts.time_left(row.minutes_left)
            if row.minutes_left < 0:
                left = f"<span style='color:{MISSED.name()}'><b>{left}</b></span>"
            out += "<br>" + self.tr("Next: %1, %2 (working time)").replace(
                "%1", texts.name(texts.DEADLINES, row.next_deadline)
            ).replace("%2", left)
        return out

    def _update_buttons(self) -> None:
        row = self.detail
        closed = row is not None and row.state is ComplaintState.CLOSED
        waiting = row is not None and row.waiting is not None
        show_key(
            self.wait_button,
            self.tr("Resume…") if waiting else self.tr("Wait for parts / verdict…"),
            "F8",
        )
        enabled = {
            self.note_button: not closed,
            self.advance_button: not closed and not waiting,
            self.handover_button: True,
            self.wait_button: not closed,
            self.reopen_button: closed,
        }
        for button, ok in enabled.items():
            button.setEnabled(row is not None and self.may_handle and ok)

    # --- actions ---
    def _focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_wait_key(self) -> None:
        row = self.detail
        self.open_action("resume" if row is not None and row.waiting is not None else "wait")

    def new_complaint(self) -> None:
        dialog = RecordComplaintDialog(self.ctx, self.staff, self, live=self.live)
        dialog.recorded.connect(self._on_recorded)
        self._open(dialog)

    def open_action(self, action: str) -> None:
        row = self.detail
        if row is None:
            self.message.say(self.tr("Choose a complaint in the list first."))
            return
        dialog = ComplaintActionDialog(self.ctx, row, action, self.handlers, self, live=self.live)
        dialog.saved.connect(self._on_saved)
        self._open(dialog)

    def _open(self, dialog: Any) -> None:
        self.message.say("")
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: Any) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self.table.setFocus()

    def _on_recorded(self, row: ComplaintRow) -> None:
        self.detail = row
        self.message.say(
            self.tr("Complaint #%1 recorded: you own it.").replace("%1", str(row.id)),
            MessageKind.SUCCESS,
        )
        if self.current_filter() not in ("open", "mine", "all"):
            self.filter.setCurrentIndex(self.filter.findData("open"))
        self.reload()

    def _on_saved(self, row: ComplaintRow) -> None:
        self.message.say(
            self.tr("Complaint #%1 saved: %2")
            .replace("%1", str(row.id))
            .replace("%2", texts.name(texts.STEPS, row.state)),
            MessageKind.SUCCESS,
        )
        self.reload()
