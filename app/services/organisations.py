"""Use cases on organisations: register, read, list, change and deactivate partners."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.access import ensure_organisation_visible, within_organisation
from app.models.organisation import Organisation
from app.pagination import PageRequest, keyset_page
from app.principal import Actor
from app.schemas.organisation import OrganisationCreate, OrganisationKind, OrganisationUpdate
from app.services.records import create_record, get_record, update_record


async def create_organisation(
    session: AsyncSession,
    actor: Actor,
    data: OrganisationCreate,
    default_id: uuid.UUID | None = None,
) -> tuple[Organisation, bool]:
    return await create_record(
        session, actor, Organisation, data, default_id=default_id, unique=("code",)
    )


async def get_organisation(
    session: AsyncSession, actor: Actor, organisation_id: uuid.UUID
) -> Organisation:
    ensure_organisation_visible(actor, organisation_id, "organisation")
    return await get_record(session, Organisation, organisation_id)


async def list_organisations(
    session: AsyncSession,
    actor: Actor,
    page: PageRequest,
    *,
    active: bool | None = None,
    kind: OrganisationKind | None = None,
) -> tuple[Sequence[Organisation], str | None]:
    statement = within_organisation(select(Organisation), actor, Organisation.id)
    if kind is not None:
        statement = statement.where(Organisation.kind == kind.value)
    if active is not None:
        statement = statement.where(col(Organisation.active).is_(active))
    return await keyset_page(session, statement, Organisation, page, kind="organisation")


async def update_organisation(
    session: AsyncSession,
    actor: Actor,
    organisation_id: uuid.UUID,
    changes: OrganisationUpdate,
    expected_version: int,
) -> Organisation:
    return await update_record(
        session,
        actor,
        Organisation,
        organisation_id,
        changes.model_dump(exclude_unset=True),
        expected_version,
    )
