"""HTTP routes of the inmate registry. Every read of a record is audited; what a caller
sees of it is decided by `app.access.inmate_view`."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from pydantic import AwareDatetime

from app.access import inmate_view
from app.db import SessionDep, autocommit
from app.deps import (
    ExpectedVersion,
    InmateID,
    InmatesRead,
    InmatesWrite,
    RetrySafeCreateDep,
    record_response,
)
from app.errors import problem_responses
from app.pagination import PageDep
from app.schemas.common import Sex
from app.schemas.inmate import (
    InmateCreate,
    InmateIdentity,
    InmateMatch,
    InmateMatches,
    InmatePage,
    InmatePublic,
    InmateRestricted,
    InmateUpdate,
    LegalStatus,
)
from app.services import inmates

router = APIRouter(prefix="/inmates", tags=["inmates"], responses=problem_responses(401, 403))

InmateView = InmatePublic | InmateRestricted


@router.get("", name="list", response_model=InmatePage, responses=problem_responses(400, 422))
async def list_inmates(
    actor: InmatesRead,
    session: SessionDep,
    page: PageDep,
    q: Annotated[
        str | None,
        Query(
            max_length=100,
            description="Names, aliases or prison number; accents and case do not matter.",
        ),
    ] = None,
    facility_id: Annotated[uuid.UUID | None, Query()] = None,
    legal_status: Annotated[LegalStatus | None, Query()] = None,
    sex: Annotated[Sex | None, Query()] = None,
    region: Annotated[str | None, Query(max_length=100, description="Region of origin.")] = None,
    age_min: Annotated[int | None, Query(ge=0, le=120)] = None,
    age_max: Annotated[int | None, Query(ge=0, le=120)] = None,
    updated_since: Annotated[
        AwareDatetime | None, Query(description="With a time zone, e.g. 2026-11-01T00:00:00Z.")
    ] = None,
) -> Response:
    """Find inmates of the caller's facilities, oldest registration first."""
    filters = inmates.InmateFilters(
        q=q,
        facility_id=facility_id,
        legal_status=legal_status,
        sex=sex,
        region=region,
        age_min=age_min,
        age_max=age_max,
        updated_since=updated_since,
    )
    rows, next_cursor = await inmates.list_inmates(session, actor, page, filters)
    body = InmatePage(
        items=[inmate_view(actor, row) for row in rows],
        next_cursor=next_cursor,
    )
    return Response(body.model_dump_json(), media_type="application/json")


@router.post(
    "",
    name="create",
    status_code=201,
    response_model=InmatePublic,
    responses={
        200: {"model": InmatePublic, "description": "The record already existed with this id"},
        **problem_responses(404, 409, 413, 415, 422),
    },
)
async def create_inmate(
    actor: InmatesWrite, body: InmateCreate, retry_safe: RetrySafeCreateDep
) -> Response:
    """Register a detainee at admission. Retry-safe (`Idempotency-Key`, client-chosen `id`)."""
    return await retry_safe.run(
        actor,
        lambda default_id: inmates.create_inmate(retry_safe.session, actor, body, default_id),
        lambda inmate: inmate_view(actor, inmate),
    )


@router.post(
    "/match",
    name="match",
    response_model=InmateMatches,
    responses=problem_responses(413, 415, 422),
)
async def match_inmates(
    actor: InmatesWrite, body: InmateIdentity, session: SessionDep
) -> InmateMatches:
    """Records that may be the same person, so that a returning detainee is not registered
    twice: same name (accents, case and order aside) and birth year, or an alias."""
    found, elsewhere = await inmates.find_possible_duplicates(session, actor, body)
    return InmateMatches(
        matches=[
            InmateMatch(inmate=InmateRestricted.model_validate(inmate), reasons=reasons)
            for inmate, reasons in found
        ],
        elsewhere=elsewhere,
    )


@router.get(
    "/{inmate_id}",
    name="get",
    response_model=InmateView,
    responses={304: {"description": "Not modified"}, **problem_responses(404, 422)},
)
@autocommit
async def get_inmate(
    actor: InmatesRead, inmate_id: InmateID, session: SessionDep, request: Request
) -> Response:
    """One inmate's record, as the caller's role may see it. The read is audited."""
    inmate = await inmates.read_inmate(session, actor, inmate_id)
    return record_response(inmate_view(actor, inmate), version=inmate.version, request=request)


@router.patch(
    "/{inmate_id}",
    name="update",
    response_model=InmatePublic,
    responses=problem_responses(404, 409, 412, 413, 415, 422, 428),
)
async def update_inmate(
    actor: InmatesWrite,
    inmate_id: InmateID,
    body: InmateUpdate,
    version: ExpectedVersion,
    session: SessionDep,
) -> Response:
    """Correct an inmate's record. Requires `If-Match`."""
    inmate = await inmates.update_inmate(session, actor, inmate_id, body, version)
    return record_response(inmate_view(actor, inmate), version=inmate.version)
