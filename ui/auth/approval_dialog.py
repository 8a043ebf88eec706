"""A manager's approval on the same screen.

When a service answers ``approval_required`` (:class:`~app.domain.errors.AccessDenied` with
``approvable``), the desk opens :class:`ApprovalDialog` over what the user was doing: it
says what is being approved ("Refund ¥20.00 on WO-…") and which roles may approve, and takes
the manager's login and PIN, or a scan of the staff card (the scanner types the code and
Enter). ``approvals.grant_approval`` checks them; the dialog hands the grant back and the
desk sends the same call again with ``approval=grant`` — nobody retypes anything.

The desks send the call through their command path (:mod:`ui.common.commands`), off the GUI
thread; :func:`ask_approval` is the part on screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.credentials import is_card_code
from app.domain.errors import AccessDenied
from app.domain.permissions import Permission
from app.services.approvals import ApprovalGrant, approver_roles, grant_approval
from app.services.context import ServiceContext
from ui.common.calls import call
from ui.common.errors import refusal_text, right_text, roles_text
from ui.common.field_errors import MessageLabel

#: how a dialog asks for an approval: ``ask(refusal, resend)`` opens it over the dialog and
#: ``resend(grant)`` sends what is typed again
Ask = Callable[[AccessDenied, Callable[[ApprovalGrant], None]], object]


def needs_approval(exc: BaseException) -> AccessDenied | None:
    """The refusal if a manager's approval would let the action through, else ``None``."""
    if isinstance(exc, AccessDenied) and exc.approvable:
        return exc
    return None


class ApprovalDialog(QDialog):
    """Emits ``granted(ApprovalGrant)`` and closes once the approver is accepted.

    ``what`` says the action in the user's words; ``subject`` is what the grant is for
    (``"order:42"``, as the service checks it)."""

    granted = Signal(object)

    def __init__(
        self,
        ctx: ServiceContext,
        permission: Permission | str,
        subject: str,
        what: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.permission = Permission(permission)
        self.subject = subject
        self.busy = False
        self.grant: ApprovalGrant | None = None
        self.setWindowTitle(self.tr("Manager's approval"))
        self.setMinimumWidth(480)
        self.what = QLabel(what)
        self.what.setObjectName("approvalWhat")
        self.what.setWordWrap(True)
        font = self.what.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.what.setFont(font)
        self.why = QLabel(
            self.tr("This needs a manager's approval: %1.").replace(
                "%1", right_text(self.permission)
            )
        )
        self.why.setWordWrap(True)
        self.who_may = QLabel(
            self.tr("May approve: %1").replace(
                "%1", roles_text(frozenset(approver_roles(self.permission)))
            )
        )
        self.who_may.setWordWrap(True)
        self.who = QLineEdit()
        self.who.setObjectName("approverLogin")
        self.who.setPlaceholderText(self.tr("Login, or scan the staff card"))
        self.pin = QLineEdit()
        self.pin.setObjectName("approverPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("PIN"))
        form = QFormLayout()
        who_label = QLabel(self.tr("Approver's &login:"))
        who_label.setBuddy(self.who)
        pin_label = QLabel(self.tr("&PIN:"))
        pin_label.setBuddy(self.pin)
        form.addRow(who_label, self.who)
        form.addRow(pin_label, self.pin)
        self.message = MessageLabel()
        self.message.setObjectName("approvalMessage")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Approve  (Enter)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Not approved  (Esc)")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addWidget(self.why)
        layout.addWidget(self.who_may)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.who.returnPressed.connect(self._on_who_entered)
        self.pin.returnPressed.connect(self.submit)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.who.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_who_entered(self) -> None:
        """Enter after the login goes to the PIN; a scanned card approves at once."""
        if is_card_code(self.who.text().strip()):
            self.submit()
        else:
            self.pin.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        if self.busy:
            return
        who, pin = self.who.text().strip(), self.pin.text()
        if not who:
            self.message.say(self.tr("Type the approver's login, or scan the staff card."))
            self.who.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        card = is_card_code(who)
        if not card and not pin:
            self.message.say(self.tr("Type the approver's PIN."))
            self.pin.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.busy = True
        self.buttons.setEnabled(False)
        self.message.say(self.tr("Checking…"))
        ctx, permission, subject = self.ctx, self.permission, self.subject
        call(
            self,
            lambda: grant_approval(ctx, permission, subject, who=who, pin="" if card else pin),
            self._on_granted,
            self._on_refused,
        )

    def _on_granted(self, grant: ApprovalGrant) -> None:
        self.busy = False
        self.grant = grant
        self.granted.emit(grant)
        self.accept()

    def _on_refused(self, exc: Exception) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        self.message.say(refusal_text(exc, "pin"))
        self.pin.clear()
        if is_card_code(self.who.text().strip()):
            self.who.clear()  # a card's code is a secret: never leave it on screen
        (self.pin if self.who.text() else self.who).setFocus(Qt.FocusReason.OtherFocusReason)


def ask_approval(
    parent: QWidget,
    ctx: ServiceContext,
    denied: AccessDenied,
    subject: str,
    what: str,
    resend: Callable[[ApprovalGrant], None],
    on_cancel: Callable[[], None] | None = None,
) -> ApprovalDialog:
    """Open the approval dialog for ``denied`` over ``parent``; once granted, ``resend``
    gets the grant (the desk sends the same call again with it)."""
    dialog = ApprovalDialog(ctx, denied.permission, subject, what, parent)
    dialog.granted.connect(resend)
    if on_cancel is not None:
        dialog.rejected.connect(on_cancel)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def order_subject(order_id: int) -> str:
    """What an approval on an order is for, as the services check it."""
    return f"order:{order_id}"
