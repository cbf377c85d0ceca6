"""The change log behind the tablets' sync feed (GET /sync/changes), with its head row, and
every record already held entered as a change, so that a tablet starting from nothing
gets them all.

Revision ID: 0024
Revises: 0023
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0024"
down_revision: str | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (sync type, table, whether its records change: a version and an updated_at)
BACKFILL = (
    ("inmates", "inmate", True),
    ("intake", "intake_step", True),
    ("assessments", "assessment", True),
    ("classifications", "classification", False),
)


def upgrade() -> None:
    change = op.create_table(
        "change",
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("record_type", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("inmate_id", sa.Uuid(), nullable=False),
        sa.Column("facility_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("removed", sa.Boolean(), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_change")),
    )
    with op.batch_alter_table("change", schema=None) as batch_op:
        batch_op.create_index("ix_change_facility_id_seq", ["facility_id", "seq"], unique=False)
    head = op.create_table(
        "change_log_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("commits", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log_head")),
    )
    op.bulk_insert(head, [{"id": 1, "commits": 0}])

    holder = sa.table("inmate", sa.column("id", sa.Uuid), sa.column("facility_id", sa.Uuid)).alias(
        "holder"
    )
    for record_type, name, versioned in BACKFILL:
        record = sa.table(
            name,
            sa.column("id", sa.Uuid),
            sa.column("version", sa.Integer),
            sa.column("created_at", sa.DateTime(timezone=True)),
            sa.column("updated_at", sa.DateTime(timezone=True)),
            *(() if name == "inmate" else (sa.column("inmate_id", sa.Uuid),)),
        )
        person = record.c.id if name == "inmate" else record.c.inmate_id
        rows = (
            sa.select(
                sa.literal(record_type),
                record.c.id,
                person,
                holder.c.facility_id,
                record.c.version if versioned else sa.literal(1),
                sa.false(),
                record.c.updated_at if versioned else record.c.created_at,
            )
            .select_from(record.join(holder, holder.c.id == person))
            .order_by(record.c.created_at, record.c.id)
        )
        op.execute(
            change.insert().from_select(
                [
                    "record_type",
                    "record_id",
                    "inmate_id",
                    "facility_id",
                    "version",
                    "removed",
                    "changed_at",
                ],
                rows,
            )
        )
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ANALYZE change")


def downgrade() -> None:
    op.drop_table("change_log_head")
    with op.batch_alter_table("change", schema=None) as batch_op:
        batch_op.drop_index("ix_change_facility_id_seq")
    op.drop_table("change")
