"""appointments (预约): bookings in slots of the workshop's capacity (labor hours per slot and
asset kind), what each booked, and the booked hours of each slot in use

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 15:54:01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.domain.types

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "appointment_slots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("asset_kind", sa.String(length=10), nullable=False),
        sa.Column("starts_at", app.domain.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("booked_hours", sa.Numeric(precision=10, scale=3), nullable=False),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["branches.id"], name=op.f("fk_appointment_slots_branch_id_branches")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointment_slots")),
        sa.UniqueConstraint(
            "branch_id", "asset_kind", "starts_at", name=op.f("uq_appointment_slots_branch_id")
        ),
    )
    op.create_table(
        "appointments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.Integer(), server_default="1", nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("asset_id", sa.Integer(), nullable=False),
        sa.Column("asset_kind", sa.String(length=10), nullable=False),
        sa.Column("starts_at", app.domain.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("slot_minutes", sa.Integer(), nullable=False),
        sa.Column("hours", sa.Numeric(precision=10, scale=3), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("waiting", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("advisor_id", sa.Integer(), nullable=False),
        sa.Column("technician_id", sa.Integer(), nullable=True),
        sa.Column("overbooked_by_id", sa.Integer(), nullable=True),
        sa.Column("confirmation", sa.String(length=12), nullable=True),
        sa.Column("confirmed_at", app.domain.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("reminded_at", app.domain.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("arrived_at", app.domain.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("order_id", sa.Integer(), nullable=True),
        sa.Column("no_show_reason", sa.String(length=200), nullable=True),
        sa.Column("cancel_reason", sa.String(length=200), nullable=True),
        sa.Column("moved_to_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", app.domain.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", app.domain.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["advisor_id"], ["users.id"], name=op.f("fk_appointments_advisor_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["asset_id"], ["assets.id"], name=op.f("fk_appointments_asset_id_assets")
        ),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["branches.id"], name=op.f("fk_appointments_branch_id_branches")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_appointments_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["order_id"], ["work_orders.id"], name=op.f("fk_appointments_order_id_work_orders")
        ),
        sa.ForeignKeyConstraint(
            ["overbooked_by_id"], ["users.id"], name=op.f("fk_appointments_overbooked_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["technician_id"], ["users.id"], name=op.f("fk_appointments_technician_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["users.id"], name=op.f("fk_appointments_updated_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointments")),
    )
    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_appointments_asset_id"), ["asset_id"], unique=False)
        batch_op.create_index(
            "ix_appointments_branch_state_starts", ["branch_id", "state", "starts_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_appointments_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_appointments_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "appointment_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("appointment_id", sa.Integer(), nullable=False),
        sa.Column("catalog_item_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("hours", sa.Numeric(precision=10, scale=3), nullable=False),
        sa.ForeignKeyConstraint(
            ["appointment_id"],
            ["appointments.id"],
            name=op.f("fk_appointment_items_appointment_id_appointments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["catalog_item_id"],
            ["catalog_items.id"],
            name=op.f("fk_appointment_items_catalog_item_id_catalog_items"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointment_items")),
    )
    with op.batch_alter_table("appointment_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_appointment_items_appointment_id"), ["appointment_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("appointment_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appointment_items_appointment_id"))

    op.drop_table("appointment_items")
    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appointments_starts_at"))
        batch_op.drop_index(batch_op.f("ix_appointments_customer_id"))
        batch_op.drop_index("ix_appointments_branch_state_starts")
        batch_op.drop_index(batch_op.f("ix_appointments_asset_id"))

    op.drop_table("appointments")
    op.drop_table("appointment_slots")
