"""Pause a job and say why (waiting for parts / approval / the customer / other + note).

The dialog calls ``submit(reason, note, done, failed)``, which sends off the GUI thread and
answers with ``done()`` or ``failed(refusal)``; a refused call keeps it open with the reason
next to the field, so nothing is half-saved and nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import PauseReason
from ui.common import labels as common
from ui.common.errors import order_error_text
from ui.common.field_errors import FieldErrors, MessageLabel

REASONS = (
    PauseReason.WAITING_PARTS,
    PauseReason.WAITING_APPROVAL,
    PauseReason.WAITING_CUSTOMER,
    PauseReason.OTHER,
)


class PauseDialog(QDialog):
    """Reason buttons 1–4 and a note; OK calls ``submit`` and closes once it was sent."""

    def __init__(
        self,
        number: str,
        submit: Callable[[PauseReason, str, Callable[[], None], Callable[[Exception], None]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self.setWindowTitle(self.tr("Pause %1").replace("%1", number))
        self.setMinimumWidth(360)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Why does the job pause?")))
        self.group = QButtonGroup(self)
        self.buttons: dict[PauseReason, QRadioButton] = {}
        for i, reason in enumerate(REASONS, start=1):
            button = QRadioButton(f"&{i}  {common.name(reason)}")
            self.group.addButton(button, i)
            self.buttons[reason] = button
            layout.addWidget(button)
        self.buttons[PauseReason.WAITING_PARTS].setChecked(True)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note (required for “Other”)"))
        self.errors = FieldErrors(self)
        layout.addWidget(QLabel(self.tr("Note:")))
        layout.addWidget(self.errors.wrap("note", self.note))
        self.message = MessageLabel()
        layout.addWidget(self.message)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Pause"))
        box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.accepted.connect(self._on_ok)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.ok_button = box.button(QDialogButtonBox.StandardButton.Ok)

    def reason(self) -> PauseReason:
        return REASONS[self.group.checkedId() - 1]

    def _on_ok(self) -> None:
        self.errors.clear()
        self.message.say("")
        self._submit(self.reason(), self.note.text(), self.accept, self._refused)

    def _refused(self, exc: Exception) -> None:
        """Shown in the dialog: the user corrects and retries."""
        self.errors.show_refusal(exc, self.message, order_error_text)
