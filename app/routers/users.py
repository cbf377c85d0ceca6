"""HTTP routes of staff users (administrators only)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response

from app.db import SessionDep
from app.deps import AdminActor, AuthDep, ExpectedVersion, RetrySafeCreateDep, record_response
from app.errors import problem_responses
from app.pagination import PageDep
from app.schemas.certification import CertificationCreate, CertificationPublic
from app.schemas.user import PasswordReset, UserCreate, UserPage, UserPublic, UserUpdate
from app.services import certifications, users

router = APIRouter(prefix="/users", tags=["users"], responses=problem_responses(401, 403))

UserID = Annotated[uuid.UUID, Path(description="User id.")]


@router.get("", name="list", response_model=UserPage, responses=problem_responses(400, 422))
async def list_users(
    actor: AdminActor,
    session: SessionDep,
    page: PageDep,
    active: Annotated[bool | None, Query()] = None,
    role: Annotated[
        str | None, Query(max_length=40, description="Only holders of this role.")
    ] = None,
) -> UserPage:
    """List staff users, oldest first."""
    views, next_cursor = await users.list_users(session, page, active=active, role=role)
    return UserPage(items=[view.public() for view in views], next_cursor=next_cursor)


@router.post(
    "",
    name="create",
    status_code=201,
    response_model=UserPublic,
    responses=problem_responses(409, 413, 415, 422),
)
async def create_user(
    actor: AdminActor,
    body: UserCreate,
    retry_safe: RetrySafeCreateDep,
    auth: AuthDep,
) -> Response:
    """Create a staff user with roles and facilities. The password must meet the policy."""
    return await retry_safe.run(
        actor,
        lambda default_id: users.create_user(
            retry_safe.session, actor, body, auth.hasher, default_id
        ),
        lambda view: view.public(),
    )


@router.get(
    "/{user_id}",
    name="get",
    response_model=UserPublic,
    responses={304: {"description": "Not modified"}, **problem_responses(404, 422)},
)
async def get_user(
    actor: AdminActor,
    user_id: UserID,
    session: SessionDep,
    request: Request,
) -> Response:
    """One user, with its `ETag`."""
    view = await users.get_user(session, user_id)
    return record_response(view.public(), version=view.version, request=request)


@router.patch(
    "/{user_id}",
    name="update",
    response_model=UserPublic,
    responses=problem_responses(404, 412, 413, 415, 422, 428),
)
async def update_user(
    actor: AdminActor,
    user_id: UserID,
    body: UserUpdate,
    version: ExpectedVersion,
    session: SessionDep,
) -> Response:
    """Change roles, facilities or name; `active: false` deactivates and ends every sign-in."""
    view = await users.update_user(session, actor, user_id, body, version)
    return record_response(view.public(), version=view.version)


@router.post(
    "/{user_id}/password",
    name="reset_password",
    response_model=UserPublic,
    responses=problem_responses(404, 413, 415, 422),
)
async def reset_password(
    actor: AdminActor,
    user_id: UserID,
    body: PasswordReset,
    session: SessionDep,
    auth: AuthDep,
) -> Response:
    """Set a new password for a user; every sign-in of theirs ends."""
    view = await users.reset_password(
        session, actor, user_id, body.password.get_secret_value(), auth.hasher
    )
    return record_response(view.public(), version=view.version)


@router.get(
    "/{user_id}/certifications",
    name="certifications_list",
    response_model=list[CertificationPublic],
    responses=problem_responses(404, 422),
)
async def list_certifications(
    actor: AdminActor, user_id: UserID, session: SessionDep
) -> list[CertificationPublic]:
    """The instruments a user is accredited for, and until when."""
    rows = await certifications.of_user(session, user_id)
    return [CertificationPublic.model_validate(row) for row in rows]


@router.post(
    "/{user_id}/certifications",
    name="certifications_create",
    status_code=201,
    response_model=CertificationPublic,
    responses=problem_responses(404, 413, 415, 422),
)
async def grant_certification(
    actor: AdminActor, user_id: UserID, body: CertificationCreate, session: SessionDep
) -> CertificationPublic:
    """Accredit a user for an instrument; assessments need a valid certification."""
    row = await certifications.grant(session, actor, user_id, body)
    return CertificationPublic.model_validate(row)
