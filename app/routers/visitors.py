"""HTTP routes of the visitors register: registration, vetting and bans."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from app.db import SessionDep
from app.deps import (
    ExpectedVersion,
    OptionalVersion,
    RetrySafeCreateDep,
    VisitorID,
    VisitsApprove,
    VisitsRead,
    VisitsWrite,
    record_response,
)
from app.errors import problem_responses
from app.models.visit import Visitor
from app.pagination import PageDep
from app.principal import Actor
from app.schemas.visit import (
    VettingDecision,
    VettingStatus,
    VisitorBan,
    VisitorCreate,
    VisitorKind,
    VisitorPage,
    VisitorPublic,
    VisitorRestricted,
    VisitorUpdate,
)
from app.services import visitors

router = APIRouter(prefix="/visitors", tags=["visitors"], responses=problem_responses(401, 403))

# 428: If-Match missing where required, or `*` (refused even where If-Match is optional).
CHANGE_RESPONSES = problem_responses(404, 409, 412, 413, 415, 422, 428)
VisitorView = VisitorPublic | VisitorRestricted


async def _respond(
    session: SessionDep, actor: Actor, visitor: Visitor, request: Request | None = None
) -> Response:
    (view,) = await visitors.visitor_views(session, actor, [visitor])
    return record_response(view, version=visitor.version, request=request)


@router.get("", name="list", response_model=VisitorPage, responses=problem_responses(400, 404, 422))
async def list_visitors(
    actor: VisitsRead,
    session: SessionDep,
    page: PageDep,
    q: Annotated[
        str | None,
        Query(max_length=100, description="Words of the name, regardless of case and accents."),
    ] = None,
    kind: Annotated[VisitorKind | None, Query(description="Only of this kind.")] = None,
    inmate_id: Annotated[
        uuid.UUID | None, Query(description="Only the family of this inmate.")
    ] = None,
    vetting_status: Annotated[
        VettingStatus | None, Query(description="Only with this vetting status as of today.")
    ] = None,
) -> VisitorPage:
    """The visitors register, oldest first. It is national, so that a ban holds in every
    prison; identity documents and contact show only to visits staff (`visits:write`) of
    a prison the visitor is linked to (registered there, related to an inmate held there,
    on a visit or leading a dialogue session there), and to national staff."""
    rows, next_cursor = await visitors.list_visitors(
        session, actor, page, q=q, kind=kind, inmate_id=inmate_id, vetting=vetting_status
    )
    views = await visitors.visitor_views(session, actor, rows)
    return VisitorPage(items=views, next_cursor=next_cursor)


@router.post(
    "",
    name="create",
    status_code=201,
    response_model=VisitorPublic,
    responses={
        200: {"model": VisitorPublic, "description": "The record already existed with this id"},
        **problem_responses(409, 413, 415, 422),
    },
)
async def create_visitor(
    actor: VisitsWrite, body: VisitorCreate, retry_safe: RetrySafeCreateDep
) -> Response:
    """Register a visitor. A family member names the inmate and the relationship; a
    religious leader starts with vetting `pending` and may not visit until a supervisor
    records an approval. Retry-safe with `Idempotency-Key` or a client-chosen `id`."""
    return await retry_safe.run(
        actor,
        lambda default_id: visitors.create_visitor(retry_safe.session, actor, body, default_id),
        lambda visitor: visitors.visitor_view(actor, visitor, show_inmate=True, show_identity=True),
    )


@router.get(
    "/{visitor_id}",
    name="get",
    response_model=VisitorView,
    responses={304: {"description": "Not modified"}, **problem_responses(404, 422)},
)
async def get_visitor(
    actor: VisitsRead, visitor_id: VisitorID, session: SessionDep, request: Request
) -> Response:
    """One visitor, with their vetting and any ban, and the `ETag`."""
    visitor = await visitors.get_visitor(session, actor, visitor_id)
    return await _respond(session, actor, visitor, request)


@router.patch(
    "/{visitor_id}",
    name="update",
    response_model=VisitorView,
    responses=CHANGE_RESPONSES,
)
async def update_visitor(
    actor: VisitsWrite,
    visitor_id: VisitorID,
    body: VisitorUpdate,
    version: ExpectedVersion,
    session: SessionDep,
) -> Response:
    """Change a visitor's names, documents or contact. Requires `If-Match`."""
    visitor = await visitors.update_visitor(session, actor, visitor_id, body, version)
    return await _respond(session, actor, visitor)


@router.put(
    "/{visitor_id}/vetting",
    name="record_vetting",
    response_model=VisitorView,
    responses=CHANGE_RESPONSES,
)
async def record_vetting(
    actor: VisitsApprove,
    visitor_id: VisitorID,
    body: VettingDecision,
    version: OptionalVersion,
    session: SessionDep,
) -> Response:
    """Record the vetting body's answer (e.g. the Ministry of Religious Affairs for a
    religious leader): `approved` until `expires_on`, `refused`, or `pending` again. A
    visitor whose vetting is not approved on a visit's day is refused (409
    `visitor_not_vetted`)."""
    visitor = await visitors.record_vetting(session, actor, visitor_id, body, version)
    return await _respond(session, actor, visitor)


@router.put(
    "/{visitor_id}/ban",
    name="ban",
    response_model=VisitorView,
    responses=CHANGE_RESPONSES,
)
async def ban_visitor(
    actor: VisitsApprove,
    visitor_id: VisitorID,
    body: VisitorBan,
    version: OptionalVersion,
    session: SessionDep,
) -> Response:
    """Ban the visitor from every prison over a period, with the reason; visits on a day
    of the ban are refused (409 `visitor_banned`)."""
    visitor = await visitors.ban(session, actor, visitor_id, body, version)
    return await _respond(session, actor, visitor)


@router.delete(
    "/{visitor_id}/ban",
    name="lift_ban",
    response_model=VisitorView,
    responses=problem_responses(404, 409, 412, 422, 428),
)
async def lift_ban(
    actor: VisitsApprove, visitor_id: VisitorID, version: OptionalVersion, session: SessionDep
) -> Response:
    """Lift the visitor's ban."""
    visitor = await visitors.ban(session, actor, visitor_id, None, version)
    return await _respond(session, actor, visitor)
