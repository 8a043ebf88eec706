"""Intake step 5: the estimate — catalog lines found as you type (Enter adds), free lines,
and recommendations the customer declined on earlier visits (Alt+1..9 adds one).

A line's description, quantity and price are typed in place (F2 or typing on the cell),
checked there by the core's line rules (:mod:`ui.common.cell_editing`): Enter keeps the
cell and stays on it, Esc puts it back, Tab goes to the next cell. A free line needs its
price typed: 0 for a line given free, never an empty field taken as 0.00."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import LineKind, Payer
from app.domain.errors import ValidationError
from app.domain.models import CatalogItem
from app.domain.units import line_text
from app.services.catalog import line_from_catalog, search_catalog
from app.services.context import ServiceContext
from app.services.inputs import LineInput
from app.services.intake import declined_recommendations
from app.services.views import Recommendation
from ui.common import format as fmt
from ui.common import labels, lang
from ui.common.calls import call
from ui.common.cell_editing import CheckedCellDelegate, check_lines, normalise_number
from ui.common.errors import field_text
from ui.common.field_errors import ErrorLabel
from ui.common.latest import LatestQuery
from ui.common.widgets import hint, setup_table, title
from ui.models.reception_catalog import CatalogResultsModel
from ui.models.reception_estimate import EstimateModel
from ui.reception.intake_state import IntakeState, line_from_json, line_to_json
from ui.reception.intake_step import Step

#: on a line: who pays it instead of the customer (pressed again: the customer pays)
PAYER_KEYS = {
    Qt.Key.Key_W: Payer.WARRANTY,
    Qt.Key.Key_G: Payer.GOODWILL,
    Qt.Key.Key_I: Payer.INSURANCE,
    Qt.Key.Key_N: Payer.INTERNAL,
}


class EstimateStep(Step):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._kind = None
        self._recommendations: list[Recommendation] = []
        self._rec_for: int | None = None
        self._results_for: str | None = None
        self._add_when_ready = False
        self.search = QLineEdit()
        self.search.setObjectName("catalogSearch")
        self.search.setPlaceholderText(self.tr("Search the catalog: code or name, Enter adds"))
        self.results_model = CatalogResultsModel(self)
        self.results = QTableView()
        self.results.setModel(self.results_model)
        setup_table(self.results, 1)
        self.results.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.results.setMaximumHeight(190)
        self.free_description = QLineEdit()
        self.free_description.setPlaceholderText(self.tr("Free line: description"))
        self.free_kind = QComboBox()
        for k in LineKind:
            self.free_kind.addItem(labels.name(k), k.value)
        self.free_quantity = QLineEdit("1")
        self.free_quantity.setMaximumWidth(70)
        self.free_price = QLineEdit()
        self.free_price.setPlaceholderText(self.tr("Unit price"))
        self.free_price.setMaximumWidth(110)
        self.free_add = QPushButton(self.tr("Add"))
        self.free_error = ErrorLabel()
        self.model = EstimateModel(self)
        self.lines = QTableView()
        self.lines.setObjectName("estimateLines")
        self.lines.setModel(self.model)
        setup_table(self.lines, 0)
        self.cells = CheckedCellDelegate(self.lines)
        self.cell_error = ErrorLabel()
        self.cell_error.setObjectName("cellError")
        self.cells.refused.connect(self.cell_error.say)
        self.cells.accepted.connect(lambda: self.cell_error.say(""))
        self.total = QLabel()
        self.total.setObjectName("totals")
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.rec_box = QWidget()
        self.rec_layout = QVBoxLayout(self.rec_box)
        self.rec_layout.setContentsMargins(0, 0, 0, 0)
        free = QGridLayout()
        free.addWidget(self.free_description, 0, 0)
        free.addWidget(self.free_kind, 0, 1)
        free.addWidget(self.free_quantity, 0, 2)
        free.addWidget(self.free_price, 0, 3)
        free.addWidget(self.free_add, 0, 4)
        free.addWidget(self.free_error, 1, 0, 1, 5)
        free.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title(self.tr("Estimate")))
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addLayout(free)
        layout.addWidget(self.rec_box)
        layout.addWidget(title(self.tr("Lines of this visit")))
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.cell_error)
        layout.addWidget(self.total)
        layout.addWidget(self.general_error)
        layout.addWidget(
            hint(
                self.tr(
                    "On a line: W = warranty, G = goodwill, I = insurance, N = internal "
                    "(pressed again: the customer pays); Delete removes it; F2 edits a cell, "
                    "Enter keeps it. Enter in the empty search goes on."
                )
            )
        )
        self.inputs = [self.search, self.free_description, self.free_kind, self.free_quantity]
        self.inputs += [self.free_price, self.lines]
        for w in self.inputs:
            w.installEventFilter(self)
        # Tab from the search goes to the lines (W / G / Delete act there), then the free line
        QWidget.setTabOrder(self.search, self.lines)
        QWidget.setTabOrder(self.lines, self.free_description)
        self.errors.handle_prefix("lines.", self._show_line_error)
        self._query = LatestQuery(self._fetch, self._on_results, lambda e: None, 150, self)
        self._connect_signals()
        self._update_total()

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._on_search)
        self.results.doubleClicked.connect(lambda i: self._add_catalog(i.row()))
        self.free_add.clicked.connect(self._add_free)
        self.model.dataChanged.connect(self._on_lines_changed)
        self.model.rowsInserted.connect(self._on_lines_changed)
        self.model.rowsRemoved.connect(self._on_lines_changed)
        for n in range(1, 10):
            shortcut = QShortcut(QKeySequence(f"Alt+{n}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda n=n: self._add_recommendation(n - 1))

    def title(self) -> str:
        return self.tr("Estimate")

    # --- state ---
    def load(self, state: IntakeState) -> None:
        self.model.set_lines([line_from_json(d) for d in state.lines])

    def store(self, state: IntakeState) -> None:
        state.lines = [line_to_json(line) for line in self.model.lines()]

    def entered(self, state: IntakeState) -> None:
        self._kind = state.kind
        if state.asset_id is not None and state.asset_id != self._rec_for:
            self._rec_for = state.asset_id
            asset_id = state.asset_id
            call(self, lambda: declined_recommendations(self.ctx, asset_id), self._on_recs)
        self._query.ask_now(self.search.text())

    def check(self, state: IntakeState) -> list[ValidationError]:
        return check_lines(state.line_inputs())

    def show_errors(self, errors: list[ValidationError], *, focus: bool = True) -> None:
        self.model.clear_errors()
        super().show_errors(errors, focus=focus)
        if errors and focus:
            first = errors[0].field.split(".")
            if len(first) > 1 and first[1].isdigit():
                self.lines.setFocus()
                self.lines.setCurrentIndex(self.model.index(int(first[1]), 0))

    def _show_line_error(self, err: ValidationError) -> bool:
        parts = err.field.split(".")
        if len(parts) < 3 or not parts[1].isdigit():
            return False
        row = int(parts[1])
        self.model.set_error(row, parts[2], field_text(err))
        text = self.general_error.text()
        line = self.tr("Line %1: %2").replace("%1", str(row + 1)).replace("%2", field_text(err))
        self.general_error.setText((text + "\n" if text else "") + line)  # under the table
        return True

    # --- catalog ---
    def _fetch(self, text: str) -> list[CatalogItem]:
        return search_catalog(self.ctx, text, self._kind, 12)

    def _on_search(self, text: str) -> None:
        self._query.ask(text)

    def _on_results(self, text: str, items: list[CatalogItem]) -> None:
        self._results_for = text
        self.results_model.set_rows(items)
        if items:
            self.results.setCurrentIndex(self.results_model.index(0, 0))
        if self._add_when_ready and text == self.search.text():
            self._add_when_ready = False
            if items and text.strip():
                self._add_catalog(0)

    def search_pending(self) -> bool:
        return self._query.pending()

    def _add_catalog(self, row: int) -> None:
        item = self.results_model.row_at(row)
        if item is None:
            return
        self._append(line_from_catalog(item))
        self.search.clear()

    def _append(self, line: LineInput) -> None:
        row = self.model.add(line)
        self.lines.setCurrentIndex(self.model.index(row, 0))
        self.changed.emit()

    def _add_free(self) -> None:
        line = LineInput(
            kind=LineKind(self.free_kind.currentData()),
            description=self.free_description.text().strip(),
            quantity=normalise_number(self.free_quantity.text()) or "1",
            unit_price=normalise_number(self.free_price.text()),  # empty: refused, not 0.00
        )
        errors = check_lines([line], "free")
        if errors:
            self.free_error.say(field_text(errors[0]))
            return
        self.free_error.say("")
        self._append(line)
        self.free_description.clear()
        self.free_quantity.setText("1")
        self.free_price.clear()
        self.free_description.setFocus()

    # --- recommendations ---
    def _on_recs(self, recs: list[Recommendation]) -> None:
        self._recommendations = recs[:9]
        while self.rec_layout.count():
            item = self.rec_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        if recs:
            self.rec_layout.addWidget(title(self.tr("Declined on earlier visits — offer again")))
        for n, r in enumerate(self._recommendations, start=1):
            text = self.tr("Alt+%1   %2   %3   (declined on %4)")
            text = text.replace("%1", str(n)).replace("%2", line_text(r, lang.active()))
            text = text.replace("%3", fmt.money(r.unit_price * r.quantity)).replace(
                "%4", r.order_number
            )
            button = QPushButton(text)
            button.setObjectName("recommendation")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _c=False, i=n - 1: self._add_recommendation(i))
            self.rec_layout.addWidget(button)

    def _add_recommendation(self, index: int) -> None:
        if not 0 <= index < len(self._recommendations):
            return
        r = self._recommendations.pop(index)
        self._append(
            LineInput(
                kind=LineKind(r.kind),
                description=r.description,
                description_en=r.description_en,
                unit=r.unit,
                unit_en=r.unit_en,
                quantity=r.quantity,
                unit_price=r.unit_price,
                catalog_item_id=r.catalog_item_id,
            )
        )
        self._on_recs(self._recommendations)

    def _toggle_payer(self, payer: Payer) -> None:
        """W / G / I / N on a line: warranty (三包) / goodwill / insurance / internal;
        pressed again: the customer pays."""
        row = self.lines.currentIndex().row()
        line = self.model.lines()[row] if 0 <= row < self.model.rowCount() else None
        if line is not None:
            self.model.set_payer(row, Payer.CUSTOMER if line.payer is payer else payer)

    def _on_lines_changed(self) -> None:
        self._update_total()
        self.changed.emit()

    def _update_total(self) -> None:
        self.total.setText(
            self.tr("Estimate: %n line(s), customer pays %1", "", self.model.rowCount()).replace(
                "%1", fmt.money(self.model.total())
            )
        )

    # --- keyboard ---
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if obj is self.search and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                rows = self.results_model.rowCount()
                if rows:
                    row = self.results.currentIndex().row()
                    row = min(rows - 1, row + 1) if key == Qt.Key.Key_Down else max(0, row - 1)
                    self.results.setCurrentIndex(self.results_model.index(row, 0))
                return True
            if obj is self.lines and key == Qt.Key.Key_Delete:
                self.model.remove(self.lines.currentIndex().row())
                return True
            if obj is self.lines and key in PAYER_KEYS and not event.modifiers():
                self._toggle_payer(PAYER_KEYS[Qt.Key(key)])
                return True
        return super().eventFilter(obj, event)

    def enter_pressed(self, widget: QWidget) -> bool:
        if widget is self.search:
            text = self.search.text()
            if not text.strip():
                self.advance.emit()
            elif self._query.pending() or self._results_for != text:
                self._add_when_ready = True  # typed faster than the search: add when it answers
            elif self.results_model.rowCount():
                self._add_catalog(max(0, self.results.currentIndex().row()))
            return True
        if widget is self.free_price:
            self._add_free()
            return True
        if widget is self.lines:
            self.advance.emit()
            return True
        return False
