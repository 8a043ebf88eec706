"""complaints and messages: complaints with working-time deadlines, their journal and
escalations; message templates and the message outbox (consent records are 0007's)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 13:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.domain.types

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UTC = app.domain.types.UTCDateTime


def _enum(length: int) -> sa.String:
    return sa.String(length=length)


def upgrade() -> None:
    op.create_table(
        "complaints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("asset_id", sa.Integer(), nullable=True),
        sa.Column("order_id", sa.Integer(), nullable=True),
        sa.Column("caller_name", sa.String(length=100), nullable=True),
        sa.Column("caller_phone", sa.String(length=20), nullable=True),
        sa.Column("received_at", UTC(), nullable=False),
        sa.Column("channel", _enum(15), nullable=False),
        sa.Column("kind", _enum(15), nullable=False),
        sa.Column("severity", _enum(10), nullable=False),
        sa.Column("state", _enum(15), nullable=False),
        sa.Column("against_user_id", sa.Integer(), nullable=True),
        sa.Column("against_department", sa.String(length=60), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("request", sa.Text(), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("respond_by", UTC(), nullable=False),
        sa.Column("feedback_by", UTC(), nullable=False),
        sa.Column("close_by", UTC(), nullable=False),
        sa.Column("update_by", UTC(), nullable=True),
        sa.Column("responded_at", UTC(), nullable=True),
        sa.Column("feedback_at", UTC(), nullable=True),
        sa.Column("last_update_at", UTC(), nullable=True),
        sa.Column("closed_at", UTC(), nullable=True),
        sa.Column("waiting", _enum(10), nullable=True),
        sa.Column("waiting_since", UTC(), nullable=True),
        sa.Column("paused_minutes", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.Column("compensation", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("accountability", sa.Text(), nullable=True),
        sa.Column("improvement", sa.Text(), nullable=True),
        sa.Column("reopened", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("created_at", UTC(), nullable=False),
        sa.Column("updated_at", UTC(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_complaints_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["asset_id"], ["assets.id"], name=op.f("fk_complaints_asset_id_assets")
        ),
        sa.ForeignKeyConstraint(
            ["order_id"], ["work_orders.id"], name=op.f("fk_complaints_order_id_work_orders")
        ),
        sa.ForeignKeyConstraint(
            ["against_user_id"], ["users.id"], name=op.f("fk_complaints_against_user_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["users.id"], name=op.f("fk_complaints_owner_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["users.id"], name=op.f("fk_complaints_recorded_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaints")),
    )
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        for column in ("customer_id", "asset_id", "order_id", "received_at", "state",
                       "owner_id", "close_by"):  # fmt: skip
            batch_op.create_index(batch_op.f(f"ix_complaints_{column}"), [column], unique=False)
    op.create_table(
        "complaint_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=30), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("from_user_id", sa.Integer(), nullable=True),
        sa.Column("to_user_id", sa.Integer(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("station_id", sa.Integer(), nullable=True),
        sa.Column("at", UTC(), nullable=False),
        sa.ForeignKeyConstraint(
            ["complaint_id"], ["complaints.id"],
            name=op.f("fk_complaint_events_complaint_id_complaints"),
        ),
        sa.ForeignKeyConstraint(
            ["from_user_id"], ["users.id"], name=op.f("fk_complaint_events_from_user_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["to_user_id"], ["users.id"], name=op.f("fk_complaint_events_to_user_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_complaint_events_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_events")),
        sa.UniqueConstraint(
            "complaint_id", "version", name=op.f("uq_complaint_events_complaint_id")
        ),
    )  # fmt: skip
    with op.batch_alter_table("complaint_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_complaint_events_complaint_id"), ["complaint_id"], unique=False
        )
    op.create_table(
        "complaint_escalations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("deadline", _enum(10), nullable=False),
        sa.Column("due_at", UTC(), nullable=False),
        sa.Column("escalated_at", UTC(), nullable=False),
        sa.Column("to_role", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["complaint_id"], ["complaints.id"],
            name=op.f("fk_complaint_escalations_complaint_id_complaints"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_escalations")),
        sa.UniqueConstraint(
            "complaint_id", "deadline", "due_at",
            name=op.f("uq_complaint_escalations_complaint_id"),
        ),
    )  # fmt: skip
    with op.batch_alter_table("complaint_escalations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_complaint_escalations_complaint_id"), ["complaint_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_complaint_escalations_escalated_at"), ["escalated_at"], unique=False
        )
    op.create_table(
        "message_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("event", _enum(30), nullable=False),
        sa.Column("lang", sa.String(length=10), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("provider_code", sa.String(length=40), nullable=True),
        sa.Column("updated_at", UTC(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_message_templates")),
        sa.UniqueConstraint(
            "branch_id", "event", "lang", name=op.f("uq_message_templates_branch_id")
        ),
    )
    op.create_table(
        "messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("event", _enum(30), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=True),
        sa.Column("lang", sa.String(length=10), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("params", sa.Text(), nullable=True),
        sa.Column("status", _enum(10), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("provider_id", sa.String(length=80), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", UTC(), nullable=False),
        sa.Column("sent_at", UTC(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_messages_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["template_id"], ["message_templates.id"],
            name=op.f("fk_messages_template_id_message_templates"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_messages")),
    )  # fmt: skip
    with op.batch_alter_table("messages", schema=None) as batch_op:
        for column in ("customer_id", "status", "created_at"):
            batch_op.create_index(batch_op.f(f"ix_messages_{column}"), [column], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("messages", schema=None) as batch_op:
        for column in ("customer_id", "status", "created_at"):
            batch_op.drop_index(batch_op.f(f"ix_messages_{column}"))
    op.drop_table("messages")
    op.drop_table("message_templates")
    with op.batch_alter_table("complaint_escalations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaint_escalations_escalated_at"))
        batch_op.drop_index(batch_op.f("ix_complaint_escalations_complaint_id"))
    op.drop_table("complaint_escalations")
    with op.batch_alter_table("complaint_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaint_events_complaint_id"))
    op.drop_table("complaint_events")
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        for column in ("customer_id", "asset_id", "order_id", "received_at", "state",
                       "owner_id", "close_by"):  # fmt: skip
            batch_op.drop_index(batch_op.f(f"ix_complaints_{column}"))
    op.drop_table("complaints")
