"""legal documents and the electronic health record: the order's 维修类别, mileage out, old
parts' fate, comeback link, 三包 costs and completion certificate number; a line's settled
hours and brand/spec (and the catalog's brand/spec); the health-record queue; a log of
printed documents (reprints are marked as copies and keep their code)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 13:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.domain.types

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MONEY = sa.Numeric(precision=12, scale=2)
QUANTITY = sa.Numeric(precision=10, scale=3)


def upgrade() -> None:
    with op.batch_alter_table("work_orders", schema=None) as batch_op:
        batch_op.add_column(sa.Column("repair_category", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("mileage_out", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("old_parts", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("comeback_of_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("towing_fee", MONEY, nullable=True))
        batch_op.add_column(sa.Column("transport_compensation", MONEY, nullable=True))
        batch_op.add_column(sa.Column("courtesy_car", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("certificate_number", sa.String(length=24), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_work_orders_comeback_of_id"), ["comeback_of_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_work_orders_certificate_number"), ["certificate_number"], unique=True
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_work_orders_comeback_of_id_work_orders"),
            "work_orders",
            ["comeback_of_id"],
            ["id"],
        )
    with op.batch_alter_table("order_lines", schema=None) as batch_op:
        batch_op.add_column(sa.Column("hours", QUANTITY, nullable=True))
        batch_op.add_column(sa.Column("brand_spec", sa.String(length=60), nullable=True))
    with op.batch_alter_table("catalog_items", schema=None) as batch_op:
        batch_op.add_column(sa.Column("brand_spec", sa.String(length=60), nullable=True))
    op.create_table(
        "health_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("missing", sa.String(length=500), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("last_error", sa.String(length=500), nullable=True),
        sa.Column("settled_at", app.domain.types.UTCDateTime(), nullable=False),
        sa.Column("created_at", app.domain.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", app.domain.types.UTCDateTime(), nullable=False),
        sa.Column("sent_at", app.domain.types.UTCDateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.ForeignKeyConstraint(
            ["order_id"], ["work_orders.id"], name=op.f("fk_health_records_order_id_work_orders")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_health_records")),
    )
    with op.batch_alter_table("health_records", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_health_records_order_id"), ["order_id"], unique=True)
        batch_op.create_index(batch_op.f("ix_health_records_status"), ["status"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_health_records_settled_at"), ["settled_at"], unique=False
        )
    op.create_table(
        "document_prints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("copy_no", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=80), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("station_id", sa.Integer(), nullable=True),
        sa.Column("printed_at", app.domain.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"], ["work_orders.id"], name=op.f("fk_document_prints_order_id_work_orders")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_prints")),
        sa.UniqueConstraint(
            "order_id", "kind", "copy_no", name=op.f("uq_document_prints_order_id")
        ),
    )


def downgrade() -> None:
    op.drop_table("document_prints")
    with op.batch_alter_table("health_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_health_records_settled_at"))
        batch_op.drop_index(batch_op.f("ix_health_records_status"))
        batch_op.drop_index(batch_op.f("ix_health_records_order_id"))
    op.drop_table("health_records")
    with op.batch_alter_table("catalog_items", schema=None) as batch_op:
        batch_op.drop_column("brand_spec")
    with op.batch_alter_table("order_lines", schema=None) as batch_op:
        batch_op.drop_column("brand_spec")
        batch_op.drop_column("hours")
    with op.batch_alter_table("work_orders", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_work_orders_comeback_of_id_work_orders"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_work_orders_certificate_number"))
        batch_op.drop_index(batch_op.f("ix_work_orders_comeback_of_id"))
        for column in (
            "certificate_number", "courtesy_car", "transport_compensation", "towing_fee",
            "comeback_of_id", "old_parts", "mileage_out", "repair_category",
        ):  # fmt: skip
            batch_op.drop_column(column)
