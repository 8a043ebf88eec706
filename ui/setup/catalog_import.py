"""Importing a catalog file (CSV in UTF-8 or GBK, Excel .xlsx) with a preview first: how
many items are new, changed (which fields) or unchanged, and every problem with its row and
column in the user's language. "Import" is enabled only when the file has no problem; the
import then writes the whole file in one transaction or nothing.

Also the export dialog: format, encoding (CSV) and the language of the headers.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import catalog_io
from app.services.catalog_io import ImportPreview, ImportRefused, ImportResult, RowError
from app.services.context import ServiceContext
from ui.common import lang
from ui.common.calls import call
from ui.common.commands import run_command
from ui.common.widgets import title
from ui.setup.messages import error_message, row_error_message
from ui.setup.page import Notice


class ImportDialog(QDialog):
    """Preview ``path``; Import (Alt+I) applies it. Emits ``imported(ImportResult)``."""

    previewed = Signal(object)  # ImportPreview
    imported = Signal(object)  # ImportResult

    def __init__(self, ctx: ServiceContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = path
        self.preview: ImportPreview | None = None
        self.setWindowTitle(self.tr("Import the catalog: %1").replace("%1", path.name))
        self.summary = QLabel(self.tr("Reading the file…"))
        self.summary.setWordWrap(True)
        self.notice = Notice()
        self.problems = QTableWidget(0, 3)
        self.problems.setObjectName("importErrors")
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Problem")]
        )
        self.rows = QTableWidget(0, 3)
        self.rows.setObjectName("importRows")
        self.rows.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Code"), self.tr("What the import does")]
        )
        for table in (self.problems, self.rows):
            table.verticalHeader().hide()
            table.horizontalHeader().setStretchLastSection(True)
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
            table.setTabKeyNavigation(False)
        self.problems_title = title(self.tr("Problems"))
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("primary")
        self.import_button.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.notice)
        layout.addWidget(self.problems_title)
        layout.addWidget(self.problems, 2)
        layout.addWidget(title(self.tr("Items")))
        layout.addWidget(self.rows, 3)
        layout.addWidget(self.buttons)
        self.import_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self.resize(820, 600)
        call(self, lambda: catalog_io.preview_import(ctx, path), self.show_preview, self._failed)

    # --- preview ---
    def show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        counts = {s: preview.count(s) for s in ("new", "changed", "unchanged")}
        if preview.errors:
            self.summary.setText(
                self.tr(
                    "%n problem(s) in the file: nothing can be imported until they are fixed. "
                    "Fix the file and import it again.",
                    "",
                    len(preview.errors),
                )
            )
        else:
            self.summary.setText(
                self.tr("%1 new, %2 changed, %3 unchanged. Nothing is written before Import.")
                .replace("%1", str(counts["new"]))
                .replace("%2", str(counts["changed"]))
                .replace("%3", str(counts["unchanged"]))
            )
        self._fill_errors(preview.errors)
        self.rows.setRowCount(len(preview.rows))
        for n, row in enumerate(preview.rows):
            self._set(self.rows, n, 0, str(row.row))
            self._set(self.rows, n, 1, row.code)
            self._set(self.rows, n, 2, self.status_text(row.status, row.changes))
        self.rows.resizeColumnsToContents()
        self.import_button.setEnabled(preview.ok and bool(preview.rows))
        (self.import_button if preview.ok else self.problems).setFocus()
        self.previewed.emit(preview)

    def status_text(self, status: str, changes: dict[str, tuple[str, str]]) -> str:
        if status == "new":
            return self.tr("new")
        if status == "unchanged":
            return self.tr("unchanged")
        detail = "; ".join(f"{col}: {old} → {new}" for col, (old, new) in changes.items())
        return self.tr("changed: %1").replace("%1", detail)

    def _fill_errors(self, errors: list[RowError]) -> None:
        self.problems.setRowCount(len(errors))
        for n, e in enumerate(errors):
            self._set(self.problems, n, 0, str(e.row) if e.row else self.tr("file"))
            self._set(self.problems, n, 1, e.column or "")
            self._set(self.problems, n, 2, row_error_message(e.code, e.params, e.message))
        self.problems.resizeColumnsToContents()
        self.problems.setVisible(bool(errors))
        self.problems_title.setVisible(bool(errors))

    def error_texts(self) -> list[str]:
        """The problems as the table shows them: "row, column: sentence"."""
        found = []
        for n in range(self.problems.rowCount()):
            cells = [self.problems.item(n, c).text() for c in range(3)]  # type: ignore[union-attr]
            found.append(f"{cells[0]}, {cells[1]}: {cells[2]}")
        return found

    @staticmethod
    def _set(table: QTableWidget, row: int, col: int, text: str) -> None:
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        table.setItem(row, col, item)

    # --- apply ---
    def apply(self) -> None:
        if self.preview is None or not self.preview.ok:
            return
        self.import_button.setEnabled(False)
        run_command(
            self, self.ctx, "apply_catalog_import", {"path": self.path}, self._done, self._failed
        )

    def _done(self, result: ImportResult) -> None:
        self.imported.emit(result)
        self.accept()

    def _failed(self, err: Exception) -> None:
        if isinstance(err, ImportRefused):
            self.summary.setText(
                self.tr(
                    "The file changed or the catalog did: %n problem(s), nothing imported.",
                    "",
                    len(err.errors),
                )
            )
            self._fill_errors(err.errors)
            self.import_button.setEnabled(False)
            return
        self.notice.say(error_message(err), error=True)


class ExportDialog(QDialog):
    """Where and how to export: format (from the file name), CSV encoding, header language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the catalog"))
        self.format = QComboBox()
        self.format.addItem(self.tr("CSV (opens in Excel and WPS)"), "csv")
        self.format.addItem(self.tr("Excel workbook (.xlsx)"), "xlsx")
        self.encoding = QComboBox()
        self.encoding.addItem(self.tr("UTF-8 (recommended)"), "utf-8-sig")
        self.encoding.addItem(self.tr("GBK (older Excel in Chinese)"), "gbk")
        self.header_lang = QComboBox()
        self.header_lang.addItem(self.tr("Chinese headers"), "zh_CN")
        self.header_lang.addItem(self.tr("English headers"), "en")
        self.header_lang.setCurrentIndex(0 if lang.is_chinese() else 1)
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Format"), self.format),
            (self.tr("&Encoding"), self.encoding),
            (self.tr("&Headers"), self.header_lang),
        ):
            form.addRow(text, widget)
            label = form.labelForField(widget)
            if isinstance(label, QLabel):
                label.setBuddy(widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.format.currentIndexChanged.connect(
            lambda: self.encoding.setEnabled(self.format.currentData() == "csv")
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choose_path(self) -> Path | None:
        fmt = self.format.currentData()
        filters = self.tr("CSV files (*.csv)") if fmt == "csv" else self.tr("Excel (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), f"catalog.{fmt}", filters)
        return Path(path) if path else None
