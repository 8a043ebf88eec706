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

#: key column -> the columns cleared on a flagged duplicate (the key and what derives from
#: it; the plate, IMEI, serial and frame number as typed stay on its file)
_CLEARED = {
    "plate_key": ("plate_key", "plate_body", "plate_tail"),
    "vin": ("vin", "vin_tail"),
    "ident_key": ("ident_key",),
}
#: key column -> the columns copied together from a merged duplicate to the asset kept
#: when that one has no such key
_KEYS = {
    "plate_key": ("plate_key", "plate_body", "plate_tail", "plate"),
    "vin": ("vin", "vin_tail"),
    "ident_key": ("ident_key", "imei", "serial", "frame_no"),
}
#: columns a merged duplicate fills in where the asset kept has nothing
_FILLED = (
    "make", "model", "year", "colour", "purchase_date", "invoice_date", "engine_no",
    "motor_no", "battery_serial",
)  # fmt: skip
_ROW = (
    "id, kind, customer_id, mileage_km, notes, "
    + ", ".join(_FILLED)
    + ", "
    + ", ".join(c for group in _KEYS.values() for c in group)
)


def _key(length: int) -> sa.types.TypeEngine:
    return app.domain.types.key_string(length)


def _same_thing(keeper: sa.RowMapping, dup: sa.RowMapping) -> bool:
    """One asset entered twice: same owner, same kind, and no key of one contradicts the
    other's (two cars of one customer that shared a plate over the years stay two)."""
    if (keeper["customer_id"], keeper["kind"]) != (dup["customer_id"], dup["kind"]):
        return False
    return all(keeper[k] is None or dup[k] is None or keeper[k] == dup[k] for k in _KEYS)


def _merge(conn: sa.Connection, keeper: sa.RowMapping, dup: sa.RowMapping) -> None:
    """Move ``dup``'s orders and ownership history to ``keeper``, fill in what the keeper
    lacks from it (nothing the duplicate knew is lost), then delete ``dup``."""
    values: dict[str, object] = {}
    for key, group in _KEYS.items():
        if keeper[key] is None and dup[key] is not None:
            values.update({c: dup[c] for c in group})
    for column in _FILLED:
        if keeper[column] is None and dup[column] is not None:
            values[column] = dup[column]
    if (dup["mileage_km"] or 0) > (keeper["mileage_km"] or 0):
        values["mileage_km"] = dup["mileage_km"]
    if dup["notes"] and dup["notes"] != keeper["notes"]:
        values["notes"] = "\n".join(n for n in (keeper["notes"], dup["notes"]) if n)
    conn.execute(
        sa.text("UPDATE work_orders SET asset_id = :k WHERE asset_id = :d"),
        {"k": keeper["id"], "d": dup["id"]},
    )
    # earlier owners of the duplicate's file stay in the history; its open ownership is
    # the keeper's own
    conn.execute(
        sa.text(
            "UPDATE asset_ownerships SET asset_id = :k WHERE asset_id = :d "
            "AND NOT (customer_id = :c AND until IS NULL)"
        ),
        {"k": keeper["id"], "d": dup["id"], "c": keeper["customer_id"]},
    )
    conn.execute(sa.text("DELETE FROM asset_ownerships WHERE asset_id = :d"), {"d": dup["id"]})
    conn.execute(sa.text("DELETE FROM assets WHERE id = :d"), {"d": dup["id"]})
    if values:
        sets = ", ".join(f"{c} = :{c}" for c in values)
        conn.execute(
            sa.text(f"UPDATE assets SET {sets}, version = version + 1 WHERE id = :k"),
            {**values, "k": keeper["id"]},
        )


def _resolve_duplicates(conn: sa.Connection) -> dict[str, int]:
    """Before the unique indexes: one asset keeps each key, the oldest. A duplicate that is
    the same asset entered twice (:func:`_same_thing`) is merged into it; any other keeps
    its file but loses the key (the columns of the key's group), and the pair is listed in
    asset_duplicates as ``flagged`` for a manager to review. Returns the counts."""
    table = sa.table(
        "asset_duplicates",
        sa.column("asset_id"),
        sa.column("duplicate_of_id"),
        sa.column("key_name"),
        sa.column("key_value"),
        sa.column("resolution"),
    )
    counts = {"merged": 0, "flagged": 0}
    for key in _KEYS:
        groups = conn.execute(
            sa.text(
                f"SELECT {key} FROM assets WHERE {key} IS NOT NULL "
                f"GROUP BY {key} HAVING COUNT(*) > 1 ORDER BY {key}"
            )
        ).scalars()
        for value in list(groups):
            rows = conn.execute(
                sa.text(f"SELECT {_ROW} FROM assets WHERE {key} = :v ORDER BY id"), {"v": value}
            ).mappings()
            keeper, *dups = list(rows)
            for dup in dups:
                if _same_thing(keeper, dup):
                    _merge(conn, keeper, dup)
                    keeper = (
                        conn.execute(
                            sa.text(f"SELECT {_ROW} FROM assets WHERE id = :k"), {"k": keeper["id"]}
                        )
                        .mappings()
                        .one()
                    )
                    resolution = "merged"
                else:
                    sets = ", ".join(f"{c} = NULL" for c in _CLEARED[key])
                    conn.execute(
                        sa.text(f"UPDATE assets SET {sets}, version = version + 1 WHERE id = :d"),
                        {"d": dup["id"]},
                    )
                    resolution = "flagged"
                counts[resolution] += 1
                conn.execute(
                    table.insert().values(
                        asset_id=dup["id"],
                        duplicate_of_id=keeper["id"],
                        key_name=key,
                        key_value=value,
                        resolution=resolution,
                    )
                )
                log.warning(
                    "asset #%s (customer #%s) duplicates #%s (customer #%s) by %s %s: %s",
                    dup["id"],
                    dup["customer_id"],
                    keeper["id"],
                    keeper["customer_id"],
                    key,
                    value,
                    resolution,
                )
    if counts["merged"] or counts["flagged"]:
        log.warning(
            "duplicate assets: %d merged into the older file, %d flagged for review "
            "(python -m app duplicates)",
            counts["merged"],
            counts["flagged"],
        )
    return counts


def upgrade() -> None:
    op.create_table(
        "asset_duplicates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("asset_id", sa.Integer(), nullable=False),
        sa.Column("duplicate_of_id", sa.Integer(), nullable=False),
        sa.Column("key_name", sa.String(length=20), nullable=False),
        sa.Column("key_value", sa.String(length=40), nullable=False),
        sa.Column("resolution", sa.String(length=10), nullable=False),
        sa.Column(
            "found_at",
            app.domain.types.UTCDateTime(),
            nullable=False,
            server_default=sa.func.current_timestamp(),
        ),
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


def _drop_columns(table: str, *columns: str) -> None:
    if op.get_bind().dialect.name == "sqlite":
        # in place (SQLite 3.35+): batch mode would rebuild the table, and dropping the old
        # one fails its foreign keys (orders refer to assets) once the database holds data
        for column in columns:
            op.execute(f'ALTER TABLE "{table}" DROP COLUMN "{column}"')
    else:
        for column in columns:
            op.drop_column(table, column)


def downgrade() -> None:
    _drop_columns("order_lines", "unit_en", "description_en")
    for key in _KEYS:
        op.drop_index(op.f(f"ix_assets_{key}"), table_name="assets")
        op.create_index(op.f(f"ix_assets_{key}"), "assets", [key], unique=False)
    op.drop_index(op.f("ix_assets_plate_tail"), table_name="assets")
    _drop_columns("assets", "plate_tail")
    op.drop_table("asset_duplicates")
