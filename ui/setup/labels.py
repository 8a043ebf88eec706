"""Translated names the Setup desk shows: roles, payment methods, rounding modes, weekdays,
document kinds, the repair licence classes and the asset kinds' short names."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.enums import DocumentKind, PaymentMethod, Role, SettlementRounding

_CTX = "SetupLabels"

ROLES: dict[Role, str] = {
    Role.ADVISOR: QT_TRANSLATE_NOOP("SetupLabels", "Service advisor"),
    Role.TECHNICIAN: QT_TRANSLATE_NOOP("SetupLabels", "Technician"),
    Role.TEAM_LEAD: QT_TRANSLATE_NOOP("SetupLabels", "Team lead"),
    Role.INSPECTOR: QT_TRANSLATE_NOOP("SetupLabels", "Quality inspector"),
    Role.CASHIER: QT_TRANSLATE_NOOP("SetupLabels", "Cashier"),
    Role.PARTS: QT_TRANSLATE_NOOP("SetupLabels", "Parts clerk"),
    Role.FOLLOW_UP: QT_TRANSLATE_NOOP("SetupLabels", "Follow-up agent"),
    Role.MANAGER: QT_TRANSLATE_NOOP("SetupLabels", "Service manager"),
    Role.ADMIN: QT_TRANSLATE_NOOP("SetupLabels", "Administrator"),
}

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


def role(value: Role | str) -> str:
    try:
        return tr(ROLES[Role(value)])
    except ValueError:
        return str(value)


def roles(values: tuple[Role | str, ...] | list[Role | str]) -> str:
    return ", ".join(role(v) for v in values)


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
