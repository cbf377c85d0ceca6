"""Use cases on training sessions: plan, read, list and change them; who organises them."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import ValidationError
from sqlalchemy import func
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.access import ensure_manages_session, records_attendance, training_session_condition
from app.errors import Conflict, Forbidden, NotFound, ValidationFailed
from app.models.base import utcnow
from app.models.instrument import Instrument
from app.models.organisation import Organisation
from app.models.training import (
    TrainingAttendance,
    TrainingEnrolment,
    TrainingOrganiser,
    TrainingSession,
)
from app.pagination import PageRequest, keyset_page
from app.principal import Actor
from app.schemas.problem import FieldError
from app.schemas.training import (
    AccreditationSet,
    EnrolmentStatus,
    ScheduleFields,
    TrainingSessionCreate,
    TrainingSessionUpdate,
    TrainingStatus,
    TrainingTopic,
    session_days,
    span_hours,
)
from app.services.audit import record_event
from app.services.facilities import active_facility
from app.services.records import (
    apply_changes,
    check_version,
    create_record,
    ensure_unique,
    existing_duplicate,
)

SCHEDULE_FIELDS = (
    "start_date",
    "end_date",
    "daily_start",
    "daily_end",
    "hours_per_day",
    "excluded_days",
)
# What attendance already recorded rests on; fixed once there is some.
LOCKED_BY_ATTENDANCE = (*SCHEDULE_FIELDS, "completion_percent")


class ScheduleLocked(Conflict):
    code = "schedule_locked"


@dataclass(frozen=True)
class Organisers:
    lead: uuid.UUID
    co_organisers: tuple[uuid.UUID, ...]

    @property
    def all(self) -> set[uuid.UUID]:
        return {self.lead, *self.co_organisers}


@dataclass(frozen=True)
class SessionView:
    """A session with its organisers, as it is shown."""

    training: TrainingSession
    organisers: Organisers

    @property
    def id(self) -> uuid.UUID:
        return self.training.id

    @property
    def version(self) -> int:
        return self.training.version


async def with_organisers(session: AsyncSession, training: TrainingSession) -> SessionView:
    return SessionView(training, (await organisers_of(session, [training.id]))[training.id])


def next_change_seq(training: TrainingSession) -> int:
    """The next change number of the session's enrolments and attendance (row locked)."""
    training.change_seq += 1
    return training.change_seq


def _field_error(field: str, message: str, kind: str = "unknown") -> FieldError:
    return FieldError(field=f"body.{field}", message=message, type=kind)


def schedule_values(fields: ScheduleFields) -> dict[str, Any]:
    """The stored schedule: hours a day defaulting to the daily span, and the total."""
    hours_per_day = fields.hours_per_day or span_hours(fields.daily_start, fields.daily_end)
    days = session_days(fields.start_date, fields.end_date, fields.excluded_days)
    return {
        "start_date": fields.start_date,
        "end_date": fields.end_date,
        "daily_start": fields.daily_start,
        "daily_end": fields.daily_end,
        "hours_per_day": hours_per_day,
        "excluded_days": sorted({day.isoformat() for day in fields.excluded_days}),
        "scheduled_hours": hours_per_day * len(days),
    }


async def _check_organisations(
    session: AsyncSession, ids: Iterable[uuid.UUID], field: str
) -> list[FieldError]:
    wanted = set(ids)
    if not wanted:
        return []
    found = set(
        (
            await session.exec(
                select(Organisation.id).where(
                    col(Organisation.id).in_(wanted), col(Organisation.active).is_(True)
                )
            )
        ).all()
    )
    if wanted - found:
        return [_field_error(field, "unknown or inactive organisation")]
    return []


async def _check_place(
    session: AsyncSession, actor: Actor, facility_id: uuid.UUID | None
) -> list[FieldError]:
    """Staff plan sessions in their own facilities (national staff anywhere, also at an
    outside venue); a partner at a venue or in a facility its agreement covers."""
    if facility_id is not None:
        await active_facility(session, facility_id, "facility_id")
        if not actor.may_see_facility(facility_id):
            return [_field_error("facility_id", "not one of your facilities", "forbidden")]
    elif not actor.organisation_scoped and actor.facilities is not None:
        return [_field_error("facility_id", "give one of your facilities", "missing")]
    return []


async def _ensure_external_id_free(
    session: AsyncSession,
    organiser: uuid.UUID,
    external_id: str | None,
    exclude_id: uuid.UUID | None = None,
) -> None:
    """An organiser's external ids name one session each."""
    await ensure_unique(
        session,
        TrainingSession,
        {"external_id": external_id},
        exclude_id,
        within=col(TrainingSession.organiser_organisation_id) == organiser,
    )


async def create_training_session(
    session: AsyncSession,
    actor: Actor,
    data: TrainingSessionCreate,
    default_id: uuid.UUID | None = None,
) -> tuple[SessionView, bool]:
    errors: list[FieldError] = []
    if actor.organisation_scoped:
        organiser = actor.organisation_id
        if data.organiser_organisation_id not in (None, organiser):
            errors.append(
                _field_error(
                    "organiser_organisation_id", "a partner organises as itself", "forbidden"
                )
            )
    else:
        organiser = data.organiser_organisation_id
        if organiser is None:
            errors.append(_field_error("organiser_organisation_id", "required", "missing"))
    if organiser is None:
        raise ValidationFailed("Invalid training session.", errors=errors)
    co_organisers = sorted(set(data.co_organiser_ids) - {organiser})
    errors += await _check_organisations(session, [organiser], "organiser_organisation_id")
    errors += await _check_organisations(session, co_organisers, "co_organiser_ids")
    errors += await _check_place(session, actor, data.facility_id)
    if errors:
        raise ValidationFailed("Invalid training session.", errors=errors)
    values = data.model_dump(exclude={"id", "co_organiser_ids", *SCHEDULE_FIELDS})
    values |= schedule_values(data)
    values["organiser_organisation_id"] = organiser
    values["status"] = data.status.value
    values["topic"] = data.topic.value
    record_id = data.id or default_id
    if record_id is not None and (
        existing := await existing_duplicate(session, TrainingSession, record_id, values)
    ):
        return await with_organisers(session, existing), False
    await _ensure_external_id_free(session, organiser, data.external_id)
    record_id = record_id or uuid.uuid4()
    organisers = [TrainingOrganiser(session_id=record_id, organisation_id=organiser, lead=True)]
    organisers += [
        TrainingOrganiser(session_id=record_id, organisation_id=organisation_id)
        for organisation_id in co_organisers
    ]
    try:
        training, created = await create_record(
            session,
            actor,
            TrainingSession,
            data,
            default_id=record_id,
            values=values,
            companions=organisers,
        )
    except IntegrityError:
        # A concurrent create took the external id first.
        await _ensure_external_id_free(session, organiser, data.external_id)
        raise
    return await with_organisers(session, training), created


async def organisers_of(
    session: AsyncSession, session_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, Organisers]:
    """The organisers of each session, in one query."""
    wanted = set(session_ids)
    if not wanted:
        return {}
    rows = (
        await session.exec(
            select(TrainingOrganiser).where(col(TrainingOrganiser.session_id).in_(wanted))
        )
    ).all()
    lead: dict[uuid.UUID, uuid.UUID] = {}
    co: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for row in rows:
        if row.lead:
            lead[row.session_id] = row.organisation_id
        else:
            co[row.session_id].append(row.organisation_id)
    return {
        session_id: Organisers(lead[session_id], tuple(sorted(co[session_id])))
        for session_id in lead
    }


async def get_training_session(
    session: AsyncSession, actor: Actor, session_id: uuid.UUID, *, for_update: bool = False
) -> TrainingSession:
    statement = select(TrainingSession).where(
        TrainingSession.id == session_id, training_session_condition(actor)
    )
    if for_update:
        statement = statement.with_for_update().execution_options(populate_existing=True)
    training = (await session.exec(statement)).first()
    if training is None:
        raise NotFound("No training session with this id.")
    return training


async def read_training_session(
    session: AsyncSession, actor: Actor, session_id: uuid.UUID
) -> SessionView:
    return await with_organisers(session, await get_training_session(session, actor, session_id))


async def session_for_attendance(
    session: AsyncSession, actor: Actor, session_id: uuid.UUID
) -> tuple[TrainingSession, Organisers]:
    """The session locked for enrolment and attendance writes by a caller allowed them;
    writers of one session queue on its row, so that none loses another's update."""
    training = await get_training_session(session, actor, session_id, for_update=True)
    organisers = (await organisers_of(session, [training.id]))[training.id]
    if not records_attendance(actor, training, organisers.all):
        raise Forbidden("Only its organisers, or staff of its facility, record attendance.")
    return training, organisers


async def list_training_sessions(
    session: AsyncSession,
    actor: Actor,
    page: PageRequest,
    *,
    status: TrainingStatus | None = None,
    topic: TrainingTopic | None = None,
    facility_id: uuid.UUID | None = None,
    organisation_id: uuid.UUID | None = None,
    starts_from: date | None = None,
    starts_until: date | None = None,
) -> tuple[list[SessionView], str | None]:
    statement = select(TrainingSession).where(training_session_condition(actor))
    if status is not None:
        statement = statement.where(TrainingSession.status == status.value)
    if topic is not None:
        statement = statement.where(TrainingSession.topic == topic.value)
    if facility_id is not None:
        statement = statement.where(TrainingSession.facility_id == facility_id)
    if organisation_id is not None:
        statement = statement.where(
            col(TrainingSession.id).in_(
                select(TrainingOrganiser.session_id).where(
                    TrainingOrganiser.organisation_id == organisation_id
                )
            )
        )
    if starts_from is not None:
        statement = statement.where(col(TrainingSession.start_date) >= starts_from)
    if starts_until is not None:
        statement = statement.where(col(TrainingSession.start_date) <= starts_until)
    rows, next_cursor = await keyset_page(
        session, statement, TrainingSession, page, kind="training_session"
    )
    organisers = await organisers_of(session, [row.id for row in rows])
    return [SessionView(row, organisers[row.id]) for row in rows], next_cursor


async def update_training_session(
    session: AsyncSession,
    actor: Actor,
    session_id: uuid.UUID,
    changes: TrainingSessionUpdate,
    expected_version: int,
) -> SessionView:
    training = await get_training_session(session, actor, session_id, for_update=True)
    ensure_manages_session(actor, training)
    check_version(training, expected_version)
    requested = changes.model_dump(exclude_unset=True)
    co_organiser_ids = requested.pop("co_organiser_ids", None)
    errors: list[FieldError] = []
    if "facility_id" in requested:
        errors += await _check_place(session, actor, requested["facility_id"])
    if co_organiser_ids is not None:
        errors += await _check_organisations(session, co_organiser_ids, "co_organiser_ids")
    if errors:
        raise ValidationFailed("Invalid training session.", errors=errors)
    if "external_id" in requested:
        await _ensure_external_id_free(
            session, training.organiser_organisation_id, requested["external_id"], training.id
        )
    values = {name: getattr(value, "value", value) for name, value in requested.items()}
    if any(name in values for name in SCHEDULE_FIELDS):
        values |= _merged_schedule(training, values)
    locked = [
        name
        for name in LOCKED_BY_ATTENDANCE
        if name in values and values[name] != getattr(training, name)
    ]
    if locked and await _has_attendance(session, training.id):
        raise ScheduleLocked(
            f"Attendance is recorded; these can no longer change: {', '.join(locked)}."
        )
    merged_place = {
        "facility_id": values.get("facility_id", training.facility_id),
        "venue": values.get("venue", training.venue),
    }
    if merged_place["facility_id"] is None and merged_place["venue"] is None:
        raise ValidationFailed(
            "Invalid training session.",
            errors=[_field_error("venue", "give a facility_id or a venue", "missing")],
        )
    changed = apply_changes(training, values)
    if co_organiser_ids is not None and await _replace_co_organisers(
        session, training, co_organiser_ids
    ):
        if not changed:
            training.version += 1
            training.updated_at = utcnow()
        changed.append("co_organiser_ids")
    if changed:
        record_event(
            session,
            actor,
            "training_session.update",
            "training_session",
            training.id,
            {"fields": changed},
        )
    try:
        await session.commit()
    except IntegrityError:
        # A concurrent change took the external id first.
        await session.rollback()
        await _ensure_external_id_free(
            session, training.organiser_organisation_id, values.get("external_id"), session_id
        )
        raise
    return await with_organisers(session, training)


async def set_accreditation(
    session: AsyncSession,
    actor: Actor,
    session_id: uuid.UUID,
    data: AccreditationSet,
    expected_version: int | None,
) -> SessionView:
    """Make a session accredit for an instrument, or stop it (administrators: whoever
    completes it becomes certified to assess, as a manual grant would). Fixed once
    attendance is recorded."""
    training = await get_training_session(session, actor, session_id, for_update=True)
    if expected_version is not None:
        check_version(training, expected_version)
    if (
        data.instrument_code is not None
        and (
            await session.exec(select(Instrument.id).where(Instrument.code == data.instrument_code))
        ).first()
        is None
    ):
        raise ValidationFailed(
            "Unknown instrument.",
            errors=[_field_error("instrument_code", "unknown instrument")],
        )
    values = {
        "accredits_instrument_code": data.instrument_code,
        "accreditation_months": data.months,
    }
    if any(getattr(training, name) != value for name, value in values.items()) and (
        await _has_attendance(session, training.id)
    ):
        raise ScheduleLocked("Attendance is recorded; the accreditation can no longer change.")
    if changed := apply_changes(training, values):
        record_event(
            session,
            actor,
            "training_session.accreditation",
            "training_session",
            training.id,
            {"instrument_code": data.instrument_code, "months": data.months, "fields": changed},
        )
    await session.commit()
    return await with_organisers(session, training)


async def seats_left(session: AsyncSession, training: TrainingSession) -> int | None:
    """Places not taken by enrolled participants (None: no limit)."""
    if training.capacity is None:
        return None
    taken = (
        await session.exec(
            select(func.count())
            .select_from(TrainingEnrolment)
            .where(
                TrainingEnrolment.session_id == training.id,
                TrainingEnrolment.status == EnrolmentStatus.enrolled.value,
            )
        )
    ).one()
    return training.capacity - taken


def _merged_schedule(training: TrainingSession, values: dict[str, Any]) -> dict[str, Any]:
    merged = {name: values.get(name, getattr(training, name)) for name in SCHEDULE_FIELDS}
    if "hours_per_day" not in values and ("daily_start" in values or "daily_end" in values):
        merged["hours_per_day"] = None
    try:
        fields = ScheduleFields.model_validate(merged)
    except ValidationError as exc:
        raise ValidationFailed(
            "Invalid schedule.",
            errors=[
                FieldError(field="body", message=error["msg"], type=error["type"])
                for error in exc.errors()
            ],
        ) from None
    return schedule_values(fields)


async def _has_attendance(session: AsyncSession, session_id: uuid.UUID) -> bool:
    return (
        await session.exec(
            select(TrainingAttendance.id)
            .where(TrainingAttendance.session_id == session_id)
            .limit(1)
        )
    ).first() is not None


async def _replace_co_organisers(
    session: AsyncSession, training: TrainingSession, wanted_ids: list[uuid.UUID]
) -> bool:
    wanted = set(wanted_ids) - {training.organiser_organisation_id}
    rows = (
        await session.exec(
            select(TrainingOrganiser).where(
                TrainingOrganiser.session_id == training.id,
                col(TrainingOrganiser.lead).is_(False),
            )
        )
    ).all()
    current = {row.organisation_id for row in rows}
    if current == wanted:
        return False
    for row in rows:
        if row.organisation_id not in wanted:
            await session.delete(row)
    for organisation_id in wanted - current:
        session.add(TrainingOrganiser(session_id=training.id, organisation_id=organisation_id))
    return True
