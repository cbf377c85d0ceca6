"""For statistics: each inmate's current risk judgement (from the latest verified
assessment, filled in for existing records) and when an assessment was last returned
(filled in for those waiting in "returned"; earlier returns are in the audit log).

Revision ID: 0021
Revises: 0020
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("returned_at", sa.DateTime(timezone=True), nullable=True))
    # An assessment waiting in "returned" was last changed by its return.
    returned = sa.table(
        "assessment",
        sa.column("status", sa.String),
        sa.column("updated_at", sa.DateTime(timezone=True)),
        sa.column("returned_at", sa.DateTime(timezone=True)),
    )
    op.execute(
        returned.update()
        .where(returned.c.status == "returned")
        .values(returned_at=returned.c.updated_at)
    )

    with op.batch_alter_table("inmate", schema=None) as batch_op:
        batch_op.add_column(sa.Column("risk_judgement", sa.String(length=16), nullable=True))
    assessment = sa.table(
        "assessment",
        sa.column("inmate_id", sa.Uuid),
        sa.column("status", sa.String),
        sa.column("overall_judgement", sa.String),
        sa.column("verified_at", sa.DateTime(timezone=True)),
    )
    inmate = sa.table("inmate", sa.column("id", sa.Uuid), sa.column("risk_judgement", sa.String))
    latest = (
        sa.select(assessment.c.overall_judgement)
        .where(assessment.c.inmate_id == inmate.c.id, assessment.c.status == "verified")
        .order_by(assessment.c.verified_at.desc())
        .limit(1)
        .scalar_subquery()
    )
    op.execute(inmate.update().values(risk_judgement=latest))


def downgrade() -> None:
    with op.batch_alter_table("inmate", schema=None) as batch_op:
        batch_op.drop_column("risk_judgement")

    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.drop_column("returned_at")
