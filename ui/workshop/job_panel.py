"""The selected job, laid out: what it is, what intake said, its lines, and the workshop's
actions on it.

What intake said (:mod:`ui.common.intake_facts`: workshop notes, old parts / wash / waiting,
checklist with the damaged and attention items first, damage marks, mileage and fuel, what
was left) stands in the job's form; the form scrolls above the lines (a splitter between
them), so at 1366×768 the lines keep their room and long item names wrap in their rows.

A view only: :class:`ui.workshop.workspace.WorkshopWorkspace` fills it from an
:class:`~app.services.views.OrderDetail` and connects the buttons. Each action button shows
its one-key shortcut; keys act while the focus is not in a text field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import AssetKind, OrderState
from app.domain.permissions import Permission
from app.domain.workflow import EXTRA_WORK_STATES, allowed_actions
from app.services.views import OrderDetail
from ui.auth.rights import Gate
from ui.common import format as fmt
from ui.common import labels as common
from ui.common.field_errors import FieldErrors
from ui.common.intake_facts import IntakeFacts, facts_of_order
from ui.common.keys import show_key
from ui.common.typed_numbers import WholeNumberValidator
from ui.models.workshop_lines import COLUMNS, OrderLinesModel
from ui.workshop import labels

DESCRIPTION_COLUMN = COLUMNS.index("description")
CODE_COLUMN = COLUMNS.index("code")
REASSIGNABLE = frozenset(
    {OrderState.APPROVED, OrderState.ASSIGNED, OrderState.IN_PROGRESS, OrderState.PAUSED}
)


def _value_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class JobPanel(QWidget):
    """Order header, details, lines; technician, quality-check and assignment actions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: OrderDetail | None = None

        self.title = QLabel(self.tr("Choose a job on the left"))
        self.title.setObjectName("jobTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.status = QLabel()
        self.status.setObjectName("jobStatus")

        self.message = QLabel()
        self.message.setObjectName("jobMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        self.asset = _value_label()
        self.customer = _value_label()
        self.technician = _value_label()
        self.promised = _value_label()
        self.symptom = _value_label()
        self.fault = _value_label()
        self.last_check = _value_label()
        # what the technician reads first comes first: the job, then what intake said
        # (notes, requests, checklist, marks, ...), then who and when
        details = QFormLayout()
        details.addRow(self.tr("Vehicle / device:"), self.asset)
        details.addRow(self.tr("Promised:"), self.promised)
        details.addRow(self.tr("Symptom:"), self.symptom)
        details.addRow(self.tr("Found:"), self.fault)
        # the intake facts' rows go into the same form (the labels line up)
        self.intake = IntakeFacts(self, form=details)
        self.intake.hide()  # its rows live in ``details``; the block itself stays empty
        details.addRow(self.tr("Customer:"), self.customer)
        details.addRow(self.tr("Technician:"), self.technician)
        details.addRow(self.tr("Last check:"), self.last_check)
        facts = QWidget()
        facts.setObjectName("jobFacts")
        facts.setLayout(details)
        #: the job's facts scroll on a small screen; Tab reaches it, arrows scroll it
        self.facts = QScrollArea()
        self.facts.setObjectName("jobFactsArea")
        self.facts.setWidget(facts)
        self.facts.setWidgetResizable(True)
        self.facts.setFrameShape(QFrame.Shape.NoFrame)
        self.facts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.facts.setStyleSheet("#jobFactsArea, #jobFacts { background: transparent; }")

        self.lines_model = OrderLinesModel(labels, self)
        self.lines = QTableView()
        self.lines.setModel(self.lines_model)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.verticalHeader().hide()
        # a long item name wraps onto more lines of its row rather than being cut off
        self.lines.setWordWrap(True)
        self.lines.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.lines.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.lines.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.lines.horizontalHeader().setSectionResizeMode(
            DESCRIPTION_COLUMN, QHeaderView.ResizeMode.Stretch
        )
        self.lines.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        #: facts above, lines below; the line between them can be moved
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.setObjectName("jobSplit")
        self.split.addWidget(self.facts)
        self.split.addWidget(self.lines)
        self.split.setChildrenCollapsible(False)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setSizes([300, 180])

        # technician
        self.start = QPushButton()
        show_key(self.start, self.tr("Start"), "S", self.tr("Start the work on this job"))
        self.pause = QPushButton()
        show_key(self.pause, self.tr("Pause…"), "P", self.tr("Pause the job and say why"))
        self.resume = QPushButton()
        show_key(self.resume, self.tr("Resume"), "R", self.tr("Go on with the paused job"))
        self.finding = QPushButton()
        show_key(
            self.finding,
            self.tr("Finding…"),
            "F",
            self.tr("Report extra work for the customer's approval"),
        )
        self.done = QPushButton()
        show_key(self.done, self.tr("Done"), "D", self.tr("Work finished: hand over to QC"))
        tech_box = QGroupBox(self.tr("Job"))
        tech_row = QHBoxLayout(tech_box)
        tech_row.setContentsMargins(6, 4, 6, 4)
        for button in (self.start, self.pause, self.resume, self.finding, self.done):
            tech_row.addWidget(button)
        tech_row.addStretch(1)

        # quality check
        self.qc_note = QLineEdit()
        self.qc_note.setPlaceholderText(self.tr("What was checked, or what failed"))
        self.qc_errors = FieldErrors(self)
        qc_field = self.qc_errors.wrap("note", self.qc_note)
        #: 出厂里程, recorded with a pass (a vehicle's; not below the mileage in)
        self.qc_mileage = QLineEdit()
        self.qc_mileage.setValidator(WholeNumberValidator(0, 9_999_999, self.qc_mileage))
        self.qc_mileage.setPlaceholderText(self.tr("Mileage out (km)"))
        self.qc_mileage.setAccessibleName(self.tr("Mileage out (km)"))
        self.qc_mileage.setMaximumWidth(160)
        qc_mileage_field = self.qc_errors.wrap("mileage_out", self.qc_mileage)
        self.qc_pass = QPushButton()
        show_key(self.qc_pass, self.tr("Pass"), "Q", self.tr("Quality check passed: ready"))
        self.qc_fail = QPushButton()
        show_key(self.qc_fail, self.tr("Fail"), "X", self.tr("Quality check failed: back to work"))
        qc_box = QGroupBox(self.tr("Quality check"))
        qc_row = QHBoxLayout(qc_box)
        qc_row.setContentsMargins(6, 4, 6, 4)
        qc_row.addWidget(qc_field, 1)
        qc_row.addWidget(qc_mileage_field, 0, Qt.AlignmentFlag.AlignTop)
        qc_row.addWidget(self.qc_pass, 0, Qt.AlignmentFlag.AlignTop)
        qc_row.addWidget(self.qc_fail, 0, Qt.AlignmentFlag.AlignTop)

        # assignment
        self.technicians = QComboBox()
        self.technicians.setMinimumContentsLength(12)
        self.assign = QPushButton()
        show_key(self.assign, self.tr("Assign"), "A", self.tr("Give the job to this technician"))
        assign_box = QGroupBox(self.tr("Assignment"))
        assign_row = QHBoxLayout(assign_box)
        assign_row.setContentsMargins(6, 4, 6, 4)
        assign_row.addWidget(QLabel(self.tr("Technician:")))
        assign_row.addWidget(self.technicians, 1)
        assign_row.addWidget(self.assign)

        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.status)
        head.addStretch(1)
        layout.addLayout(head)
        layout.addWidget(self.message)
        layout.addWidget(self.split, 1)
        layout.addWidget(tech_box)
        layout.addWidget(qc_box)
        layout.addWidget(assign_box)
        #: what the signed-in user may do (set by the desk); buttons beyond it stay grey
        self.gate = Gate()
        for button, permission in (
            (self.start, Permission.WORK),
            (self.pause, Permission.WORK),
            (self.resume, Permission.WORK),
            (self.done, Permission.WORK),
            (self.finding, Permission.PROPOSE_EXTRA_WORK),
            (self.qc_pass, Permission.QUALITY_CHECK),
            (self.qc_fail, Permission.QUALITY_CHECK),
            (self.qc_note, Permission.QUALITY_CHECK),
            (self.qc_mileage, Permission.QUALITY_CHECK),
            (self.assign, Permission.ASSIGN),
            (self.technicians, Permission.ASSIGN),
        ):
            self.gate.need(button, permission)
        self.show_detail(None)

    # --- filling -------------------------------------------------------------------------

    def action_buttons(self) -> list[QPushButton]:
        return [
            self.start,
            self.pause,
            self.resume,
            self.finding,
            self.done,
            self.qc_pass,
            self.qc_fail,
            self.assign,
        ]

    def show_detail(self, detail: OrderDetail | None) -> None:
        """Show ``detail`` (None: nothing chosen) and enable what its state allows."""
        if detail is None or self.detail is None or detail.id != self.detail.id:
            self.qc_note.clear()
            self.qc_mileage.clear()
            self.qc_errors.clear()
        self.detail = detail
        if detail is None:
            self.title.setText(self.tr("Choose a job on the left"))
            self.status.clear()
            for label in self._value_labels():
                label.clear()
            self.lines_model.set_lines([])
            self.intake.set_facts(None)
            for button in self.action_buttons():
                button.setEnabled(False)
            self.gate.apply()
            return
        order = detail.order
        self.title.setText(order.number)
        self.status.setText(self._status_text(detail))
        self.asset.setText(detail.asset.label)
        self.customer.setText(detail.customer.name)
        tech = order.technician.name if order.technician else labels.unassigned()
        self.technician.setText(tech)
        self.promised.setText(self._promised_text(detail))
        self.symptom.setText(order.symptom or "—")
        self.fault.setText(order.fault_found or "—")
        check = detail.quality_checks[-1] if detail.quality_checks else None
        self.last_check.setText(self._check_text(check) if check else "—")
        self.intake.set_facts(facts_of_order(detail))
        self.lines_model.set_lines(detail.lines)
        # the code column only when a line has one (its width goes to the item names)
        self.lines.setColumnHidden(CODE_COLUMN, not any(line.code for line in detail.lines))
        allowed = set(allowed_actions(order.state))
        self.start.setEnabled("start" in allowed)
        self.pause.setEnabled("pause" in allowed)
        self.resume.setEnabled("resume" in allowed)
        self.done.setEnabled("finish" in allowed)
        self.finding.setEnabled(order.state in EXTRA_WORK_STATES)
        self.qc_pass.setEnabled("qc_pass" in allowed)
        self.qc_fail.setEnabled("qc_fail" in allowed)
        self.qc_note.setEnabled("qc_pass" in allowed)
        self.qc_mileage.setEnabled("qc_pass" in allowed and detail.asset.kind is AssetKind.VEHICLE)
        self.assign.setEnabled(order.state in REASSIGNABLE)
        self.technicians.setEnabled(order.state in REASSIGNABLE)
        if order.technician_id is not None:
            at = self.technicians.findData(order.technician_id)
            if at >= 0:
                self.technicians.setCurrentIndex(at)
        self.gate.apply()

    def primary_button(self) -> QPushButton | None:
        """The first action the job's state allows (Enter on the list lands here)."""
        return next((b for b in self.action_buttons() if b.isEnabled()), None)

    def say(self, text: str, error: bool = True) -> None:
        """A line above the details: why something was refused, or what just happened."""
        self.message.setProperty("error", error)
        self.message.setStyleSheet(
            "color: #8a1c17; background: #fdecea; padding: 4px;"
            if error
            else "color: #1b5e20; background: #e8f5e9; padding: 4px;"
        )
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- texts ---------------------------------------------------------------------------

    def _value_labels(self) -> list[QLabel]:
        return [
            self.asset,
            self.customer,
            self.technician,
            self.promised,
            self.symptom,
            self.fault,
            self.last_check,
        ]

    def _status_text(self, detail: OrderDetail) -> str:
        order = detail.order
        text = common.name(order.state)
        if order.state is OrderState.PAUSED and order.pause_reason is not None:
            text += " · " + common.name(order.pause_reason)
        return text

    def _promised_text(self, detail: OrderDetail) -> str:
        order = detail.order
        when = fmt.local_time(order.promised_at) or "—"
        if order.waits_on_site:
            when += " · " + labels.on_site()
        return when

    def _check_text(self, check: object) -> str:
        passed = getattr(check, "passed", False)
        verdict = self.tr("passed") if passed else self.tr("failed")
        note = getattr(check, "note", None)
        when = fmt.local_time(getattr(check, "at", None))
        return f"{verdict} · {when}" + (f" · {note}" if note else "")
