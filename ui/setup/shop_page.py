"""The shop profile, as every printed document says it: legal and short name, address,
phone, logo, 统一社会信用代码, 机动车维修经营许可证 number and class, bank and account.

The text fields are saved together with Ctrl+S (refused if someone saved the profile
meanwhile: the message says who). The logo is its own action: choosing a file stores it at
once (a file that is no picture or is too large is refused next to the logo), Remove takes
it away.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import shop
from app.services.context import ServiceContext
from app.services.shop import ShopProfile
from ui.setup import labels
from ui.setup.page import FormPage

TEXT_FIELDS = (
    "legal_name",
    "short_name",
    "address",
    "phone",
    "credit_code",
    "license_no",
    "bank_name",
    "bank_account",
)


class ShopPage(FormPage):
    entities = frozenset({"settings"})

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.profile: ShopProfile | None = None
        self.edits: dict[str, QLineEdit] = {}
        rows = [
            ("legal_name", self.tr("&Legal name"), self.tr("as on the business licence")),
            ("short_name", self.tr("&Short name"), self.tr("printed big on documents")),
            ("address", self.tr("&Address"), ""),
            ("phone", self.tr("&Phone"), ""),
            ("credit_code", self.tr("&Unified social credit code"), self.tr("18 characters")),
            ("license_no", self.tr("Repair &licence no."), ""),
        ]
        for field, label, placeholder in rows:
            edit = QLineEdit()
            edit.setObjectName(field)
            edit.setPlaceholderText(placeholder)
            self.edits[field] = edit
            self._bind(field, label, edit)
        self.license_class = QComboBox()
        self.license_class.setObjectName("license_class")
        for value in labels.LICENSE_CLASSES:
            self.license_class.addItem(labels.license_class(value), value)
        self._bind("license_class", self.tr("Licence &class"), self.license_class)
        for field, label in (
            ("bank_name", self.tr("&Bank")),
            ("bank_account", self.tr("Bank acc&ount")),
        ):
            edit = QLineEdit()
            edit.setObjectName(field)
            self.edits[field] = edit
            self._bind(field, label, edit)
        # the logo
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setFixedSize(160, 100)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px dashed #b0bec5; background: white;")
        self.choose_logo = QPushButton(self.tr("C&hoose file…"))
        self.remove_logo = QPushButton(self.tr("Re&move"))
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.choose_logo)
        logo_buttons.addWidget(self.remove_logo)
        logo_buttons.addWidget(
            QLabel(self.tr("PNG, JPEG, BMP or GIF, at most 5 MB; saved at once"))
        )
        logo_buttons.addStretch(1)
        for button in (self.choose_logo, self.remove_logo):
            button.setMaximumWidth(200)
        logo_box = QWidget()
        logo_row = QHBoxLayout(logo_box)
        logo_row.setContentsMargins(0, 0, 0, 0)
        logo_row.addWidget(self.logo_preview)
        logo_row.addLayout(logo_buttons, 1)
        self.add_row(self.tr("Logo"), "logo", logo_box)
        self.errors.alias("shop.logo", "logo")
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save_button.setObjectName("primary")
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        self.below.addLayout(save_row)
        self.dirty_on(*(e.textEdited for e in self.edits.values()))
        self.dirty_on(self.license_class.activated)
        self.choose_logo.clicked.connect(self.pick_logo)
        self.remove_logo.clicked.connect(self.clear_logo)
        self.save_button.clicked.connect(self.save)

    def _bind(self, field: str, label: str, widget: QWidget) -> None:
        self.add_row(label, field, widget)
        # the services name a field either way ("legal_name" / "shop.legal_name")
        self.errors.alias(f"shop.{field}", field)

    def title(self) -> str:
        return self.tr("Shop profile")

    def focus_first(self) -> None:
        self.edits["legal_name"].setFocus()

    # --- load ---
    def load(self) -> None:
        self.run(lambda: shop.shop_profile(self.ctx), self.show_profile)

    def show_profile(self, profile: ShopProfile) -> None:
        self.profile = profile
        for field, edit in self.edits.items():
            edit.setText(getattr(profile, field))
        self.license_class.setCurrentIndex(
            max(0, self.license_class.findData(profile.license_class))
        )
        self._show_logo(profile.logo_png)
        self.set_dirty(False)
        self.loaded.emit()

    def _show_logo(self, png: bytes | None) -> None:
        self.remove_logo.setEnabled(bool(png))
        if not png:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("no logo"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(png)
        self.logo_preview.setText("")
        self.logo_preview.setPixmap(
            pixmap.scaled(
                self.logo_preview.size() * 0.92,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    # --- save ---
    def changes(self) -> dict[str, Any]:
        """The fields that differ from what was loaded."""
        loaded = self.profile or ShopProfile()
        typed: dict[str, Any] = {f: e.text() for f, e in self.edits.items()}
        typed["license_class"] = self.license_class.currentData()
        return {f: v for f, v in typed.items() if v != getattr(loaded, f)}

    def save(self) -> None:
        changes = self.changes()
        if not changes:
            self.notice.say(self.tr("Nothing to save: no field was changed."))
            return
        version = self.profile.version if self.profile is not None else None
        self.send("save_shop_profile", {"changes": changes, "version": version}, self._on_saved)

    def _on_saved(self, profile: ShopProfile) -> None:
        self.show_profile(profile)
        self.show_saved(self.tr("Shop profile saved. Every document prints it from now on."))

    # --- logo ---
    def pick_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the shop's logo"),
            "",
            self.tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)"),
        )
        if path:
            self.set_logo_file(Path(path))

    def set_logo_file(self, path: Path) -> None:
        self.send("set_logo", {"path_or_bytes": path}, self._on_logo)

    def clear_logo(self) -> None:
        self.send("clear_logo", {}, self._on_logo)

    def _on_logo(self, profile: ShopProfile) -> None:
        self.errors.clear()
        if self.profile is not None:
            # the logo is saved on its own; typed text stays as it is
            self.profile = ShopProfile(
                **{
                    **self.profile.__dict__,
                    "logo_png": profile.logo_png,
                    "version": profile.version,
                }
            )
        self._show_logo(profile.logo_png)
        self.notice.say(self.tr("Logo saved.") if profile.logo_png else self.tr("Logo removed."))
        self.saved.emit()
