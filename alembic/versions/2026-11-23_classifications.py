"""Security classifications, and the level in force copied on the inmate.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "classification",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("inmate_id", sa.Uuid(), nullable=False),
        sa.Column("assessment_id", sa.Uuid(), nullable=False),
        sa.Column("security_level", sa.String(length=16), nullable=False),
        sa.Column("suggested_level", sa.String(length=16), nullable=False),
        sa.Column("override", sa.Boolean(), nullable=False),
        sa.Column("justification", sa.Text(), nullable=True),
        sa.Column("review_by", sa.Date(), nullable=True),
        sa.Column("single_cell", sa.Boolean(), nullable=False),
        sa.Column("separate_from_group", sa.String(length=100), nullable=True),
        sa.Column("effective_date", sa.Date(), nullable=False),
        sa.Column("decided_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_classification_assessment_id_assessment"),
        ),
        sa.ForeignKeyConstraint(
            ["inmate_id"], ["inmate.id"], name=op.f("fk_classification_inmate_id_inmate")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_classification")),
    )
    with op.batch_alter_table("classification", schema=None) as batch_op:
        batch_op.create_index(
            "ix_classification_inmate_id_effective_date",
            ["inmate_id", "effective_date"],
            unique=False,
        )

    with op.batch_alter_table("inmate", schema=None) as batch_op:
        batch_op.add_column(sa.Column("security_level", sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("inmate", schema=None) as batch_op:
        batch_op.drop_column("security_level")

    with op.batch_alter_table("classification", schema=None) as batch_op:
        batch_op.drop_index("ix_classification_inmate_id_effective_date")

    op.drop_table("classification")
