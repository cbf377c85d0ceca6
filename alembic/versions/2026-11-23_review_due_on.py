"""The date an inmate's review falls due, indexed with the facility for the due list.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("inmate", schema=None) as batch_op:
        batch_op.add_column(sa.Column("review_due_on", sa.Date(), nullable=True))
        batch_op.drop_index(batch_op.f("ix_inmate_next_review_date"))
        batch_op.create_index(
            "ix_inmate_facility_id_review_due_on", ["facility_id", "review_due_on"], unique=False
        )
    op.execute("UPDATE inmate SET review_due_on = COALESCE(next_review_date, admission_date)")
    op.execute(
        "UPDATE inmate SET review_due_on = review_due_since "
        "WHERE review_due_reason IS NOT NULL AND review_due_since < review_due_on"
    )
    op.execute(
        "UPDATE inmate SET review_due_on = override_review_by "
        "WHERE override_review_by IS NOT NULL AND override_review_by < review_due_on"
    )


def downgrade() -> None:
    with op.batch_alter_table("inmate", schema=None) as batch_op:
        batch_op.drop_index("ix_inmate_facility_id_review_due_on")
        batch_op.create_index(
            batch_op.f("ix_inmate_next_review_date"), ["next_review_date"], unique=False
        )
        batch_op.drop_column("review_due_on")
