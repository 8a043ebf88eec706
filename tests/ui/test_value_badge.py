"""The value class badge: on the counter's customer panel and the customer file, the class
last computed (A/B/C/D) with why in its tooltip; hidden for a customer not classified yet."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.domain.enums import Role
from app.domain.types import utcnow
from app.services import value_classes
from app.services.people import as_user
from tests.app._care import asset, customer, released
from tests.ui.conftest import wait_tasks
from ui.reception.customer_panel import CustomerPanel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _shown(qtbot, keep, widget):
    keep(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_badge_says_the_class_and_why(qtbot, keep, ctx):
    now = utcnow()
    regular = customer(ctx, "Regular")
    car = asset(ctx, regular)
    for days in (20, 60, 100):
        released(ctx, regular, car, now - timedelta(days=days), due="800")
    lost = customer(ctx, "Long Gone")
    released(ctx, lost, asset(ctx, lost), now - timedelta(days=250), due="300")
    for i in range(4):  # small spenders: Regular is the top sixth of the year's spend
        small = customer(ctx, f"Small {i}")
        released(ctx, small, asset(ctx, small), now - timedelta(days=30), due="100")
    fresh = customer(ctx, "Not Classified")

    panel = _shown(qtbot, keep, CustomerPanel(ctx))
    panel.show_customer(fresh)
    wait_tasks()
    assert panel.badge.isHidden()  # nothing computed yet

    value_classes.compute_classes(as_user(ctx, "Xu Jing", Role.FOLLOW_UP))
    panel.show_customer(regular)
    wait_tasks()
    assert panel.badge.isVisible() and panel.badge.text() == "A"  # 1 of 6 spenders: top 20%
    tip = panel.badge.toolTip()
    assert "Class A" in tip and "¥2,400.00, 3 visit" in tip and "Unchanged since" in tip
    panel.show_customer(lost)
    wait_tasks()
    assert panel.badge.text() == "D"
    last = (now - timedelta(days=250)).astimezone().date().isoformat()
    assert "lost" in panel.badge.toolTip() and last in panel.badge.toolTip()
    panel.show_customer(fresh)
    wait_tasks()
    assert panel.badge.text() == "B" and "Class B" in panel.badge.toolTip()
