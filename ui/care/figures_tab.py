"""The care desk's figures (Alt+4): satisfaction, follow-ups done within 24 hours and
complaints closed on time, by ISO week and by staff member (the order's advisor; the
complaint's owner), from :func:`app.services.care_figures.care_figures`.

The range is a number of weeks (Alt+W) ending with a week: Ctrl+Left one week earlier,
Ctrl+Right one later, Ctrl+Home back to this week; F5 reads again. Each figure shows as
"80.0% (4/5)", "—" with nothing to count.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import care_figures
from app.services.care_figures import CareFigures, Figures, StaffFigures, WeekFigures
from app.services.context import ServiceContext
from ui.common.calls import call
from ui.common.errors import error_text
from ui.common.keys import connect_action, show_key
from ui.common.row_model import Column, RowTableModel
from ui.common.widgets import MessageLine, setup_table, title

_CTX = "FiguresTab"


def _tr(source: str) -> str:
    """A string marked elsewhere (QT_TRANSLATE_NOOP), translated in this context."""
    return QCoreApplication.translate(_CTX, source)


def rate_text(part: int, whole: int) -> str:
    if not whole:
        return "—"
    return f"{part / whole * 100:.1f}% ({part}/{whole})"


def _figure_columns(get: Any) -> list[Column[Any]]:
    def f(row: Any) -> Figures:
        return get(row)  # type: ignore[no-any-return]

    return [
        Column(
            lambda: QCoreApplication.translate("FiguresTab", "Satisfied"),
            lambda r: rate_text(f(r).satisfied, f(r).answered),
        ),
        Column(
            lambda: QCoreApplication.translate("FiguresTab", "Follow-ups in 24 h"),
            lambda r: rate_text(f(r).followups_in_24h, f(r).followups_due),
        ),
        Column(
            lambda: QCoreApplication.translate("FiguresTab", "Complaints closed on time"),
            lambda r: rate_text(f(r).complaints_on_time, f(r).complaints_closed),
        ),
    ]


class WeekModel(RowTableModel[WeekFigures]):
    def columns(self) -> list[Column[WeekFigures]]:
        return [
            Column(lambda: QCoreApplication.translate("FiguresTab", "Week"), lambda w: w.week),
            Column(
                lambda: QCoreApplication.translate("FiguresTab", "From"),
                lambda w: w.monday.isoformat(),
            ),
            *_figure_columns(lambda w: w.figures),
        ]


class StaffModel(RowTableModel[StaffFigures]):
    def columns(self) -> list[Column[StaffFigures]]:
        return [
            Column(
                lambda: QCoreApplication.translate("FiguresTab", "Advisor / owner"),
                lambda s: s.name or QCoreApplication.translate("FiguresTab", "(no advisor)"),
            ),
            *_figure_columns(lambda s: s.figures),
        ]


class FiguresTab(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None, **_kw: Any) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.until: date = date.today()
        self.figures: CareFigures | None = None
        self._stale = True
        self._soon = QTimer(self)  # changes while shown: the figures read once for a burst
        self._soon.setSingleShot(True)
        self._soon.setInterval(2000)
        self._soon.timeout.connect(self.reload)

        self.weeks = QSpinBox()
        self.weeks.setRange(1, care_figures.MAX_WEEKS)
        self.weeks.setValue(8)
        weeks_label = QLabel(self.tr("&Weeks:"))
        weeks_label.setBuddy(self.weeks)
        self.range_label = QLabel()
        self.range_label.setObjectName("sectionTitle")
        self.earlier = QPushButton()
        show_key(self.earlier, self.tr("Earlier"), "Ctrl+Left")
        self.later = QPushButton()
        show_key(self.later, self.tr("Later"), "Ctrl+Right")
        self.this_week = QPushButton()
        show_key(self.this_week, self.tr("This week"), "Ctrl+Home")
        self.refresh_button = QPushButton()
        show_key(self.refresh_button, self.tr("Refresh"), "F5")
        top = QHBoxLayout()
        top.addWidget(weeks_label)
        top.addWidget(self.weeks)
        top.addWidget(self.range_label, 1)
        for b in (self.earlier, self.later, self.this_week, self.refresh_button):
            top.addWidget(b)

        self.week_model = WeekModel(self)
        self.week_table = QTableView()
        self.week_table.setModel(self.week_model)
        setup_table(self.week_table, None)
        self.staff_model = StaffModel(self)
        self.staff_table = QTableView()
        self.staff_table.setModel(self.staff_model)
        setup_table(self.staff_table, 0)
        self.total = QLabel()
        self.total.setObjectName("totals")
        self.total.setWordWrap(True)
        self.message = MessageLine()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(title(self.tr("By week")))
        layout.addWidget(self.week_table, 3)
        layout.addWidget(title(self.tr("By advisor (follow-ups) and owner (complaints)")))
        layout.addWidget(self.staff_table, 2)
        layout.addWidget(self.total)
        layout.addWidget(self.message)

        self.weeks.editingFinished.connect(self._on_weeks)
        connect_action(self, self.earlier, "Ctrl+Left", lambda: self.shift(-1))
        connect_action(self, self.later, "Ctrl+Right", lambda: self.shift(1))
        connect_action(self, self.this_week, "Ctrl+Home", self.to_this_week)
        connect_action(self, self.refresh_button, "F5", self.reload)
        self._show_range()

    # --- the workspace's interface -------------------------------------------------------
    def activate(self) -> None:
        if self._stale:
            self.reload()

    def focus_primary(self) -> None:
        self.week_table.setFocus(Qt.FocusReason.OtherFocusReason)

    def apply_rights(self, who: Any) -> None:
        pass  # the service refuses a user without the right, and the tab says so

    def on_changes(self, changes: list[Any], *, visible: bool) -> None:
        """The figures are sums over weeks of follow-ups and complaints: a change to one of
        those reads them again while shown (a few seconds later, once for a burst of
        changes); a hidden tab reads them when shown."""
        if not any(getattr(c, "entity", None) in ("follow_up", "complaint") for c in changes):
            return
        if visible:
            self._soon.start()
        else:
            self._stale = True

    # --- the range -----------------------------------------------------------------------
    def shift(self, weeks: int) -> None:
        self.until += timedelta(weeks=weeks)
        self.reload()

    def to_this_week(self) -> None:
        self.until = date.today()
        self.reload()

    def _on_weeks(self) -> None:
        if self.figures is None or len(self.figures.weeks) != self.weeks.value():
            self.reload()

    def _show_range(self) -> None:
        last = self.until - timedelta(days=self.until.weekday())
        first = last - timedelta(weeks=self.weeks.value() - 1)
        self.range_label.setText(
            self.tr("%1 to %2 (%3 – %4)")
            .replace("%1", care_figures.week_label(first))
            .replace("%2", care_figures.week_label(last))
            .replace("%3", first.isoformat())
            .replace("%4", (last + timedelta(days=6)).isoformat())
        )

    def reload(self) -> None:
        self._stale = False
        until, weeks = self.until, self.weeks.value()
        self._show_range()

        def done(f: CareFigures) -> None:
            if (until, weeks) != (self.until, self.weeks.value()):
                return  # the range moved on meanwhile: its own answer follows
            self.show_figures(f)

        call(
            self,
            lambda: care_figures.care_figures(self.ctx, until=until, weeks=weeks),
            done,
            lambda e: self.message.say(error_text(e)),
        )

    def show_figures(self, f: CareFigures) -> None:
        self.figures = f
        self.message.say("")
        for table, model, rows in (
            (self.week_table, self.week_model, list(reversed(f.weeks))),  # the latest first
            (self.staff_table, self.staff_model, f.staff),
        ):
            chosen = max(table.currentIndex().row(), 0)  # the row chosen stays chosen
            model.set_rows(rows)
            if rows:
                table.setCurrentIndex(model.index(min(chosen, len(rows) - 1), 0))
        t = f.total
        self.total.setText(
            self.tr("All weeks: satisfied %1 · follow-ups in 24 h %2 · complaints on time %3")
            .replace("%1", rate_text(t.satisfied, t.answered))
            .replace("%2", rate_text(t.followups_in_24h, t.followups_due))
            .replace("%3", rate_text(t.complaints_on_time, t.complaints_closed))
        )
