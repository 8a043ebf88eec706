"""Installation-wide settings kept in the database, shared by every station."""

from __future__ import annotations

import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.changes import record_change
from app.domain.enums import SettlementRounding
from app.domain.models import DEFAULT_BRANCH_ID, INSTALLATION, Setting
from app.services.context import ServiceContext

ROUNDING_KEY = "settlement.rounding"
SECRET_KEY = "install.secret"  # installation-wide (branch 0)
SHOP_KEYS = ("shop.name", "shop.address", "shop.phone", "shop.logo_path")


def get_setting(
    session: Session, key: str, default: str | None = None, branch_id: int = DEFAULT_BRANCH_ID
) -> str | None:
    row = session.get(Setting, (branch_id, key))
    return row.value if row is not None else default


def put_setting(session: Session, key: str, value: str, branch_id: int = DEFAULT_BRANCH_ID) -> None:
    row = session.get(Setting, (branch_id, key))
    if row is None:
        session.add(Setting(branch_id=branch_id, key=key, value=value))
    else:
        row.value = value
        row.version += 1


def rounding_mode(session: Session) -> SettlementRounding:
    return SettlementRounding(get_setting(session, ROUNDING_KEY) or SettlementRounding.NONE.value)


def installation_secret(session: Session) -> bytes:
    """Per-installation secret (signs pickup tokens); created on first use, shared by all
    stations of the installation because it lives in the shared database."""
    value = session.scalar(
        select(Setting.value).where(Setting.branch_id == INSTALLATION, Setting.key == SECRET_KEY)
    )
    if value is None:
        value = secrets.token_hex(32)
        session.add(Setting(branch_id=INSTALLATION, key=SECRET_KEY, value=value))
        session.flush()
    return bytes.fromhex(value)


def read_settings(ctx: ServiceContext, keys: tuple[str, ...] = SHOP_KEYS) -> dict[str, str]:
    with ctx.db.read() as session:
        rows = session.scalars(
            select(Setting).where(Setting.branch_id == ctx.actor.branch_id, Setting.key.in_(keys))
        ).all()
        return {r.key: r.value for r in rows}


def write_settings(ctx: ServiceContext, values: dict[str, str]) -> None:
    with ctx.db.write() as session:
        for key, value in values.items():
            if key == SECRET_KEY:
                raise ValueError("the installation secret cannot be set")
            if key == ROUNDING_KEY:
                SettlementRounding(value)  # refuses unknown modes
            put_setting(session, key, value, ctx.actor.branch_id)
        record_change(
            session, "settings", 0, "update", None, ctx.actor.station_id, ctx.actor.branch_id
        )
