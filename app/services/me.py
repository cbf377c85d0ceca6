"""What the caller may know about itself."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from app.errors import Unauthenticated
from app.models.client import ApiClient
from app.models.user import User
from app.principal import Actor, PrincipalKind
from app.schemas.auth import CallerKind, MePublic
from app.services.users import role_codes


async def describe(session: AsyncSession, actor: Actor) -> MePublic:
    roles: list[str] = []
    if actor.kind is PrincipalKind.user:
        user = await session.get(User, actor.subject_id)
        if user is None:
            raise Unauthenticated("The account no longer exists.")
        name, display_name = user.username, user.display_name
        roles = await role_codes(session, user.id)
    else:
        client = await session.get(ApiClient, actor.subject_id)
        if client is None:
            raise Unauthenticated("The client no longer exists.")
        name, display_name = client.client_id, client.name
    return MePublic(
        principal=actor.principal,
        kind=CallerKind.user if actor.kind is PrincipalKind.user else CallerKind.client,
        name=name,
        display_name=display_name,
        roles=roles,
        scopes=sorted(actor.scopes),
        all_facilities=actor.facilities is None,
        facility_ids=sorted(actor.facilities or ()),
        organisation_id=actor.organisation_id,
        organisation_scoped=actor.organisation_scoped,
        agreement_id=actor.agreement_id,
    )
