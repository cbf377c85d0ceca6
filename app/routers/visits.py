"""HTTP routes of visits: request, decision, cancellation, log; and contact monitoring."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from app.db import SessionDep
from app.deps import (
    OptionalVersion,
    RetrySafeCreateDep,
    VisitID,
    VisitsApprove,
    VisitsRead,
    VisitsWrite,
    record_response,
)
from app.errors import problem_responses
from app.models.visit import Visit
from app.pagination import PageDep
from app.schemas.visit import (
    VisitCreate,
    VisitDecision,
    VisitLog,
    VisitPage,
    VisitPublic,
    VisitReason,
    VisitStatus,
    VisitType,
    WithoutContactPage,
)
from app.services import visits
from app.services.visits import visit_views

router = APIRouter(prefix="/visits", tags=["visits"], responses=problem_responses(401, 403))

# 428: If-Match missing where required, or `*` (refused even where If-Match is optional).
CHANGE_RESPONSES = problem_responses(404, 409, 412, 413, 415, 422, 428)


async def _respond(session: SessionDep, visit: Visit, request: Request | None = None) -> Response:
    (view,) = await visit_views(session, [visit])
    return record_response(view, version=visit.version, request=request)


@router.get("", name="list", response_model=VisitPage, responses=problem_responses(400, 422))
async def list_visits(
    actor: VisitsRead,
    session: SessionDep,
    page: PageDep,
    inmate_id: Annotated[uuid.UUID | None, Query(description="Of this inmate.")] = None,
    facility_id: Annotated[uuid.UUID | None, Query(description="In this prison.")] = None,
    status: Annotated[VisitStatus | None, Query(description="Only in this status.")] = None,
    type: Annotated[VisitType | None, Query(description="Only of this type.")] = None,
    starts_from: Annotated[
        date | None, Query(description="Slots starting on or after this day.")
    ] = None,
    starts_before: Annotated[
        date | None, Query(description="Slots starting before this day.")
    ] = None,
) -> VisitPage:
    """Visits in your facilities, oldest request first."""
    rows, next_cursor = await visits.list_visits(
        session,
        actor,
        page,
        inmate_id=inmate_id,
        facility_id=facility_id,
        status=status,
        visit_type=type,
        starts_from=starts_from,
        starts_before=starts_before,
    )
    return VisitPage(items=await visit_views(session, rows), next_cursor=next_cursor)


@router.post(
    "",
    name="create",
    status_code=201,
    response_model=VisitPublic,
    responses={
        200: {"model": VisitPublic, "description": "The record already existed with this id"},
        **problem_responses(404, 409, 413, 415, 422),
    },
)
async def request_visit(
    actor: VisitsWrite, body: VisitCreate, retry_safe: RetrySafeCreateDep
) -> Response:
    """Request a visit to an inmate held in one of your facilities, for a slot (at most
    12 hours). Refused, nothing written, with a 409 naming the rule:
    `inmate_not_held`, `visitor_kind` (e.g. a legal visit is for lawyers),
    `visitor_banned`, `visitor_not_vetted` (religious leaders and religious visits need
    an approved vetting valid on the day), `visit_restricted` (the facility refuses this
    type at the inmate's security level; never a legal visit), `visit_overlap` (another
    visit or dialogue session of the inmate at that time). Retry-safe with
    `Idempotency-Key` or a client-chosen `id`."""

    async def shape(visit: Visit) -> VisitPublic:
        (view,) = await visit_views(retry_safe.session, [visit])
        return view

    return await retry_safe.run(
        actor,
        lambda default_id: visits.request_visit(retry_safe.session, actor, body, default_id),
        shape,
    )


@router.get(
    "/without-contact",
    name="without_contact",
    response_model=WithoutContactPage,
    responses=problem_responses(400, 404, 422),
)
async def without_contact(
    actor: VisitsRead,
    session: SessionDep,
    page: PageDep,
    facility_id: Annotated[
        uuid.UUID | None, Query(description="In this prison (default: all of yours).")
    ] = None,
    days: Annotated[
        int, Query(ge=1, le=3650, description="Without contact for more than this many days.")
    ] = 90,
) -> WithoutContactPage:
    """Inmates held who have had no visit and no dialogue session for more than `days`
    days — counted from admission for those never visited while held — the longest
    without first. An inmate whose last contact was exactly `days` days ago is not
    listed."""
    items, next_cursor = await visits.without_contact(
        session, actor, page, days=days, facility_id=facility_id
    )
    return WithoutContactPage(items=items, next_cursor=next_cursor)


@router.get(
    "/{visit_id}",
    name="get",
    response_model=VisitPublic,
    responses={304: {"description": "Not modified"}, **problem_responses(404, 422)},
)
async def get_visit(
    actor: VisitsRead, visit_id: VisitID, session: SessionDep, request: Request
) -> Response:
    """One visit, with its visitors and its `ETag`."""
    visit = await visits.get_visit(session, actor, visit_id)
    return await _respond(session, visit, request)


@router.post(
    "/{visit_id}/approve", name="approve", response_model=VisitPublic, responses=CHANGE_RESPONSES
)
async def approve(
    actor: VisitsApprove,
    visit_id: VisitID,
    version: OptionalVersion,
    session: SessionDep,
    body: VisitDecision | None = None,
) -> Response:
    """Approve a requested visit (supervisor). Every rule is checked again as it stands
    now, with the codes of a request: a ban, a lapsed vetting or a new classification
    since the request refuses it (409)."""
    visit = await visits.approve(session, actor, visit_id, body.reason if body else None, version)
    return await _respond(session, visit)


@router.post(
    "/{visit_id}/deny", name="deny", response_model=VisitPublic, responses=CHANGE_RESPONSES
)
async def deny(
    actor: VisitsApprove,
    visit_id: VisitID,
    body: VisitReason,
    version: OptionalVersion,
    session: SessionDep,
) -> Response:
    """Deny a requested visit (supervisor), with the reason."""
    visit = await visits.deny(session, actor, visit_id, body.reason, version)
    return await _respond(session, visit)


@router.post(
    "/{visit_id}/cancel", name="cancel", response_model=VisitPublic, responses=CHANGE_RESPONSES
)
async def cancel(
    actor: VisitsWrite,
    visit_id: VisitID,
    body: VisitReason,
    version: OptionalVersion,
    session: SessionDep,
) -> Response:
    """Cancel a requested or approved visit, with the reason."""
    visit = await visits.cancel(session, actor, visit_id, body.reason, version)
    return await _respond(session, visit)


@router.post("/{visit_id}/log", name="log", response_model=VisitPublic, responses=CHANGE_RESPONSES)
async def log_visit(
    actor: VisitsWrite,
    visit_id: VisitID,
    body: VisitLog,
    version: OptionalVersion,
    session: SessionDep,
) -> Response:
    """Log an approved visit once its slot has begun (409 `visit_state` before):
    `occurred` with its start (within 12 hours of the slot, not in the future) and end, or
    `no_show`. A visit that occurred sets the inmate's `last_visit_on`."""
    visit = await visits.log_visit(session, actor, visit_id, body, version)
    return await _respond(session, visit)
