"""Inmate registry: inmates and their custody episodes.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "inmate",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("facility_id", sa.Uuid(), nullable=False),
        sa.Column("prison_number", sa.String(length=32), nullable=False),
        sa.Column("family_name", sa.String(length=200), nullable=False),
        sa.Column("given_names", sa.String(length=200), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column("sex", sa.String(length=8), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("nationality", sa.String(length=2), nullable=True),
        sa.Column("region_of_origin", sa.String(length=100), nullable=True),
        sa.Column("place_of_origin", sa.String(length=100), nullable=True),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("education_level", sa.String(length=16), nullable=True),
        sa.Column("prior_occupation", sa.String(length=100), nullable=True),
        sa.Column("family_contact", sa.JSON(), nullable=True),
        sa.Column("charges", sa.JSON(), nullable=False),
        sa.Column("case_reference", sa.String(length=100), nullable=True),
        sa.Column("admission_date", sa.Date(), nullable=False),
        sa.Column("legal_status", sa.String(length=16), nullable=False),
        sa.Column("search_text", sa.String(length=2000), nullable=False),
        sa.Column("match_key", sa.String(length=400), nullable=False),
        sa.ForeignKeyConstraint(
            ["facility_id"], ["facility.id"], name=op.f("fk_inmate_facility_id_facility")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inmate")),
        sa.UniqueConstraint(
            "facility_id", "prison_number", name=op.f("uq_inmate_facility_id_prison_number")
        ),
    )
    with op.batch_alter_table("inmate", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_inmate_birth_year"), ["birth_year"], unique=False)
        batch_op.create_index("ix_inmate_created_at_id", ["created_at", "id"], unique=False)
        batch_op.create_index(
            "ix_inmate_facility_id_created_at_id", ["facility_id", "created_at", "id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_inmate_legal_status"), ["legal_status"], unique=False)
        batch_op.create_index(batch_op.f("ix_inmate_match_key"), ["match_key"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_inmate_region_of_origin"), ["region_of_origin"], unique=False
        )

    op.create_table(
        "custody_episode",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("inmate_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("facility_id", sa.Uuid(), nullable=False),
        sa.Column("admission_date", sa.Date(), nullable=False),
        sa.Column("release_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["facility_id"], ["facility.id"], name=op.f("fk_custody_episode_facility_id_facility")
        ),
        sa.ForeignKeyConstraint(
            ["inmate_id"], ["inmate.id"], name=op.f("fk_custody_episode_inmate_id_inmate")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_custody_episode")),
        sa.UniqueConstraint(
            "inmate_id", "number", name=op.f("uq_custody_episode_inmate_id_number")
        ),
    )
    with op.batch_alter_table("custody_episode", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_custody_episode_inmate_id"), ["inmate_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("custody_episode", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_custody_episode_inmate_id"))

    op.drop_table("custody_episode")
    with op.batch_alter_table("inmate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inmate_region_of_origin"))
        batch_op.drop_index(batch_op.f("ix_inmate_match_key"))
        batch_op.drop_index(batch_op.f("ix_inmate_legal_status"))
        batch_op.drop_index("ix_inmate_facility_id_created_at_id")
        batch_op.drop_index("ix_inmate_created_at_id")
        batch_op.drop_index(batch_op.f("ix_inmate_birth_year"))

    op.drop_table("inmate")
