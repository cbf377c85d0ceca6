"""HTTP routes of data-sharing agreements (administrators only)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response

from app.db import SessionDep
from app.deps import AdminActor, ExpectedVersion, RetrySafeCreateDep, record_response
from app.errors import problem_responses
from app.pagination import PageDep
from app.schemas.agreement import AgreementCreate, AgreementPage, AgreementPublic, AgreementUpdate
from app.services import agreements

router = APIRouter(
    prefix="/data-sharing-agreements",
    tags=["data_sharing_agreements"],
    responses=problem_responses(401, 403),
)

AgreementID = Annotated[uuid.UUID, Path(description="Agreement id.")]


@router.get("", name="list", response_model=AgreementPage, responses=problem_responses(400, 422))
async def list_agreements(
    actor: AdminActor,
    session: SessionDep,
    page: PageDep,
    organisation_id: Annotated[uuid.UUID | None, Query()] = None,
) -> AgreementPage:
    """List agreements, oldest first."""
    rows, next_cursor = await agreements.list_agreements(
        session, page, organisation_id=organisation_id
    )
    return AgreementPage(
        items=[AgreementPublic.model_validate(row) for row in rows], next_cursor=next_cursor
    )


@router.post(
    "",
    name="create",
    status_code=201,
    response_model=AgreementPublic,
    responses=problem_responses(409, 413, 415, 422),
)
async def create_agreement(
    actor: AdminActor,
    body: AgreementCreate,
    retry_safe: RetrySafeCreateDep,
) -> Response:
    """Record an agreement: partner, purpose, legal basis, scopes, facilities, validity."""
    return await retry_safe.run(
        actor,
        lambda default_id: agreements.create_agreement(retry_safe.session, actor, body, default_id),
        AgreementPublic.model_validate,
    )


@router.get(
    "/{agreement_id}",
    name="get",
    response_model=AgreementPublic,
    responses={304: {"description": "Not modified"}, **problem_responses(404, 422)},
)
async def get_agreement(
    actor: AdminActor,
    agreement_id: AgreementID,
    session: SessionDep,
    request: Request,
) -> Response:
    """One agreement, with its `ETag`."""
    agreement = await agreements.get_agreement(session, agreement_id)
    return record_response(
        AgreementPublic.model_validate(agreement), version=agreement.version, request=request
    )


@router.patch(
    "/{agreement_id}",
    name="update",
    response_model=AgreementPublic,
    responses=problem_responses(404, 412, 413, 415, 422, 428),
)
async def update_agreement(
    actor: AdminActor,
    agreement_id: AgreementID,
    body: AgreementUpdate,
    version: ExpectedVersion,
    session: SessionDep,
) -> Response:
    """Change, suspend or terminate an agreement; partners' tokens follow at once."""
    agreement = await agreements.update_agreement(session, actor, agreement_id, body, version)
    return record_response(AgreementPublic.model_validate(agreement), version=agreement.version)
