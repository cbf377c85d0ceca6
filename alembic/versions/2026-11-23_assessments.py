"""Risk assessments: ratings, judgement, verification, next review.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "assessment",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("inmate_id", sa.Uuid(), nullable=False),
        sa.Column("instrument_version_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("assessor_id", sa.Uuid(), nullable=False),
        sa.Column("ratings", sa.JSON(), nullable=False),
        sa.Column("overall_judgement", sa.String(length=16), nullable=True),
        sa.Column("rationale", sa.Text(), nullable=True),
        sa.Column("interventions", sa.JSON(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("verified_by", sa.Uuid(), nullable=True),
        sa.Column("verified_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("return_comments", sa.Text(), nullable=True),
        sa.Column("next_review_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["assessor_id"], ["app_user.id"], name=op.f("fk_assessment_assessor_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["inmate_id"], ["inmate.id"], name=op.f("fk_assessment_inmate_id_inmate")
        ),
        sa.ForeignKeyConstraint(
            ["instrument_version_id"],
            ["instrument_version.id"],
            name=op.f("fk_assessment_instrument_version_id_instrument_version"),
        ),
        sa.ForeignKeyConstraint(
            ["verified_by"], ["app_user.id"], name=op.f("fk_assessment_verified_by_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment")),
    )
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.create_index("ix_assessment_created_at_id", ["created_at", "id"], unique=False)
        batch_op.create_index(
            "ix_assessment_inmate_id_status", ["inmate_id", "status"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_assessment_next_review_date"), ["next_review_date"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_assessment_status"), ["status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessment_status"))
        batch_op.drop_index(batch_op.f("ix_assessment_next_review_date"))
        batch_op.drop_index("ix_assessment_inmate_id_status")
        batch_op.drop_index("ix_assessment_created_at_id")

    op.drop_table("assessment")
