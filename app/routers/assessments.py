"""HTTP routes of risk assessments: assessors write and submit, supervisors verify."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response

from app.db import SessionDep
from app.deps import (
    AssessmentsRead,
    AssessmentsVerify,
    AssessmentsWrite,
    ExpectedVersion,
    RetrySafeCreateDep,
    SettingsDep,
    record_response,
)
from app.errors import problem_responses
from app.models.assessment import Assessment
from app.models.base import utcnow
from app.models.instrument import InstrumentVersion
from app.pagination import PageDep
from app.schemas.assessment import (
    AssessmentCreate,
    AssessmentPage,
    AssessmentPublic,
    AssessmentStatus,
    AssessmentUpdate,
    DueReview,
    ReturnRequest,
)
from app.services import assessments

router = APIRouter(
    prefix="/assessments", tags=["assessments"], responses=problem_responses(401, 403)
)

AssessmentID = Annotated[uuid.UUID, Path(description="Assessment id.")]
STATE_CHANGE = problem_responses(404, 409, 422)


def _public(assessment: Assessment, version: InstrumentVersion) -> AssessmentPublic:
    return assessments.public_view(assessment, version)


async def _shaped(session: SessionDep, assessment: Assessment) -> AssessmentPublic:
    return _public(assessment, await assessments.instrument_version_of(session, assessment))


@router.get("", name="list", response_model=AssessmentPage, responses=problem_responses(400, 422))
async def list_assessments(
    actor: AssessmentsRead,
    session: SessionDep,
    page: PageDep,
    inmate_id: Annotated[uuid.UUID | None, Query()] = None,
    status: Annotated[AssessmentStatus | None, Query()] = None,
) -> AssessmentPage:
    """Assessments of inmates in the caller's facilities, oldest first."""
    rows, next_cursor = await assessments.list_assessments(
        session, actor, page, inmate_id=inmate_id, status=status
    )
    versions = await assessments.instrument_versions_of(session, rows)
    return AssessmentPage(
        items=[_public(row, versions[row.instrument_version_id]) for row in rows],
        next_cursor=next_cursor,
    )


@router.get("/due", name="due", response_model=list[DueReview], responses=problem_responses(422))
async def due(
    actor: AssessmentsRead,
    session: SessionDep,
    facility_id: Annotated[uuid.UUID | None, Query()] = None,
    before: Annotated[date | None, Query(description="Default: today.")] = None,
    limit: Annotated[int, Query(ge=1, le=500, description="The most urgent first.")] = 100,
) -> list[DueReview]:
    """Inmates whose review is due or overdue, and those never assessed and verified: the
    never-assessed first, then by due date."""
    rows = await assessments.due_reviews(
        session, actor, facility_id=facility_id, before=before or utcnow().date(), limit=limit
    )
    return [
        DueReview(
            inmate_id=inmate.id,
            prison_number=inmate.prison_number,
            facility_id=inmate.facility_id,
            next_review_date=when,
            reason=reason,
        )
        for inmate, when, reason in rows
    ]


@router.post(
    "",
    name="create",
    status_code=201,
    response_model=AssessmentPublic,
    responses=problem_responses(404, 409, 413, 415, 422),
)
async def create_assessment(
    actor: AssessmentsWrite, body: AssessmentCreate, retry_safe: RetrySafeCreateDep
) -> Response:
    """Start an assessment (a draft) of one inmate on one published instrument version."""
    session = retry_safe.session

    async def shape_later(default_id: uuid.UUID | None) -> tuple[AssessmentPublic, bool]:
        assessment, created = await assessments.create_assessment(session, actor, body, default_id)
        return await _shaped(session, assessment), created

    return await retry_safe.run(actor, shape_later, lambda public: public)


@router.get(
    "/{assessment_id}",
    name="get",
    response_model=AssessmentPublic,
    responses=problem_responses(404, 422),
)
async def get_assessment(
    actor: AssessmentsRead, assessment_id: AssessmentID, session: SessionDep, request: Request
) -> Response:
    """One assessment with its domain summaries. The read is audited."""
    assessment, version = await assessments.read_assessment(session, actor, assessment_id)
    return record_response(
        _public(assessment, version), version=assessment.version, request=request
    )


@router.patch(
    "/{assessment_id}",
    name="update",
    response_model=AssessmentPublic,
    responses=problem_responses(404, 409, 412, 413, 415, 422, 428),
)
async def update_assessment(
    actor: AssessmentsWrite,
    assessment_id: AssessmentID,
    body: AssessmentUpdate,
    version: ExpectedVersion,
    session: SessionDep,
) -> Response:
    """Save a draft item by item (ratings are merged). Requires `If-Match`."""
    row = await assessments.update_draft(session, actor, assessment_id, body, version)
    return record_response(await _shaped(session, row), version=row.version)


@router.post(
    "/{assessment_id}/submit",
    name="submit",
    response_model=AssessmentPublic,
    responses=STATE_CHANGE,
)
async def submit(
    actor: AssessmentsWrite, assessment_id: AssessmentID, session: SessionDep
) -> Response:
    """Submit for verification; 422 lists every required item not rated."""
    row = await assessments.submit(session, actor, assessment_id)
    return record_response(await _shaped(session, row), version=row.version)


@router.post(
    "/{assessment_id}/verify",
    name="verify",
    response_model=AssessmentPublic,
    responses=STATE_CHANGE,
)
async def verify(
    actor: AssessmentsVerify,
    assessment_id: AssessmentID,
    session: SessionDep,
    settings: SettingsDep,
) -> Response:
    """Verify a submitted assessment (never one's own: 403 `self_verification`). It is then
    immutable and sets the next review date from its judgement."""
    row = await assessments.verify(session, actor, assessment_id, settings)
    return record_response(await _shaped(session, row), version=row.version)


@router.post(
    "/{assessment_id}/return",
    name="return",
    response_model=AssessmentPublic,
    responses=problem_responses(404, 409, 413, 415, 422),
)
async def return_assessment(
    actor: AssessmentsVerify,
    assessment_id: AssessmentID,
    body: ReturnRequest,
    session: SessionDep,
) -> Response:
    """Send a submitted assessment back to its assessor with comments."""
    row = await assessments.return_for_rework(session, actor, assessment_id, body.comments)
    return record_response(await _shaped(session, row), version=row.version)
