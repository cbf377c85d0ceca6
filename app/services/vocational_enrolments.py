"""Enrolments in vocational programmes: who gets a place, who waits, who is promoted.

Every change of places runs with the programme's row locked, so that two requests for its
last seat cannot both win: the second finds the programme full and waits in line.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import func
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.access import ensure_staff, programme_condition, visible_inmate
from app.config import Settings
from app.errors import Conflict, DuplicateValue, NotFound, ValidationFailed
from app.models.base import utcnow
from app.models.custody import LegalStatusEntry
from app.models.facility import Facility
from app.models.inmate import Inmate
from app.models.vocational import (
    SkillsProfile,
    VocationalEnrolment,
    VocationalFollowUp,
    VocationalProgramme,
)
from app.pagination import PageRequest, keyset_page
from app.principal import Actor
from app.schemas.problem import FieldError
from app.schemas.vocational import (
    EligibilityRule,
    EnrolmentRequest,
    FailedRule,
    FollowUpCreate,
    VocationalEnrolmentPartnerView,
    VocationalEnrolmentStatus,
)
from app.security import subject_ref
from app.services.audit import record_event, record_list_read
from app.services.keep_apart import KeepApartViolation, keep_apart_conflicts
from app.services.records import check_version
from app.services.vocational_programmes import failed_rules

S = VocationalEnrolmentStatus
# Statuses that hold a seat, and those from which an enrolment can still move on.
HOLDS_SEAT = S.enrolled.value
OPEN = frozenset({S.interested.value, S.waitlisted.value, S.enrolled.value})
# Where each ending may come from.
ENDS_FROM = {
    S.completed: frozenset({S.enrolled.value}),
    S.dropped: OPEN | {S.suspended.value},
    S.suspended: OPEN,
}
# Programmes that still take people.
TAKING = frozenset({"planned", "open", "running"})
LEFT_CUSTODY = "left_custody"
CLASSIFICATION_CHANGED = "classification_changed"
ENDING_ACTIONS = {S.completed: "complete", S.dropped: "drop", S.suspended: "suspend"}


class NotEligible(Conflict):
    code = "not_eligible"


class EnrolmentState(Conflict):
    code = "enrolment_state"


async def _locked_programme(
    session: AsyncSession, actor: Actor, programme_id: uuid.UUID
) -> VocationalProgramme:
    programme = (
        await session.exec(
            select(VocationalProgramme)
            .where(VocationalProgramme.id == programme_id, programme_condition(actor))
            .with_for_update()
            .execution_options(populate_existing=True)
        )
    ).first()
    if programme is None:
        raise NotFound("No vocational programme with this id.")
    return programme


async def _members(session: AsyncSession, programme: VocationalProgramme) -> Sequence[Inmate]:
    """The inmates holding a seat in the programme."""
    return (
        await session.exec(
            select(Inmate)
            .join(VocationalEnrolment, col(VocationalEnrolment.inmate_id) == Inmate.id)
            .where(
                VocationalEnrolment.programme_id == programme.id,
                VocationalEnrolment.status == HOLDS_SEAT,
            )
        )
    ).all()


async def _refusal(
    session: AsyncSession,
    programme: VocationalProgramme,
    inmate: Inmate,
    members: Sequence[Inmate],
) -> Conflict | None:
    """Why the inmate may not take a seat in the programme today, if they may not: a failed
    eligibility rule, the group limit of their housing unit, or a keep-apart constraint
    with someone already in the group."""
    profile = (
        await session.exec(select(SkillsProfile).where(SkillsProfile.inmate_id == inmate.id))
    ).first()
    failed = failed_rules(programme, inmate, profile)
    others = [member for member in members if member.id != inmate.id]
    limit = programme.max_per_cell_block
    if limit is not None and inmate.housing_unit is not None:
        same_unit = sum(1 for member in others if member.housing_unit == inmate.housing_unit)
        if same_unit >= limit:
            failed.append(
                FailedRule(
                    rule=EligibilityRule.cell_block,
                    message=f"{same_unit} of the group already come from unit "
                    f"{inmate.housing_unit} (at most {limit})",
                )
            )
    if failed:
        return NotEligible(
            "Not eligible: " + "; ".join(f"{rule.rule}: {rule.message}" for rule in failed) + ".",
            extra={"failed": [rule.model_dump(mode="json") for rule in failed]},
        )
    conflicts = await keep_apart_conflicts(session, inmate.id, [member.id for member in others])
    if conflicts:
        first = conflicts[0]
        return KeepApartViolation(
            f"Keep-apart constraint ({first.reason}) with an inmate already in the group.",
            extra={"constraint_id": str(first.id), "reason": first.reason},
        )
    return None


async def _admit(
    session: AsyncSession,
    actor: Actor,
    programme: VocationalProgramme,
    inmate: Inmate,
    enrolment: VocationalEnrolment,
) -> None:
    """Give the inmate a seat, or a place at the end of the waiting list if none is free;
    refuse (nothing written) when a rule says no."""
    if programme.status not in TAKING:
        raise EnrolmentState(f"The programme is {programme.status}.")
    members = await _members(session, programme)
    refusal = await _refusal(session, programme, inmate, members)
    if refusal is not None:
        raise refusal
    if len(members) < programme.capacity:
        _set_status(enrolment, S.enrolled)
    else:
        _set_status(enrolment, S.waitlisted)


def _set_status(
    enrolment: VocationalEnrolment, status: VocationalEnrolmentStatus, reason: str | None = None
) -> None:
    now = utcnow()
    enrolment.status = status.value
    enrolment.reason = reason
    if status is S.waitlisted:
        enrolment.waitlisted_at = now
    elif status is S.enrolled:
        enrolment.enrolled_on = now.date()
    elif status in (S.completed, S.dropped, S.suspended):
        enrolment.ended_on = now.date()
    enrolment.version += 1
    enrolment.updated_at = now


def _event(
    session: AsyncSession, actor: Actor, enrolment: VocationalEnrolment, action: str
) -> None:
    record_event(
        session,
        actor,
        f"vocational_enrolment.{action}",
        "vocational_enrolment",
        enrolment.id,
        {
            "programme_id": str(enrolment.programme_id),
            "inmate_id": str(enrolment.inmate_id),
            "status": enrolment.status,
            **({"reason": enrolment.reason} if enrolment.reason else {}),
        },
    )


async def request_place(
    session: AsyncSession, actor: Actor, data: EnrolmentRequest
) -> tuple[VocationalEnrolment, bool]:
    """Register interest, or ask for a place; answer (enrolment, created). Asking again
    answers the enrolment as it stands."""
    ensure_staff(actor, "vocational enrolment")
    programme = await _locked_programme(session, actor, data.programme_id)
    inmate = await visible_inmate(session, actor, data.inmate_id, for_update=True)
    existing = (
        await session.exec(
            select(VocationalEnrolment).where(
                VocationalEnrolment.programme_id == programme.id,
                VocationalEnrolment.inmate_id == inmate.id,
            )
        )
    ).first()
    if existing is not None:
        await session.commit()
        return existing, False
    enrolment = VocationalEnrolment(
        programme_id=programme.id, inmate_id=inmate.id, status=S.interested.value, version=0
    )
    if data.status == S.enrolled.value:
        await _admit(session, actor, programme, inmate, enrolment)
    else:
        if programme.status not in TAKING:
            raise EnrolmentState(f"The programme is {programme.status}.")
        if inmate.facility_id != programme.facility_id:
            raise NotEligible(
                "Not eligible: facility: held in another facility.",
                extra={"failed": [{"rule": "facility", "message": "held in another facility"}]},
            )
        _set_status(enrolment, S.interested)
    session.add(enrolment)
    _event(session, actor, enrolment, "create")
    await session.commit()
    return enrolment, True


async def _locked_enrolment(
    session: AsyncSession, actor: Actor, enrolment_id: uuid.UUID, expected_version: int | None
) -> tuple[VocationalEnrolment, VocationalProgramme, Inmate]:
    ensure_staff(actor, "vocational enrolment")
    enrolment = await get_enrolment(session, actor, enrolment_id, audit=False)
    programme = await _locked_programme(session, actor, enrolment.programme_id)
    enrolment = (
        await session.exec(
            select(VocationalEnrolment)
            .where(VocationalEnrolment.id == enrolment_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
    ).one()
    if expected_version is not None:
        check_version(enrolment, expected_version)
    inmate = await visible_inmate(session, actor, enrolment.inmate_id, for_update=True)
    return enrolment, programme, inmate


async def enrol(
    session: AsyncSession, actor: Actor, enrolment_id: uuid.UUID, expected_version: int | None
) -> VocationalEnrolment:
    """Ask for a place for an interested (or suspended) inmate."""
    enrolment, programme, inmate = await _locked_enrolment(
        session, actor, enrolment_id, expected_version
    )
    if enrolment.status not in (S.interested.value, S.suspended.value):
        raise EnrolmentState(f"The enrolment is {enrolment.status}.")
    await _admit(session, actor, programme, inmate, enrolment)
    _event(session, actor, enrolment, "enrol")
    await session.commit()
    return enrolment


async def end(
    session: AsyncSession,
    actor: Actor,
    enrolment_id: uuid.UUID,
    status: VocationalEnrolmentStatus,
    reason: str | None,
    expected_version: int | None,
    final_assessment: str | None = None,
) -> VocationalEnrolment:
    """Complete, drop or suspend an enrolment; a seat it frees goes to the first eligible
    inmate on the waiting list."""
    enrolment, programme, _ = await _locked_enrolment(
        session, actor, enrolment_id, expected_version
    )
    if enrolment.status not in ENDS_FROM[status]:
        raise EnrolmentState(f"The enrolment is {enrolment.status}.")
    freed = enrolment.status == HOLDS_SEAT
    _set_status(enrolment, status, reason)
    if status is S.completed:
        programme.certificates_issued += 1
        enrolment.certificate_number = (
            f"VOC-{programme.id.hex.upper()}-{programme.certificates_issued:04d}"
        )
        enrolment.final_assessment = final_assessment
    _event(session, actor, enrolment, ENDING_ACTIONS[status])
    if freed:
        await session.flush()
        await _promote(session, actor, programme)
    await session.commit()
    return enrolment


async def _promote(session: AsyncSession, actor: Actor, programme: VocationalProgramme) -> None:
    """Fill free seats from the waiting list, in its order, skipping those no longer
    eligible (they keep their place)."""
    if programme.status not in TAKING or programme.end_date < utcnow().date():
        return
    members = list(await _members(session, programme))
    if len(members) >= programme.capacity:
        return
    waiting = (
        await session.exec(
            select(VocationalEnrolment, Inmate)
            .join(Inmate, col(Inmate.id) == VocationalEnrolment.inmate_id)
            .where(
                VocationalEnrolment.programme_id == programme.id,
                VocationalEnrolment.status == S.waitlisted.value,
            )
            .order_by(col(VocationalEnrolment.waitlisted_at), col(VocationalEnrolment.id))
            .with_for_update(of=VocationalEnrolment)
        )
    ).all()
    for enrolment, inmate in waiting:
        if len(members) >= programme.capacity:
            return
        if await _refusal(session, programme, inmate, members) is not None:
            continue
        _set_status(enrolment, S.enrolled)
        _event(session, actor, enrolment, "promote")
        members.append(inmate)


async def suspend_ineligible(session: AsyncSession, actor: Actor, inmate: Inmate) -> None:
    """After a new classification: suspend (reason `classification_changed`) the inmate's
    places in programmes whose rules no longer admit them (their level, or a keep-apart
    constraint with someone of the group), and give those seats to the waiting lists. Runs
    in the deciding transaction."""
    rows = (
        await session.exec(
            select(VocationalEnrolment, VocationalProgramme)
            .join(
                VocationalProgramme,
                col(VocationalProgramme.id) == VocationalEnrolment.programme_id,
            )
            .where(
                VocationalEnrolment.inmate_id == inmate.id,
                VocationalEnrolment.status == HOLDS_SEAT,
            )
            .order_by(col(VocationalProgramme.id))
            .with_for_update()
        )
    ).all()
    for enrolment, programme in rows:
        members = await _members(session, programme)
        if await _refusal(session, programme, inmate, members) is None:
            continue
        _set_status(enrolment, S.suspended, CLASSIFICATION_CHANGED)
        _event(session, actor, enrolment, "suspend")
        await session.flush()
        await _promote(session, actor, programme)


async def end_on_departure(session: AsyncSession, actor: Actor, inmate: Inmate) -> None:
    """The inmate left the facility (released, acquitted, transferred): their open places
    end (`dropped`, reason `left_custody`), and freed seats go to the waiting lists. Runs in
    the transaction that records the departure."""
    rows = (
        await session.exec(
            select(VocationalEnrolment, VocationalProgramme)
            .join(
                VocationalProgramme,
                col(VocationalProgramme.id) == VocationalEnrolment.programme_id,
            )
            .where(
                VocationalEnrolment.inmate_id == inmate.id,
                col(VocationalEnrolment.status).in_(OPEN | {S.suspended.value}),
            )
            .order_by(col(VocationalProgramme.id))
            .with_for_update()
        )
    ).all()
    for enrolment, programme in rows:
        freed = enrolment.status == HOLDS_SEAT
        _set_status(enrolment, S.dropped, LEFT_CUSTODY)
        _event(session, actor, enrolment, "drop")
        if freed:
            await session.flush()
            await _promote(session, actor, programme)


async def get_enrolment(
    session: AsyncSession, actor: Actor, enrolment_id: uuid.UUID, *, audit: bool = True
) -> VocationalEnrolment:
    """An enrolment of a programme of the caller's facilities, or of one the caller's
    organisation provides."""
    row = (
        await session.exec(
            select(VocationalEnrolment)
            .join(
                VocationalProgramme,
                col(VocationalProgramme.id) == VocationalEnrolment.programme_id,
            )
            .where(VocationalEnrolment.id == enrolment_id, programme_condition(actor))
        )
    ).first()
    if row is None:
        raise NotFound("No vocational enrolment with this id.")
    if audit:
        record_event(
            session,
            actor,
            "inmate.read",
            "inmate",
            row.inmate_id,
            {"part": "vocational_enrolment", "enrolment_id": str(row.id)},
        )
        await session.commit()
    return row


async def list_enrolments(
    session: AsyncSession,
    actor: Actor,
    page: PageRequest,
    *,
    programme_id: uuid.UUID | None = None,
    inmate_id: uuid.UUID | None = None,
    status: VocationalEnrolmentStatus | None = None,
) -> tuple[Sequence[VocationalEnrolment], str | None]:
    """Enrolments of programmes of the caller's facilities (or that the caller's organisation
    provides), oldest first. A provider cannot look an inmate up: it knows none."""
    if actor.organisation_scoped and inmate_id is not None:
        raise ValidationFailed(
            "A provider knows inmates only by their subject_ref.",
            errors=[
                FieldError(field="query.inmate_id", message="not for providers", type="forbidden")
            ],
        )
    statement = (
        select(VocationalEnrolment)
        .join(VocationalProgramme, col(VocationalProgramme.id) == VocationalEnrolment.programme_id)
        .where(programme_condition(actor))
    )
    if programme_id is not None:
        statement = statement.where(VocationalEnrolment.programme_id == programme_id)
    if inmate_id is not None:
        statement = statement.where(VocationalEnrolment.inmate_id == inmate_id)
    if status is not None:
        statement = statement.where(VocationalEnrolment.status == status.value)
    rows, cursor = await keyset_page(
        session, statement, VocationalEnrolment, page, kind="vocational_enrolment"
    )
    await record_list_read(
        session, actor, "inmate", (row.inmate_id for row in rows), {"part": "vocational"}
    )
    return rows, cursor


# After release


class NotReleased(Conflict):
    code = "not_released"


RELEASED = frozenset({"released", "acquitted"})


async def record_follow_up(
    session: AsyncSession, actor: Actor, enrolment_id: uuid.UUID, data: FollowUpCreate
) -> VocationalFollowUp:
    """Contact with a former participant, once they have left prison; one record for each
    of 3, 6 and 12 months."""
    ensure_staff(actor, "vocational enrolment")
    enrolment = await get_enrolment(session, actor, enrolment_id, audit=False)
    if enrolment.status in OPEN:
        raise EnrolmentState(f"The enrolment is {enrolment.status}: follow-up comes after it.")
    inmate = await session.get(Inmate, enrolment.inmate_id)
    if inmate is None or inmate.legal_status not in RELEASED:
        raise NotReleased("Follow-up records are for people who have been released.")
    released_on = (
        await session.exec(
            select(func.max(LegalStatusEntry.effective_date)).where(
                LegalStatusEntry.inmate_id == inmate.id,
                col(LegalStatusEntry.status).in_(RELEASED),
            )
        )
    ).one()
    if released_on is not None and data.contacted_on < released_on:
        raise ValidationFailed(
            "The contact is before the release.",
            errors=[
                FieldError(
                    field="body.contacted_on",
                    message=f"before the release ({released_on})",
                    type="date",
                )
            ],
        )
    taken = (
        await session.exec(
            select(VocationalFollowUp.id).where(
                VocationalFollowUp.enrolment_id == enrolment.id,
                VocationalFollowUp.months_after_release == data.months_after_release,
            )
        )
    ).first()
    if taken is not None:
        raise DuplicateValue(
            f"The {data.months_after_release}-month follow-up is already recorded.",
            errors=[
                FieldError(
                    field="body.months_after_release", message="already recorded", type="duplicate"
                )
            ],
        )
    follow_up = VocationalFollowUp(
        enrolment_id=enrolment.id,
        **data.model_dump(),
        recorded_by=actor.principal,
    )
    follow_up.months_after_release = data.months_after_release.value
    follow_up.employment_status = data.employment_status.value
    session.add(follow_up)
    try:
        await session.flush()
    except IntegrityError:
        await session.rollback()
        raise DuplicateValue(
            f"The {data.months_after_release}-month follow-up is already recorded."
        ) from None
    record_event(
        session,
        actor,
        "vocational_enrolment.follow_up",
        "vocational_enrolment",
        enrolment.id,
        {"months_after_release": follow_up.months_after_release, "follow_up_id": str(follow_up.id)},
    )
    await session.commit()
    return follow_up


async def follow_ups(
    session: AsyncSession, actor: Actor, enrolment_id: uuid.UUID
) -> Sequence[VocationalFollowUp]:
    ensure_staff(actor, "vocational enrolment")
    enrolment = await get_enrolment(session, actor, enrolment_id)
    return (
        await session.exec(
            select(VocationalFollowUp)
            .where(VocationalFollowUp.enrolment_id == enrolment.id)
            .order_by(col(VocationalFollowUp.months_after_release))
        )
    ).all()


# What a provider sees


async def partner_views(
    session: AsyncSession,
    actor: Actor,
    settings: Settings,
    enrolments: Sequence[VocationalEnrolment],
) -> list[VocationalEnrolmentPartnerView]:
    """The enrolments as their provider sees them: a pseudonym per organisation, a first
    name only where the facility allows it, and "eligible" instead of any classification.
    Inmates, profiles, programmes and facilities are read in one query each."""
    if not enrolments or actor.organisation_id is None:
        return []
    inmate_ids = {enrolment.inmate_id for enrolment in enrolments}
    programme_ids = {enrolment.programme_id for enrolment in enrolments}
    inmates = {
        inmate.id: inmate
        for inmate in (await session.exec(select(Inmate).where(col(Inmate.id).in_(inmate_ids))))
    }
    profiles = {
        profile.inmate_id: profile
        for profile in await session.exec(
            select(SkillsProfile).where(col(SkillsProfile.inmate_id).in_(inmate_ids))
        )
    }
    programmes = {
        programme.id: programme
        for programme in await session.exec(
            select(VocationalProgramme).where(col(VocationalProgramme.id).in_(programme_ids))
        )
    }
    named = set(
        (
            await session.exec(
                select(Facility.id).where(
                    col(Facility.id).in_({p.facility_id for p in programmes.values()}),
                    col(Facility.providers_see_first_name).is_(True),
                )
            )
        ).all()
    )
    views = []
    for enrolment in enrolments:
        inmate = inmates[enrolment.inmate_id]
        programme = programmes[enrolment.programme_id]
        views.append(
            VocationalEnrolmentPartnerView(
                id=enrolment.id,
                programme_id=programme.id,
                subject_ref=subject_ref(settings, actor.organisation_id, inmate.id),
                first_name=(
                    inmate.given_names.split()[0] if programme.facility_id in named else None
                ),
                status=VocationalEnrolmentStatus(enrolment.status),
                eligible=not failed_rules(programme, inmate, profiles.get(inmate.id)),
                waitlisted_at=enrolment.waitlisted_at,
                enrolled_on=enrolment.enrolled_on,
                ended_on=enrolment.ended_on,
                certificate_number=enrolment.certificate_number,
                version=enrolment.version,
                updated_at=enrolment.updated_at,
            )
        )
    return views
