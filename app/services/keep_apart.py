"""Keep-apart constraints, as every rule that groups inmates reads them: cells,
programme groups."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import or_
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.errors import Conflict
from app.models.custody import KeepApart


class KeepApartViolation(Conflict):
    code = "keep_apart"


async def keep_apart_conflicts(
    session: AsyncSession, inmate_id: uuid.UUID, occupants: Sequence[uuid.UUID]
) -> Sequence[KeepApart]:
    if not occupants:
        return []
    return (
        await session.exec(
            select(KeepApart).where(
                col(KeepApart.active),
                or_(
                    (col(KeepApart.inmate_id) == inmate_id)
                    & col(KeepApart.other_inmate_id).in_(occupants),
                    (col(KeepApart.other_inmate_id) == inmate_id)
                    & col(KeepApart.inmate_id).in_(occupants),
                ),
            )
        )
    ).all()


async def keep_apart_within(
    session: AsyncSession, inmate_ids: Sequence[uuid.UUID]
) -> Sequence[KeepApart]:
    """The constraints in force between any two of a group of inmates."""
    if len(inmate_ids) < 2:
        return []
    return (
        await session.exec(
            select(KeepApart)
            .where(
                col(KeepApart.active),
                col(KeepApart.inmate_id).in_(inmate_ids),
                col(KeepApart.other_inmate_id).in_(inmate_ids),
            )
            .order_by(col(KeepApart.created_at))
        )
    ).all()
