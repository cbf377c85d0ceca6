"""HTTP routes of facilities: staff read their own; administrators register and change them."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from app.db import SessionDep
from app.deps import (
    AdminActor,
    ExpectedVersion,
    FacilityID,
    ReferenceRead,
    RetrySafeCreateDep,
    record_response,
)
from app.errors import problem_responses
from app.pagination import PageDep
from app.schemas.facility import FacilityCreate, FacilityPage, FacilityPublic, FacilityUpdate
from app.services import facilities

router = APIRouter(prefix="/facilities", tags=["facilities"], responses=problem_responses(401, 403))


@router.get("", name="list", response_model=FacilityPage, responses=problem_responses(400, 422))
async def list_facilities(
    actor: ReferenceRead,
    session: SessionDep,
    page: PageDep,
    active: Annotated[bool | None, Query(description="Only active or inactive ones.")] = None,
) -> FacilityPage:
    """List the facilities the caller works in (all, for national staff), oldest first."""
    rows, next_cursor = await facilities.list_facilities(session, actor, page, active=active)
    return FacilityPage(
        items=[FacilityPublic.model_validate(row) for row in rows], next_cursor=next_cursor
    )


@router.post(
    "",
    name="create",
    status_code=201,
    response_model=FacilityPublic,
    responses={
        200: {"model": FacilityPublic, "description": "The record already existed with this id"},
        **problem_responses(409, 413, 415, 422),
    },
)
async def create_facility(
    actor: AdminActor,
    body: FacilityCreate,
    retry_safe: RetrySafeCreateDep,
) -> Response:
    """Register a facility. Retry-safe with `Idempotency-Key` or a client-chosen `id`."""
    return await retry_safe.run(
        actor,
        lambda default_id: facilities.create_facility(retry_safe.session, actor, body, default_id),
        FacilityPublic.model_validate,
    )


@router.get(
    "/{facility_id}",
    name="get",
    response_model=FacilityPublic,
    responses={304: {"description": "Not modified"}, **problem_responses(404, 422)},
)
async def get_facility(
    actor: ReferenceRead,
    facility_id: FacilityID,
    session: SessionDep,
    request: Request,
) -> Response:
    """One facility, with its `ETag`; `If-None-Match` answers 304 when unchanged."""
    facility = await facilities.get_facility(session, actor, facility_id)
    return record_response(
        FacilityPublic.model_validate(facility), version=facility.version, request=request
    )


@router.patch(
    "/{facility_id}",
    name="update",
    response_model=FacilityPublic,
    responses=problem_responses(404, 412, 413, 415, 422, 428),
)
async def update_facility(
    actor: AdminActor,
    facility_id: FacilityID,
    body: FacilityUpdate,
    version: ExpectedVersion,
    session: SessionDep,
) -> Response:
    """Change or deactivate a facility (`active: false`). Requires `If-Match`."""
    facility = await facilities.update_facility(session, actor, facility_id, body, version)
    return record_response(FacilityPublic.model_validate(facility), version=facility.version)
