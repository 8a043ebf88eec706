"""The customer's value class (A/B/C/D, DOMAIN.md "Keeping customers") as a small badge
beside the customer's name, with why in its tooltip: on the customer file and at the counter
once a customer is found. The class is the one last computed (daily, or on demand at the
care desk): :func:`app.services.value_classes.class_of`; hidden while there is none."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.domain.enums import ValueClass
from app.services import value_classes
from app.services.context import ServiceContext
from app.services.value_classes import CustomerClass
from ui.common import format as fmt
from ui.common.calls import call

# background and text colour per class
COLOURS: dict[ValueClass, tuple[str, str]] = {
    ValueClass.A: ("#fff3cd", "#7a5200"),
    ValueClass.B: ("#e3f2fd", "#0d47a1"),
    ValueClass.C: ("#eceff1", "#37474f"),
    ValueClass.D: ("#fdecea", "#8e1c14"),
}


def why_text(c: CustomerClass) -> str:
    """Why the customer is in their class, in the user's language (the badge's tooltip)."""
    spend = fmt.money(c.spend)
    n = c.visits
    visits = QCoreApplication.translate("ValueBadge", "%n visit(s)", "", n)
    last = c.last_visit_at.astimezone().date().isoformat() if c.last_visit_at else "—"
    if c.value_class is ValueClass.A:
        text = QCoreApplication.translate(
            "ValueBadge",
            "Class A, loyal: among the top 20% of the last 12 months' spend (%1, %2), 3 or "
            "more visits, no debts.",
        )
    elif c.value_class is ValueClass.C:
        text = QCoreApplication.translate(
            "ValueBadge",
            "Class C, marginal: only warranty or free work in the last 12 months, or visits "
            "more than 6 months apart (%1, %2; last visit %3).",
        )
    elif c.value_class is ValueClass.D:
        text = QCoreApplication.translate(
            "ValueBadge", "Class D, lost: no visit for over 6 months (last visit %3)."
        )
    else:
        text = QCoreApplication.translate(
            "ValueBadge",
            "Class B, ordinary: %1, %2 in the last 12 months (last visit %3); "
            "A needs the top 20% of spend, 3 visits and no debts.",
        )
    computed = QCoreApplication.translate("ValueBadge", "Unchanged since %1.").replace(
        "%1", fmt.local_time(c.computed_at)
    )
    return text.replace("%1", spend).replace("%2", visits).replace("%3", last) + "\n" + computed


class ValueBadge(QLabel):
    """``load(ctx, customer_id)`` shows that customer's class (hidden meanwhile)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("valueBadge")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.customer_id: int | None = None
        self.value: CustomerClass | None = None
        self.hide()

    def load(self, ctx: ServiceContext, customer_id: int) -> None:
        self.customer_id = customer_id
        if self.value is None or self.value.customer_id != customer_id:
            self.show_class(None)

        def done(found: CustomerClass | None) -> None:
            if self.customer_id == customer_id:
                self.show_class(found)

        # a refusal (no VIEW right) leaves the badge hidden: the file says the rest
        call(self, lambda: value_classes.class_of(ctx, customer_id), done, lambda _e: None)

    def show_class(self, c: CustomerClass | None) -> None:
        self.value = c
        if c is None:
            self.hide()
            self.setToolTip("")
            return
        bg, fg = COLOURS[c.value_class]
        self.setText(c.value_class.value)
        self.setStyleSheet(
            f"background:{bg}; color:{fg}; border:1px solid {fg}; border-radius:9px;"
            "padding:1px 9px; font-weight:700;"
        )
        why = why_text(c)
        self.setToolTip(why)
        self.setAccessibleName(
            QCoreApplication.translate("ValueBadge", "Value class %1").replace(
                "%1", c.value_class.value
            )
        )
        self.setAccessibleDescription(why)
        self.show()
