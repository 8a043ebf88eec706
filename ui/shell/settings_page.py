"""Settings of this station: language, the desk it opens with, what it is connected to
(changed in the connection dialog, used from the next start) and its fonts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.context import ServiceContext
from ui.changes import ChangeAdapter
from ui.common import lang
from ui.common.widgets import hint, title
from ui.shell import fonts, i18n, prefs
from ui.shell.status import database_text
from ui.stations.connection_dialog import ConnectionDialog
from ui.workspace import Workspace


class SettingsWorkspace(Workspace):
    """Emits ``language_chosen(lang)`` ("zh_CN" / "en") when another language is chosen."""

    language_chosen = Signal(str)

    def __init__(
        self,
        ctx: ServiceContext,
        changes: ChangeAdapter,
        desk_titles: dict[str, str],
        cjk_family: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, changes, parent)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("Follow the system"), "system")
        self.language.addItem("中文（简体）", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language())))
        self.desk = QComboBox()
        for key in prefs.DESKS:
            self.desk.addItem(desk_titles.get(key, key), key)
        self.desk.setCurrentIndex(max(0, self.desk.findData(prefs.desk())))
        db = QLabel(
            database_text(ctx, self.tr("embedded (this computer only)"), self.tr("shared, %1"))
        )
        db.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.connection = QPushButton(self.tr("Database &connection…"))
        self.connection_note = QLabel()
        self.connection_note.setObjectName("notice")
        self.connection_note.setWordWrap(True)
        self.connection_note.hide()
        db_row = QHBoxLayout()
        db_row.setContentsMargins(0, 0, 0, 0)
        db_row.addWidget(db, 1)
        db_row.addWidget(self.connection)
        if cjk_family:
            font_text = self.tr("Chinese text uses the font “%1”.").replace("%1", cjk_family)
        else:
            font_text = self.tr(
                "No Chinese font found: Chinese text shows as boxes. Install the package %1 "
                "(e.g. apt-get install %1) and restart."
            ).replace("%1", fonts.INSTALL_HINT)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("This station opens with"), self.desk)
        form.addRow(self.tr("Database"), db_row)
        form.addRow("", self.connection_note)
        form.addRow(self.tr("Fonts"), QLabel(font_text))
        form_box = QWidget()
        form_box.setMaximumWidth(760)
        form_box.setLayout(form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(title(self.tr("Settings of this station")))
        layout.addWidget(form_box)
        layout.addWidget(
            hint(self.tr("A new language applies at once; an intake under way is kept."))
        )
        layout.addStretch(1)
        self._connect_signals()

    def title(self) -> str:
        return self.tr("Settings")

    def _connect_signals(self) -> None:
        self.language.currentIndexChanged.connect(self._on_language)
        self.desk.currentIndexChanged.connect(self._on_desk)
        self.connection.clicked.connect(self._on_connection)

    def focus_primary(self) -> None:
        self.language.setFocus()

    def _on_language(self) -> None:
        value = self.language.currentData()
        prefs.set_language(value)
        chosen = i18n.chosen_language()
        if chosen != lang.active():
            self.language_chosen.emit(chosen)

    def _on_desk(self) -> None:
        prefs.set_desk(self.desk.currentData())

    def _on_connection(self) -> None:
        dialog = ConnectionDialog(parent=self)
        dialog.accepted.connect(lambda: self._on_connection_saved(dialog.saved_text()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _on_connection_saved(self, text: str) -> None:
        self.connection_note.setText(text)
        self.connection_note.show()
