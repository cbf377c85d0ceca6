"""Vocational completion certificates and final assessments, follow-up after release, and the
facility setting that shows providers an enrolled inmate's first name.

Revision ID: 0018
Revises: 0017
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "vocational_follow_up",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("enrolment_id", sa.Uuid(), nullable=False),
        sa.Column("months_after_release", sa.Integer(), nullable=False),
        sa.Column("contacted_on", sa.Date(), nullable=False),
        sa.Column("employment_status", sa.String(length=24), nullable=False),
        sa.Column("uses_trade", sa.Boolean(), nullable=True),
        sa.Column("notes", sa.String(length=2000), nullable=True),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["enrolment_id"],
            ["vocational_enrolment.id"],
            name=op.f("fk_vocational_follow_up_enrolment_id_vocational_enrolment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vocational_follow_up")),
        sa.UniqueConstraint(
            "enrolment_id",
            "months_after_release",
            name=op.f("uq_vocational_follow_up_enrolment_id_months_after_release"),
        ),
    )
    with op.batch_alter_table("vocational_follow_up", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_vocational_follow_up_enrolment_id"), ["enrolment_id"], unique=False
        )

    with op.batch_alter_table("facility", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "providers_see_first_name",
                sa.Boolean(),
                server_default=sa.false(),
                nullable=False,
            )
        )

    with op.batch_alter_table("vocational_enrolment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("certificate_number", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("final_assessment", sa.String(length=2000), nullable=True))
        batch_op.create_unique_constraint(
            batch_op.f("uq_vocational_enrolment_certificate_number"), ["certificate_number"]
        )

    with op.batch_alter_table("vocational_programme", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("certificates_issued", sa.Integer(), server_default="0", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("vocational_programme", schema=None) as batch_op:
        batch_op.drop_column("certificates_issued")

    with op.batch_alter_table("vocational_enrolment", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("uq_vocational_enrolment_certificate_number"), type_="unique"
        )
        batch_op.drop_column("final_assessment")
        batch_op.drop_column("certificate_number")

    with op.batch_alter_table("facility", schema=None) as batch_op:
        batch_op.drop_column("providers_see_first_name")

    with op.batch_alter_table("vocational_follow_up", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vocational_follow_up_enrolment_id"))

    op.drop_table("vocational_follow_up")
