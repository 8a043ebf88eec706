"""The catalog at the Setup desk: labor items, parts and sundries in a searchable table
(kind and text filters, retired items greyed on request), a form to add or edit an item
(Insert / Enter), Import… (Ctrl+I, a preview first) and Export… (Ctrl+E)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import LineKind
from app.domain.models import CatalogItem
from app.services import catalog, catalog_io
from app.services.catalog_io import ImportResult
from app.services.context import ServiceContext
from ui.common import labels
from ui.common.row_model import ROW_ROLE
from ui.common.widgets import setup_table
from ui.models.setup_catalog import CatalogModel
from ui.setup.catalog_import import ExportDialog, ImportDialog
from ui.setup.catalog_item_dialog import CatalogItemDialog
from ui.setup.page import SetupPage

PAGE_SIZE = 200


class CatalogPage(SetupPage):
    entities = frozenset({"catalog"})

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.search = QLineEdit()
        self.search.setObjectName("catalogSearch")
        self.search.setPlaceholderText(self.tr("Code or name (either language)"))
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in LineKind:
            self.kind.addItem(labels.name(kind), kind)
        self.inactive = QCheckBox(self.tr("Show &retired items"))
        self.add = QPushButton(self.tr("&New item (Ins)"))
        self.edit = QPushButton(self.tr("&Edit (Enter)"))
        self.import_button = QPushButton(self.tr("&Import… (Ctrl+I)"))
        self.export_button = QPushButton(self.tr("E&xport… (Ctrl+E)"))
        self.more = QPushButton(self.tr("&More… (F8)"))
        self.more.setEnabled(False)
        self.count = QLabel()
        self.model = CatalogModel(
            {
                "code": self.tr("Code"),
                "kind": self.tr("Kind"),
                "name_zh": self.tr("Name (Chinese)"),
                "name_en": self.tr("Name (English)"),
                "unit": self.tr("Unit"),
                "price": self.tr("Price"),
                "standard_hours": self.tr("Std. hours"),
                "asset_kinds": self.tr("Applies to"),
                "active": self.tr("Active"),
            },
            {
                "flat": self.tr("flat"),
                "per_hour": self.tr("/ hour"),
                "yes": self.tr("yes"),
                "no": self.tr("retired"),
                "all": self.tr("all"),
            },
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("catalogTable")
        self.table.setModel(self.model)
        setup_table(self.table, stretch_column=2)
        filters = QHBoxLayout()
        search_label = QLabel(self.tr("&Find"))
        search_label.setBuddy(self.search)
        filters.addWidget(search_label)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.kind)
        filters.addWidget(self.inactive)
        filters.addStretch(1)
        filters.addWidget(self.add)
        filters.addWidget(self.edit)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.more)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._search_timer.timeout.connect(self.load)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._on_search_enter)
        self.kind.currentIndexChanged.connect(self.load)
        self.inactive.toggled.connect(self.load)
        self.add.clicked.connect(self.new_item)
        self.edit.clicked.connect(self.edit_current)
        self.table.activated.connect(lambda _i: self.edit_current())
        self.import_button.clicked.connect(self.choose_import)
        self.export_button.clicked.connect(self.choose_export)
        self.more.clicked.connect(self.load_more)
        for seq, slot in (
            ("Ins", self.new_item),
            ("Ctrl+I", self.choose_import),
            ("Ctrl+E", self.choose_export),
            ("F8", self.load_more),
        ):
            QShortcut(QKeySequence(seq), self, slot).setContext(
                Qt.ShortcutContext.WidgetWithChildrenShortcut
            )

    def title(self) -> str:
        return self.tr("Catalog")

    def focus_first(self) -> None:
        self.search.setFocus()

    def _on_search_enter(self) -> None:
        self._search_timer.stop()
        self.load()
        self.table.setFocus()

    # --- loading ---
    def _query(self, offset: int) -> list[CatalogItem]:
        return catalog.list_catalog(
            self.ctx,
            kind=LineKind(self.kind.currentData()) if self.kind.currentData() else None,
            text=self.search.text(),
            include_inactive=self.inactive.isChecked(),
            offset=offset,
            limit=PAGE_SIZE + 1,
        )

    def load(self) -> None:
        self._search_timer.stop()
        self.run(lambda: self._query(0), self._on_loaded)

    def _on_loaded(self, items: list[CatalogItem]) -> None:
        chosen = self.current_item()
        self.model.set_rows(items[:PAGE_SIZE])
        self._after_rows(len(items) > PAGE_SIZE)
        row = self.model.row_of(chosen.id) if chosen is not None else -1
        self.table.selectRow(max(row, 0))
        self.loaded.emit()

    def load_more(self) -> None:
        if not self.more.isEnabled():
            return
        offset = self.model.rowCount()
        self.run(lambda: self._query(offset), self._on_more)

    def _on_more(self, items: list[CatalogItem]) -> None:
        self.model.append(items[:PAGE_SIZE])
        self._after_rows(len(items) > PAGE_SIZE)
        self.loaded.emit()

    def _after_rows(self, more: bool) -> None:
        self.more.setEnabled(more)
        n = self.model.rowCount()
        self.count.setText(
            self.tr("%n item(s) shown, more to come", "", n)
            if more
            else self.tr("%n item(s)", "", n)
        )

    def current_item(self) -> CatalogItem | None:
        index = self.table.currentIndex()
        item = self.model.data(index, ROW_ROLE) if index.isValid() else None
        return item if isinstance(item, CatalogItem) else None

    # --- editing ---
    def new_item(self) -> None:
        self.open_dialog(None)

    def edit_current(self) -> None:
        item = self.current_item()
        if item is not None:
            self.open_dialog(item)

    def open_dialog(self, item: CatalogItem | None) -> CatalogItemDialog:
        dialog = CatalogItemDialog(self.ctx, item, self)
        dialog.saved.connect(self._on_item_saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_item_saved(self, item: CatalogItem) -> None:
        self.show_saved(self.tr("%1 saved.").replace("%1", item.code))
        self.load()

    # --- import / export ---
    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import the catalog"),
            "",
            self.tr("Catalog files (*.csv *.xlsx);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> ImportDialog:
        dialog = ImportDialog(self.ctx, path, self)
        dialog.imported.connect(self._on_imported)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_imported(self, result: ImportResult) -> None:
        self.show_saved(
            self.tr("Imported %1: %2 new, %3 changed, %4 unchanged.")
            .replace("%1", result.file_name)
            .replace("%2", str(result.added))
            .replace("%3", str(result.updated))
            .replace("%4", str(result.unchanged))
        )
        self.load()

    def choose_export(self) -> None:
        dialog = ExportDialog(self)
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        path = dialog.choose_path()
        if path is not None:
            self.export_to(
                path,
                dialog.format.currentData(),
                dialog.encoding.currentData(),
                dialog.header_lang.currentData(),
            )

    def export_to(self, path: Path, fmt: str, encoding: str, header_lang: str) -> None:
        self.run(
            lambda: catalog_io.export_catalog(
                self.ctx, path, fmt=fmt, encoding=encoding, lang=header_lang
            ),
            lambda n: self._on_exported(path, n),
        )

    def _on_exported(self, path: Path, count: int) -> None:
        self.notice.say(self.tr("%n item(s) written to %1", "", count).replace("%1", str(path)))
        self.saved.emit()
