"""A whole visit through the services, on every backend."""

from decimal import Decimal

from app.domain.enums import OrderState
from tests.factories import order_in_state


def test_full_visit_reaches_released(ctx, tech):
    d = order_in_state(ctx, tech, OrderState.RELEASED)
    assert d.order.state is OrderState.RELEASED
    assert d.release is not None and d.release.number.startswith("RL-")
    assert d.settlement is not None and d.settlement.customer_due == Decimal("270.00")
    assert d.paid == Decimal("270.00")
    assert [h.to_state for h in d.order.history][-1] is OrderState.RELEASED
