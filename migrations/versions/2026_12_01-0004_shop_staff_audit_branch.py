"""shop, staff and audit: branches, sign-in columns and extra roles of users, the append-only
audit log, the branch on orders / stations / counters / settings / change log, catalog items
with both units, standard hours, flat price and several asset kinds, mandatory checklist items

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 09:36:05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.domain.types

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ROLE = sa.Enum(
    "advisor",
    "technician",
    "team_lead",
    "inspector",
    "cashier",
    "parts",
    "follow_up",
    "manager",
    "admin",
    name="role",
    native_enum=False,
    length=20,
)

_APPEND_ONLY_SQLITE = [
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
]
_APPEND_ONLY_PG = [
    "CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$",
    "CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
]


def _rebuild_with_branch(name: str, columns: list[sa.Column], pk: list[str]) -> None:
    """Re-create a small table with ``branch_id`` in its primary key, keeping its rows in
    branch 1 (settings rows that are installation-wide go to branch 0)."""
    conn = op.get_bind()
    rows = [dict(r._mapping) for r in conn.execute(sa.text(f"SELECT * FROM {name}"))]
    op.drop_table(name)
    table = op.create_table(
        name,
        sa.Column("branch_id", sa.Integer(), nullable=False),
        *columns,
        sa.PrimaryKeyConstraint("branch_id", *pk, name=op.f(f"pk_{name}")),
    )
    for row in rows:
        row.setdefault("branch_id", 0 if row.get("key", "").startswith("install.") else 1)
    if rows:
        op.bulk_insert(table, rows)


def upgrade() -> None:
    bind = op.get_bind()
    op.create_table(
        "branches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", app.domain.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_branches")),
        sa.UniqueConstraint("code", name=op.f("uq_branches_code")),
    )
    # the one shop every existing row belongs to; the first-start setup names it
    branches = sa.table(
        "branches",
        sa.column("id", sa.Integer),
        sa.column("code", sa.String),
        sa.column("name", sa.String),
        sa.column("active", sa.Boolean),
        sa.column("created_at", app.domain.types.UTCDateTime(timezone=True)),
    )
    op.bulk_insert(
        branches,
        [
            {
                "id": 1,
                "code": "MAIN",
                "name": "",
                "active": True,
                "created_at": app.domain.types.utcnow(),
            }
        ],
    )
    if bind.dialect.name == "postgresql":
        op.execute("SELECT setval(pg_get_serial_sequence('branches', 'id'), 1)")

    op.create_table(
        "audit_log",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("at", app.domain.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("user_name", sa.String(length=60), nullable=False),
        sa.Column("roles", sa.String(length=200), nullable=False),
        sa.Column("station_id", sa.Integer(), nullable=True),
        sa.Column("station_name", sa.String(length=60), nullable=False),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("entity", sa.String(length=30), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("order_id", sa.Integer(), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.Column("approved_by_id", sa.Integer(), nullable=True),
        sa.Column("approved_by_name", sa.String(length=60), nullable=True),
        sa.Column("approval", sa.String(length=60), nullable=True),
        sa.ForeignKeyConstraint(
            ["approved_by_id"], ["users.id"], name=op.f("fk_audit_log_approved_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["station_id"], ["stations.id"], name=op.f("fk_audit_log_station_id_stations")
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_audit_log_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_action"), ["action"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index("ix_audit_log_entity", ["entity", "entity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_order_id"), ["order_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_user_id"), ["user_id"], unique=False)
    for statement in _APPEND_ONLY_PG if bind.dialect.name == "postgresql" else _APPEND_ONLY_SQLITE:
        op.execute(statement)

    op.create_table(
        "user_roles",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("role", ROLE, nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_user_roles_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("user_id", "role", name=op.f("pk_user_roles")),
    )

    with op.batch_alter_table("catalog_items", schema=None) as batch_op:
        batch_op.add_column(sa.Column("unit_en", sa.String(length=10), nullable=True))
        batch_op.add_column(
            sa.Column("standard_hours", sa.Numeric(precision=10, scale=3), nullable=True)
        )
        batch_op.add_column(
            sa.Column("flat", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(sa.Column("asset_kinds", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
    op.execute("UPDATE catalog_items SET asset_kinds = asset_kind")
    op.execute("UPDATE catalog_items SET standard_hours = default_quantity WHERE kind = 'labor'")
    with op.batch_alter_table("catalog_items", schema=None) as batch_op:
        batch_op.drop_column("asset_kind")

    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("branch_id", sa.Integer(), server_default="1", nullable=False)
        )

    with op.batch_alter_table("checklist_items", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("mandatory", sa.Boolean(), server_default=sa.false(), nullable=False)
        )

    _rebuild_with_branch(
        "document_counters",
        [
            sa.Column("kind", sa.String(length=4), nullable=False),
            sa.Column("period", sa.String(length=8), nullable=False),
            sa.Column("last_value", sa.Integer(), nullable=False),
        ],
        ["kind", "period"],
    )
    _rebuild_with_branch(
        "settings",
        [
            sa.Column("key", sa.String(length=60), nullable=False),
            sa.Column("value", sa.Text(), nullable=False),
            sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        ],
        ["key"],
    )

    with op.batch_alter_table("stations", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("branch_id", sa.Integer(), server_default="1", nullable=False)
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_stations_branch_id_branches"), "branches", ["branch_id"], ["id"]
        )

    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "login",
                sa.String(length=40).with_variant(
                    sa.VARCHAR(length=40, collation="C"), "postgresql"
                ),
                nullable=True,
            )
        )
        batch_op.add_column(sa.Column("branch_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("language", sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column("password_hash", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("pin_hash", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("card_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(
            sa.Column("failed_attempts", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("locked_until", app.domain.types.UTCDateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
    # users so far had a name only (and no password: nobody could sign in); the name is
    # unique, so it serves as their login until the setup desk gives them one
    op.execute("UPDATE users SET login = name, branch_id = 1")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.alter_column(
            "login",
            existing_type=sa.String(length=40).with_variant(
                sa.VARCHAR(length=40, collation="C"), "postgresql"
            ),
            nullable=False,
        )
        batch_op.create_unique_constraint(batch_op.f("uq_users_card_hash"), ["card_hash"])
        batch_op.create_unique_constraint(batch_op.f("uq_users_login"), ["login"])
        batch_op.create_foreign_key(
            batch_op.f("fk_users_branch_id_branches"), "branches", ["branch_id"], ["id"]
        )

    with op.batch_alter_table("work_orders", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("branch_id", sa.Integer(), server_default="1", nullable=False)
        )
        batch_op.create_index(batch_op.f("ix_work_orders_branch_id"), ["branch_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_work_orders_branch_id_branches"), "branches", ["branch_id"], ["id"]
        )


def _rebuild_without_branch(name: str, columns: list[sa.Column], pk: list[str]) -> None:
    conn = op.get_bind()
    keep = [c.name for c in columns]
    rows = [
        {k: r._mapping[k] for k in keep}
        for r in conn.execute(sa.text(f"SELECT * FROM {name} WHERE branch_id IN (0, 1)"))
    ]
    op.drop_table(name)
    table = op.create_table(name, *columns, sa.PrimaryKeyConstraint(*pk, name=op.f(f"pk_{name}")))
    if rows:
        op.bulk_insert(table, rows)


def downgrade() -> None:
    bind = op.get_bind()
    with op.batch_alter_table("work_orders", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_work_orders_branch_id_branches"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_work_orders_branch_id"))
        batch_op.drop_column("branch_id")

    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_users_branch_id_branches"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("uq_users_login"), type_="unique")
        batch_op.drop_constraint(batch_op.f("uq_users_card_hash"), type_="unique")
        for column in (
            "version",
            "locked_until",
            "failed_attempts",
            "card_hash",
            "pin_hash",
            "password_hash",
            "language",
            "branch_id",
            "login",
        ):
            batch_op.drop_column(column)

    with op.batch_alter_table("stations", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_stations_branch_id_branches"), type_="foreignkey")
        batch_op.drop_column("branch_id")

    _rebuild_without_branch(
        "settings",
        [
            sa.Column("key", sa.String(length=60), nullable=False),
            sa.Column("value", sa.Text(), nullable=False),
        ],
        ["key"],
    )
    _rebuild_without_branch(
        "document_counters",
        [
            sa.Column("kind", sa.String(length=4), nullable=False),
            sa.Column("period", sa.String(length=8), nullable=False),
            sa.Column("last_value", sa.Integer(), nullable=False),
        ],
        ["kind", "period"],
    )

    with op.batch_alter_table("checklist_items", schema=None) as batch_op:
        batch_op.drop_column("mandatory")

    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_column("branch_id")

    with op.batch_alter_table("catalog_items", schema=None) as batch_op:
        batch_op.add_column(sa.Column("asset_kind", sa.VARCHAR(length=10), nullable=True))
    op.execute(
        "UPDATE catalog_items SET asset_kind = asset_kinds "
        "WHERE asset_kinds IS NOT NULL AND asset_kinds NOT LIKE '%,%'"
    )
    with op.batch_alter_table("catalog_items", schema=None) as batch_op:
        for column in ("version", "asset_kinds", "flat", "standard_hours", "unit_en"):
            batch_op.drop_column(column)

    op.drop_table("user_roles")
    if bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER audit_log_no_change ON audit_log")
        op.execute("DROP FUNCTION audit_log_append_only()")
    op.drop_table("audit_log")
    op.drop_table("branches")
