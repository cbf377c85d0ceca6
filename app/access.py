"""Object-level access, decided here and nowhere else.

Services pass their queries through these functions, so that a staff member sees only the
facilities they work in and a partner only its own organisation. A record the caller may
not see does not exist for them: 404, never 403, so that existence does not leak.
"""

from __future__ import annotations

import functools
import uuid
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import BaseModel
from sqlalchemy import and_, bindparam, exists, false, or_, true
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import SQLModel, col, select
from sqlmodel.ext.asyncio.session import AsyncSession
from sqlmodel.sql.expression import SelectOfScalar

from app.errors import Forbidden, NotFound
from app.models.base import utcnow
from app.models.emergency import EmergencyAccess
from app.models.inmate import Inmate
from app.models.training import (
    Participant,
    TrainingEnrolment,
    TrainingOrganiser,
    TrainingSession,
)
from app.models.visit import DialogueSession, Visit
from app.models.vocational import VocationalProgramme
from app.principal import Actor, PrincipalKind
from app.schemas.inmate import InmatePublic, InmateRestricted
from app.schemas.training import ParticipantPublic, ParticipantRestricted

RowT = TypeVar("RowT", bound=SQLModel)


def facility_condition(actor: Actor, facility_column: Any) -> ColumnElement[bool]:
    """The condition "in one of the caller's facilities" (always true for national staff)."""
    if actor.facilities is None:
        return true()
    condition: ColumnElement[bool] = facility_column.in_(sorted(actor.facilities))
    return condition


def within_facilities(
    statement: SelectOfScalar[RowT], actor: Actor, facility_column: Any
) -> SelectOfScalar[RowT]:
    """Keep rows of the facilities the caller works in (all of them for national staff)."""
    if actor.facilities is None:
        return statement
    return statement.where(facility_condition(actor, facility_column))


def within_organisation(
    statement: SelectOfScalar[RowT], actor: Actor, organisation_column: Any
) -> SelectOfScalar[RowT]:
    """Keep a partner's own organisation's rows; staff are not limited by organisation."""
    if not actor.organisation_scoped:
        return statement
    if actor.organisation_id is None:
        return statement.where(organisation_column.is_(None) & organisation_column.is_not(None))
    condition: ColumnElement[bool] = organisation_column == actor.organisation_id
    return statement.where(condition)


def ensure_facility_visible(actor: Actor, facility_id: uuid.UUID | None, what: str) -> None:
    if facility_id is None or not actor.may_see_facility(facility_id):
        raise NotFound(f"No {what} with this id.")


def ensure_staff(actor: Actor, what: str) -> None:
    """Identified inmates, and what is written about them, are prison staff's business: for
    a partner they do not exist (it knows inmates only by pseudonym)."""
    if actor.organisation_scoped:
        raise NotFound(f"No {what} with this id.")


def ensure_organisation_visible(actor: Actor, organisation_id: uuid.UUID | None, what: str) -> None:
    if actor.organisation_scoped and organisation_id != actor.organisation_id:
        raise NotFound(f"No {what} with this id.")


# Scopes that open the whole inmate record; other readers get the restricted view.
FULL_RECORD_SCOPES = frozenset({"inmates:write", "assessments:read"})


def inmate_view(actor: Actor, inmate: Any) -> BaseModel:
    """The inmate as this caller may see it: the full record for registrars, assessors and
    supervisors; without charges, case reference and family contact for programme staff."""
    if actor.scopes & FULL_RECORD_SCOPES:
        return InmatePublic.model_validate(inmate)
    return InmateRestricted.model_validate(inmate)


@dataclass(frozen=True)
class Visibility:
    """A condition on rows and the values it binds. The condition is built once per shape
    of caller (national, of some facilities, with break-the-glass grants), so that a hot
    statement made with it is built and compiled once too."""

    condition: ColumnElement[bool]
    params: dict[str, Any]


@functools.cache
def _inmate_condition(partner: bool, scoped: bool, grants: bool) -> ColumnElement[bool]:
    if partner:
        return false()  # identified inmates are staff's business (ensure_staff)
    if not scoped:
        return true()
    condition: ColumnElement[bool] = col(Inmate.facility_id).in_(
        bindparam("visible_facilities", expanding=True)
    )
    if grants:
        granted = exists().where(
            col(EmergencyAccess.inmate_id) == Inmate.id,
            col(EmergencyAccess.user_id) == bindparam("grantee"),
            col(EmergencyAccess.expires_at) > bindparam("granted_at"),
        )
        condition = or_(condition, granted)
    return condition


def inmate_visibility(actor: Actor, *, reading: bool) -> Visibility:
    """Where the caller may see an inmate: held in one of the caller's facilities, or — for
    reading only — under a break-the-glass grant of the caller that has not expired. A
    partner sees none, whatever scopes its agreement lists."""
    partner = actor.organisation_scoped
    scoped = actor.facilities is not None
    grants = scoped and reading and actor.kind is PrincipalKind.user
    params: dict[str, Any] = {}
    if scoped:
        params["visible_facilities"] = sorted(actor.facilities or ())
    if grants:
        params["grantee"] = actor.subject_id
        params["granted_at"] = utcnow()
    return Visibility(_inmate_condition(partner, scoped, grants), params)


async def visible_inmate(
    session: AsyncSession,
    actor: Actor,
    inmate_id: uuid.UUID,
    *,
    for_update: bool = False,
) -> Inmate:
    """The inmate if the caller may see it (``inmate_visibility``); anything else does not
    exist for the caller (404)."""
    visibility = inmate_visibility(actor, reading=not for_update)
    statement = select(Inmate).where(Inmate.id == inmate_id, visibility.condition)
    if for_update:
        statement = statement.with_for_update()
    inmate = (await session.exec(statement, params=visibility.params)).first()
    if inmate is None:
        raise NotFound("No inmate with this id.")
    return inmate


# Trainings. A partner sees the sessions its organisation organises or co-organises, and in
# them the people registered by itself or by the administration, never another partner's.
# Staff see and manage the sessions of their facilities (national staff: all, including
# those held at an outside venue).


def organises(organisation_id: uuid.UUID) -> ColumnElement[bool]:
    """The session is organised or co-organised by the organisation."""
    return exists(
        select(TrainingOrganiser.session_id).where(
            TrainingOrganiser.session_id == TrainingSession.id,
            TrainingOrganiser.organisation_id == organisation_id,
        )
    )


def training_session_condition(actor: Actor) -> ColumnElement[bool]:
    if actor.organisation_scoped:
        return false() if actor.organisation_id is None else organises(actor.organisation_id)
    return facility_condition(actor, col(TrainingSession.facility_id))


def shared_participant_condition(actor: Actor) -> ColumnElement[bool]:
    """Within a session the caller sees: the people whose rows it may see."""
    if not actor.organisation_scoped:
        return true()
    return or_(
        col(Participant.organisation_id).is_(None),
        col(Participant.organisation_id) == actor.organisation_id,
    )


def participant_condition(actor: Actor) -> ColumnElement[bool]:
    """The people the caller sees: national staff everyone; staff of some facilities the
    administration's people of those facilities (or of none) and those enrolled in sessions
    there; a partner the people it registered and the administration's in its sessions."""
    if actor.organisation_scoped:
        if actor.organisation_id is None:
            return false()
        enrolled_with_us = exists(
            select(TrainingEnrolment.id)
            .join(
                TrainingOrganiser,
                col(TrainingOrganiser.session_id) == TrainingEnrolment.session_id,
            )
            .where(
                TrainingEnrolment.participant_id == Participant.id,
                TrainingOrganiser.organisation_id == actor.organisation_id,
            )
        )
        return or_(
            col(Participant.organisation_id) == actor.organisation_id,
            and_(col(Participant.organisation_id).is_(None), enrolled_with_us),
        )
    if actor.facilities is None:
        return true()
    enrolled_here = exists(
        select(TrainingEnrolment.id)
        .join(TrainingSession, col(TrainingSession.id) == TrainingEnrolment.session_id)
        .where(
            TrainingEnrolment.participant_id == Participant.id,
            facility_condition(actor, col(TrainingSession.facility_id)),
        )
    )
    ours = and_(
        col(Participant.organisation_id).is_(None),
        or_(
            col(Participant.facility_id).is_(None),
            facility_condition(actor, col(Participant.facility_id)),
        ),
    )
    return or_(ours, enrolled_here)


def manages_session(actor: Actor, training: TrainingSession) -> bool:
    """Whether the caller may change the session itself: its organiser, or staff of its
    facility (national staff for any)."""
    if actor.organisation_scoped:
        return training.organiser_organisation_id == actor.organisation_id
    if actor.facilities is None:
        return True
    return training.facility_id is not None and training.facility_id in actor.facilities


def ensure_manages_session(actor: Actor, training: TrainingSession) -> None:
    if not manages_session(actor, training):
        raise Forbidden("Only the organiser, or staff of its facility, change this session.")


def records_attendance(actor: Actor, training: TrainingSession, organisers: set[uuid.UUID]) -> bool:
    """Whether the caller may enrol and record attendance: an organiser or co-organiser, or
    staff who manage the session."""
    if actor.organisation_scoped:
        return actor.organisation_id in organisers
    return manages_session(actor, training)


def manages_participant(actor: Actor, participant: Participant) -> bool:
    """A partner changes the people it registered; staff those the administration did."""
    if actor.organisation_scoped:
        return participant.organisation_id == actor.organisation_id
    return participant.organisation_id is None


def participant_view(actor: Actor, participant: Participant) -> BaseModel:
    """Contact details and the user link only for those who manage the person's record
    (staff with training:write for the administration's people); an external id only for
    the one who gave it."""
    manages = manages_participant(actor, participant) and (
        actor.organisation_scoped or "training:write" in actor.scopes
    )
    if manages:
        return ParticipantPublic.model_validate(participant)
    view = ParticipantRestricted.model_validate(participant)
    owner = actor.organisation_id if actor.organisation_scoped else None
    if participant.organisation_id != owner:
        view.external_id = None
    return view


# Vocational programmes: staff see those of their facilities; the provider organisation
# its own (never an identified inmate: partners reach enrolments by pseudonym only).


def programme_condition(actor: Actor) -> ColumnElement[bool]:
    if actor.organisation_scoped:
        if actor.organisation_id is None:
            return false()
        return col(VocationalProgramme.provider_organisation_id) == actor.organisation_id
    return facility_condition(actor, col(VocationalProgramme.facility_id))


# Visits: prison staff of the facility where the visit takes place; partners never see a
# visit. Dialogue sessions: staff of the facility, and the facilitating organisation.


def visit_condition(actor: Actor) -> ColumnElement[bool]:
    if actor.organisation_scoped:
        return false()
    return facility_condition(actor, col(Visit.facility_id))


def dialogue_condition(actor: Actor) -> ColumnElement[bool]:
    if actor.organisation_scoped:
        if actor.organisation_id is None:
            return false()
        return col(DialogueSession.facilitator_organisation_id) == actor.organisation_id
    return facility_condition(actor, col(DialogueSession.facility_id))


# Whoever holds this scope works with visitors and sees their identity documents and contact.
VISITS_STAFF_SCOPE = "visits:write"


def sees_visitor_identity(actor: Actor) -> bool:
    return not actor.organisation_scoped and VISITS_STAFF_SCOPE in actor.scopes
