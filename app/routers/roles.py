"""HTTP routes of roles (administrators only): the scopes each role grants."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Request
from fastapi.responses import Response

from app.db import SessionDep
from app.deps import AdminActor, ExpectedVersion, RetrySafeCreateDep, record_response
from app.errors import problem_responses
from app.pagination import PageDep
from app.schemas.role import RoleCreate, RolePage, RolePublic, RoleUpdate
from app.services import roles

router = APIRouter(prefix="/roles", tags=["roles"], responses=problem_responses(401, 403))

RoleID = Annotated[uuid.UUID, Path(description="Role id.")]


@router.get("", name="list", response_model=RolePage, responses=problem_responses(400, 422))
async def list_roles(
    actor: AdminActor,
    session: SessionDep,
    page: PageDep,
) -> RolePage:
    """List roles with their scopes."""
    rows, next_cursor = await roles.list_roles(session, page)
    return RolePage(items=[RolePublic.model_validate(row) for row in rows], next_cursor=next_cursor)


@router.post(
    "",
    name="create",
    status_code=201,
    response_model=RolePublic,
    responses=problem_responses(409, 413, 415, 422),
)
async def create_role(
    actor: AdminActor,
    body: RoleCreate,
    retry_safe: RetrySafeCreateDep,
) -> Response:
    """Define a role as a set of scopes."""
    return await retry_safe.run(
        actor,
        lambda default_id: roles.create_role(retry_safe.session, actor, body, default_id),
        RolePublic.model_validate,
    )


@router.get(
    "/{role_id}",
    name="get",
    response_model=RolePublic,
    responses={304: {"description": "Not modified"}, **problem_responses(404, 422)},
)
async def get_role(
    actor: AdminActor,
    role_id: RoleID,
    session: SessionDep,
    request: Request,
) -> Response:
    """One role, with its `ETag`."""
    role = await roles.get_role(session, role_id)
    return record_response(RolePublic.model_validate(role), version=role.version, request=request)


@router.patch(
    "/{role_id}",
    name="update",
    response_model=RolePublic,
    responses=problem_responses(404, 412, 413, 415, 422, 428),
)
async def update_role(
    actor: AdminActor,
    role_id: RoleID,
    body: RoleUpdate,
    version: ExpectedVersion,
    session: SessionDep,
) -> Response:
    """Change a role's scopes; tokens issued from now on carry the new set."""
    role = await roles.update_role(session, actor, role_id, body, version)
    return record_response(RolePublic.model_validate(role), version=role.version)
