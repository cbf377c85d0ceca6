"""Incidents: recorded by security staff; each makes the inmate's review due now."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.access import visible_inmate
from app.errors import ValidationFailed
from app.models.base import utcnow
from app.models.incident import Incident
from app.principal import Actor
from app.schemas.incident import IncidentCreate
from app.schemas.problem import FieldError
from app.services.audit import record_event
from app.services.reviews import call_for_review


async def record_incident(
    session: AsyncSession, actor: Actor, inmate_id: uuid.UUID, data: IncidentCreate
) -> Incident:
    inmate = await visible_inmate(session, actor, inmate_id, for_update=True)
    if data.occurred_on > utcnow().date():
        raise ValidationFailed(
            "The incident date is in the future.",
            errors=[FieldError(field="body.occurred_on", message="is in the future", type="date")],
        )
    incident = Incident(
        inmate_id=inmate.id,
        occurred_on=data.occurred_on,
        kind=data.kind.value,
        description=data.description,
        reported_by=actor.principal,
    )
    session.add(incident)
    call_for_review(inmate, f"incident: {data.kind.value} on {data.occurred_on}")
    inmate.version += 1
    inmate.updated_at = utcnow()
    record_event(
        session,
        actor,
        "inmate.incident",
        "inmate",
        inmate.id,
        {"incident_id": str(incident.id), "kind": data.kind.value},
    )
    await session.commit()
    return incident


async def incidents_of(
    session: AsyncSession, actor: Actor, inmate_id: uuid.UUID
) -> Sequence[Incident]:
    inmate = await visible_inmate(session, actor, inmate_id)
    rows = (
        await session.exec(
            select(Incident)
            .where(Incident.inmate_id == inmate.id)
            .order_by(col(Incident.occurred_on), col(Incident.created_at))
        )
    ).all()
    record_event(session, actor, "inmate.read", "inmate", inmate.id, {"part": "incidents"})
    await session.commit()
    return rows
