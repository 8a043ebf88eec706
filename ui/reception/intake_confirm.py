"""Intake step 7: everything at a glance, the customer's approval method, confirm."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ApprovalMethod
from app.services.context import ServiceContext
from ui.common import format as fmt
from ui.common import labels
from ui.common.widgets import hint, title
from ui.models.reception_estimate import EstimateModel
from ui.reception.intake_state import IntakeState, line_from_json
from ui.reception.intake_step import Step


class ConfirmStep(Step):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setMaximumWidth(900)
        self.methods = QButtonGroup(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("The customer approves by:")))
        self._buttons: dict[ApprovalMethod, QRadioButton] = {}
        for method, text in (
            (ApprovalMethod.SIGNATURE, self.tr("&Signature on the work order")),
            (ApprovalMethod.IN_PERSON, self.tr("&In person (verbal)")),
            (ApprovalMethod.PHONE, self.tr("&Phone")),
        ):
            button = QRadioButton(text)
            self.methods.addButton(button)
            self._buttons[method] = button
            row.addWidget(button)
        row.addStretch(1)
        self.confirm = QPushButton(self.tr("Confirm and open the work order  (Ctrl+Enter)"))
        self.confirm.setObjectName("primary")
        self.progress = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(title(self.tr("Check with the customer, then confirm")))
        layout.addWidget(self.summary, 1)
        layout.addLayout(row)
        layout.addWidget(self.general_error)
        layout.addWidget(self.progress)
        layout.addWidget(self.confirm, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(hint(self.tr("Nothing is saved until you confirm. Alt+Left goes back.")))
        self.inputs = [self.confirm]
        self.confirm.installEventFilter(self)

    def title(self) -> str:
        return self.tr("Confirm")

    def load(self, state: IntakeState) -> None:
        self._buttons[state.method()].setChecked(True)

    def store(self, state: IntakeState) -> None:
        for method, button in self._buttons.items():
            if button.isChecked():
                state.approval_method = method.value

    def entered(self, state: IntakeState) -> None:
        self.summary.setText(self._summary(state))

    def _summary(self, s: IntakeState) -> str:
        who = s.customer_label or f"{s.customer_name}  {s.customer_phone}"
        what = s.asset_label or " ".join(
            v
            for v in (
                s.asset.get(k) for k in ("plate", "imei", "serial", "frame_no", "make", "model")
            )
            if v
        )
        model = EstimateModel()
        model.set_lines([line_from_json(d) for d in s.lines])
        rows = "".join(
            f"<tr><td>{escape(model.data(model.index(i, 0)) or '')}</td>"
            f"<td align='right'>{escape(model.data(model.index(i, 2)) or '')}</td>"
            f"<td align='right'>{escape(model.data(model.index(i, 4)) or '')}</td></tr>"
            for i, line in enumerate(model.lines())
        )
        checked = len(s.checklist)
        flagged = sum(1 for r in s.checklist.values() if r != "ok")
        promised = s.promised()
        wishes = [
            text
            for flag, text in (
                (s.waits_on_site, self.tr("waits on site")),
                (s.keep_old_parts, self.tr("keeps old parts")),
                (s.wash, self.tr("wash")),
            )
            if flag
        ]
        facts = [
            (self.tr("Customer"), escape(who)),
            (self.tr("Vehicle / device"), escape(f"{labels.name(s.kind)} · {what}")),
            (self.tr("Symptom"), escape(s.symptom) or "—"),
            (
                self.tr("Inspection"),
                self.tr("%1 items checked, %2 flagged, %3 damage marks")
                .replace("%1", str(checked))
                .replace("%2", str(flagged))
                .replace("%3", str(len(s.marks))),
            ),
            (
                self.tr("Promised"),
                escape(fmt.local_time(promised)) + (" · " + ", ".join(wishes) if wishes else ""),
            ),
        ]
        table = "".join(
            f"<tr><td style='color:#607d8b;padding-right:14px'>{k}</td><td>{v}</td></tr>"
            for k, v in facts
        )
        total = self.tr("Customer pays (estimate): %1").replace("%1", fmt.money(model.total()))
        heading = self.tr("Estimate")
        return (
            f"<table cellspacing='4'>{table}</table>"
            f"<p style='margin-top:10px'><b>{escape(heading)}</b></p>"
            f"<table width='100%' cellspacing='3'>{rows}</table>"
            f"<p align='right'><b>{escape(total)}</b></p>"
        )

    def enter_pressed(self, widget: QWidget) -> bool:
        if widget is self.confirm:
            self.confirm.click()
            return True
        return False
