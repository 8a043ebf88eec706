"""The one lookup field of the counter: finds as you type, opens on Enter.

Typing runs ``app.services.lookup.lookup`` off the GUI thread after a short pause; the hits
appear in a list under the field, Up/Down move through them without leaving the field, Enter
opens the current one. A scanner's code plus Enter (an exact order number or a pickup token)
opens that order at once, without waiting for the list.

Any text is safe here: the core reads it as :func:`app.domain.text.search_text` does
(full-width forms folded, control and invisible characters dropped, 60 characters at most),
and the box echoes back only that, shortened.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtCore import Signal as QtSignal
from PySide6.QtGui import QFont, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.text import search_text
from app.services.context import ServiceContext
from app.services.lookup import lookup
from app.services.views import LookupHit
from ui.common.calls import call
from ui.common.errors import error_text
from ui.common.latest import LatestQuery
from ui.common.scan import canonical_order_number, looks_like_token, scanned_order_id
from ui.models.lookup_hits import SUBTITLE_ROLE, LookupHitsModel

Index = QModelIndex | QPersistentModelIndex


class HitDelegate(QStyledItemDelegate):
    """Two lines per hit: the title large, what it is and how it matched small and grey."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        fm = option.fontMetrics
        return QSize(200, int(fm.height() * 2.6) + 8)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, option.palette.highlight())
        r = option.rect.adjusted(10, 4, -10, -4)
        title_font = QFont(option.font)
        title_font.setPointSizeF(option.font.pointSizeF() * 1.15)
        title_font.setBold(True)
        painter.setFont(title_font)
        fg = option.palette.highlightedText() if selected else option.palette.text()
        painter.setPen(fg.color())
        half = r.height() // 2 + 2
        painter.drawText(QRect(r.left(), r.top(), r.width(), half), 0, index.data() or "")
        painter.setFont(option.font)
        painter.setPen(fg.color() if selected else option.palette.placeholderText().color())
        painter.drawText(
            QRect(r.left(), r.top() + half, r.width(), r.height() - half),
            0,
            index.data(SUBTITLE_ROLE) or "",
        )
        painter.restore()


class LookupBox(QWidget):
    """Emits ``hit_chosen(LookupHit)`` or ``order_chosen(order_id)``."""

    hit_chosen = QtSignal(object)
    order_chosen = QtSignal(int)

    def __init__(
        self, ctx: ServiceContext, parent: QWidget | None = None, *, compact: bool = False
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.field = QLineEdit()
        self.field.setObjectName("lookupFieldCompact" if compact else "lookupField")
        self.field.setPlaceholderText(self.tr("Plate, VIN, IMEI, phone, name, order no."))
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(self.tr("Lookup"))
        self.model = LookupHitsModel(self)
        self.list = QListView()
        self.list.setObjectName("lookupList")
        self.list.setModel(self.model)
        self.list.setItemDelegate(HitDelegate(self.list))
        self.list.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.list.setUniformItemSizes(True)
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self._idle_hint = (
            self.tr("Search by plate, VIN, IMEI / serial, phone, name or order number.")
            if compact
            else self.tr(
                "Ctrl+F / F3: search by plate, VIN, IMEI / serial, phone, name or order "
                "number. A scanned work-order number or pickup code opens the order at once."
            )
        )
        self.status.setText(self._idle_hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.field)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        self._query = LatestQuery(
            lambda text: lookup(self.ctx, text), self._on_hits, self._on_error, 150, self
        )
        self._hits_for = ""
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.field.textChanged.connect(self._on_text_changed)
        self.field.returnPressed.connect(self._on_enter)
        self.field.installEventFilter(self)
        self.list.activated.connect(self._on_activated)
        self.list.clicked.connect(self._on_activated)

    # --- public ---
    def focus(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def clear(self) -> None:
        self.field.clear()

    def busy(self) -> bool:
        return self._query.pending()

    # --- slots ---
    def _on_text_changed(self, text: str) -> None:
        if search_text(text):
            self._query.ask(text)
        else:
            self._query.cancel()
            self.model.set_hits([])
            self._hits_for = ""
            self.status.setText(self._idle_hint)

    def _on_hits(self, text: str, hits: list[LookupHit]) -> None:
        self._hits_for = text
        self.model.set_hits(hits)
        if hits:
            self.list.setCurrentIndex(self.model.index(0))
            self.status.setText(
                self.tr("%n found — Up/Down to choose, Enter to open", "", len(hits))
            )
        else:
            shown = search_text(text, 40)
            self.status.setText(
                self.tr("Nothing found for “%1”").replace("%1", shown)
                if shown
                else self.tr("Nothing found")
            )

    def _on_error(self, exc: Exception) -> None:
        self.status.setText(error_text(exc))

    def _on_enter(self) -> None:
        text = self.field.text().strip()
        if not search_text(text):
            return
        if canonical_order_number(text) or looks_like_token(text):
            self._query.cancel()
            call(self, lambda: scanned_order_id(self.ctx, text), self._on_scanned, self._on_error)
            return
        if self._hits_for == text and not self._query.pending():
            self._open_current()
            return
        # Enter before the list caught up: look up now and open the best hit
        self._query.cancel()
        call(self, lambda: lookup(self.ctx, text), self._on_enter_hits, self._on_error)

    def _on_enter_hits(self, hits: list[LookupHit]) -> None:
        self._on_hits(self.field.text(), hits)
        self._hits_for = self.field.text()
        if hits:
            self._open_current()

    def _on_scanned(self, order_id: int | None) -> None:
        if order_id is None:
            self.status.setText(self.tr("No order with this number"))
            return
        self.status.setText("")
        self.order_chosen.emit(order_id)

    def _open_current(self) -> None:
        index = self.list.currentIndex()
        hit = self.model.hit(index.row() if index.isValid() else 0)
        if hit is not None:
            self._emit(hit)

    def _on_activated(self, index: QModelIndex) -> None:
        hit = self.model.hit(index.row())
        if hit is not None:
            self._emit(hit)

    def _emit(self, hit: LookupHit) -> None:
        if hit.kind == "order":
            self.order_chosen.emit(hit.id)
        else:
            self.hit_chosen.emit(hit)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            rows = self.model.rowCount()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and rows:
                row = self.list.currentIndex().row()
                row = min(rows - 1, row + 1) if key == Qt.Key.Key_Down else max(0, row - 1)
                self.list.setCurrentIndex(self.model.index(row))
                return True
            if key == Qt.Key.Key_Escape and self.field.text():
                self.field.clear()
                return True
        return super().eventFilter(obj, event)

    def hits(self) -> list[Any]:
        return self.model.hits()
