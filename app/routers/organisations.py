"""HTTP routes of organisations: staff read them, partners their own; administrators change them."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from app.db import SessionDep
from app.deps import (
    AdminActor,
    ExpectedVersion,
    OrganisationID,
    ReferenceRead,
    RetrySafeCreateDep,
    record_response,
)
from app.errors import problem_responses
from app.pagination import PageDep
from app.schemas.organisation import (
    OrganisationCreate,
    OrganisationKind,
    OrganisationPage,
    OrganisationPublic,
    OrganisationUpdate,
)
from app.services import organisations

router = APIRouter(
    prefix="/organisations", tags=["organisations"], responses=problem_responses(401, 403)
)


@router.get("", name="list", response_model=OrganisationPage, responses=problem_responses(400, 422))
async def list_organisations(
    actor: ReferenceRead,
    session: SessionDep,
    page: PageDep,
    active: Annotated[bool | None, Query(description="Only active or inactive ones.")] = None,
    kind: Annotated[OrganisationKind | None, Query(description="Only of this kind.")] = None,
) -> OrganisationPage:
    """List organisations (a partner sees only its own), oldest first."""
    rows, next_cursor = await organisations.list_organisations(
        session, actor, page, active=active, kind=kind
    )
    return OrganisationPage(
        items=[OrganisationPublic.model_validate(row) for row in rows], next_cursor=next_cursor
    )


@router.post(
    "",
    name="create",
    status_code=201,
    response_model=OrganisationPublic,
    responses={
        200: {
            "model": OrganisationPublic,
            "description": "The record already existed with this id",
        },
        **problem_responses(409, 413, 415, 422),
    },
)
async def create_organisation(
    actor: AdminActor,
    body: OrganisationCreate,
    retry_safe: RetrySafeCreateDep,
) -> Response:
    """Register an organisation. Retry-safe with `Idempotency-Key` or a client-chosen `id`."""
    return await retry_safe.run(
        actor,
        lambda default_id: organisations.create_organisation(
            retry_safe.session, actor, body, default_id
        ),
        OrganisationPublic.model_validate,
    )


@router.get(
    "/{organisation_id}",
    name="get",
    response_model=OrganisationPublic,
    responses={304: {"description": "Not modified"}, **problem_responses(404, 422)},
)
async def get_organisation(
    actor: ReferenceRead,
    organisation_id: OrganisationID,
    session: SessionDep,
    request: Request,
) -> Response:
    """One organisation, with its `ETag`; `If-None-Match` answers 304 when unchanged."""
    organisation = await organisations.get_organisation(session, actor, organisation_id)
    return record_response(
        OrganisationPublic.model_validate(organisation),
        version=organisation.version,
        request=request,
    )


@router.patch(
    "/{organisation_id}",
    name="update",
    response_model=OrganisationPublic,
    responses=problem_responses(404, 412, 413, 415, 422, 428),
)
async def update_organisation(
    actor: AdminActor,
    organisation_id: OrganisationID,
    body: OrganisationUpdate,
    version: ExpectedVersion,
    session: SessionDep,
) -> Response:
    """Change or deactivate an organisation (`active: false`). Requires `If-Match`."""
    organisation = await organisations.update_organisation(
        session, actor, organisation_id, body, version
    )
    return record_response(
        OrganisationPublic.model_validate(organisation), version=organisation.version
    )
