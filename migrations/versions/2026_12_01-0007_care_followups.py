"""customer care: follow-ups, value classes, asset status, contact consent (filled by the follow-up work)

assets: status (in use / sold / stolen / scrapped), use (private / company / staff), 年检 and
insurance renewal dates, manufacturer warranty end; customers: birthday (and its "MM-DD" for
the birthday list), merged-into and anonymised marks; contact consent per channel with date
and source (PIPL); follow-up calls and their attempts (also the due lists' call log); each
customer's value class; indexes for the due lists and the value classes.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 13:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.domain.types

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MONEY = sa.Numeric(precision=12, scale=2)
UTC = app.domain.types.UTCDateTime


def upgrade() -> None:
    with op.batch_alter_table("assets", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("status", sa.String(length=10), server_default="in_use", nullable=False)
        )
        batch_op.add_column(
            sa.Column("use", sa.String(length=10), server_default="private", nullable=False)
        )
        batch_op.add_column(sa.Column("inspection_due", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("insurance_due", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("warranty_until", sa.Date(), nullable=True))
        batch_op.create_index(batch_op.f("ix_assets_inspection_due"), ["inspection_due"])
        batch_op.create_index(batch_op.f("ix_assets_insurance_due"), ["insurance_due"])
        batch_op.create_index(batch_op.f("ix_assets_warranty_until"), ["warranty_until"])
        batch_op.create_index(batch_op.f("ix_assets_invoice_date"), ["invoice_date"])
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("birthday", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("birthday_md", sa.String(length=5), nullable=True))
        batch_op.add_column(sa.Column("merged_into_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("anonymised_at", UTC(), nullable=True))
        batch_op.create_index(batch_op.f("ix_customers_birthday_md"), ["birthday_md"])
        batch_op.create_foreign_key(
            batch_op.f("fk_customers_merged_into_id_customers"),
            "customers",
            ["merged_into_id"],
            ["id"],
        )
    with op.batch_alter_table("work_orders", schema=None) as batch_op:
        batch_op.create_index("ix_work_orders_customer_released", ["customer_id", "released_at"])
        batch_op.create_index("ix_work_orders_next_service_date", ["next_service_date"])

    op.create_table(
        "contact_consents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("granted", sa.Boolean(), nullable=False),
        sa.Column("at", UTC(), nullable=False),
        sa.Column("source", sa.String(length=60), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"],
            name=op.f("fk_contact_consents_customer_id_customers"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["users.id"], name=op.f("fk_contact_consents_recorded_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_consents")),
    )  # fmt: skip
    with op.batch_alter_table("contact_consents", schema=None) as batch_op:
        batch_op.create_index(
            "ix_contact_consents_customer_channel_at", ["customer_id", "channel", "at"]
        )

    op.create_table(
        "follow_ups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.Integer(), server_default="1", nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("asset_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("due_at", UTC(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("outcome", sa.String(length=12), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_try_at", UTC(), nullable=True),
        sa.Column("score_service", sa.Integer(), nullable=True),
        sa.Column("score_quality", sa.Integer(), nullable=True),
        sa.Column("score_on_time", sa.Integer(), nullable=True),
        sa.Column("score_price", sa.Integer(), nullable=True),
        sa.Column("score_clean", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("sms_due", sa.Boolean(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=True),
        sa.Column("done_at", UTC(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", UTC(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTC(), nullable=False),
        sa.ForeignKeyConstraint(
            ["asset_id"], ["assets.id"], name=op.f("fk_follow_ups_asset_id_assets")
        ),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["branches.id"], name=op.f("fk_follow_ups_branch_id_branches")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_follow_ups_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["order_id"], ["work_orders.id"], name=op.f("fk_follow_ups_order_id_work_orders")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["users.id"], name=op.f("fk_follow_ups_updated_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_ups")),
        sa.UniqueConstraint("order_id", "kind", "seq", name=op.f("uq_follow_ups_order_id")),
    )
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_follow_ups_customer_id"), ["customer_id"])
        batch_op.create_index("ix_follow_ups_state_due_at", ["state", "due_at"])

    op.create_table(
        "care_calls",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("follow_up_id", sa.Integer(), nullable=True),
        sa.Column("due_kind", sa.String(length=20), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("asset_id", sa.Integer(), nullable=True),
        sa.Column("at", UTC(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("duration_s", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["asset_id"], ["assets.id"], name=op.f("fk_care_calls_asset_id_assets")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_care_calls_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["follow_up_id"], ["follow_ups.id"],
            name=op.f("fk_care_calls_follow_up_id_follow_ups"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_care_calls_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_care_calls")),
    )  # fmt: skip
    with op.batch_alter_table("care_calls", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_care_calls_customer_id"), ["customer_id"])
        batch_op.create_index(batch_op.f("ix_care_calls_follow_up_id"), ["follow_up_id"])

    op.create_table(
        "customer_values",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("value_class", sa.String(length=1), nullable=False),
        sa.Column("spend", MONEY, nullable=False),
        sa.Column("visits", sa.Integer(), nullable=False),
        sa.Column("last_visit_at", UTC(), nullable=True),
        sa.Column("computed_at", UTC(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"],
            name=op.f("fk_customer_values_customer_id_customers"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("customer_id", name=op.f("pk_customer_values")),
    )  # fmt: skip
    with op.batch_alter_table("customer_values", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customer_values_last_visit_at"), ["last_visit_at"])
        batch_op.create_index(batch_op.f("ix_customer_values_value_class"), ["value_class"])


def downgrade() -> None:
    op.drop_table("customer_values")
    op.drop_table("care_calls")
    op.drop_table("follow_ups")
    op.drop_table("contact_consents")
    with op.batch_alter_table("work_orders", schema=None) as batch_op:
        batch_op.drop_index("ix_work_orders_next_service_date")
        batch_op.drop_index("ix_work_orders_customer_released")
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_customers_merged_into_id_customers"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_customers_birthday_md"))
        for column in ("anonymised_at", "merged_into_id", "birthday_md", "birthday"):
            batch_op.drop_column(column)
    with op.batch_alter_table("assets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assets_invoice_date"))
        batch_op.drop_index(batch_op.f("ix_assets_warranty_until"))
        batch_op.drop_index(batch_op.f("ix_assets_insurance_due"))
        batch_op.drop_index(batch_op.f("ix_assets_inspection_due"))
        for column in ("warranty_until", "insurance_due", "inspection_due", "use", "status"):
            batch_op.drop_column(column)
