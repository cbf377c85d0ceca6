"""Attendance of vocational programmes: one enrolled inmate on one day.

Revision ID: 0019
Revises: 0018
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "vocational_attendance",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("programme_id", sa.Uuid(), nullable=False),
        sa.Column("enrolment_id", sa.Uuid(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("hours", sa.Float(), nullable=False),
        sa.Column("source_organisation_id", sa.Uuid(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["enrolment_id"],
            ["vocational_enrolment.id"],
            name=op.f("fk_vocational_attendance_enrolment_id_vocational_enrolment"),
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["vocational_programme.id"],
            name=op.f("fk_vocational_attendance_programme_id_vocational_programme"),
        ),
        sa.ForeignKeyConstraint(
            ["source_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_vocational_attendance_source_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vocational_attendance")),
        sa.UniqueConstraint(
            "enrolment_id", "day", name=op.f("uq_vocational_attendance_enrolment_id_day")
        ),
    )
    with op.batch_alter_table("vocational_attendance", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_vocational_attendance_programme_id"), ["programme_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("vocational_attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vocational_attendance_programme_id"))

    op.drop_table("vocational_attendance")
