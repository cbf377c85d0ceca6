"""Use cases on vocational programmes: offer, read, list and change them, and check an
inmate's eligibility against their rules."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.access import (
    ensure_facility_visible,
    ensure_staff,
    programme_condition,
    visible_inmate,
)
from app.errors import Forbidden, NotFound, ValidationFailed
from app.models.inmate import Inmate
from app.models.organisation import Organisation
from app.models.vocational import SkillsProfile, VocationalProgramme
from app.pagination import PageRequest, keyset_page
from app.principal import Actor
from app.schemas.inmate import LegalStatus
from app.schemas.problem import FieldError
from app.schemas.vocational import (
    Eligibility,
    EligibilityRule,
    FailedRule,
    ProgrammeCreate,
    ProgrammeStatus,
    ProgrammeUpdate,
    SkillLevel,
    Trade,
)
from app.services.audit import record_event
from app.services.facilities import active_facility
from app.services.records import create_record, ensure_unique, update_record

# Legal statuses of people held in custody.
IN_CUSTODY = frozenset({LegalStatus.pre_trial.value, LegalStatus.convicted.value})


async def _ensure_external_id_free(
    session: AsyncSession,
    provider: uuid.UUID,
    external_id: str | None,
    exclude_id: uuid.UUID | None = None,
) -> None:
    """A provider's external ids name one programme each."""
    await ensure_unique(
        session,
        VocationalProgramme,
        {"external_id": external_id},
        exclude_id,
        within=col(VocationalProgramme.provider_organisation_id) == provider,
    )


async def create_programme(
    session: AsyncSession,
    actor: Actor,
    data: ProgrammeCreate,
    default_id: uuid.UUID | None = None,
) -> tuple[VocationalProgramme, bool]:
    """Offer a programme in one of the caller's facilities, run by a provider (staff only:
    a provider does not set its own rules)."""
    if actor.organisation_scoped:
        raise Forbidden("Programmes are offered by the prison's staff.")
    await active_facility(session, data.facility_id, "facility_id")
    if not actor.may_see_facility(data.facility_id):
        raise ValidationFailed(
            "Invalid programme.",
            errors=[
                FieldError(
                    field="body.facility_id", message="not one of your facilities", type="forbidden"
                )
            ],
        )
    provider = await session.get(Organisation, data.provider_organisation_id)
    if provider is None or not provider.active:
        raise ValidationFailed(
            "Invalid programme.",
            errors=[
                FieldError(
                    field="body.provider_organisation_id",
                    message="unknown or inactive organisation",
                    type="unknown",
                )
            ],
        )
    values = data.model_dump(exclude={"id"}, mode="json")
    values |= {
        "provider_organisation_id": data.provider_organisation_id,
        "facility_id": data.facility_id,
        "start_date": data.start_date,
        "end_date": data.end_date,
    }
    record_id = data.id or default_id
    if record_id is None or await session.get(VocationalProgramme, record_id) is None:
        await _ensure_external_id_free(session, data.provider_organisation_id, data.external_id)
    return await create_record(
        session, actor, VocationalProgramme, data, default_id=default_id, values=values
    )


async def get_programme(
    session: AsyncSession, actor: Actor, programme_id: uuid.UUID
) -> VocationalProgramme:
    programme = (
        await session.exec(
            select(VocationalProgramme).where(
                VocationalProgramme.id == programme_id, programme_condition(actor)
            )
        )
    ).first()
    if programme is None:
        raise NotFound("No vocational programme with this id.")
    return programme


async def list_programmes(
    session: AsyncSession,
    actor: Actor,
    page: PageRequest,
    *,
    facility_id: uuid.UUID | None = None,
    trade: Trade | None = None,
    status: ProgrammeStatus | None = None,
    provider_organisation_id: uuid.UUID | None = None,
) -> tuple[Sequence[VocationalProgramme], str | None]:
    statement = select(VocationalProgramme).where(programme_condition(actor))
    if facility_id is not None:
        statement = statement.where(VocationalProgramme.facility_id == facility_id)
    if trade is not None:
        statement = statement.where(VocationalProgramme.trade == trade.value)
    if status is not None:
        statement = statement.where(VocationalProgramme.status == status.value)
    if provider_organisation_id is not None:
        statement = statement.where(
            VocationalProgramme.provider_organisation_id == provider_organisation_id
        )
    return await keyset_page(
        session, statement, VocationalProgramme, page, kind="vocational_programme"
    )


async def update_programme(
    session: AsyncSession,
    actor: Actor,
    programme_id: uuid.UUID,
    changes: ProgrammeUpdate,
    expected_version: int,
) -> VocationalProgramme:
    if actor.organisation_scoped:
        raise Forbidden("Programmes are changed by the prison's staff.")
    programme = await get_programme(session, actor, programme_id)
    ensure_facility_visible(actor, programme.facility_id, "vocational programme")
    values = changes.model_dump(exclude_unset=True, mode="json")
    for name in ("start_date", "end_date"):
        if name in values:
            values[name] = getattr(changes, name)
    start = values.get("start_date", programme.start_date)
    end = values.get("end_date", programme.end_date)
    if end < start:
        raise ValidationFailed(
            "Invalid programme.",
            errors=[FieldError(field="body.end_date", message="before start_date", type="date")],
        )
    if "external_id" in values:
        await _ensure_external_id_free(
            session, programme.provider_organisation_id, values["external_id"], programme.id
        )
    return await update_record(
        session, actor, VocationalProgramme, programme_id, values, expected_version
    )


def failed_rules(
    programme: VocationalProgramme, inmate: Inmate, profile: SkillsProfile | None
) -> list[FailedRule]:
    """Every rule of the programme the inmate fails today, judged on their current
    facility, classification, legal status and skills profile."""
    failed = []
    if inmate.legal_status not in IN_CUSTODY:
        failed.append(
            FailedRule(rule=EligibilityRule.custody, message=f"{inmate.legal_status}, not held")
        )
    if inmate.facility_id != programme.facility_id:
        failed.append(FailedRule(rule=EligibilityRule.facility, message="held in another facility"))
    levels = programme.allowed_security_levels
    if levels and inmate.security_level not in levels:
        found = inmate.security_level or "unclassified"
        failed.append(
            FailedRule(
                rule=EligibilityRule.security_level,
                message=f"security level {found} is not among {', '.join(levels)}",
            )
        )
    statuses = programme.allowed_legal_statuses
    if statuses and inmate.legal_status not in statuses:
        failed.append(
            FailedRule(
                rule=EligibilityRule.legal_status,
                message=f"legal status {inmate.legal_status} is not among {', '.join(statuses)}",
            )
        )
    if programme.minimum_literacy is not None:
        minimum = SkillLevel(programme.minimum_literacy)
        if profile is None:
            failed.append(
                FailedRule(
                    rule=EligibilityRule.literacy,
                    message=f"literacy {minimum} required; no skills profile is recorded",
                )
            )
        elif SkillLevel(profile.literacy).rank < minimum.rank:
            failed.append(
                FailedRule(
                    rule=EligibilityRule.literacy,
                    message=f"literacy {profile.literacy} is below {minimum}",
                )
            )
    return failed


async def eligibility(
    session: AsyncSession, actor: Actor, programme_id: uuid.UUID, inmate_id: uuid.UUID
) -> Eligibility:
    """Whether an inmate may join the programme (staff of the inmate's facility; the read
    of the inmate's classification and status is audited)."""
    ensure_staff(actor, "inmate")
    programme = await get_programme(session, actor, programme_id)
    inmate = await visible_inmate(session, actor, inmate_id)
    profile = (
        await session.exec(select(SkillsProfile).where(SkillsProfile.inmate_id == inmate.id))
    ).first()
    failed = failed_rules(programme, inmate, profile)
    record_event(
        session,
        actor,
        "inmate.read",
        "inmate",
        inmate.id,
        {"part": "eligibility", "programme_id": str(programme.id)},
    )
    await session.commit()
    return Eligibility(
        programme_id=programme.id, inmate_id=inmate.id, eligible=not failed, failed=failed
    )
