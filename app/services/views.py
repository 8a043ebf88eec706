"""What services hand back: plain, fully loaded data for the desks and printers."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, TypeVar

from app.domain.account import MoneySummary, summarize
from app.domain.enums import InspectionResult, OrderState, PauseReason
from app.domain.money import Totals

if TYPE_CHECKING:  # annotations only: the print command reads rows without the ORM
    from app.domain.models import (
        Asset,
        Customer,
        DamageMark,
        Inspection,
        InspectionItem,
        OrderEvent,
        OrderLine,
        Payment,
        QualityCheck,
        ReleaseSlip,
        Settlement,
        WorkOrder,
    )

T = TypeVar("T")

#: how urgently a checklist result asks for the workshop's eye (lower: shown first)
RESULT_URGENCY: dict[InspectionResult, int] = {
    InspectionResult.DAMAGED: 0,
    InspectionResult.MISSING: 1,
    InspectionResult.ATTENTION: 2,
    InspectionResult.OK: 3,
}


def flagged_first(items: Iterable[T], result: Callable[[T], InspectionResult]) -> list[T]:
    """``items`` with the damaged, missing and attention ones first (in that order), each
    group keeping its checklist order."""
    return sorted(items, key=lambda item: RESULT_URGENCY[result(item)])


@dataclass
class OrderDetail:
    """Everything about one order: the work order with customer, asset, lines, history,
    inspection, quality checks, settlement, payments and release slip."""

    order: WorkOrder
    customer: Customer
    asset: Asset
    lines: list[OrderLine]
    inspection: Inspection | None
    quality_checks: list[QualityCheck]
    settlement: Settlement | None  # the active (not voided) one
    payments: list[Payment]
    release: ReleaseSlip | None
    events: list[OrderEvent]
    totals: Totals  # approved lines (what will be billed)
    estimate: Totals  # approved + proposed lines
    paid: Decimal  # payments minus refunds
    reopened_from_number: str | None = None
    #: 返修: the earlier order whose quality guarantee this visit falls in
    comeback_of_number: str | None = None
    #: set by settlement only: the health record's missing data elements (None: no record)
    health_missing: list[str] | None = None
    #: set by the calls that add lines (intake, add lines, extra work): the lines this call
    #: added, with their ids, known without loading the order
    added_lines: list[OrderLine] | None = None
    #: set by settlement only: what its statement asks of the customer, which is the balance
    #: then (payments are taken on a statement, and one is voided only with nothing paid)
    due: Decimal | None = None

    @property
    def money(self) -> MoneySummary:
        """What the customer owes and has paid (:mod:`app.domain.account`): the statement's
        amount due once settled, else the approved lines'; refunds after release are money
        given back; proposed extra work apart. Every document and desk shows these figures."""
        st = self.settlement
        return summarize(
            st.customer_due if st is not None else self.totals.customer_due,
            self.payments,
            pending=self.estimate.customer_total - self.totals.customer_total,
            final=st is not None,
            released_at=self.order.released_at,
        )

    @property
    def balance(self) -> Decimal:
        """Still to pay (:attr:`money`): before release, due − payments + refunds."""
        return self.money.balance

    @property
    def checklist(self) -> list[InspectionItem]:
        """The walk-around checklist's results (loaded with the order), what needs the
        workshop's eye first: damaged, missing, attention, then the items found OK."""
        items = self.inspection.items if self.inspection is not None else []
        return flagged_first(items, lambda item: item.result)

    @property
    def damage_marks(self) -> list[DamageMark]:
        """The damage marked on the diagram at intake, in the order they were placed."""
        return list(self.inspection.marks) if self.inspection is not None else []

    @property
    def id(self) -> int:
        return self.order.id

    @property
    def version(self) -> int:
        return self.order.version


@dataclass(frozen=True)
class BoardRow:
    order_id: int
    number: str
    state: OrderState
    pause_reason: PauseReason | None
    asset_label: str
    customer_name: str
    technician: str | None
    promised_at: datetime | None
    waits_on_site: bool
    late: bool
    version: int


@dataclass(frozen=True)
class OrderSummary:
    order_id: int
    number: str
    state: OrderState
    created_at: datetime
    asset_label: str
    customer_name: str
    total: Decimal | None = None
    customer_id: int | None = None
    asset_id: int | None = None


@dataclass(frozen=True)
class LookupHit:
    kind: str  # "order" | "customer" | "asset"
    id: int
    title: str
    subtitle: str
    matched_by: (
        str  # "order_number", "plate", "vin", "vin_tail", "ident", "phone", "phone_tail", "name"
    )
    customer_id: int | None = None
    asset_id: int | None = None


@dataclass
class CustomerFile:
    """A customer's file: contact data, assets with owner history, visits."""

    customer: Customer
    assets: list[Asset]
    orders: list[OrderSummary]
    open_orders: list[OrderSummary] = field(default_factory=list)


@dataclass(frozen=True)
class PendingExtraWork:
    order_id: int
    order_number: str
    order_version: int
    line_id: int
    description: str
    amount: Decimal
    customer_name: str
    customer_phone: str | None
    asset_label: str
    proposed_at: datetime
    #: the English name beside ``description`` (a catalog line; see app.domain.units)
    description_en: str | None = None
    #: what the technician found (the order's findings so far), read to the customer
    finding: str | None = None
    technician: str | None = None
    #: whose name and which vehicle the row shows (a desk reloads it when they change)
    customer_id: int | None = None
    asset_id: int | None = None


@dataclass(frozen=True)
class Recommendation:
    """A line the customer declined on an earlier visit, to offer again."""

    line_id: int
    order_number: str
    declined_at: datetime | None
    kind: str
    description: str
    quantity: Decimal
    unit_price: Decimal
    catalog_item_id: int | None
    #: the English name and both units beside ``description`` (a catalog line)
    description_en: str | None = None
    unit: str | None = None
    unit_en: str | None = None
