"""Custody: legal status history, transfers, placements, keep-apart, intake steps.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "keep_apart",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("inmate_id", sa.Uuid(), nullable=False),
        sa.Column("other_inmate_id", sa.Uuid(), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("source_id", sa.Uuid(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["inmate_id"], ["inmate.id"], name=op.f("fk_keep_apart_inmate_id_inmate")
        ),
        sa.ForeignKeyConstraint(
            ["other_inmate_id"], ["inmate.id"], name=op.f("fk_keep_apart_other_inmate_id_inmate")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_keep_apart")),
    )
    with op.batch_alter_table("keep_apart", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_keep_apart_inmate_id"), ["inmate_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_keep_apart_other_inmate_id"), ["other_inmate_id"], unique=False
        )

    op.create_table(
        "transfer",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("inmate_id", sa.Uuid(), nullable=False),
        sa.Column("from_facility_id", sa.Uuid(), nullable=False),
        sa.Column("to_facility_id", sa.Uuid(), nullable=False),
        sa.Column("effective_date", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=1000), nullable=False),
        sa.Column("decided_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["from_facility_id"],
            ["facility.id"],
            name=op.f("fk_transfer_from_facility_id_facility"),
        ),
        sa.ForeignKeyConstraint(
            ["inmate_id"], ["inmate.id"], name=op.f("fk_transfer_inmate_id_inmate")
        ),
        sa.ForeignKeyConstraint(
            ["to_facility_id"], ["facility.id"], name=op.f("fk_transfer_to_facility_id_facility")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transfer")),
    )
    with op.batch_alter_table("transfer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_transfer_inmate_id"), ["inmate_id"], unique=False)

    op.create_table(
        "intake_step",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("inmate_id", sa.Uuid(), nullable=False),
        sa.Column("episode_id", sa.Uuid(), nullable=False),
        sa.Column("step", sa.String(length=32), nullable=False),
        sa.Column("completed_by", sa.String(length=100), nullable=False),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["episode_id"],
            ["custody_episode.id"],
            name=op.f("fk_intake_step_episode_id_custody_episode"),
        ),
        sa.ForeignKeyConstraint(
            ["inmate_id"], ["inmate.id"], name=op.f("fk_intake_step_inmate_id_inmate")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intake_step")),
        sa.UniqueConstraint("episode_id", "step", name=op.f("uq_intake_step_episode_id_step")),
    )
    with op.batch_alter_table("intake_step", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_intake_step_inmate_id"), ["inmate_id"], unique=False)

    op.create_table(
        "legal_status_entry",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("inmate_id", sa.Uuid(), nullable=False),
        sa.Column("episode_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("effective_date", sa.Date(), nullable=False),
        sa.Column("decision_reference", sa.String(length=100), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["episode_id"],
            ["custody_episode.id"],
            name=op.f("fk_legal_status_entry_episode_id_custody_episode"),
        ),
        sa.ForeignKeyConstraint(
            ["inmate_id"], ["inmate.id"], name=op.f("fk_legal_status_entry_inmate_id_inmate")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_legal_status_entry")),
    )
    with op.batch_alter_table("legal_status_entry", schema=None) as batch_op:
        batch_op.create_index(
            "ix_legal_status_entry_inmate_id_effective_date",
            ["inmate_id", "effective_date"],
            unique=False,
        )

    op.create_table(
        "placement",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("inmate_id", sa.Uuid(), nullable=False),
        sa.Column("episode_id", sa.Uuid(), nullable=False),
        sa.Column("facility_id", sa.Uuid(), nullable=False),
        sa.Column("unit", sa.String(length=50), nullable=False),
        sa.Column("cell", sa.String(length=50), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["episode_id"],
            ["custody_episode.id"],
            name=op.f("fk_placement_episode_id_custody_episode"),
        ),
        sa.ForeignKeyConstraint(
            ["facility_id"], ["facility.id"], name=op.f("fk_placement_facility_id_facility")
        ),
        sa.ForeignKeyConstraint(
            ["inmate_id"], ["inmate.id"], name=op.f("fk_placement_inmate_id_inmate")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placement")),
    )
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_placement_end_date"), ["end_date"], unique=False)
        batch_op.create_index(
            "ix_placement_facility_id_unit_cell", ["facility_id", "unit", "cell"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_placement_inmate_id"), ["inmate_id"], unique=False)

    with op.batch_alter_table("inmate", schema=None) as batch_op:
        batch_op.add_column(sa.Column("current_episode_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("housing_unit", sa.String(length=50), nullable=True))
        batch_op.add_column(sa.Column("housing_cell", sa.String(length=50), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("inmate", schema=None) as batch_op:
        batch_op.drop_column("housing_cell")
        batch_op.drop_column("housing_unit")
        batch_op.drop_column("current_episode_id")

    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_placement_inmate_id"))
        batch_op.drop_index("ix_placement_facility_id_unit_cell")
        batch_op.drop_index(batch_op.f("ix_placement_end_date"))

    op.drop_table("placement")
    with op.batch_alter_table("legal_status_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_legal_status_entry_inmate_id_effective_date")

    op.drop_table("legal_status_entry")
    with op.batch_alter_table("intake_step", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_intake_step_inmate_id"))

    op.drop_table("intake_step")
    with op.batch_alter_table("transfer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_transfer_inmate_id"))

    op.drop_table("transfer")
    with op.batch_alter_table("keep_apart", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_keep_apart_other_inmate_id"))
        batch_op.drop_index(batch_op.f("ix_keep_apart_inmate_id"))

    op.drop_table("keep_apart")
