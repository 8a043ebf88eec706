"""Translated names the Setup desk shows: payment methods, rounding modes, weekdays,
document kinds, the repair licence classes and the asset kinds' short names; roles as its
tables list them (each role's name is :mod:`ui.common.errors`')."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.enums import DocumentKind, PaymentMethod, Role, SettlementRounding
from ui.common.errors import role_text

_CTX = "SetupLabels"

PAYMENT_METHODS: dict[PaymentMethod, str] = {
    PaymentMethod.CASH: QT_TRANSLATE_NOOP("SetupLabels", "Cash"),
    PaymentMethod.BANK_CARD: QT_TRANSLATE_NOOP("SetupLabels", "Bank card"),
    PaymentMethod.WECHAT: QT_TRANSLATE_NOOP("SetupLabels", "WeChat Pay"),
    PaymentMethod.ALIPAY: QT_TRANSLATE_NOOP("SetupLabels", "Alipay"),
    PaymentMethod.STORED_VALUE: QT_TRANSLATE_NOOP("SetupLabels", "Member stored value"),
    PaymentMethod.OTHER: QT_TRANSLATE_NOOP("SetupLabels", "Other"),
}

ROUNDING: dict[SettlementRounding, str] = {
    SettlementRounding.NONE: QT_TRANSLATE_NOOP("SetupLabels", "No rounding"),
    SettlementRounding.DOWN_TO_JIAO: QT_TRANSLATE_NOOP(
        "SetupLabels", "Round down to 0.10 (drop the fen)"
    ),
    SettlementRounding.DOWN_TO_YUAN: QT_TRANSLATE_NOOP(
        "SetupLabels", "Round down to 1.00 (drop the jiao and fen)"
    ),
}

DOCUMENTS: dict[DocumentKind, str] = {
    DocumentKind.WORK_ORDER: QT_TRANSLATE_NOOP("SetupLabels", "Work order"),
    DocumentKind.SETTLEMENT: QT_TRANSLATE_NOOP("SetupLabels", "Settlement statement"),
    DocumentKind.RELEASE: QT_TRANSLATE_NOOP("SetupLabels", "Release slip"),
    DocumentKind.RECEIPT: QT_TRANSLATE_NOOP("SetupLabels", "Receipt"),
    DocumentKind.CERTIFICATE: QT_TRANSLATE_NOOP("SetupLabels", "Completion certificate"),
}

#: Monday first, as ``date.weekday()`` counts
WEEKDAYS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("SetupLabels", "Monday"),
    QT_TRANSLATE_NOOP("SetupLabels", "Tuesday"),
    QT_TRANSLATE_NOOP("SetupLabels", "Wednesday"),
    QT_TRANSLATE_NOOP("SetupLabels", "Thursday"),
    QT_TRANSLATE_NOOP("SetupLabels", "Friday"),
    QT_TRANSLATE_NOOP("SetupLabels", "Saturday"),
    QT_TRANSLATE_NOOP("SetupLabels", "Sunday"),
)

#: 机动车维修经营许可证 类别, by the stored value
LICENSE_CLASSES: dict[str, str] = {
    "": QT_TRANSLATE_NOOP("SetupLabels", "(not set)"),
    "1": QT_TRANSLATE_NOOP("SetupLabels", "Class 1 (一类)"),
    "2": QT_TRANSLATE_NOOP("SetupLabels", "Class 2 (二类)"),
    "3": QT_TRANSLATE_NOOP("SetupLabels", "Class 3 (三类)"),
}


def tr(source: str) -> str:
    return QCoreApplication.translate(_CTX, source)


def roles(values: tuple[Role | str, ...] | list[Role | str]) -> str:
    """Roles in the order given (a member of staff's main role first), as the desk's tables
    show them: a role this Workbay does not know (in an old audit entry) as stored, no roles
    as an empty cell. Unlike :func:`ui.common.errors.roles_text`, which sorts them and says
    "none"; the names are the same (:func:`ui.common.errors.role_text`)."""
    return ", ".join(role_text(v) for v in values)


def payment_method(value: PaymentMethod) -> str:
    return tr(PAYMENT_METHODS[value])


def rounding(value: SettlementRounding) -> str:
    return tr(ROUNDING[value])


def document(value: DocumentKind) -> str:
    return tr(DOCUMENTS[value])


def weekday(index: int) -> str:
    return tr(WEEKDAYS[index])


def license_class(value: str) -> str:
    return tr(LICENSE_CLASSES.get(value, value))
