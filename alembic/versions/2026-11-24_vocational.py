"""Vocational training: inmates' skills and interests profiles, and programmes with their
eligibility rules.

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "vocational_programme",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("trade", sa.String(length=32), nullable=False),
        sa.Column("provider_organisation_id", sa.Uuid(), nullable=False),
        sa.Column("external_id", sa.String(length=100), nullable=True),
        sa.Column("facility_id", sa.Uuid(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("sessions_per_week", sa.Integer(), nullable=False),
        sa.Column("hours_per_session", sa.Float(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("allowed_security_levels", sa.JSON(), nullable=False),
        sa.Column("allowed_legal_statuses", sa.JSON(), nullable=False),
        sa.Column("minimum_literacy", sa.String(length=16), nullable=True),
        sa.Column("max_per_cell_block", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["facility_id"],
            ["facility.id"],
            name=op.f("fk_vocational_programme_facility_id_facility"),
        ),
        sa.ForeignKeyConstraint(
            ["provider_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_vocational_programme_provider_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vocational_programme")),
        sa.UniqueConstraint(
            "provider_organisation_id",
            "external_id",
            name=op.f("uq_vocational_programme_provider_organisation_id_external_id"),
        ),
    )
    with op.batch_alter_table("vocational_programme", schema=None) as batch_op:
        batch_op.create_index(
            "ix_vocational_programme_created_at_id", ["created_at", "id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_vocational_programme_facility_id"), ["facility_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_vocational_programme_provider_organisation_id"),
            ["provider_organisation_id"],
            unique=False,
        )

    op.create_table(
        "skills_profile",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("inmate_id", sa.Uuid(), nullable=False),
        sa.Column("prior_trades", sa.JSON(), nullable=False),
        sa.Column("skills", sa.JSON(), nullable=False),
        sa.Column("literacy", sa.String(length=16), nullable=False),
        sa.Column("numeracy", sa.String(length=16), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("trades_of_interest", sa.JSON(), nullable=False),
        sa.Column("health_constraints", sa.String(length=1000), nullable=True),
        sa.Column("security_constraints", sa.String(length=1000), nullable=True),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("assessed_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["inmate_id"], ["inmate.id"], name=op.f("fk_skills_profile_inmate_id_inmate")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skills_profile")),
        sa.UniqueConstraint("inmate_id", name=op.f("uq_skills_profile_inmate_id")),
    )


def downgrade() -> None:
    op.drop_table("skills_profile")
    with op.batch_alter_table("vocational_programme", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vocational_programme_provider_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_vocational_programme_facility_id"))
        batch_op.drop_index("ix_vocational_programme_created_at_id")

    op.drop_table("vocational_programme")
