"""Break-the-glass: read access to one record of another facility, for three hours,
audited as such and listed for review."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import timedelta

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.access import within_facilities
from app.errors import Forbidden, NotFound
from app.models.base import utcnow
from app.models.emergency import EmergencyAccess
from app.models.inmate import Inmate
from app.pagination import PageRequest, keyset_page
from app.principal import Actor, PrincipalKind
from app.services.audit import record_event

GRANT_DURATION = timedelta(hours=3)


async def grant_emergency_access(
    session: AsyncSession, actor: Actor, inmate_id: uuid.UUID, reason: str
) -> EmergencyAccess:
    """Open one record to one staff member for three hours; only people sign, not machines."""
    if actor.kind is not PrincipalKind.user or actor.subject_id is None:
        raise Forbidden("Only a staff member can ask for emergency access.")
    inmate = await session.get(Inmate, inmate_id)
    if inmate is None:
        raise NotFound("No inmate with this id.")
    now = utcnow()
    grant = EmergencyAccess(
        inmate_id=inmate.id,
        user_id=actor.subject_id,
        facility_id=inmate.facility_id,
        reason=reason,
        granted_at=now,
        expires_at=now + GRANT_DURATION,
    )
    session.add(grant)
    record_event(
        session,
        actor,
        "inmate.emergency_access",
        "inmate",
        inmate.id,
        {"grant_id": str(grant.id), "expires_at": grant.expires_at.isoformat()},
    )
    await session.commit()
    return grant


async def list_grants(
    session: AsyncSession, actor: Actor, page: PageRequest, *, facility_id: uuid.UUID | None
) -> tuple[Sequence[EmergencyAccess], str | None]:
    """Grants on records of the reviewer's facilities (all, for national reviewers)."""
    statement = within_facilities(select(EmergencyAccess), actor, EmergencyAccess.facility_id)
    if facility_id is not None:
        statement = statement.where(col(EmergencyAccess.facility_id) == facility_id)
    return await keyset_page(
        session,
        statement,
        EmergencyAccess,
        page,
        kind="emergency_access",
        created_column="granted_at",
    )
