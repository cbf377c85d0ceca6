"""HTTP routes of vocational programmes and the eligibility of inmates for them."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from app.db import SessionDep
from app.deps import (
    Atomic,
    AttendanceSync,
    DryRun,
    ExpectedVersion,
    MetricsDep,
    ProgrammeID,
    RetrySafeCreateDep,
    SettingsDep,
    VocationalRead,
    VocationalWrite,
    model_response,
    record_response,
)
from app.errors import problem_responses
from app.pagination import PageDep
from app.schemas.vocational import (
    Eligibility,
    ProgrammeCreate,
    ProgrammePage,
    ProgrammePublic,
    ProgrammeStatus,
    ProgrammeUpdate,
    Trade,
    VocationalAttendanceBatch,
    VocationalSyncResult,
)
from app.services import vocational_attendance, vocational_programmes
from app.services.attendance import Options

router = APIRouter(
    prefix="/vocational-programmes",
    tags=["vocational programmes"],
    responses=problem_responses(401, 403),
)


@router.get("", name="list", response_model=ProgrammePage, responses=problem_responses(400, 422))
async def list_programmes(
    actor: VocationalRead,
    session: SessionDep,
    page: PageDep,
    facility_id: Annotated[uuid.UUID | None, Query(description="Only in this prison.")] = None,
    trade: Annotated[Trade | None, Query(description="Only of this trade.")] = None,
    status: Annotated[ProgrammeStatus | None, Query(description="Only in this status.")] = None,
    provider_organisation_id: Annotated[
        uuid.UUID | None, Query(description="Only run by this organisation.")
    ] = None,
) -> ProgrammePage:
    """The programmes of your facilities (a provider: the programmes it runs), oldest first."""
    rows, next_cursor = await vocational_programmes.list_programmes(
        session,
        actor,
        page,
        facility_id=facility_id,
        trade=trade,
        status=status,
        provider_organisation_id=provider_organisation_id,
    )
    return ProgrammePage(
        items=[ProgrammePublic.model_validate(row) for row in rows], next_cursor=next_cursor
    )


@router.post(
    "",
    name="create",
    status_code=201,
    response_model=ProgrammePublic,
    responses={
        200: {"model": ProgrammePublic, "description": "The record already existed with this id"},
        **problem_responses(409, 413, 415, 422),
    },
)
async def create_programme(
    actor: VocationalWrite, body: ProgrammeCreate, retry_safe: RetrySafeCreateDep
) -> Response:
    """Offer a programme in one of your facilities, with its eligibility rules. Retry-safe
    with `Idempotency-Key` or a client-chosen `id`."""
    return await retry_safe.run(
        actor,
        lambda default_id: vocational_programmes.create_programme(
            retry_safe.session, actor, body, default_id
        ),
        ProgrammePublic.model_validate,
    )


@router.get(
    "/{programme_id}",
    name="get",
    response_model=ProgrammePublic,
    responses={304: {"description": "Not modified"}, **problem_responses(404, 422)},
)
async def get_programme(
    actor: VocationalRead, programme_id: ProgrammeID, session: SessionDep, request: Request
) -> Response:
    """One programme, with its `ETag`."""
    programme = await vocational_programmes.get_programme(session, actor, programme_id)
    return record_response(
        ProgrammePublic.model_validate(programme), version=programme.version, request=request
    )


@router.patch(
    "/{programme_id}",
    name="update",
    response_model=ProgrammePublic,
    responses=problem_responses(404, 409, 412, 413, 415, 422, 428),
)
async def update_programme(
    actor: VocationalWrite,
    programme_id: ProgrammeID,
    body: ProgrammeUpdate,
    version: ExpectedVersion,
    session: SessionDep,
) -> Response:
    """Change a programme or its eligibility rules. Requires `If-Match`."""
    programme = await vocational_programmes.update_programme(
        session, actor, programme_id, body, version
    )
    return record_response(ProgrammePublic.model_validate(programme), version=programme.version)


@router.get(
    "/{programme_id}/eligibility",
    name="eligibility",
    response_model=Eligibility,
    responses=problem_responses(404, 422),
)
async def eligibility(
    actor: VocationalRead,
    programme_id: ProgrammeID,
    session: SessionDep,
    inmate_id: Annotated[uuid.UUID, Query(description="The inmate to check.")],
) -> Eligibility:
    """Whether an inmate may join the programme today, with every rule they fail
    (facility, security level, legal status, literacy), judged on their current
    classification, status and skills profile. Staff of the inmate's facility only."""
    return await vocational_programmes.eligibility(session, actor, programme_id, inmate_id)


@router.put(
    "/{programme_id}/attendance",
    name="sync_attendance",
    response_model=VocationalSyncResult,
    responses=problem_responses(404, 413, 415, 422),
)
async def sync_attendance(
    actor: AttendanceSync,
    programme_id: ProgrammeID,
    body: VocationalAttendanceBatch,
    session: SessionDep,
    settings: SettingsDep,
    metrics: MetricsDep,
    atomic: Atomic = False,
    dry_run: DryRun = False,
) -> Response:
    """Upsert up to 5,000 attendance records of the programme (staff of its facility, or
    its provider naming inmates by `subject_ref`), keyed by enrolment and day, with the
    rules and outcomes of the training attendance sync: a replay is all `unchanged`; a bad
    record is `rejected` with its reason (`unknown_enrolment`, `not_enrolled`,
    `day_outside_session`, `day_in_future`, hours rules…) unless `atomic=true`;
    `dry_run=true` writes nothing."""
    metrics.observe_sync_batch("vocational_attendance", len(body.records))
    result = await vocational_attendance.sync_programme(
        session,
        actor,
        settings,
        programme_id,
        body.records,
        Options(atomic=atomic, dry_run=dry_run),
    )
    return model_response(result)
