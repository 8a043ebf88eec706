"""Extra work (增项) awaiting the customer's decision, with the phone number to call.

Beside the list, the chosen line's call sheet: the customer and phone, the vehicle, what
the technician found (to read to the customer while phoning) and everything awaiting a
decision on that order with its total.

Recording the answer is one action: select a line, then A (approve) or D (decline) — or the
buttons — with the way the customer answered (phone by default, in person, signature).
"""

from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ApprovalMethod
from app.domain.errors import ConflictError
from app.domain.permissions import Permission
from app.domain.units import line_text
from app.services import queries
from app.services.context import ServiceContext
from app.services.views import OrderDetail, PendingExtraWork
from ui.auth.rights import Gate
from ui.common import format as fmt
from ui.common import labels, lang
from ui.common.calls import call
from ui.common.commands import Commands, still_busy
from ui.common.errors import change_text, error_text
from ui.common.widgets import MessageKind, MessageLine, hint, setup_table, title
from ui.models.reception_extra_work import PendingExtraWorkModel
from ui.stations.live import LiveSync


class ExtraWorkPanel(QWidget):
    """Emits ``decided(order_id)`` after an answer was recorded."""

    decided = Signal(int)
    loaded = Signal()

    def __init__(
        self, ctx: ServiceContext, parent: QWidget | None = None, *, live: LiveSync | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: the customer's answers go the desks' one way (ui.common.commands): kept during an
        #: outage and sent once when the connection is back
        self.commands = Commands(ctx, live, self)
        self.heading = title(self.tr("Extra work awaiting the customer"))
        self.model = PendingExtraWorkModel(self)
        self.table = QTableView()
        self.table.setObjectName("extraWork")
        self.table.setModel(self.model)
        # at 1366 px the panel is narrow: the extra work and the name give way, and the
        # time it has waited, then the phone (the box below has it) leave first
        setup_table(self.table, 3, flexible=[1], optional=[5, 2])
        self.table.installEventFilter(self)
        self.method = QComboBox()
        for m in (ApprovalMethod.PHONE, ApprovalMethod.IN_PERSON, ApprovalMethod.SIGNATURE):
            self.method.addItem(labels.name(m), m.value)
        self.approve = QPushButton(self.tr("Approve  (A)"))
        self.approve.setObjectName("approve")
        self.decline = QPushButton(self.tr("Decline  (D)"))
        self.decline.setObjectName("decline")
        #: the chosen line's call sheet: who, what was found, what awaits on the order
        self.call_sheet = QLabel()
        self.call_sheet.setObjectName("callSheet")
        self.call_sheet.setTextFormat(Qt.TextFormat.RichText)
        self.call_sheet.setWordWrap(True)
        self.call_sheet.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.call_sheet.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.call_sheet.setStyleSheet(
            "#callSheet { background: #fffdf3; border: 1px solid #f0e0b0; padding: 4px 6px; }"
        )
        self.call_sheet.hide()
        self.message = MessageLine()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Customer answered")))
        row.addWidget(self.method)
        row.addStretch(1)
        row.addWidget(self.approve)
        row.addWidget(self.decline)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.call_sheet)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(
            hint(self.tr("F6 comes here. Call the customer, select the line, then A or D."))
        )
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(200)
        #: what the signed-in user may do (set by the desk)
        self.gate = Gate()
        self.gate.need(self.approve, Permission.DECIDE_EXTRA_WORK)
        self.gate.need(self.decline, Permission.DECIDE_EXTRA_WORK)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.approve.clicked.connect(lambda: self._decide(True))
        self.decline.clicked.connect(lambda: self._decide(False))
        self._reload_timer.timeout.connect(self.reload)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)

    # --- loading ---
    def schedule_reload(self) -> None:
        self._reload_timer.start()

    def reload(self) -> None:
        call(self, lambda: queries.pending_extra_work(self.ctx), self._on_loaded, self._on_error)

    def patch(self, order_ids: frozenset[int]) -> None:
        """Ask only for the lines of ``order_ids`` (the orders a change names) and patch them
        in: lines decided leave, new ones come in at their place; the other rows, the
        selection and the scroll position stay."""
        call(
            self,
            lambda: queries.pending_extra_work(self.ctx, order_ids),
            lambda rows: self._on_patched(order_ids, rows),
            self._on_error,
        )

    def _on_patched(self, order_ids: frozenset[int], rows: list[PendingExtraWork]) -> None:
        asked = {r.line_id for r in self.model.rows() if r.order_id in order_ids}
        asked |= {r.line_id for r in rows}
        self.model.patch(
            rows, asked, key=lambda r: r.line_id, order=lambda r: (r.proposed_at, r.line_id)
        )
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._shown()

    def _on_loaded(self, rows: list[PendingExtraWork]) -> None:
        current = self.selected()
        self.model.set_rows(rows)
        keep = 0
        for i, r in enumerate(rows):
            if current is not None and r.line_id == current.line_id:
                keep = i
        if rows:
            self.table.setCurrentIndex(self.model.index(keep, 0))
        self._shown()

    def _shown(self) -> None:
        """The heading, the call sheet and the buttons for the rows now listed."""
        count = self.model.rowCount()
        self.heading.setText(
            self.tr("Extra work awaiting the customer (%1)").replace("%1", str(count))
        )
        self._on_current(self.table.currentIndex())
        self.approve.setEnabled(count > 0)
        self.decline.setEnabled(count > 0)
        self.gate.apply()
        self.loaded.emit()

    def selected(self) -> PendingExtraWork | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    # --- the call sheet ---
    def _on_current(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row()) if index.isValid() else None
        self.call_sheet.setText(self.call_sheet_text(row) if row is not None else "")
        self.call_sheet.setVisible(row is not None)

    def call_sheet_text(self, row: PendingExtraWork) -> str:
        """What the advisor needs on the phone for ``row``'s order."""
        muted = "color:#607d8b"
        phone = row.customer_phone or self.tr("no phone on file")
        head = f"<b>{escape(row.customer_name)} · {escape(phone)}</b>"
        head += f" <span style='{muted}'>({escape(row.order_number)})</span>"
        parts = [head, escape(row.asset_label)]
        if row.finding:
            who = (
                self.tr("Found by %1:").replace("%1", row.technician)
                if row.technician
                else self.tr("Found:")
            )
            finding = escape(row.finding).replace("\n", "<br>")
            parts.append(f"<span style='{muted}'>{escape(who)}</span> <b>{finding}</b>")
        else:
            none = self.tr("No finding written")
            parts.append(f"<span style='{muted}'>{escape(none)}</span>")
        same = [r for r in self.model.rows() if r.order_id == row.order_id]
        items = "; ".join(
            f"{escape(line_text(r, lang.active()))} {escape(fmt.money(r.amount))}" for r in same
        )
        total = fmt.money(sum((r.amount for r in same), Decimal("0.00")))
        awaiting = self.tr("Awaiting the customer: %1 — total %2")
        parts.append(escape(awaiting).replace("%1", items).replace("%2", escape(total)))
        return "<br>".join(parts)

    # --- deciding ---
    def _decide(self, approve: bool) -> None:
        row = self.selected()
        if row is None:
            return
        method = ApprovalMethod(self.method.currentData())
        self.message.say("")

        sent = self.commands.run(
            "decide_extra_work",
            {
                "order_id": row.order_id,
                "line_ids": [row.line_id],
                "approve": approve,
                "method": method,
                "version": row.order_version,
            },
            lambda d: self._on_decided(d, row),
            self._on_error,
            subject=row.order_number,
            on_kept=lambda _entry: self._on_kept(row),
        )
        if not sent:
            self._on_error(still_busy())

    def _on_kept(self, row: PendingExtraWork) -> None:
        """No connection: the answer is kept on this station (the line stays listed as
        awaiting until the server has it)."""
        self.message.setText(
            self.tr(
                "No connection: the answer for %1 (%2) is kept on this station and sent once "
                "the connection is back."
            )
            .replace("%1", row.order_number)
            .replace("%2", row.description)
        )

    def _on_decided(self, d: OrderDetail, row: PendingExtraWork) -> None:
        self.message.say(
            self.tr("Recorded for %1: %2")
            .replace("%1", row.order_number)
            .replace("%2", line_text(row, lang.active())),
            MessageKind.SUCCESS,
        )
        self.decided.emit(d.id)
        self.patch(frozenset({row.order_id}))

    def _on_error(self, exc: Exception) -> None:
        text = error_text(exc)
        if isinstance(exc, ConflictError):
            # what the other station did, in the user's words (not the journal's summary)
            who = "; ".join(change_text(c) for c in exc.changes)
            text = self.tr("The order changed meanwhile — please check again: %1").replace(
                "%1", who or "?"
            )
            self.reload()
        self.message.say(text)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                if event.key() == Qt.Key.Key_A:
                    self._decide(True)
                    return True
                if event.key() == Qt.Key.Key_D:
                    self._decide(False)
                    return True
        return super().eventFilter(obj, event)
