"""The whole file of one person, for the person (Nelson Mandela Rule 9): everything the
registry holds on them, in one document. Later domains add their parts here."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlmodel import SQLModel, col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.access import visible_inmate
from app.models.base import utcnow
from app.models.custody import IntakeStep, LegalStatusEntry, Placement, Transfer
from app.models.inmate import CustodyEpisode, Inmate
from app.principal import Actor
from app.services.audit import record_event

RowT = TypeVar("RowT", bound=SQLModel)


@dataclass(frozen=True)
class SubjectFile:
    generated_at: datetime
    inmate: Inmate
    episodes: list[CustodyEpisode]
    legal_statuses: list[LegalStatusEntry]
    transfers: list[Transfer]
    placements: list[Placement]
    intake_steps: list[IntakeStep]


async def _rows(
    session: AsyncSession, model: type[RowT], inmate_id: uuid.UUID, order: Any
) -> list[RowT]:
    statement = select(model).where(col(model.inmate_id) == inmate_id).order_by(order)  # type: ignore[attr-defined]
    return list((await session.exec(statement)).all())


async def assemble_file(session: AsyncSession, actor: Actor, inmate_id: uuid.UUID) -> SubjectFile:
    """One query per part, whatever the size of the file; the request is audited."""
    inmate = await visible_inmate(session, actor, inmate_id, for_update=True)
    subject = SubjectFile(
        generated_at=utcnow(),
        inmate=inmate,
        episodes=await _rows(session, CustodyEpisode, inmate.id, col(CustodyEpisode.number)),
        legal_statuses=await _rows(
            session, LegalStatusEntry, inmate.id, col(LegalStatusEntry.effective_date)
        ),
        transfers=await _rows(session, Transfer, inmate.id, col(Transfer.effective_date)),
        placements=await _rows(session, Placement, inmate.id, col(Placement.start_date)),
        intake_steps=await _rows(session, IntakeStep, inmate.id, col(IntakeStep.completed_at)),
    )
    record_event(session, actor, "inmate.file", "inmate", inmate.id)
    await session.commit()
    return subject
