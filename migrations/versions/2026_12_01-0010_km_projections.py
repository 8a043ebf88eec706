"""km_projections: each asset's next service mileage projected to a date at its own pace
(the maintenance due list reads it by date), and an index on work orders' release time
(the list's cheap check for a release after the last refresh)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 16:55:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.domain.types

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "km_projections",
        sa.Column("asset_id", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("next_km", sa.Integer(), nullable=False),
        sa.Column("per_day", sa.Integer(), nullable=False),
        sa.Column("last_at", app.domain.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("computed_at", app.domain.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["asset_id"],
            ["assets.id"],
            name=op.f("fk_km_projections_asset_id_assets"),
            ondelete="CASCADE",
        ),  # fmt: skip
        sa.PrimaryKeyConstraint("asset_id", name=op.f("pk_km_projections")),
    )
    with op.batch_alter_table("km_projections", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_km_projections_due_on"), ["due_on"])
    with op.batch_alter_table("work_orders", schema=None) as batch_op:
        batch_op.create_index("ix_work_orders_released_at", ["released_at"])


def downgrade() -> None:
    with op.batch_alter_table("work_orders", schema=None) as batch_op:
        batch_op.drop_index("ix_work_orders_released_at")
    with op.batch_alter_table("km_projections", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_km_projections_due_on"))
    op.drop_table("km_projections")
