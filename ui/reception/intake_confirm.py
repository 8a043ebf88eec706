"""Intake step 7: everything the customer agrees to at a glance, the approval method, confirm.

Left: who and what, the symptom, the promised time, the estimate line by line with who pays
and the totals. Right: what intake recorded (:class:`ui.common.intake_facts.IntakeFacts`):
the workshop notes, old parts / wash / waiting, the checklist's damaged, missing and
attention items first, the damage marks by where they are, mileage and fuel, what was left.
The checklist's item names come from the service (once per asset kind); until they are
here an item shows its code.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ApprovalMethod, AssetKind, DamageType, InspectionResult, Payer
from app.domain.models import ChecklistItem
from app.domain.money import line_amounts
from app.services.context import ServiceContext
from app.services.inputs import LineInput
from app.services.intake import checklist
from app.services.views import flagged_first
from ui.common import format as fmt
from ui.common import labels, lang
from ui.common.calls import call
from ui.common.columns import text as col
from ui.common.intake_facts import Check, Facts, IntakeFacts, Mark
from ui.common.widgets import hint, title
from ui.models.reception_estimate import EstimateModel
from ui.reception.intake_state import IntakeState, line_from_json
from ui.reception.intake_step import Step
from ui.reception.intake_visit import repair_categories

MUTED = "color:#607d8b"


def _net(line: LineInput) -> Decimal | None:
    try:
        return line_amounts(
            Decimal(str(line.quantity)),
            Decimal(str(line.unit_price)),
            Decimal(str(line.discount_percent or 0)),
        ).net
    except (InvalidOperation, ValueError):
        return None


def _number(text: str) -> int | None:
    text = text.strip().replace(",", "")
    return int(text) if text.isdigit() else None


class ConfirmStep(Step):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._state: IntakeState | None = None
        #: checklist item names by asset kind, then code: (zh, en)
        self._names: dict[AssetKind, dict[str, tuple[str, str]]] = {}
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.intake = IntakeFacts()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(title(self.tr("Recorded at intake")))
        right_layout.addWidget(self.intake)
        right_layout.addStretch(1)
        page = QWidget()
        page.setObjectName("confirmPage")
        columns = QHBoxLayout(page)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(24)
        columns.addWidget(self.summary, 3)
        columns.addWidget(right, 2)
        #: a long estimate or checklist scrolls; the approval and confirm stay in view
        self.page = QScrollArea()
        self.page.setObjectName("confirmArea")
        self.page.setWidget(page)
        self.page.setWidgetResizable(True)
        self.page.setFrameShape(QFrame.Shape.NoFrame)
        self.page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page.setStyleSheet("#confirmArea, #confirmPage { background: transparent; }")
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
        layout.addWidget(self.page, 1)
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
        self._state = state
        self._show(state)
        kind = state.kind
        if state.checklist and kind not in self._names:
            call(
                self,
                lambda: checklist(self.ctx, kind),
                lambda items: self._on_checklist(kind, items),
                lambda _exc: None,  # the items keep showing their codes
            )

    def _on_checklist(self, kind: AssetKind, items: list[ChecklistItem]) -> None:
        self._names[kind] = {i.code: (i.label_zh, i.label_en) for i in items}
        if self._state is not None and self._state.kind is kind:
            self._show(self._state)

    def _show(self, state: IntakeState) -> None:
        self.summary.setText(self._summary(state))
        self.intake.set_facts(self.facts(state))

    # --- what is shown ---
    def facts(self, s: IntakeState) -> Facts:
        """What intake recorded, from the intake being typed."""
        names = self._names.get(s.kind, {})

        def label(code: str) -> str:
            zh, en = names.get(code, (code, code))
            return lang.pick(zh, en)

        checks = [
            Check(label(code), InspectionResult(result), s.checklist_notes.get(code, ""))
            for code, result in s.checklist.items()
        ]
        return Facts(
            kind=s.kind,
            notes=s.notes,
            keep_old_parts=s.keep_old_parts,
            wash=s.wash,
            waits_on_site=s.waits_on_site,
            mileage_in=_number(s.mileage_in),
            fuel_level=s.fuel_level,
            accessories=s.accessories_left,
            valuables=s.valuables_left,
            inspected=s.has_inspection(),
            checklist=tuple(flagged_first(checks, lambda c: c.result)),
            marks=tuple(
                Mark(float(m["x"]), float(m["y"]), DamageType(m["damage"]), m.get("note") or "")
                for m in s.marks
            ),
        )

    def _summary(self, s: IntakeState) -> str:
        who = s.customer_label or f"{s.customer_name}  {s.customer_phone}"
        what = s.asset_label or " ".join(
            v
            for v in (
                s.asset.get(k) for k in ("plate", "imei", "serial", "frame_no", "make", "model")
            )
            if v
        )
        promised = fmt.local_time(s.promised()) or "—"
        if s.waits_on_site:
            promised += " · " + self.tr("waits on site")
        facts = [
            (self.tr("Customer"), escape(who)),
            (self.tr("Vehicle / device"), escape(f"{labels.name(s.kind)} · {what}")),
            (self.tr("Symptom"), escape(s.symptom) or "—"),
            (self.tr("Promised"), escape(promised)),
        ]
        if s.kind is AssetKind.VEHICLE:
            category = dict(repair_categories()).get(s.repair_category) or "—"
            facts.append((self.tr("Repair category"), escape(category)))
        if s.comeback_of:
            facts.append(
                (
                    self.tr("Comeback (返修)"),
                    escape(
                        self.tr("within the quality guarantee of %1").replace("%1", s.comeback_of)
                    ),
                )
            )
        table = "".join(
            f"<tr><td style='{MUTED};padding-right:14px'>{k}</td><td>{v}</td></tr>"
            for k, v in facts
        )
        heading = self.tr("Estimate")
        return (
            f"<table cellspacing='4'>{table}</table>"
            f"<p style='margin-top:10px'><b>{escape(heading)}</b></p>" + self._estimate(s)
        )

    def _estimate(self, s: IntakeState) -> str:
        model = EstimateModel()
        model.set_lines([line_from_json(d) for d in s.lines])
        if not model.rowCount():
            empty = self.tr("No lines yet")
            return f"<p style='{MUTED}'>{escape(empty)}</p>"
        head = "".join(
            f"<th align='{align}' style='{MUTED};font-weight:normal;{pad}'>{escape(text)}</th>"
            for text, align, pad in (
                (col("Description"), "left", ""),
                (col("Qty"), "right", ""),
                (col("Unit price"), "right", ""),
                (col("Amount"), "right", ""),
                (col("Paid by"), "left", "padding-left:10px"),
            )
        )
        rows = []
        by_payer: dict[Payer, Decimal] = {}
        for i, line in enumerate(model.lines()):
            cells = [model.data(model.index(i, c)) or "" for c in range(5)]
            description, _kind, quantity, _price, amount = cells
            price = fmt.money(_price_of(line))
            rows.append(
                f"<tr><td>{escape(description)}</td>"
                f"<td align='right'>{escape(quantity)}</td>"
                f"<td align='right'>{escape(price)}</td>"
                f"<td align='right'>{escape(amount)}</td>"
                f"<td style='padding-left:10px'>{escape(labels.name(line.payer))}</td></tr>"
            )
            net = _net(line)
            if net is not None:
                by_payer[line.payer] = by_payer.get(line.payer, Decimal("0.00")) + net
        customer = by_payer.get(Payer.CUSTOMER, Decimal("0.00"))
        totals = [
            "<b>"
            + escape(self.tr("Customer pays (estimate): %1").replace("%1", fmt.money(customer)))
            + "</b>"
        ]
        for payer, amount in by_payer.items():
            if payer is not Payer.CUSTOMER:
                totals.append(
                    escape(
                        self.tr("%1 (not charged to the customer): %2")
                        .replace("%1", labels.name(payer))
                        .replace("%2", fmt.money(amount))
                    )
                )
        if len(by_payer) > 1:
            totals.append(
                escape(
                    self.tr("Estimate total: %1").replace("%1", fmt.money(sum(by_payer.values())))
                )
            )
        return (
            f"<table width='100%' cellspacing='3'><tr>{head}</tr>{''.join(rows)}</table>"
            f"<p align='right'>{'<br>'.join(totals)}</p>"
        )

    def enter_pressed(self, widget: QWidget) -> bool:
        if widget is self.confirm:
            self.confirm.click()
            return True
        return False


def _price_of(line: LineInput) -> Decimal | None:
    try:
        return Decimal(str(line.unit_price))
    except (InvalidOperation, ValueError):
        return None
