"""Use cases on enrolments in a training session, and the pulls of what changed in one."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.access import participant_condition, shared_participant_condition
from app.errors import Conflict, NotFound
from app.models.base import utcnow
from app.models.training import Participant, TrainingAttendance, TrainingEnrolment, TrainingSession
from app.pagination import ChangesRequest, decode_change_cursor, encode_change_cursor
from app.principal import Actor
from app.schemas.training import EnrolmentCreate, EnrolmentStatus, EnrolmentUpdate, TrainingStatus
from app.services.audit import record_event, record_list_read
from app.services.participants import owned_by, owner_of_new
from app.services.records import check_version
from app.services.training_sessions import (
    get_training_session,
    next_change_seq,
    seats_left,
    session_for_attendance,
)


class SessionFull(Conflict):
    code = "session_full"


class SessionCancelled(Conflict):
    code = "session_cancelled"


@dataclass(frozen=True)
class Enrolled:
    """An enrolment with who it is, as the caller may name them."""

    enrolment: TrainingEnrolment
    participant_name: str
    participant_external_id: str | None

    @property
    def id(self) -> uuid.UUID:
        return self.enrolment.id

    @property
    def version(self) -> int:
        return self.enrolment.version


@dataclass(frozen=True)
class Changes:
    rows: Sequence[Any]
    next_cursor: str
    has_more: bool


def own_external_id(actor: Actor, participant: Participant) -> str | None:
    """A participant's external id is the caller's own reference only if the caller keeps it."""
    return participant.external_id if participant.organisation_id == owner_of_new(actor) else None


async def _participant_for(
    session: AsyncSession, actor: Actor, data: EnrolmentCreate
) -> Participant:
    statement = select(Participant).where(participant_condition(actor))
    if data.participant_id is not None:
        statement = statement.where(Participant.id == data.participant_id)
    else:
        statement = statement.where(
            Participant.external_id == data.participant_external_id,
            owned_by(owner_of_new(actor)),
        )
    participant = (await session.exec(statement)).first()
    if participant is None:
        raise NotFound("No participant of yours with this reference.")
    return participant


async def enrol(
    session: AsyncSession, actor: Actor, session_id: uuid.UUID, data: EnrolmentCreate
) -> tuple[Enrolled, bool]:
    """Enrol a participant; enrolling again answers the enrolment (re-enrolling after a
    withdrawal while seats remain)."""
    training, _ = await session_for_attendance(session, actor, session_id)
    if training.status == TrainingStatus.cancelled.value:
        raise SessionCancelled("The session is cancelled.")
    participant = await _participant_for(session, actor, data)
    enrolment = (
        await session.exec(
            select(TrainingEnrolment).where(
                TrainingEnrolment.session_id == training.id,
                TrainingEnrolment.participant_id == participant.id,
            )
        )
    ).first()
    if enrolment is not None and enrolment.status == EnrolmentStatus.enrolled.value:
        record_event(
            session, actor, "participant.read", "participant", participant.id, {"part": "enrolment"}
        )
        await session.commit()
        return Enrolled(
            enrolment, participant.full_name, own_external_id(actor, participant)
        ), False
    seats = await seats_left(session, training)
    if seats is not None and seats <= 0:
        raise SessionFull(f"The session is full ({training.capacity} places).")
    if enrolment is None:
        enrolment = TrainingEnrolment(session_id=training.id, participant_id=participant.id)
        session.add(enrolment)
        action = "training_enrolment.create"
    else:
        enrolment.status = EnrolmentStatus.enrolled.value
        enrolment.version += 1
        enrolment.updated_at = utcnow()
        action = "training_enrolment.update"
    enrolment.change_seq = next_change_seq(training)
    record_event(
        session,
        actor,
        action,
        "training_enrolment",
        enrolment.id,
        {"session_id": str(training.id), "participant_id": str(participant.id)},
    )
    await session.commit()
    return Enrolled(enrolment, participant.full_name, own_external_id(actor, participant)), True


async def _enrolment_of(
    session: AsyncSession, actor: Actor, training: TrainingSession, participant_id: uuid.UUID
) -> tuple[TrainingEnrolment, Participant]:
    row = (
        await session.exec(
            select(TrainingEnrolment, Participant)
            .join(Participant, col(Participant.id) == TrainingEnrolment.participant_id)
            .where(
                TrainingEnrolment.session_id == training.id,
                TrainingEnrolment.participant_id == participant_id,
                shared_participant_condition(actor),
            )
        )
    ).first()
    if row is None:
        raise NotFound("This participant is not enrolled in the session.")
    return row


async def get_enrolment(
    session: AsyncSession, actor: Actor, session_id: uuid.UUID, participant_id: uuid.UUID
) -> Enrolled:
    training = await get_training_session(session, actor, session_id)
    enrolment, participant = await _enrolment_of(session, actor, training, participant_id)
    record_event(
        session, actor, "participant.read", "participant", participant.id, {"part": "enrolment"}
    )
    await session.commit()
    return Enrolled(enrolment, participant.full_name, own_external_id(actor, participant))


async def update_enrolment(
    session: AsyncSession,
    actor: Actor,
    session_id: uuid.UUID,
    participant_id: uuid.UUID,
    changes: EnrolmentUpdate,
    expected_version: int,
) -> Enrolled:
    """Record test scores, or withdraw a participant (their attendance stays on record)."""
    training, _ = await session_for_attendance(session, actor, session_id)
    enrolment, participant = await _enrolment_of(session, actor, training, participant_id)
    check_version(enrolment, expected_version)
    values = {
        name: getattr(value, "value", value)
        for name, value in changes.model_dump(exclude_unset=True).items()
    }
    if values.get("status") == EnrolmentStatus.enrolled.value != enrolment.status:
        seats = await seats_left(session, training)
        if seats is not None and seats <= 0:
            raise SessionFull(f"The session is full ({training.capacity} places).")
    changed = [name for name, value in values.items() if getattr(enrolment, name) != value]
    if changed:
        for name in changed:
            setattr(enrolment, name, values[name])
        enrolment.version += 1
        enrolment.updated_at = utcnow()
        enrolment.change_seq = next_change_seq(training)
        record_event(
            session,
            actor,
            "training_enrolment.update",
            "training_enrolment",
            enrolment.id,
            {"session_id": str(training.id), "fields": changed},
        )
    await session.commit()
    return Enrolled(enrolment, participant.full_name, own_external_id(actor, participant))


async def _changed(
    session: AsyncSession,
    actor: Actor,
    session_id: uuid.UUID,
    changes: ChangesRequest,
    model: type[TrainingEnrolment] | type[TrainingAttendance],
) -> tuple[list[tuple[Any, Participant]], str, bool]:
    """Rows of ``model`` in the session changed after the cursor, in the order they changed,
    with their participant; rows of people another partner registered are left out. The
    read of these people is audited."""
    training = await get_training_session(session, actor, session_id)
    kind = str(model.__tablename__)
    since = decode_change_cursor(kind, training.id, changes.since)
    change_seq: Any = model.change_seq
    rows = (
        await session.exec(
            select(model, Participant)
            .join(Participant, col(Participant.id) == model.participant_id)
            .where(
                model.session_id == training.id,
                change_seq > since,
                shared_participant_condition(actor),
            )
            .order_by(change_seq)
            .limit(changes.limit + 1)
        )
    ).all()
    page: list[tuple[Any, Participant]] = [tuple(row) for row in rows[: changes.limit]]  # type: ignore[misc]
    last: int = page[-1][0].change_seq if page else since
    await record_list_read(
        session,
        actor,
        "participant",
        sorted({str(participant.id) for _, participant in page}),
        {"session_id": str(training.id), "part": kind},
    )
    return page, encode_change_cursor(kind, training.id, last), len(rows) > changes.limit


async def enrolment_changes(
    session: AsyncSession, actor: Actor, session_id: uuid.UUID, changes: ChangesRequest
) -> Changes:
    """The session's enrolments changed after the cursor."""
    page, cursor, has_more = await _changed(session, actor, session_id, changes, TrainingEnrolment)
    rows = [
        Enrolled(enrolment, participant.full_name, own_external_id(actor, participant))
        for enrolment, participant in page
    ]
    return Changes(rows, cursor, has_more)


@dataclass(frozen=True)
class AttendanceRow:
    attendance: TrainingAttendance
    participant_external_id: str | None


async def attendance_changes(
    session: AsyncSession, actor: Actor, session_id: uuid.UUID, changes: ChangesRequest
) -> Changes:
    """The session's attendance changed after the cursor."""
    page, cursor, has_more = await _changed(session, actor, session_id, changes, TrainingAttendance)
    rows = [
        AttendanceRow(attendance, own_external_id(actor, participant))
        for attendance, participant in page
    ]
    return Changes(rows, cursor, has_more)
