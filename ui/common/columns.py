"""Column titles and short cell texts of the desks' lists, translated in one place.

Item models (``ui/models``) hold no words of their own; they ask here, so every list says
"Order", "Amount", ... the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

TEXTS = {
    "Amount": QT_TRANSLATE_NOOP("Columns", "Amount"),
    "Code": QT_TRANSLATE_NOOP("Columns", "Code"),
    "Customer": QT_TRANSLATE_NOOP("Columns", "Customer"),
    "Date": QT_TRANSLATE_NOOP("Columns", "Date"),
    "Decision": QT_TRANSLATE_NOOP("Columns", "Decision"),
    "Description": QT_TRANSLATE_NOOP("Columns", "Description"),
    "Extra work": QT_TRANSLATE_NOOP("Columns", "Extra work"),
    "Extra work found during the repair": QT_TRANSLATE_NOOP(
        "Columns", "Extra work found during the repair"
    ),
    "Identifier": QT_TRANSLATE_NOOP("Columns", "Identifier"),
    "Item": QT_TRANSLATE_NOOP("Columns", "Item"),
    "Kind": QT_TRANSLATE_NOOP("Columns", "Kind"),
    "Make / model": QT_TRANSLATE_NOOP("Columns", "Make / model"),
    "Mileage": QT_TRANSLATE_NOOP("Columns", "Mileage"),
    "Item name": QT_TRANSLATE_NOOP("Columns", "Item name"),
    "Note": QT_TRANSLATE_NOOP("Columns", "Note"),
    "Order": QT_TRANSLATE_NOOP("Columns", "Order"),
    "Owner": QT_TRANSLATE_NOOP("Columns", "Owner"),
    "Paid by": QT_TRANSLATE_NOOP("Columns", "Paid by"),
    "Phone": QT_TRANSLATE_NOOP("Columns", "Phone"),
    "Price": QT_TRANSLATE_NOOP("Columns", "Price"),
    "Qty": QT_TRANSLATE_NOOP("Columns", "Qty"),
    "Result (1-4)": QT_TRANSLATE_NOOP("Columns", "Result (1-4)"),
    "Since": QT_TRANSLATE_NOOP("Columns", "Since"),
    "State": QT_TRANSLATE_NOOP("Columns", "State"),
    "Total": QT_TRANSLATE_NOOP("Columns", "Total"),
    "Unit price": QT_TRANSLATE_NOOP("Columns", "Unit price"),
    "Until": QT_TRANSLATE_NOOP("Columns", "Until"),
    "Vehicle / device": QT_TRANSLATE_NOOP("Columns", "Vehicle / device"),
    "Year": QT_TRANSLATE_NOOP("Columns", "Year"),
    "current": QT_TRANSLATE_NOOP("Columns", "current"),
    "former owner": QT_TRANSLATE_NOOP("Columns", "former owner"),
    "now": QT_TRANSLATE_NOOP("Columns", "now"),
}


def text(source: str) -> str:
    """The translation of ``source`` (one of :data:`TEXTS`)."""
    return QCoreApplication.translate("Columns", TEXTS[source])
