"""Where each custody episode ended: the facility a person was held in on release, after
any transfer (filled in for episodes already closed: the person's current facility for
their latest episode, else the destination of the last transfer during the episode and
recorded before its release, else where it began).

Revision ID: 0022
Revises: 0021
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("custody_episode", schema=None) as batch_op:
        batch_op.add_column(sa.Column("release_facility_id", sa.Uuid(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_custody_episode_release_facility_id_facility"),
            "facility",
            ["release_facility_id"],
            ["id"],
        )
    episode = sa.table(
        "custody_episode",
        sa.column("id", sa.Uuid),
        sa.column("inmate_id", sa.Uuid),
        sa.column("facility_id", sa.Uuid),
        sa.column("admission_date", sa.Date),
        sa.column("release_date", sa.Date),
        sa.column("release_facility_id", sa.Uuid),
    )
    inmate = sa.table(
        "inmate",
        sa.column("id", sa.Uuid),
        sa.column("facility_id", sa.Uuid),
        sa.column("current_episode_id", sa.Uuid),
    )
    transfer = sa.table(
        "transfer",
        sa.column("inmate_id", sa.Uuid),
        sa.column("to_facility_id", sa.Uuid),
        sa.column("effective_date", sa.Date),
        sa.column("created_at", sa.DateTime(timezone=True)),
    )
    held_now = (
        sa.select(inmate.c.facility_id)
        .where(inmate.c.id == episode.c.inmate_id, inmate.c.current_episode_id == episode.c.id)
        .scalar_subquery()
    )
    status = sa.table(
        "legal_status_entry",
        sa.column("episode_id", sa.Uuid),
        sa.column("created_at", sa.DateTime(timezone=True)),
    )
    # When the episode's release was recorded: a transfer recorded later, even one dated
    # the same day, belongs to a later episode.
    ended_at = (
        sa.select(sa.func.max(status.c.created_at))
        .where(status.c.episode_id == episode.c.id)
        .correlate(episode)
        .scalar_subquery()
    )
    last_transfer = (
        sa.select(transfer.c.to_facility_id)
        .where(
            transfer.c.inmate_id == episode.c.inmate_id,
            transfer.c.effective_date >= episode.c.admission_date,
            transfer.c.effective_date <= episode.c.release_date,
            transfer.c.created_at <= sa.func.coalesce(ended_at, transfer.c.created_at),
        )
        .order_by(transfer.c.effective_date.desc(), transfer.c.created_at.desc())
        .limit(1)
        .scalar_subquery()
    )
    op.execute(
        episode.update()
        .where(episode.c.release_date.is_not(None))
        .values(
            release_facility_id=sa.func.coalesce(held_now, last_transfer, episode.c.facility_id)
        )
    )


def downgrade() -> None:
    with op.batch_alter_table("custody_episode", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_custody_episode_release_facility_id_facility"), type_="foreignkey"
        )
        batch_op.drop_column("release_facility_id")
