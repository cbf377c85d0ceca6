"""Vocational enrolments: interest, waiting list, enrolment, completion, drop, suspension.

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "vocational_enrolment",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("programme_id", sa.Uuid(), nullable=False),
        sa.Column("inmate_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=True),
        sa.Column("waitlisted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("enrolled_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["inmate_id"], ["inmate.id"], name=op.f("fk_vocational_enrolment_inmate_id_inmate")
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["vocational_programme.id"],
            name=op.f("fk_vocational_enrolment_programme_id_vocational_programme"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vocational_enrolment")),
        sa.UniqueConstraint(
            "programme_id", "inmate_id", name=op.f("uq_vocational_enrolment_programme_id_inmate_id")
        ),
    )
    with op.batch_alter_table("vocational_enrolment", schema=None) as batch_op:
        batch_op.create_index(
            "ix_vocational_enrolment_created_at_id", ["created_at", "id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_vocational_enrolment_inmate_id"), ["inmate_id"], unique=False
        )
        batch_op.create_index(
            "ix_vocational_enrolment_programme_id_status", ["programme_id", "status"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("vocational_enrolment", schema=None) as batch_op:
        batch_op.drop_index("ix_vocational_enrolment_programme_id_status")
        batch_op.drop_index(batch_op.f("ix_vocational_enrolment_inmate_id"))
        batch_op.drop_index("ix_vocational_enrolment_created_at_id")

    op.drop_table("vocational_enrolment")
