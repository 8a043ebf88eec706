"""The audit log: who (user and role) did what, where and when, with before -> after and
the approving manager; filtered by order, customer, user, dates, action and text; paged
(More…, F8) and exported to CSV. Read only: nothing here can change an entry."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ValidationError, ValidationErrors
from app.services import audit_log, lookup, staff
from app.services.audit_log import AuditFilter, AuditRow
from app.services.context import ServiceContext
from ui.common import lang
from ui.common.field_errors import with_error_label
from ui.common.labels import audit_action, audit_value
from ui.common.widgets import setup_table
from ui.models.setup_audit import AuditModel
from ui.setup import labels
from ui.setup.page import SetupPage

PAGE_SIZE = 200


@dataclass(frozen=True)
class AuditPageResult:
    rows: list[AuditRow]
    more: bool
    customer: str | None  # the customer the filter found, to show


class AuditPage(SetupPage):
    entities = frozenset({"audit", "order", "settings", "catalog", "user"})

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.order = QLineEdit()
        self.order.setPlaceholderText(self.tr("e.g. WO-20261201-0001"))
        self.customer = QLineEdit()
        self.customer.setPlaceholderText(self.tr("name or phone"))
        self.user = QComboBox()
        self.since = QLineEdit()
        self.until = QLineEdit()
        for edit in (self.since, self.until):
            edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
            edit.setMaximumWidth(140)
        self.action = QComboBox()
        self.action.setEditable(True)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("words in the summary"))
        self.search = QPushButton(self.tr("&Search (Enter)"))
        self.search.setObjectName("primary")
        self.more = QPushButton(self.tr("&More… (F8)"))
        self.export = QPushButton(self.tr("E&xport CSV…"))
        self.count = QLabel()
        self.model = AuditModel(
            {
                "time": self.tr("Time"),
                "user": self.tr("User"),
                "role": self.tr("Role"),
                "station": self.tr("Station"),
                "action": self.tr("Action"),
                "what": self.tr("What"),
                "before_after": self.tr("Before → after"),
                "approved_by": self.tr("Approved by"),
            },
            lambda roles: labels.roles(list(roles)),
            self,
            action_names=audit_action,
            value_names=audit_value,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        # before → after (free text, long) gives way first, then what was changed
        setup_table(self.table, stretch_column=6, flexible=[5])
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        fields = [
            (self.tr("&Order"), "order_number", self.order),
            (self.tr("C&ustomer"), "customer", self.customer),
            (self.tr("Us&er"), "user", self.user),
            (self.tr("&From"), "since", self.since),
            (self.tr("&To"), "until", self.until),
            (self.tr("Ac&tion"), "action", self.action),
            (self.tr("Te&xt"), "text", self.text),
        ]
        for n, (label_text, field, widget) in enumerate(fields):
            label = QLabel(label_text)
            label.setBuddy(widget)
            box, error = with_error_label(widget)
            self.errors.bind(field, widget, error)
            row, col = divmod(n, 4)
            grid.addWidget(label, row * 2, col, Qt.AlignmentFlag.AlignBottom)
            grid.addWidget(box, row * 2 + 1, col, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.search, 3, 3, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.more)
        buttons.addWidget(self.export)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addLayout(grid)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._filter = AuditFilter()
        self._users_loaded = False
        self.more.setEnabled(False)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.search.clicked.connect(self.load)
        self.more.clicked.connect(self.load_more)
        self.export.clicked.connect(self.choose_export)
        for edit in (self.order, self.customer, self.since, self.until, self.text):
            edit.returnPressed.connect(self.load)
        line = self.action.lineEdit()
        if line is not None:
            line.returnPressed.connect(self.load)
        QShortcut(QKeySequence("F8"), self, self.load_more).setContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut
        )

    def title(self) -> str:
        return self.tr("Audit log")

    def focus_first(self) -> None:
        self.order.setFocus()

    def revert(self) -> None:
        for edit in (self.order, self.customer, self.since, self.until, self.text):
            edit.clear()
        self.action.setCurrentText("")
        self.user.setCurrentIndex(0)
        super().revert()

    # --- filter ---
    def _date(self, edit: QLineEdit, field: str, errors: list[ValidationError]) -> date | None:
        text = edit.text().strip()
        if not text:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            errors.append(ValidationError(field, "bad_date", "a date like 2026-10-01", text))
            return None

    def current_filter(self) -> AuditFilter:
        """The filter as typed (raises ValidationErrors for a bad date)."""
        errors: list[ValidationError] = []
        since = self._date(self.since, "since", errors)
        until = self._date(self.until, "until", errors)
        if errors:
            raise ValidationErrors(errors)
        return AuditFilter(
            order_number=self.order.text().strip() or None,
            user_id=self.user.currentData(),
            since=since,
            until=until,
            action=self._action(),
            text=self.text.text().strip() or None,
        )

    def _action(self) -> str | None:
        """The action chosen by its name, or typed as stored (``order.`` for a prefix)."""
        text = self.action.currentText().strip()
        chosen = self.action.itemData(self.action.findText(text)) if text else None
        return chosen or text or None

    def _resolved(self, flt: AuditFilter, customer_text: str) -> tuple[AuditFilter, str | None]:
        """The customer typed, found by the lookup (the first customer it finds)."""
        if not customer_text:
            return flt, None
        hits = [h for h in lookup.lookup(self.ctx, customer_text, 5) if h.customer_id]
        if not hits:
            raise ValidationError("customer", "no_customer", "no customer matches", customer_text)
        hit = hits[0]
        flt.customer_id = hit.customer_id
        return flt, hit.title if hit.kind == "customer" else hit.subtitle

    # --- loading ---
    def load(self) -> None:
        if not self._users_loaded:
            self._load_choices()
        try:
            flt = self.current_filter()
        except ValidationErrors as err:
            self.show_error(err)
            return
        customer_text = self.customer.text().strip()

        def work() -> AuditPageResult:
            resolved, who = self._resolved(flt, customer_text)
            rows = audit_log.search_audit(self.ctx, resolved, limit=PAGE_SIZE + 1)
            self._filter = resolved
            return AuditPageResult(rows[:PAGE_SIZE], len(rows) > PAGE_SIZE, who)

        self.run(work, self._on_loaded)

    def _on_loaded(self, result: AuditPageResult) -> None:
        self.errors.clear()
        self.notice.say(
            self.tr("Customer: %1").replace("%1", result.customer) if result.customer else ""
        )
        self.model.set_rows(result.rows)
        self._after_rows(result.more)
        self.loaded.emit()

    def load_more(self) -> None:
        last = self.model.last_id()
        if last is None or not self.more.isEnabled():
            return
        flt = self._filter
        self.run(
            lambda: audit_log.search_audit(self.ctx, flt, limit=PAGE_SIZE + 1, before_id=last),
            self._on_more,
        )

    def _on_more(self, rows: list[AuditRow]) -> None:
        self.model.append(rows[:PAGE_SIZE])
        self._after_rows(len(rows) > PAGE_SIZE)
        self.loaded.emit()

    def _after_rows(self, more: bool) -> None:
        self.more.setEnabled(more)
        n = self.model.rowCount()
        self.count.setText(
            self.tr("%n entry(s) shown, more to come", "", n)
            if more
            else self.tr("%n entry(s)", "", n)
        )

    def _load_choices(self) -> None:
        def work() -> tuple[list[tuple[str, int]], list[str]]:
            people = [(s.name, s.id) for s in staff.list_staff(self.ctx)]
            return people, audit_log.audit_actions(self.ctx)

        self.run(work, self._on_choices)

    def _on_choices(self, result: tuple[list[tuple[str, int]], list[str]]) -> None:
        people, actions = result
        chosen = self.user.currentData()
        typed = self.action.currentText()
        self.user.clear()
        self.user.addItem(self.tr("(everyone)"), None)
        for name, user_id in people:
            self.user.addItem(name, user_id)
        self.user.setCurrentIndex(max(0, self.user.findData(chosen)))
        self.action.clear()
        self.action.addItem("")
        for action in actions:
            self.action.addItem(audit_action(action), action)
        self.action.setCurrentText(typed)
        self._users_loaded = True

    # --- export ---
    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit log"), "audit.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Everything the current filter finds (not only the rows shown), as CSV."""
        try:
            flt = self.current_filter()
        except ValidationErrors as err:
            self.show_error(err)
            return
        customer_text = self.customer.text().strip()
        csv_lang = "zh_CN" if lang.is_chinese() else "en"

        def work() -> int:
            resolved, _who = self._resolved(flt, customer_text)
            with path.open("w", encoding="utf-8", newline="") as out:
                return audit_log.export_audit_csv(self.ctx, resolved, out, lang=csv_lang)

        self.run(work, lambda n: self._on_exported(path, n))

    def _on_exported(self, path: Path, rows: int) -> None:
        self.notice.say(self.tr("%n entry(s) written to %1", "", rows).replace("%1", str(path)))
        self.saved.emit()
