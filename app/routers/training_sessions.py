"""HTTP routes of training sessions, their participants and their attendance."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from app.db import SessionDep
from app.deps import (
    AdminActor,
    Atomic,
    AttendanceSync,
    DryRun,
    ExpectedVersion,
    MetricsDep,
    OptionalVersion,
    ParticipantID,
    RetrySafeCreateDep,
    TrainingRead,
    TrainingSessionID,
    TrainingWrite,
    model_response,
    record_response,
)
from app.errors import problem_responses
from app.pagination import ChangesDep, PageDep
from app.schemas.training import (
    AccreditationSet,
    AttendanceBatch,
    AttendanceChangesPage,
    AttendancePublic,
    EnrolmentChangesPage,
    EnrolmentCreate,
    EnrolmentPublic,
    EnrolmentUpdate,
    SyncResult,
    TrainingSessionCreate,
    TrainingSessionPage,
    TrainingSessionPublic,
    TrainingSessionUpdate,
    TrainingStatus,
    TrainingTopic,
    session_days,
)
from app.services import attendance, enrolments, training_sessions
from app.services.enrolments import AttendanceRow, Enrolled
from app.services.training_sessions import SessionView

router = APIRouter(
    prefix="/training-sessions", tags=["training sessions"], responses=problem_responses(401, 403)
)


def session_public(view: SessionView) -> TrainingSessionPublic:
    training = view.training
    return TrainingSessionPublic.model_validate(
        {
            **training.model_dump(),
            "co_organiser_ids": list(view.organisers.co_organisers),
            "days": session_days(training.start_date, training.end_date, training.excluded_days),
        }
    )


def enrolment_public(row: Enrolled) -> EnrolmentPublic:
    return EnrolmentPublic.model_validate(
        {
            **row.enrolment.model_dump(),
            "participant_name": row.participant_name,
            "participant_external_id": row.participant_external_id,
        }
    )


def attendance_public(row: AttendanceRow) -> AttendancePublic:
    return AttendancePublic.model_validate(
        {**row.attendance.model_dump(), "participant_external_id": row.participant_external_id}
    )


@router.get(
    "",
    name="list",
    response_model=TrainingSessionPage,
    responses=problem_responses(400, 422),
)
async def list_training_sessions(
    actor: TrainingRead,
    session: SessionDep,
    page: PageDep,
    status: Annotated[TrainingStatus | None, Query(description="Only in this status.")] = None,
    topic: Annotated[TrainingTopic | None, Query(description="Only on this topic.")] = None,
    facility_id: Annotated[uuid.UUID | None, Query(description="Only in this prison.")] = None,
    organisation_id: Annotated[
        uuid.UUID | None, Query(description="Only organised or co-organised by it.")
    ] = None,
    starts_from: Annotated[date | None, Query(description="Starting on or after.")] = None,
    starts_until: Annotated[date | None, Query(description="Starting on or before.")] = None,
) -> TrainingSessionPage:
    """List the sessions you may see, oldest first: a partner those it organises or
    co-organises; staff those of their facilities (national staff all, also at outside venues)."""
    views, next_cursor = await training_sessions.list_training_sessions(
        session,
        actor,
        page,
        status=status,
        topic=topic,
        facility_id=facility_id,
        organisation_id=organisation_id,
        starts_from=starts_from,
        starts_until=starts_until,
    )
    return TrainingSessionPage(
        items=[session_public(view) for view in views], next_cursor=next_cursor
    )


@router.post(
    "",
    name="create",
    status_code=201,
    response_model=TrainingSessionPublic,
    responses={
        200: {
            "model": TrainingSessionPublic,
            "description": "The record already existed with this id",
        },
        **problem_responses(409, 413, 415, 422),
    },
)
async def create_training_session(
    actor: TrainingWrite, body: TrainingSessionCreate, retry_safe: RetrySafeCreateDep
) -> Response:
    """Plan a session. A partner organises as its own organisation; staff in their own
    facilities (national staff anywhere). Retry-safe with `Idempotency-Key` or a client `id`."""
    return await retry_safe.run(
        actor,
        lambda default_id: training_sessions.create_training_session(
            retry_safe.session, actor, body, default_id
        ),
        session_public,
    )


@router.get(
    "/{session_id}",
    name="get",
    response_model=TrainingSessionPublic,
    responses={304: {"description": "Not modified"}, **problem_responses(404, 422)},
)
async def get_training_session(
    actor: TrainingRead, session_id: TrainingSessionID, session: SessionDep, request: Request
) -> Response:
    """One session, with its `ETag`."""
    view = await training_sessions.read_training_session(session, actor, session_id)
    return record_response(session_public(view), version=view.version, request=request)


@router.patch(
    "/{session_id}",
    name="update",
    response_model=TrainingSessionPublic,
    responses=problem_responses(404, 409, 412, 413, 415, 422, 428),
)
async def update_training_session(
    actor: TrainingWrite,
    session_id: TrainingSessionID,
    body: TrainingSessionUpdate,
    version: ExpectedVersion,
    session: SessionDep,
) -> Response:
    """Change a session (its organiser, or staff of its facility): mark it `held` or
    `cancelled`, change its co-organisers... The schedule and the completion rule are fixed
    once attendance is recorded (409 `schedule_locked`). Requires `If-Match`."""
    view = await training_sessions.update_training_session(
        session, actor, session_id, body, version
    )
    return record_response(session_public(view), version=view.version)


@router.put(
    "/{session_id}/accreditation",
    name="set_accreditation",
    response_model=TrainingSessionPublic,
    responses=problem_responses(404, 409, 412, 413, 415, 422, 428),
)
async def set_accreditation(
    actor: AdminActor,
    session_id: TrainingSessionID,
    body: AccreditationSet,
    version: OptionalVersion,
    session: SessionDep,
) -> Response:
    """Make the session accredit (administrators): each participant linked to a staff user
    who completes it is certified for the instrument, for `months` from the day of
    completion, as by a manual grant; a correction that undoes the completion withdraws
    it. Fixed once attendance is recorded (409 `schedule_locked`). `If-Match` is checked
    when sent."""
    view = await training_sessions.set_accreditation(session, actor, session_id, body, version)
    return record_response(session_public(view), version=view.version)


@router.get(
    "/{session_id}/participants",
    name="list_enrolments",
    response_model=EnrolmentChangesPage,
    responses=problem_responses(400, 404, 422),
)
async def list_enrolments(
    actor: TrainingRead, session_id: TrainingSessionID, session: SessionDep, changes: ChangesDep
) -> EnrolmentChangesPage:
    """The session's enrolments — scores, hours attended, completion and certificate — in
    the order they last changed. Keep `next_cursor` and pass it as `since` to pull only what
    changed afterwards."""
    result = await enrolments.enrolment_changes(session, actor, session_id, changes)
    return EnrolmentChangesPage(
        items=[enrolment_public(row) for row in result.rows],
        next_cursor=result.next_cursor,
        has_more=result.has_more,
    )


@router.post(
    "/{session_id}/participants",
    name="enrol",
    status_code=201,
    response_model=EnrolmentPublic,
    responses={
        200: {"model": EnrolmentPublic, "description": "The participant was already enrolled"},
        **problem_responses(404, 409, 413, 415, 422),
    },
)
async def enrol(
    actor: TrainingWrite,
    session_id: TrainingSessionID,
    body: EnrolmentCreate,
    session: SessionDep,
    request: Request,
) -> Response:
    """Enrol a participant, by id or by your own external id (409 `session_full`,
    `session_cancelled`). Enrolling again answers the enrolment."""
    row, created = await enrolments.enrol(session, actor, session_id, body)
    return record_response(
        enrolment_public(row),
        version=row.version,
        status_code=201 if created else 200,
        location=f"{request.url.path.rstrip('/')}/{row.enrolment.participant_id}",
    )


@router.get(
    "/{session_id}/participants/{participant_id}",
    name="get_enrolment",
    response_model=EnrolmentPublic,
    responses={304: {"description": "Not modified"}, **problem_responses(404, 422)},
)
async def get_enrolment(
    actor: TrainingRead,
    session_id: TrainingSessionID,
    participant_id: ParticipantID,
    session: SessionDep,
    request: Request,
) -> Response:
    """One participant's enrolment, with its `ETag`."""
    row = await enrolments.get_enrolment(session, actor, session_id, participant_id)
    return record_response(enrolment_public(row), version=row.version, request=request)


@router.patch(
    "/{session_id}/participants/{participant_id}",
    name="update_enrolment",
    response_model=EnrolmentPublic,
    responses=problem_responses(404, 409, 412, 413, 415, 422, 428),
)
async def update_enrolment(
    actor: TrainingWrite,
    session_id: TrainingSessionID,
    participant_id: ParticipantID,
    body: EnrolmentUpdate,
    version: ExpectedVersion,
    session: SessionDep,
) -> Response:
    """Record pre- and post-test scores, or withdraw the participant. Requires `If-Match`."""
    row = await enrolments.update_enrolment(
        session, actor, session_id, participant_id, body, version
    )
    return record_response(enrolment_public(row), version=row.version)


@router.get(
    "/{session_id}/attendance",
    name="list_attendance",
    response_model=AttendanceChangesPage,
    responses=problem_responses(400, 404, 422),
)
async def list_attendance(
    actor: TrainingRead, session_id: TrainingSessionID, session: SessionDep, changes: ChangesDep
) -> AttendanceChangesPage:
    """The session's attendance in the order it last changed. A partner's system keeps
    `next_cursor` and passes it as `since` to pull back only what changed on the server;
    rows of people another partner registered are never included."""
    result = await enrolments.attendance_changes(session, actor, session_id, changes)
    return AttendanceChangesPage(
        items=[attendance_public(row) for row in result.rows],
        next_cursor=result.next_cursor,
        has_more=result.has_more,
    )


@router.put(
    "/{session_id}/attendance",
    name="sync_attendance",
    response_model=SyncResult,
    responses=problem_responses(404, 413, 415, 422),
)
async def sync_attendance(
    actor: AttendanceSync,
    session_id: TrainingSessionID,
    body: AttendanceBatch,
    session: SessionDep,
    metrics: MetricsDep,
    atomic: Atomic = False,
    dry_run: DryRun = False,
) -> Response:
    """Upsert up to 5,000 attendance records of the session, keyed by participant and day.
    Sending the same batch again changes nothing (every record `unchanged`). Each record gets
    its own outcome; a bad one is `rejected` with a reason and never spoils the others,
    unless `atomic=true`. Unknown participants named by your `participant_external_id` are
    registered from the record's `participant` when `create_participants` is true."""
    metrics.observe_sync_batch("attendance", len(body.records))
    result = await attendance.sync_session(
        session,
        actor,
        session_id,
        body.records,
        attendance.Options(body.create_participants, atomic=atomic, dry_run=dry_run),
    )
    return model_response(result)
