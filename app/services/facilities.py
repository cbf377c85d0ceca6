"""Use cases on facilities: register, read, list, change and deactivate prisons."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.access import ensure_facility_visible, within_facilities
from app.errors import ValidationFailed
from app.models.facility import Facility
from app.pagination import PageRequest, keyset_page
from app.principal import Actor
from app.schemas.facility import FacilityCreate, FacilityUpdate
from app.schemas.problem import FieldError
from app.services.records import create_record, get_record, update_record
from app.services.visit_upkeep import recheck


async def create_facility(
    session: AsyncSession, actor: Actor, data: FacilityCreate, default_id: uuid.UUID | None = None
) -> tuple[Facility, bool]:
    return await create_record(
        session,
        actor,
        Facility,
        data,
        default_id=default_id,
        unique=("code",),
        values=data.model_dump(exclude={"id"}, mode="json"),
    )


async def get_facility(session: AsyncSession, actor: Actor, facility_id: uuid.UUID) -> Facility:
    ensure_facility_visible(actor, facility_id, "facility")
    return await get_record(session, Facility, facility_id)


async def list_facilities(
    session: AsyncSession, actor: Actor, page: PageRequest, *, active: bool | None = None
) -> tuple[Sequence[Facility], str | None]:
    statement = within_facilities(select(Facility), actor, Facility.id)
    if active is not None:
        statement = statement.where(col(Facility.active).is_(active))
    return await keyset_page(session, statement, Facility, page, kind="facility")


async def update_facility(
    session: AsyncSession,
    actor: Actor,
    facility_id: uuid.UUID,
    changes: FacilityUpdate,
    expected_version: int,
) -> Facility:
    """Change a facility; new visit restrictions withdraw the visits and sessions not yet
    begun that they refuse."""
    ensure_facility_visible(actor, facility_id, "facility")

    async def withdraw_refused(facility: Facility, changed: list[str]) -> None:
        if "visit_restrictions" in changed:
            await recheck(session, actor, facility=facility)

    return await update_record(
        session,
        actor,
        Facility,
        facility_id,
        changes.model_dump(exclude_unset=True, mode="json"),
        expected_version,
        then=withdraw_refused,
    )


async def active_facility(session: AsyncSession, facility_id: uuid.UUID, field: str) -> Facility:
    """The facility a record is placed in: it must exist and be active (422 on ``field``)."""
    facility = await session.get(Facility, facility_id)
    if facility is None or not facility.active:
        raise ValidationFailed(
            "Unknown or inactive facility.",
            errors=[
                FieldError(field=f"body.{field}", message="unknown or inactive", type="unknown")
            ],
        )
    return facility
