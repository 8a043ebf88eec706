"""asset serial index: a device is found by its serial number even when it has an IMEI

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 08:50:34.948856
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # byte-order collation like the other search keys, for prefix ranges (see key_string)
        op.alter_column(
            'assets',
            'serial',
            existing_type=sa.String(length=40),
            type_=sa.VARCHAR(length=40, collation='C'),
            existing_nullable=True,
        )
    with op.batch_alter_table('assets', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assets_serial'), ['serial'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('assets', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assets_serial'))
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column(
            'assets',
            'serial',
            existing_type=sa.VARCHAR(length=40, collation='C'),
            type_=sa.String(length=40),
            existing_nullable=True,
        )
