"""The calendar (Alt+1): the workshop's slots, a day or a week, each with its capacity bar.

A slot's bar is its booked labor hours out of what it takes in (``appointments.capacity``
per asset kind x the slot's length), blue while there is room, amber when full, red when a
manager let in more. The day view lists the bookings of each slot, and a bar per technician
when bookings name one (a technician's slot holds the slot's length in hours). The week
view shows each day's bars side by side; the line under the table lists the bookings of
the slot chosen.

Keys (in the table): Left / Right a day earlier / later, PgUp / PgDn a week, T today,
D the day view, W the week view; Alt+K the asset kind. Another station's booking repaints
the calendar while it is shown (the change feed's ``appointment`` entity).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta, tzinfo
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import AppointmentState, AssetKind
from app.services import appointments as ap
from app.services.appointments import AppointmentRow, Slot
from app.services.context import ServiceContext
from ui.appointments import texts
from ui.common import labels
from ui.common.calls import call
from ui.common.errors import error_text
from ui.common.keys import add_key, connect_action, show_key
from ui.common.widgets import MessageLine, hint

#: the data role of a cell that draws a bar: (booked, capacity)
BAR_ROLE = Qt.ItemDataRole.UserRole + 1
#: the bookings that take hours in a slot
TAKING = (AppointmentState.BOOKED, AppointmentState.ARRIVED)

FREE_COLOUR = QColor("#90caf9")
FULL_COLOUR = QColor("#ffb74d")
OVER_COLOUR = QColor("#e57373")


def bar_colour(booked: Decimal, capacity: Decimal) -> QColor:
    if booked > capacity:
        return OVER_COLOUR
    if capacity > 0 and booked >= capacity:
        return FULL_COLOUR
    return FREE_COLOUR


class BarDelegate(QStyledItemDelegate):
    """A cell with :data:`BAR_ROLE` draws its fill under the text."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        bar = index.data(BAR_ROLE)
        if bar is not None:
            booked, capacity = bar
            r: QRect = option.rect.adjusted(2, 3, -2, -3)  # type: ignore[attr-defined]
            painter.save()
            painter.fillRect(r, QColor("#eef2f5"))
            share = float(min(booked / capacity, Decimal(1))) if capacity > 0 else 1.0
            if booked > 0 or capacity == 0:
                painter.fillRect(
                    QRect(r.left(), r.top(), max(2, int(r.width() * share)), r.height()),
                    bar_colour(booked, capacity),
                )
            painter.restore()
        super().paint(painter, option, index)


@dataclass
class DayView:
    day: date
    slots: list[Slot]
    rows: list[AppointmentRow]
    by_slot: dict[str, list[AppointmentRow]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for r in self.rows:
            self.by_slot.setdefault(texts.slot_time(r), []).append(r)


def load_days(ctx: ServiceContext, first: date, days: int, kind: AssetKind) -> list[DayView]:
    """The slots and bookings of ``days`` days from ``first`` (blocks: off the GUI thread)."""
    out = []
    for n in range(days):
        day = first + timedelta(days=n)
        rows = [r for r in ap.day_list(ctx, day, states=list(TAKING)) if r.asset_kind is kind]
        out.append(DayView(day, ap.day_slots(ctx, day, kind), rows))
    return out


def booking_text(r: AppointmentRow) -> str:
    head = f"{r.asset} {r.customer} ({texts.hours_text(r.hours)})"
    marks = []
    if r.state is AppointmentState.ARRIVED:
        marks.append(texts.state_text(r.state))
    if r.waiting:
        marks.append(texts.tr(texts.WAITS))
    if r.overbooked:
        marks.append(texts.tr(texts.OVERBOOKED))
    return " · ".join([head, *marks])


def bar_text(booked: Decimal, capacity: Decimal) -> str:
    """ "0:45 / 1:00": booked and capacity labor hours as h:mm."""
    return f"{texts.clock_text(booked)} / {texts.clock_text(capacity)}"


class CalendarTab(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None, **_kw: Any) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.zone: tzinfo | None = None
        self.day: date | None = None
        self.week = False
        self.views: list[DayView] = []
        self._stale = True
        self._serial = 0
        #: the bookings changes named since the last patch (read together, a moment later)
        self._named: set[int] = set()
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(150)
        self._soon.timeout.connect(self._patch_named)

        self.kind = QComboBox()
        self.kind.setObjectName("calendarKind")
        for kind in AssetKind:
            self.kind.addItem(labels.name(kind), kind)
        kind_label = QLabel(self.tr("Asset &kind:"))
        kind_label.setBuddy(self.kind)
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.day_button = QPushButton()
        show_key(self.day_button, self.tr("Day"), "D")
        self.week_button = QPushButton()
        show_key(self.week_button, self.tr("Week"), "W")
        self.today_button = QPushButton()
        show_key(self.today_button, self.tr("Today"), "T")
        top = QHBoxLayout()
        top.addWidget(kind_label)
        top.addWidget(self.kind)
        top.addSpacing(12)
        top.addWidget(self.heading, 1)
        for b in (self.today_button, self.day_button, self.week_button):
            b.setAutoDefault(False)
            top.addWidget(b)

        self.table = QTableWidget()
        self.table.setObjectName("calendarTable")
        # set up by hand: the columns are sized per view (no column fitter)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectItems)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setItemDelegate(BarDelegate(self.table))
        self.detail = QLabel()
        self.detail.setObjectName("calendarDetail")
        self.detail.setWordWrap(True)
        self.message = MessageLine()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(
            hint(
                self.tr(
                    "Left / Right: a day earlier / later · PgUp / PgDn: a week · T: today · "
                    "D: day view · W: week view · Ctrl+N: book"
                )
            )
        )
        layout.addWidget(self.message)

        for key, slot in (
            ("Left", lambda: self.shift(-1)),
            ("Right", lambda: self.shift(1)),
            ("PgUp", lambda: self.shift(-7)),
            ("PgDown", lambda: self.shift(7)),
            ("T", self.to_today),
            ("D", lambda: self.set_week(False)),
            ("W", lambda: self.set_week(True)),
        ):
            add_key(self.table, key, slot, Qt.ShortcutContext.WidgetShortcut)
        connect_action(self, self.today_button, "Alt+T", self.to_today)
        self.day_button.clicked.connect(lambda: self.set_week(False))
        self.week_button.clicked.connect(lambda: self.set_week(True))
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.currentCellChanged.connect(lambda *_a: self._show_detail())

    # --- the workspace's interface -------------------------------------------------------
    def activate(self) -> None:
        if self._stale:
            self.reload()

    def focus_primary(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def apply_rights(self, who: Any) -> None:
        pass  # reading only

    def on_changes(self, changes: list[Any], *, visible: bool) -> None:
        """While shown, a booking made, moved or cancelled elsewhere repaints only the days
        shown that it leaves or comes into (read again: their bars are sums); a settings
        change (hours, slot length, capacity) redraws every slot. A hidden calendar is read
        when shown."""
        entities = {getattr(c, "entity", None) for c in changes}
        if "settings" in entities or (not visible and "appointment" in entities):
            if visible:
                self.reload()
            else:
                self._stale = True
            return
        named = {c.entity_id for c in changes if getattr(c, "entity", None) == "appointment"}
        if not named:
            return
        self._named |= named
        self._soon.start()

    def _patch_named(self) -> None:
        named, self._named = frozenset(self._named), set()
        if not named or not self.views or self.zone is None or self._stale:
            if self._stale:
                self.reload()
            return
        serial, ctx, kind, zone = self._serial, self.ctx, self.current_kind(), self.zone
        shown = [v.day for v in self.views]
        were = {v.day for v in self.views if any(r.id in named for r in v.rows)}

        def fetch() -> list[DayView]:
            now_on = {texts.local_day(r.starts_at, zone) for r in ap.appointment_rows(ctx, named)}
            return [view for day in sorted((were | now_on) & set(shown))
                    for view in load_days(ctx, day, 1, kind)]  # fmt: skip

        def done(views: list[DayView]) -> None:
            if serial != self._serial or not views:
                return  # the calendar moved on meanwhile (it read its days whole)
            fresh = {v.day: v for v in views}
            self.show_views([fresh.get(v.day, v) for v in self.views])

        call(self, fetch, done, lambda e: self.message.say(error_text(e)))

    # --- moving --------------------------------------------------------------------------
    def current_kind(self) -> AssetKind:
        return AssetKind(self.kind.currentData())

    def shift(self, days: int) -> None:
        if self.day is None:
            return
        self.day += timedelta(days=days)
        self.reload()

    def to_today(self) -> None:
        if self.zone is not None:
            self.day = texts.local_day(texts.now(), self.zone)
        self.reload()

    def set_week(self, week: bool) -> None:
        self.week = week
        self.reload()

    def first_day(self) -> date:
        assert self.day is not None
        return self.day - timedelta(days=self.day.weekday()) if self.week else self.day

    def reload(self) -> None:
        self._stale = False
        self._serial += 1
        serial, ctx, kind, week = self._serial, self.ctx, self.current_kind(), self.week
        zone, day = self.zone, self.day

        def fetch() -> tuple[tzinfo, date, list[DayView]]:
            z = zone or texts.shop_zone(ctx)
            d = day or texts.local_day(texts.now(), z)
            first = d - timedelta(days=d.weekday()) if week else d
            return z, d, load_days(ctx, first, 7 if week else 1, kind)

        def done(result: tuple[tzinfo, date, list[DayView]]) -> None:
            if serial != self._serial:
                return
            self.zone, loaded_day, views = result
            if self.day is None:
                self.day = loaded_day
            self.show_views(views)

        call(self, fetch, done, lambda e: self.message.say(error_text(e)))

    # --- showing -------------------------------------------------------------------------
    def show_views(self, views: list[DayView]) -> None:
        self.views = views
        self.message.say("")
        assert self.day is not None
        if self.week:
            first, last = views[0].day, views[-1].day
            self.heading.setText(
                self.tr("Week %1 – %2")
                .replace("%1", first.isoformat())
                .replace("%2", last.isoformat())
            )
        else:
            self.heading.setText(self.day.isoformat() + " " + texts.weekday_text(self.day))
        keep_row = max(self.table.currentRow(), 0)
        self.table.clear()
        if self.week:
            self._fill_week(views)
        else:
            self._fill_day(views[0])
        rows = self.table.rowCount()
        if rows:
            column = 1 + (self.day - views[0].day).days if self.week else 1
            self.table.setCurrentCell(min(keep_row, rows - 1), column)
        self._size_columns()
        self._show_detail()

    def _size_columns(self) -> None:
        """Week: the days share the width; day: the bookings take what the bars leave."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        fit, stretch = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
        for column in range(self.table.columnCount()):
            if column == 0:
                mode = fit
            elif self.week:
                mode = stretch
            else:
                mode = stretch if column == 2 else QHeaderView.ResizeMode.Interactive
            header.setSectionResizeMode(column, mode)
            if mode is QHeaderView.ResizeMode.Interactive:
                wanted = max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
                header.resizeSection(column, max(150, wanted + 24))

    def _times(self, views: list[DayView]) -> list[str]:
        return sorted({texts.slot_time(s) for v in views for s in v.slots})

    def _fill_day(self, view: DayView) -> None:
        techs = sorted(
            {r.technician or f"#{r.technician_id}" for r in view.rows if r.technician_id}
        )
        heads = [self.tr("Time"), self.tr("Booked / capacity (h:mm)"), self.tr("Bookings")] + techs
        self.table.setColumnCount(len(heads))
        self.table.setHorizontalHeaderLabels(heads)
        self.table.setRowCount(len(view.slots))
        if not view.slots:
            self.detail.setText(self.tr("The shop is closed that day."))
        for n, slot in enumerate(view.slots):
            at = texts.slot_time(slot)
            booked = view.by_slot.get(at, [])
            self.table.setItem(n, 0, _item(at))
            self.table.setItem(n, 1, _bar_item(slot.booked, slot.capacity))
            self.table.setItem(n, 2, _item("; ".join(booking_text(r) for r in booked)))
            length = Decimal((slot.ends_at - slot.starts_at).total_seconds() / 3600).quantize(
                Decimal("0.01")
            )
            for c, tech in enumerate(techs, start=3):
                # the technician's time in this slot: his jobs' parts (a long job fills the
                # slots after its arrival, as the core counts it)
                hours = sum(
                    (
                        part
                        for r in view.rows
                        if r.state in TAKING and (r.technician or f"#{r.technician_id}") == tech
                        for when, part in ap.allocation(r.starts_at, r.hours, r.slot_minutes)
                        if when == slot.starts_at
                    ),
                    Decimal(0),
                )
                self.table.setItem(n, c, _bar_item(hours, length))

    def _fill_week(self, views: list[DayView]) -> None:
        times = self._times(views)
        heads = [self.tr("Time")] + [f"{texts.weekday_text(v.day)} {v.day:%m-%d}" for v in views]
        self.table.setColumnCount(len(heads))
        self.table.setHorizontalHeaderLabels(heads)
        self.table.setRowCount(len(times))
        for n, at in enumerate(times):
            self.table.setItem(n, 0, _item(at))
            for c, v in enumerate(views, start=1):
                slot = next((s for s in v.slots if texts.slot_time(s) == at), None)
                if slot is None:
                    self.table.setItem(n, c, _item("—"))
                    continue
                count = len(v.by_slot.get(at, []))
                item = _bar_item(slot.booked, slot.capacity)
                if count:
                    item.setText(f"{item.text()} · {count}")
                self.table.setItem(n, c, item)

    def _show_detail(self) -> None:
        row, column = self.table.currentRow(), self.table.currentColumn()
        if not self.views or row < 0:
            self.detail.setText("")
            return
        at_item = self.table.item(row, 0)
        at = at_item.text() if at_item is not None else ""
        if self.week:
            index = column - 1
            if not 0 <= index < len(self.views):
                return
            view = self.views[index]
            if self.day != view.day:
                self.day = view.day  # a click on another day's column picks that day
        else:
            view = self.views[0]
        booked = view.by_slot.get(at, [])
        slot = next((s for s in view.slots if texts.slot_time(s) == at), None)
        if slot is None:
            self.detail.setText("")
            return
        head = self.tr("%1 %2: %3 booked of %4, %5 free").replace("%1", view.day.isoformat())
        head = head.replace("%2", at).replace("%3", texts.hours_text(slot.booked))
        head = head.replace("%4", texts.hours_text(slot.capacity))
        head = head.replace("%5", texts.hours_text(slot.free))
        lines = [head] + [f"  {booking_text(r)} — {texts.items_text(r)}" for r in booked]
        self.detail.setText("\n".join(lines[:6]))

    # --- for tests -----------------------------------------------------------------------
    def cell_bar(self, row: int, column: int) -> tuple[Decimal, Decimal] | None:
        item = self.table.item(row, column)
        return None if item is None else item.data(BAR_ROLE)


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


def _bar_item(booked: Decimal, capacity: Decimal) -> QTableWidgetItem:
    item = _item(bar_text(booked, capacity))
    item.setData(BAR_ROLE, (booked, capacity))
    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    return item
