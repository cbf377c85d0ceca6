"""HTTP routes of API clients (administrators only). Secrets are shown once, at creation
and rotation; those answers are never stored for Idempotency-Key replays."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response

from app.db import SessionDep
from app.deps import AdminActor, AuthDep, ExpectedVersion, record_response
from app.errors import problem_responses
from app.pagination import PageDep
from app.schemas.client import (
    ClientCreate,
    ClientPage,
    ClientPublic,
    ClientUpdate,
    ClientWithSecret,
)
from app.services import clients

router = APIRouter(prefix="/clients", tags=["clients"], responses=problem_responses(401, 403))

ClientID = Annotated[uuid.UUID, Path(description="Client id (the record's, not `client_id`).")]


def _with_secret(client: object, secret: str) -> ClientWithSecret:
    return ClientWithSecret(
        **ClientPublic.model_validate(client).model_dump(), client_secret=secret
    )


@router.get("", name="list", response_model=ClientPage, responses=problem_responses(400, 422))
async def list_clients(
    actor: AdminActor,
    session: SessionDep,
    page: PageDep,
    active: Annotated[bool | None, Query()] = None,
) -> ClientPage:
    """List API clients, oldest first."""
    rows, next_cursor = await clients.list_clients(session, page, active=active)
    return ClientPage(
        items=[ClientPublic.model_validate(row) for row in rows], next_cursor=next_cursor
    )


@router.post(
    "",
    name="create",
    status_code=201,
    response_model=ClientWithSecret,
    responses=problem_responses(413, 415, 422),
)
async def create_client(
    actor: AdminActor,
    body: ClientCreate,
    session: SessionDep,
    auth: AuthDep,
) -> Response:
    """Register a client. The answer holds its secret, shown this once."""
    client, secret = await clients.create_client(session, actor, body, auth.hasher)
    return record_response(
        _with_secret(client, secret),
        version=client.version,
        status_code=201,
        location=f"/api/v1/clients/{client.id}",
    )


@router.get(
    "/{client_id}",
    name="get",
    response_model=ClientPublic,
    responses={304: {"description": "Not modified"}, **problem_responses(404, 422)},
)
async def get_client(
    actor: AdminActor,
    client_id: ClientID,
    session: SessionDep,
    request: Request,
) -> Response:
    """One client, with its `ETag`."""
    client = await clients.get_client(session, client_id)
    return record_response(
        ClientPublic.model_validate(client), version=client.version, request=request
    )


@router.patch(
    "/{client_id}",
    name="update",
    response_model=ClientPublic,
    responses=problem_responses(404, 412, 413, 415, 422, 428),
)
async def update_client(
    actor: AdminActor,
    client_id: ClientID,
    body: ClientUpdate,
    version: ExpectedVersion,
    session: SessionDep,
) -> Response:
    """Change scopes, addresses or expiry; `active: false` revokes the client at once."""
    client = await clients.update_client(session, actor, client_id, body, version)
    return record_response(ClientPublic.model_validate(client), version=client.version)


@router.post(
    "/{client_id}/secret",
    name="rotate_secret",
    response_model=ClientWithSecret,
    responses=problem_responses(404, 422),
)
async def rotate_secret(
    actor: AdminActor,
    client_id: ClientID,
    session: SessionDep,
    auth: AuthDep,
) -> Response:
    """Replace the client's secret; the answer shows the new one this once."""
    client, secret = await clients.rotate_secret(session, actor, client_id, auth.hasher)
    return record_response(_with_secret(client, secret), version=client.version)
