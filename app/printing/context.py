"""The context one document is built in: its data, paper, language and copy flags."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.domain.account import MoneySummary
from app.domain.enums import AssetKind
from app.domain.privacy import mask_phone
from app.printing.data import PrintData, order_money
from app.printing.labels import Labels
from app.printing.layout.paper import Paper
from app.printing.layout.styles import Styles

if TYPE_CHECKING:
    from app.domain.models import Asset, Customer, WorkOrder
    from app.services.views import OrderDetail


@dataclass(frozen=True)
class DocContext:
    data: PrintData
    paper: Paper
    labels: Labels
    styles: Styles
    kind: str
    copy: bool = False  # a reprint: marked 副本 / COPY
    customer_copy: bool = True  # goes to the customer: phone numbers masked

    @property
    def detail(self) -> OrderDetail:
        return self.data.detail

    @property
    def order(self) -> WorkOrder:
        return self.data.detail.order

    @property
    def customer(self) -> Customer:
        return self.data.detail.customer

    @property
    def asset(self) -> Asset:
        return self.data.detail.asset

    def phone(self, number: str | None) -> str:
        if not number:
            return ""
        return mask_phone(number) if self.customer_copy else number

    @property
    def customer_phone(self) -> str:
        return self.phone(self.customer.primary_phone)

    @property
    def money(self) -> MoneySummary:
        """What the customer owes and has paid, after refunds, pending work apart."""
        return order_money(self.data.detail)

    @property
    def asset_kind(self) -> AssetKind:
        return self.data.detail.asset.kind

    def word(self, key: str, sep: str = " ") -> str:
        """A label in the words of the asset's kind (``key@device``, ``key@ebike``, else
        the vehicle wording ``key``): a phone has no gate, no wash, no 车辆放行条."""
        return self.labels.kind_word(key, self.asset_kind.value, sep)
