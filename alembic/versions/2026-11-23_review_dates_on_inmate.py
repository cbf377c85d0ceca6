"""Review dates copied on the inmate, so that the due list reads one table.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("inmate", schema=None) as batch_op:
        batch_op.add_column(sa.Column("next_review_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("override_review_by", sa.Date(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_inmate_next_review_date"), ["next_review_date"], unique=False
        )
    # Existing records: the latest verified assessment, and an override in force.
    op.execute(
        """
        UPDATE inmate SET next_review_date = (
            SELECT a.next_review_date FROM assessment a
            WHERE a.inmate_id = inmate.id AND a.status = 'verified'
            ORDER BY a.verified_at DESC LIMIT 1
        )
        """
    )
    op.execute(
        """
        UPDATE inmate SET override_review_by = (
            SELECT c.review_by FROM classification c
            WHERE c.inmate_id = inmate.id AND c.override
            AND c.effective_date = (
                SELECT max(c2.effective_date) FROM classification c2
                WHERE c2.inmate_id = inmate.id
            )
            ORDER BY c.created_at DESC LIMIT 1
        )
        """
    )


def downgrade() -> None:
    with op.batch_alter_table("inmate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inmate_next_review_date"))
        batch_op.drop_column("override_review_by")
        batch_op.drop_column("next_review_date")
