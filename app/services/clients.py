"""Use cases on API clients: register, read, change, revoke, rotate the secret."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Sequence

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.errors import ValidationFailed
from app.models.base import utcnow
from app.models.client import ApiClient
from app.models.facility import Facility
from app.models.organisation import Organisation
from app.pagination import PageRequest, keyset_page
from app.principal import Actor
from app.schemas.client import ClientCreate, ClientUpdate
from app.schemas.problem import FieldError
from app.security import PasswordHasher, new_secret
from app.services.audit import record_event
from app.services.auth import revoke_client_sessions
from app.services.records import apply_changes, check_version, get_for_update, get_record


async def create_client(
    session: AsyncSession, actor: Actor, data: ClientCreate, hasher: PasswordHasher
) -> tuple[ApiClient, str]:
    """Register a client; answers it and its secret, which is stored only as a hash."""
    errors = []
    if await session.get(Organisation, data.organisation_id) is None:
        errors.append(
            FieldError(field="body.organisation_id", message="unknown organisation", type="unknown")
        )
    if data.facility_id is not None and await session.get(Facility, data.facility_id) is None:
        errors.append(
            FieldError(field="body.facility_id", message="unknown facility", type="unknown")
        )
    if errors:
        raise ValidationFailed("Unknown references.", errors=errors)
    secret = new_secret()
    client = ApiClient(
        client_id=f"{data.kind.value}-{secrets.token_hex(8)}",
        name=data.name,
        secret_hash=await hasher.hash(secret),
        kind=data.kind.value,
        organisation_id=data.organisation_id,
        facility_id=data.facility_id,
        allowed_scopes=sorted(scope.value for scope in data.allowed_scopes),
        allowed_addresses=list(data.allowed_addresses),
        expires_at=data.expires_at,
    )
    session.add(client)
    record_event(
        session,
        actor,
        "api_client.create",
        "api_client",
        client.id,
        {"scopes": client.allowed_scopes},
    )
    await session.commit()
    return client, secret


async def get_client(session: AsyncSession, client_id: uuid.UUID) -> ApiClient:
    return await get_record(session, ApiClient, client_id)


async def list_clients(
    session: AsyncSession, page: PageRequest, *, active: bool | None
) -> tuple[Sequence[ApiClient], str | None]:
    statement = select(ApiClient)
    if active is not None:
        statement = statement.where(col(ApiClient.active).is_(active))
    return await keyset_page(session, statement, ApiClient, page, kind="api_client")


async def update_client(
    session: AsyncSession,
    actor: Actor,
    client_id: uuid.UUID,
    changes: ClientUpdate,
    expected_version: int,
) -> ApiClient:
    client = await get_for_update(session, ApiClient, client_id)
    check_version(client, expected_version)
    fields = changes.model_dump(exclude_unset=True, mode="json")
    if "expires_at" in fields:
        fields["expires_at"] = changes.expires_at
    changed = apply_changes(client, fields)
    if changed:
        if not client.active:
            await revoke_client_sessions(session, client.id)
        record_event(
            session, actor, "api_client.update", "api_client", client.id, {"fields": changed}
        )
    await session.commit()
    return client


async def rotate_secret(
    session: AsyncSession, actor: Actor, client_id: uuid.UUID, hasher: PasswordHasher
) -> tuple[ApiClient, str]:
    """A new secret; the old one stops working at once."""
    client = await get_for_update(session, ApiClient, client_id)
    secret = new_secret()
    client.secret_hash = await hasher.hash(secret)
    client.version += 1
    client.updated_at = utcnow()
    record_event(session, actor, "api_client.rotate_secret", "api_client", client.id)
    await session.commit()
    return client, secret
