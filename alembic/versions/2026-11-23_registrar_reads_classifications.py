"""Registrars read classifications (the built-in role gains classifications:read).

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SCOPE = "classifications:read"
role = sa.table("role", sa.column("code", sa.String), sa.column("scopes", sa.JSON))


def _set(add: bool) -> None:
    bind = op.get_bind()
    for code, scopes in bind.execute(
        sa.select(role.c.code, role.c.scopes).where(role.c.code == "registrar")
    ):
        current = [scope for scope in (scopes or []) if scope != SCOPE]
        if add:
            current.append(SCOPE)
        bind.execute(role.update().where(role.c.code == code).values(scopes=current))


def upgrade() -> None:
    _set(add=True)


def downgrade() -> None:
    _set(add=False)
