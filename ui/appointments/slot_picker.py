"""The wanted time and the nearest slots with room for the work (the booking dialog's and
the no-show's rebooking): type a time on the shop's clock, and the 2–3 nearest slots with
enough free hours (:func:`app.services.appointments.offer_slots`) are listed; 1 / 2 / 3 in
the list (Alt+1 / 2 / 3 anywhere in the owner) chooses one.

The time is typed as the advisor hears it: "2027-01-04 10:00", "01-04 10:00" (the next such
day), "10:00" (the next such time), a day alone ("01-04": from opening); full-width digits
and "：" are taken. Left empty: the soonest slots.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.domain.enums import AssetKind
from app.domain.text import normalize_input
from app.services import appointments as ap
from app.services.appointments import Slot
from app.services.context import ServiceContext
from ui.appointments import texts
from ui.common.errors import error_text, field_text, validation_errors
from ui.common.field_errors import ErrorLabel
from ui.common.keys import add_key
from ui.common.latest import LatestQuery

_WANTED = re.compile(
    r"^(?:(?:(?P<y>\d{4})[-/.])?(?P<m>\d{1,2})[-/.](?P<d>\d{1,2}))?"
    r"\s*(?:(?P<hh>\d{1,2})[:.](?P<mm>\d{2}))?$"
)


class NotATime(ValueError):
    """The wanted time typed is not one the desk reads."""


def parse_wanted(text: str, now_local: datetime) -> datetime | None:
    """The wall-clock time typed (``None``: nothing typed, the soonest). A day without a year
    is the next such day; a time without a day the next such time."""
    plain = normalize_input(text).replace("：", ":").strip()
    if not plain:
        return None
    found = _WANTED.match(plain)
    if found is None or not (found["d"] or found["hh"]):
        raise NotATime(text)
    try:
        at = time(int(found["hh"]), int(found["mm"])) if found["hh"] else time(9, 0)
        if found["d"]:
            year = int(found["y"]) if found["y"] else now_local.year
            day = date(year, int(found["m"]), int(found["d"]))
            if not found["y"] and day < now_local.date():
                day = date(year + 1, day.month, day.day)
        else:
            day = now_local.date()
            if at <= now_local.time():
                day += timedelta(days=1)
    except ValueError:
        raise NotATime(text) from None
    return datetime.combine(day, at)


class SlotPicker(QWidget):
    """Emits ``chosen_changed()``; ``chosen()`` is the slot picked (or ``None``)."""

    chosen_changed = Signal()

    def __init__(self, ctx: ServiceContext, owner: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.hours: Decimal | None = None
        self.kind: AssetKind | None = None
        self.offers: list[Slot] = []
        self.wanted = QLineEdit()
        self.wanted.setObjectName("wantedTime")
        self.wanted.setMaxLength(40)
        self.wanted.setPlaceholderText(texts.tr(texts.WANTED_HINT))
        self.wanted_error = ErrorLabel()
        self.list = QListWidget()
        self.list.setObjectName("slotOffers")
        self.list.setMaximumHeight(96)
        self.list.setTabKeyNavigation(False)
        self.error = ErrorLabel()  # the chosen slot refused (full, begun...)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.wanted)
        layout.addWidget(self.wanted_error)
        layout.addWidget(self.list)
        layout.addWidget(self.error)
        self._query = LatestQuery(self._fetch, self._on_offers, self._on_error, 250, self)
        self.wanted.textChanged.connect(lambda _t: self.refresh())
        self.list.currentRowChanged.connect(lambda _r: self._on_pick())
        for n in (1, 2, 3):
            add_key(
                self.list, str(n), lambda i=n - 1: self.choose(i), Qt.ShortcutContext.WidgetShortcut
            )
            add_key(owner, f"Alt+{n}", lambda i=n - 1: self.choose(i))

    # --- what is wanted ------------------------------------------------------------------
    def set_need(self, hours: Decimal | None, kind: AssetKind | None) -> None:
        if (hours, kind) != (self.hours, self.kind):
            self.hours, self.kind = hours, kind
            self.refresh()

    def refresh(self) -> None:
        self.error.say("")
        if not self.hours or self.kind is None:
            self._query.cancel()
            self._show([])
            self.wanted_error.say(texts.tr(texts.PICK_FIRST))
            return
        self._query.ask(self.wanted.text())

    def pending(self) -> bool:
        return self._query.pending()

    def _fetch(self, text: str) -> list[Slot]:
        hours, kind = self.hours, self.kind
        assert hours and kind is not None
        now = texts.now()
        zone = texts.shop_zone(self.ctx)
        wanted = parse_wanted(text, now.astimezone(zone).replace(tzinfo=None))
        at = ap.slot_at(self.ctx, wanted.date(), wanted.time()) if wanted is not None else now
        return ap.offer_slots(self.ctx, at, hours, kind, now=now)

    def _on_offers(self, _text: str, offers: list[Slot]) -> None:
        self.wanted_error.say("" if offers else texts.tr(texts.NO_OFFERS))
        self._show(offers)

    def _on_error(self, exc: Exception) -> None:
        found = validation_errors(exc)
        if isinstance(exc, NotATime):
            self.wanted_error.say(texts.tr(texts.WANTED_FORMAT))
        else:
            self.wanted_error.say(field_text(found[0]) if found else error_text(exc))
        self._show([])

    # --- choosing ------------------------------------------------------------------------
    def _show(self, offers: list[Slot]) -> None:
        self.offers = offers
        self.list.blockSignals(True)
        self.list.clear()
        for n, slot in enumerate(offers, start=1):
            day = datetime.fromisoformat(slot.local)
            text = texts.tr(texts.OFFER_LINE).replace("%1", str(n))
            text = text.replace("%2", texts.weekday_text(day.date())).replace("%3", slot.local)
            text = text.replace("%4", texts.hours_text(slot.free))
            text = text.replace("%5", texts.hours_text(slot.capacity))
            QListWidgetItem(text, self.list)
        self.list.blockSignals(False)
        if offers:
            self.list.setCurrentRow(0)
        self.chosen_changed.emit()

    def choose(self, index: int) -> None:
        if 0 <= index < len(self.offers):
            self.list.setCurrentRow(index)

    def _on_pick(self) -> None:
        self.error.say("")
        self.chosen_changed.emit()

    def chosen(self) -> Slot | None:
        row = self.list.currentRow()
        return self.offers[row] if 0 <= row < len(self.offers) else None

    def state(self) -> dict[str, Any]:
        return {"offers": [s.local for s in self.offers], "chosen": self.chosen()}
