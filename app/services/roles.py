"""Use cases on roles: the administration may define roles and change their scopes."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.models.role import Role
from app.pagination import PageRequest, keyset_page
from app.principal import Actor
from app.schemas.role import RoleCreate, RoleUpdate
from app.services.records import create_record, get_record, update_record


def _scope_values(scopes: Sequence[str]) -> list[str]:
    return sorted({str(scope) for scope in scopes})


async def create_role(
    session: AsyncSession, actor: Actor, data: RoleCreate, default_id: uuid.UUID | None = None
) -> tuple[Role, bool]:
    values = {**data.model_dump(), "scopes": _scope_values(data.scopes)}
    return await create_record(
        session, actor, Role, data, default_id=default_id, unique=("code",), values=values
    )


async def get_role(session: AsyncSession, role_id: uuid.UUID) -> Role:
    return await get_record(session, Role, role_id)


async def list_roles(session: AsyncSession, page: PageRequest) -> tuple[Sequence[Role], str | None]:
    return await keyset_page(session, select(Role), Role, page, kind="role")


async def update_role(
    session: AsyncSession, actor: Actor, role_id: uuid.UUID, changes: RoleUpdate, version: int
) -> Role:
    fields = changes.model_dump(exclude_unset=True)
    if "scopes" in fields:
        fields["scopes"] = _scope_values(fields["scopes"])
    return await update_record(session, actor, Role, role_id, fields, version)
