"""Creating the first principals from the command line, by codes rather than ids."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TypeVar

from pydantic import BaseModel, SecretStr, ValidationError
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.config import Settings
from app.errors import ValidationFailed
from app.models.facility import Facility
from app.models.organisation import Organisation
from app.models.user import User
from app.principal import SYSTEM_ACTOR
from app.schemas.client import ClientCreate
from app.schemas.problem import FieldError
from app.schemas.user import UserCreate
from app.security import PasswordHasher
from app.services import clients, users


async def _facility_ids(session: AsyncSession, codes: Sequence[str]) -> list[uuid.UUID]:
    found = dict(
        (
            await session.exec(
                select(Facility.code, Facility.id).where(col(Facility.code).in_(codes))
            )
        ).all()
    )
    unknown = sorted(set(codes) - set(found))
    if unknown:
        raise ValidationFailed(f"Unknown facility code(s): {', '.join(unknown)}.")
    return [found[code] for code in codes]


async def _organisation_id(session: AsyncSession, code: str | None) -> uuid.UUID | None:
    if code is None:
        return None
    organisation = (
        await session.exec(select(Organisation).where(Organisation.code == code))
    ).first()
    if organisation is None:
        raise ValidationFailed(f"Unknown organisation code {code}.")
    return organisation.id


ModelT = TypeVar("ModelT", bound=BaseModel)


def _validated(factory: type[ModelT], **values: object) -> ModelT:
    try:
        return factory.model_validate(values)
    except ValidationError as exc:
        raise ValidationFailed(
            "Invalid values.",
            errors=[
                FieldError(
                    field=".".join(str(p) for p in e["loc"]), message=e["msg"], type=e["type"]
                )
                for e in exc.errors()
            ],
        ) from exc


async def create_user(
    session: AsyncSession,
    settings: Settings,
    *,
    username: str,
    password: str,
    roles: Sequence[str],
    facility_codes: Sequence[str],
    organisation_code: str | None,
    display_name: str | None,
    all_facilities: bool = False,
) -> User:
    data = _validated(
        UserCreate,
        username=username,
        display_name=display_name or username,
        password=SecretStr(password),
        roles=list(roles),
        facility_ids=await _facility_ids(session, facility_codes),
        organisation_id=await _organisation_id(session, organisation_code),
        all_facilities=all_facilities,
    )
    view, _ = await users.create_user(session, SYSTEM_ACTOR, data, PasswordHasher(settings))
    return view.user


async def create_client(
    session: AsyncSession,
    settings: Settings,
    *,
    organisation_code: str,
    scopes: Sequence[str],
    name: str | None,
    kind: str,
    facility_code: str | None,
) -> tuple[str, str]:
    facility_ids = await _facility_ids(session, [facility_code] if facility_code else [])
    data = _validated(
        ClientCreate,
        name=name or f"{organisation_code} {kind} client",
        kind=kind,
        organisation_id=await _organisation_id(session, organisation_code),
        facility_id=facility_ids[0] if facility_ids else None,
        allowed_scopes=list(scopes),
    )
    client, secret = await clients.create_client(
        session, SYSTEM_ACTOR, data, PasswordHasher(settings)
    )
    return client.client_id, secret
