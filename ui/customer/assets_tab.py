"""A customer's vehicles and devices, each one's owner history, editing one (F2, Enter or
double-click on the list: :class:`~ui.customer.asset_dialog.AssetDialog`, with its purchase
and invoice dates and the VIN confirmation), and transfer to another customer (the old
ownership is closed, the history kept)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import Asset
from app.services.context import ServiceContext
from app.services.lookup import lookup
from app.services.views import LookupHit
from ui.common.commands import run_command
from ui.common.errors import error_text, validation_errors
from ui.common.field_errors import FieldErrors, with_error_label
from ui.common.keys import add_key, show_key
from ui.common.latest import LatestQuery
from ui.common.lookup_box import HitDelegate
from ui.common.widgets import MessageKind, MessageLine, hint, setup_table, title
from ui.customer.asset_dialog import AssetDialog
from ui.models.customer_assets import AssetsModel
from ui.models.customer_ownership import OwnershipModel
from ui.models.lookup_hits import LookupHitsModel


class AssetsTab(QWidget):
    """Emits ``transferred(asset_id)`` and ``edited(asset_id)``."""

    transferred = Signal(int)
    edited = Signal(int)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = AssetsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table, 1)
        self.edit = QPushButton()
        show_key(self.edit, self.tr("Edit vehicle / device…"), "F2")
        self.edit.setEnabled(False)
        self.owners_model = OwnershipModel(self)
        self.owners = QTableView()
        self.owners.setModel(self.owners_model)
        setup_table(self.owners, 0)
        self.owners.setMaximumHeight(160)
        self.errors = FieldErrors(self)
        self.new_owner = QLineEdit()
        self.new_owner.setPlaceholderText(self.tr("New owner: phone or name"))
        self.candidates_model = LookupHitsModel(self)
        self.candidates = QListView()
        self.candidates.setModel(self.candidates_model)
        self.candidates.setItemDelegate(HitDelegate(self.candidates))
        self.candidates.setMaximumHeight(110)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. sold privately"))
        self.transfer = QPushButton(self.tr("Transfer to the chosen customer"))
        self.message = MessageLine()
        box = QGroupBox(self.tr("Transfer to another customer"))
        box.setMaximumWidth(820)
        form = QFormLayout(box)
        owner_box, owner_error = with_error_label(self.new_owner)
        form.addRow(self.tr("New owner"), owner_box)
        form.addRow("", self.candidates)
        note_box, note_error = with_error_label(self.note)
        form.addRow(self.tr("Note"), note_box)
        form.addRow("", self.transfer)
        form.addRow("", self.message)
        self.errors.bind("customer", self.new_owner, owner_error)
        self.errors.bind("note", self.note, note_error)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 2)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.edit)
        edit_row.addStretch(1)
        layout.addLayout(edit_row)
        layout.addWidget(title(self.tr("Owners of the selected vehicle / device")))
        layout.addWidget(self.owners, 1)
        layout.addWidget(box)
        layout.addWidget(hint(self.tr("Former vehicles stay in the file with their history.")))
        self._query = LatestQuery(
            lambda t: lookup(self.ctx, t, 8, ["phone", "phone_tail", "name"]),
            lambda _t, hits: self.candidates_model.set_hits(
                [h for h in hits if h.kind == "customer" and h.id != self.model.owner_id]
            ),
            lambda exc: None,
            150,
            self,
        )
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(self._on_asset)
        self.new_owner.textEdited.connect(self._query.ask)
        self.transfer.clicked.connect(self._on_transfer)
        self.new_owner.returnPressed.connect(self._pick_first)
        self.edit.clicked.connect(self.edit_current)
        self.table.activated.connect(lambda _i: self.edit_current())
        add_key(self, "F2", self.edit_current)

    def show_assets(self, owner_id: int, assets: list[Asset]) -> None:
        current = self.current_asset()
        self.model.owner_id = owner_id
        self.model.set_rows(assets)
        row = next((i for i, a in enumerate(assets) if current and a.id == current.id), 0)
        if assets:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._on_asset()

    def current_asset(self) -> Asset | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _on_asset(self) -> None:
        asset = self.current_asset()
        self.owners_model.set_rows(list(asset.ownerships) if asset else [])
        owned = asset is not None and asset.customer_id == self.model.owner_id
        self.transfer.setEnabled(owned)
        self.edit.setEnabled(owned)

    def edit_current(self) -> AssetDialog | None:
        """Open the chosen vehicle or device (one this customer owns) for editing."""
        asset = self.current_asset()
        if asset is None or asset.customer_id != self.model.owner_id:
            return None
        dialog = AssetDialog(self.ctx, asset, self)
        dialog.saved.connect(self._on_edited)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_edited(self, asset: Asset) -> None:
        self.message.say(self.tr("Saved."), MessageKind.SUCCESS)
        self.edited.emit(asset.id)

    def _pick_first(self) -> None:
        if self.candidates_model.rowCount():
            self.candidates.setCurrentIndex(self.candidates_model.index(0))

    def _chosen(self) -> LookupHit | None:
        index = self.candidates.currentIndex()
        return self.candidates_model.hit(index.row()) if index.isValid() else None

    def _on_transfer(self) -> None:
        asset, hit = self.current_asset(), self._chosen()
        self.errors.clear()
        if asset is None:
            return
        if hit is None:
            self.message.say(self.tr("Choose the new owner from the list first."))
            return
        note = self.note.text()
        run_command(
            self,
            self.ctx,
            "transfer_asset",
            {"asset_id": asset.id, "new_customer_id": hit.id, "note": note},
            self._on_transferred,
            self._on_error,
        )

    def _on_transferred(self, asset: Asset) -> None:
        self.message.say(self.tr("Transferred."), MessageKind.SUCCESS)
        self.new_owner.clear()
        self.note.clear()
        self.candidates_model.set_hits([])
        self.transferred.emit(asset.id)

    def _on_error(self, exc: Exception) -> None:
        unplaced = self.errors.show(exc)
        self.message.say("" if validation_errors(exc) and not unplaced else error_text(exc))
