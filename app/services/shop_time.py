"""The shop's time: its zone and working hours, read once for every desk that counts in them
(follow-up slots, complaint deadlines, appointment slots).

The zone is the branch's ``hours.timezone`` setting (an IANA name) when set, else this
computer's own zone with its daylight-saving rules (``/etc/localtime`` where the system has
one). The hours, holidays and 调休 days come from ``hours.week``, ``hours.holidays`` and
``hours.workdays``; all four are read with one statement.
"""

from __future__ import annotations

import functools
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.orm import Session

from app.domain.models import DEFAULT_BRANCH_ID
from app.domain.working_time import ShopHours
from app.services.settings import settings_of

HOURS_KEYS = ("hours.timezone", "hours.week", "hours.holidays", "hours.workdays")


@functools.cache
def local_zone() -> tzinfo:
    """This computer's zone, with its daylight-saving rules where the system has them."""
    try:
        with Path("/etc/localtime").open("rb") as f:
            return ZoneInfo.from_file(f)
    except (OSError, ValueError):
        return datetime.now(UTC).astimezone().tzinfo or UTC


def zone_of(name: str | None) -> tzinfo:
    """The zone an ``hours.timezone`` value names; this computer's zone when empty or unknown."""
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return local_zone()


def hours_from(values: dict[str, object], zone: tzinfo | None = None) -> ShopHours:
    """ShopHours from the :data:`HOURS_KEYS` values (``zone`` overrides the setting)."""
    return ShopHours.of(
        values["hours.week"],  # type: ignore[arg-type]
        zone or zone_of(values["hours.timezone"]),  # type: ignore[arg-type]
        values["hours.holidays"],  # type: ignore[arg-type]
        values["hours.workdays"],  # type: ignore[arg-type]
    )


def shop_hours(
    session: Session, branch_id: int = DEFAULT_BRANCH_ID, zone: tzinfo | None = None
) -> ShopHours:
    """The branch's working time (one statement)."""
    return hours_from(settings_of(session, HOURS_KEYS, branch_id), zone)
