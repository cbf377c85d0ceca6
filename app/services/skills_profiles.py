"""Use cases on inmates' skills and interests profiles."""

from __future__ import annotations

import uuid

from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.access import ensure_staff, visible_inmate
from app.errors import NotFound, PreconditionRequired
from app.models.vocational import SkillsProfile
from app.principal import Actor
from app.schemas.vocational import SkillsProfileWrite
from app.services.audit import record_event
from app.services.records import apply_changes, check_version


async def _profile_of(
    session: AsyncSession, inmate_id: uuid.UUID, *, for_update: bool = False
) -> SkillsProfile | None:
    statement = select(SkillsProfile).where(SkillsProfile.inmate_id == inmate_id)
    if for_update:
        statement = statement.with_for_update()
    return (await session.exec(statement)).first()


async def read_profile(session: AsyncSession, actor: Actor, inmate_id: uuid.UUID) -> SkillsProfile:
    """The inmate's profile, to staff of the inmate's facility; the read is audited.
    Partners never reach an identified inmate (404)."""
    ensure_staff(actor, "inmate")
    inmate = await visible_inmate(session, actor, inmate_id)
    profile = await _profile_of(session, inmate.id)
    if profile is None:
        raise NotFound("No skills profile is recorded for this inmate.")
    record_event(session, actor, "inmate.read", "inmate", inmate.id, {"part": "skills_profile"})
    await session.commit()
    return profile


async def write_profile(
    session: AsyncSession,
    actor: Actor,
    inmate_id: uuid.UUID,
    data: SkillsProfileWrite,
    expected_version: int | None,
) -> tuple[SkillsProfile, bool]:
    """Record the profile, or replace it (then `If-Match` is required); answer (profile,
    created)."""
    ensure_staff(actor, "inmate")
    inmate = await visible_inmate(session, actor, inmate_id, for_update=True)
    values = data.model_dump(mode="json")
    values["assessed_on"] = data.assessed_on
    values["assessed_by"] = actor.principal
    profile = await _profile_of(session, inmate.id, for_update=True)
    if profile is None:
        profile = SkillsProfile(inmate_id=inmate.id, **values)
        session.add(profile)
        record_event(session, actor, "skills_profile.create", "skills_profile", profile.id)
        await session.commit()
        return profile, True
    if expected_version is None:
        raise PreconditionRequired("The profile exists: send If-Match with its ETag to replace it.")
    check_version(profile, expected_version)
    if changed := apply_changes(profile, values):
        record_event(
            session,
            actor,
            "skills_profile.update",
            "skills_profile",
            profile.id,
            {"fields": changed},
        )
    await session.commit()
    return profile, False
