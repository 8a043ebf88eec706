"""A technician's finding (增项): what was found, and the parts and labor it needs, picked
from the catalog (search as you type) or typed by hand. Sent to the advisor, who gets the
customer's approval; the job may pause meanwhile.

The dialog calls ``submit(lines, finding, pause, approval, done, failed)``, which sends off
the GUI thread and answers with ``done()`` or ``failed(refusal)``; refused input is marked in
place (cells of the lines table, the finding text) and the dialog stays open. A price below
the catalog asks for a manager's approval on the spot (``ask``), then is sent again as typed.

Keyboard: Tab goes through the finding, the search, the catalog hits, the line kind, "Add a
line by hand" (Ctrl+N: a line typed by hand, its description being edited), the lines,
Remove (Del on a line) and Send (Ctrl+Enter); no table keeps Tab. A cell is checked as it
is typed (:mod:`ui.common.cell_editing`): Enter keeps it, Esc puts it back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import AssetKind, LineKind
from app.domain.errors import ValidationError, ValidationErrors
from app.domain.models import CatalogItem
from app.services import catalog
from app.services.approvals import ApprovalGrant
from app.services.context import ServiceContext
from app.services.inputs import LineInput
from ui.auth.approval_dialog import Ask, needs_approval
from ui.common import labels as common
from ui.common.cell_editing import CheckedCellDelegate, check_lines
from ui.common.errors import access_text, field_text, order_error_text
from ui.common.field_errors import ErrorLabel, FieldErrors, MessageLabel
from ui.common.keys import add_key, show_key
from ui.common.lang import is_chinese
from ui.common.latest import LatestQuery
from ui.models.workshop_catalog import CatalogModel
from ui.models.workshop_finding import COLUMNS, DraftLine, DraftLinesModel
from ui.workshop import labels

#: ``submit(lines, finding, pause, approval, done, failed)``: sends off the GUI thread, then
#: ``done()`` (sent, or kept until the connection is back) or ``failed(refusal)``
Submit = Callable[
    [
        list[LineInput],
        str,
        bool,
        ApprovalGrant | None,
        Callable[[], None],
        Callable[[Exception], None],
    ],
    None,
]


class FindingDialog(QDialog):
    """Finding text, catalog search, draft lines, "pause until the customer decides"."""

    def __init__(
        self,
        ctx: ServiceContext,
        number: str,
        asset_kind: AssetKind | None,
        submit: Submit,
        *,
        can_pause: bool,
        ask: Ask | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self._ask = ask
        self.setWindowTitle(self.tr("Finding on %1").replace("%1", number))
        self.resize(820, 620)

        self.finding = QPlainTextEdit()
        self.finding.setPlaceholderText(self.tr("What did you find? (the advisor explains it)"))
        self.finding.setTabChangesFocus(True)
        self.finding.setMaximumHeight(90)
        self.errors = FieldErrors(self)
        finding_field = self.errors.wrap("finding", self.finding)
        self.errors.handle_prefix("lines.", self._mark_line)
        self._line_errors: dict[tuple[int, str], str] = {}

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the catalog: code or name, Enter adds"))
        self.catalog_model = CatalogModel(labels, is_chinese(), self)
        self.results = QTableView()
        self.results.setModel(self.catalog_model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setTabKeyNavigation(False)  # Tab goes on to the line kind
        self.results.verticalHeader().hide()
        self.results.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.results.activated.connect(lambda index: self._add_item(index.row()))
        self._query = LatestQuery(
            lambda text: catalog.search_catalog(ctx, text, asset_kind),
            self._on_results,
            self._on_error,
            parent=self,
        )
        self.search.textChanged.connect(self._query.ask)
        self.search.returnPressed.connect(self._on_search_enter)

        self.kind = QComboBox()
        for kind in LineKind:
            self.kind.addItem(common.name(kind), kind)
        self.add_free = QPushButton()
        show_key(self.add_free, self.tr("Add a line by hand"), "Ctrl+N")
        self.add_free.setAutoDefault(False)  # Enter belongs to the search field
        self.add_free.clicked.connect(self._on_add_free)

        self.lines_model = DraftLinesModel(labels, self)
        self.lines = QTableView()
        self.lines.setModel(self.lines_model)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.verticalHeader().hide()
        self.lines.horizontalHeader().setSectionResizeMode(
            COLUMNS.index("description"), QHeaderView.ResizeMode.Stretch
        )
        self.cells = CheckedCellDelegate(self.lines)  # checks each cell, Tab leaves the table
        self.cell_error = ErrorLabel()
        self.cells.refused.connect(self.cell_error.say)
        self.cells.accepted.connect(lambda: self.cell_error.say(""))
        self.remove = QPushButton()
        show_key(self.remove, self.tr("Remove line"), "Del")
        self.remove.setAutoDefault(False)
        self.remove.clicked.connect(self._on_remove)

        self.pause = QCheckBox(self.tr("Pause the job until the customer decides"))
        self.pause.setChecked(can_pause)
        self.pause.setEnabled(can_pause)

        self.message = MessageLabel()

        self.send = QPushButton()
        show_key(self.send, self.tr("Send to advisor"), "Ctrl+Enter")
        self.send.setDefault(False)
        self.send.setAutoDefault(False)
        self.send.clicked.connect(self._on_send)
        add_key(self, "Ctrl+Enter", self._on_send)
        add_key(self, "Ctrl+N", self._on_add_free)
        add_key(self.lines, "Del", self._on_remove)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Finding:")))
        layout.addWidget(finding_field)
        layout.addWidget(QLabel(self.tr("Catalog:")))
        layout.addWidget(self.search)
        layout.addWidget(self.results, 2)
        hand = QHBoxLayout()
        hand.addWidget(self.kind)
        hand.addWidget(self.add_free)
        hand.addStretch(1)
        hand.addWidget(self.remove)
        layout.addLayout(hand)
        layout.addWidget(QLabel(self.tr("Extra work to propose:")))
        layout.addWidget(self.lines, 3)
        layout.addWidget(self.cell_error)
        layout.addWidget(self.pause)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.send)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)
        self.finding.setFocus()
        self._query.ask_now("")

    # --- catalog -------------------------------------------------------------------------

    def _on_results(self, _text: str, items: list[CatalogItem]) -> None:
        self.catalog_model.set_items(items)
        if items:
            self.results.selectRow(0)

    def _on_error(self, exc: Exception) -> None:
        self.message.say(order_error_text(exc))

    def _on_search_enter(self) -> None:
        rows = self.results.selectionModel().selectedRows()
        if rows:
            self._add_item(rows[0].row())
        elif self.catalog_model.rowCount() == 1:
            self._add_item(0)

    def _add_item(self, row: int) -> None:
        item = self.catalog_model.item(row)
        self.add_catalog_item(item)
        self.search.selectAll()
        self.search.setFocus()

    def add_catalog_item(self, item: CatalogItem) -> None:
        self.lines_model.add(
            DraftLine(
                kind=item.kind,
                description=self.catalog_model.name(item),
                quantity=f"{item.default_quantity.normalize():f}",
                unit_price=f"{item.unit_price:.2f}",
                code=item.code,
                unit=item.unit,
                catalog_item_id=item.id,
            )
        )

    # --- lines ---------------------------------------------------------------------------

    def _on_add_free(self) -> None:
        row = self.lines_model.add(DraftLine(kind=self.kind.currentData(), description=""))
        index = self.lines_model.index(row, COLUMNS.index("description"))
        self.lines.setCurrentIndex(index)
        self.lines.setFocus()
        self.lines.edit(index)

    def _on_remove(self) -> None:
        index = self.lines.currentIndex()
        if index.isValid():
            self.lines_model.remove(index.row())

    # --- sending -------------------------------------------------------------------------

    def _on_send(self) -> None:
        self.submit_with(None)

    def submit_with(self, approval: ApprovalGrant | None) -> None:
        """Send the finding and lines (with a manager's ``approval`` once given)."""
        self.message.say("")
        self.cell_error.say("")
        self._line_errors: dict[tuple[int, str], str] = {}
        self.lines_model.set_errors({})
        lines = [line.to_input() for line in self.lines_model.lines()]
        unchecked = check_lines(lines)  # e.g. a line typed by hand still without a price
        if unchecked:
            self._show_refusal(ValidationErrors(unchecked))
            return
        self._submit(
            lines,
            self.finding.toPlainText(),
            self.pause.isChecked(),
            approval,
            self.accept,
            lambda exc: self._refused(exc, approval),
        )

    def _refused(self, exc: Exception, approval: ApprovalGrant | None) -> None:
        """Shown in place; the dialog stays open (a price below the catalog: approval)."""
        denied = needs_approval(exc)
        if denied is not None and approval is None and self._ask is not None:
            self.message.say(access_text(denied))
            self._ask(denied, self.submit_with)
            return
        self._show_refusal(exc)

    def _show_refusal(self, exc: Exception) -> None:
        rest = self.errors.show(exc)
        self.lines_model.set_errors(self._line_errors)
        if self._line_errors:
            (row, field), text = min(self._line_errors.items())
            self.message.say(self.tr("Line %1: %2").replace("%1", str(row + 1)).replace("%2", text))
            index = self.lines_model.index(row, COLUMNS.index(field))
            self.lines.setCurrentIndex(index)
            self.lines.setFocus()
        elif any(e.field == "lines" for e in rest):
            self.message.say(self.tr("Add at least one line: from the catalog or by hand."))
        elif rest or not self.errors.text_of("finding"):
            self.message.say(order_error_text(exc))

    def _mark_line(self, err: ValidationError) -> bool:
        """``lines.2.quantity`` -> the quantity cell of row 2."""
        parts = err.field.split(".")
        if len(parts) != 3 or not parts[1].isdigit() or parts[2] not in COLUMNS:
            return False
        self._line_errors.setdefault((int(parts[1]), parts[2]), field_text(err))
        return True
