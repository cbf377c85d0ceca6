"""Wider search columns: long names and many aliases fit on PostgreSQL too.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("inmate", schema=None) as batch_op:
        batch_op.alter_column(
            "search_text",
            existing_type=sa.VARCHAR(length=2000),
            type_=sa.Text(),
            existing_nullable=False,
        )
        batch_op.alter_column(
            "match_key",
            existing_type=sa.VARCHAR(length=400),
            type_=sa.String(length=1000),
            existing_nullable=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("inmate", schema=None) as batch_op:
        batch_op.alter_column(
            "match_key",
            existing_type=sa.String(length=1000),
            type_=sa.VARCHAR(length=400),
            existing_nullable=False,
        )
        batch_op.alter_column(
            "search_text",
            existing_type=sa.Text(),
            type_=sa.VARCHAR(length=2000),
            existing_nullable=False,
        )
