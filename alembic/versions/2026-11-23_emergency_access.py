"""Break-the-glass access, and the scope that reviews it for supervisors and auditors.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REVIEW_SCOPE = "emergency_access:review"
REVIEWING_ROLES = ("supervisor", "auditor")

role = sa.table("role", sa.column("code", sa.String), sa.column("scopes", sa.JSON))


def _set_review_scope(add: bool) -> None:
    """Built-in reviewers get the new scope (an administration's own changes are kept)."""
    bind = op.get_bind()
    for code, scopes in bind.execute(
        sa.select(role.c.code, role.c.scopes).where(role.c.code.in_(REVIEWING_ROLES))
    ):
        current = [scope for scope in (scopes or []) if scope != REVIEW_SCOPE]
        if add:
            current.append(REVIEW_SCOPE)
        bind.execute(role.update().where(role.c.code == code).values(scopes=current))


def upgrade() -> None:
    op.create_table(
        "emergency_access",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("inmate_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("facility_id", sa.Uuid(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("granted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["facility_id"], ["facility.id"], name=op.f("fk_emergency_access_facility_id_facility")
        ),
        sa.ForeignKeyConstraint(
            ["inmate_id"], ["inmate.id"], name=op.f("fk_emergency_access_inmate_id_inmate")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_emergency_access_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_emergency_access")),
    )
    with op.batch_alter_table("emergency_access", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_emergency_access_facility_id"), ["facility_id"], unique=False
        )
        batch_op.create_index(
            "ix_emergency_access_inmate_id_user_id", ["inmate_id", "user_id"], unique=False
        )
    _set_review_scope(add=True)


def downgrade() -> None:
    _set_review_scope(add=False)
    with op.batch_alter_table("emergency_access", schema=None) as batch_op:
        batch_op.drop_index("ix_emergency_access_inmate_id_user_id")
        batch_op.drop_index(batch_op.f("ix_emergency_access_facility_id"))

    op.drop_table("emergency_access")
