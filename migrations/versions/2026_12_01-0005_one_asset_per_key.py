"""one asset per plate, VIN and IMEI: unique indexes on the normalized keys (existing
duplicates merged when they belong to the same customer, otherwise flagged for review in
asset_duplicates), the plate's tail for a lookup by its digits, both languages of a catalog
line kept on the order line

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 12:45:00
"""

import logging
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.domain.types

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("alembic.runtime.migration")

#: key column -> the columns cleared on a flagged duplicate (the key and what derives from it)
_KEYS = {
    "plate_key": ("plate_key", "plate_body", "plate_tail"),
    "vin": ("vin", "vin_tail"),
    "ident_key": ("ident_key",),
}


def _key(length: int) -> sa.types.TypeEngine:
    return app.domain.types.key_string(length)


def _resolve_duplicates(conn: sa.Connection) -> None:
    """Before the unique indexes: one asset keeps each key. A duplicate of the same customer
    is merged into the oldest asset (its orders move there); a duplicate of another customer
    keeps its file but loses the key, and both are listed in asset_duplicates for review."""
    table = sa.table(
        "asset_duplicates",
        sa.column("asset_id"),
        sa.column("duplicate_of_id"),
        sa.column("key_name"),
        sa.column("key_value"),
        sa.column("resolution"),
    )
    merged = flagged = 0
    for key, cleared in _KEYS.items():
        groups = conn.execute(
            sa.text(
                f"SELECT {key} FROM assets WHERE {key} IS NOT NULL "
                f"GROUP BY {key} HAVING COUNT(*) > 1"
            )
        ).scalars()
        for value in list(groups):
            rows = conn.execute(
                sa.text(f"SELECT id, customer_id FROM assets WHERE {key} = :v ORDER BY id"),
                {"v": value},
            ).all()
            keeper_id, keeper_customer = rows[0]
            for dup_id, customer_id in rows[1:]:
                if customer_id == keeper_customer:
                    conn.execute(
                        sa.text("UPDATE work_orders SET asset_id = :k WHERE asset_id = :d"),
                        {"k": keeper_id, "d": dup_id},
                    )
                    conn.execute(sa.text("DELETE FROM asset_ownerships WHERE asset_id = :d"), {"d": dup_id})
                    conn.execute(sa.text("DELETE FROM assets WHERE id = :d"), {"d": dup_id})
                    resolution = "merged"
                    merged += 1
                else:
                    sets = ", ".join(f"{c} = NULL" for c in cleared)
                    conn.execute(
                        sa.text(f"UPDATE assets SET {sets}, version = version + 1 WHERE id = :d"),
                        {"d": dup_id},
                    )
                    resolution = "flagged"
                    flagged += 1
                conn.execute(
                    table.insert().values(
                        asset_id=dup_id,
                        duplicate_of_id=keeper_id,
                        key_name=key,
                        key_value=value,
                        resolution=resolution,
                    )
                )
                log.warning(
                    "asset #%s duplicates #%s (%s %s): %s", dup_id, keeper_id, key, value, resolution
                )
    if merged or flagged:
        log.warning("duplicate assets: %d merged, %d flagged in asset_duplicates", merged, flagged)


def upgrade() -> None:
    op.create_table(
        "asset_duplicates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("asset_id", sa.Integer(), nullable=False),
        sa.Column("duplicate_of_id", sa.Integer(), nullable=False),
        sa.Column("key_name", sa.String(length=20), nullable=False),
        sa.Column("key_value", sa.String(length=40), nullable=False),
        sa.Column("resolution", sa.String(length=10), nullable=False),
        sa.Column("found_at", app.domain.types.UTCDateTime(), nullable=False,
                  server_default=sa.func.current_timestamp()),
        sa.Column("reviewed_at", app.domain.types.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_asset_duplicates")),
    )
    with op.batch_alter_table("assets", schema=None) as batch_op:
        batch_op.add_column(sa.Column("plate_tail", _key(10), nullable=True))
    conn = op.get_bind()
    conn.execute(
        sa.text(
            "UPDATE assets SET plate_tail = SUBSTR(plate_body, 2) "
            "WHERE plate_body IS NOT NULL AND LENGTH(plate_body) > 1"
        )
    )
    _resolve_duplicates(conn)
    with op.batch_alter_table("assets", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assets_plate_tail"), ["plate_tail"], unique=False)
        for key in _KEYS:
            batch_op.drop_index(batch_op.f(f"ix_assets_{key}"))
            batch_op.create_index(batch_op.f(f"ix_assets_{key}"), [key], unique=True)
    with op.batch_alter_table("order_lines", schema=None) as batch_op:
        batch_op.add_column(sa.Column("description_en", sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column("unit_en", sa.String(length=10), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("order_lines", schema=None) as batch_op:
        batch_op.drop_column("unit_en")
        batch_op.drop_column("description_en")
    with op.batch_alter_table("assets", schema=None) as batch_op:
        for key in _KEYS:
            batch_op.drop_index(batch_op.f(f"ix_assets_{key}"))
            batch_op.create_index(batch_op.f(f"ix_assets_{key}"), [key], unique=False)
        batch_op.drop_index(batch_op.f("ix_assets_plate_tail"))
        batch_op.drop_column("plate_tail")
    op.drop_table("asset_duplicates")
