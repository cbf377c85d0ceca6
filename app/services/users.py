"""Use cases on staff users: create, read, change roles and facilities, reset, deactivate."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.errors import NotFound, ValidationFailed
from app.models.base import utcnow
from app.models.facility import Facility
from app.models.organisation import Organisation
from app.models.role import Role
from app.models.user import User, UserFacility, UserRole
from app.pagination import PageRequest, keyset_page
from app.principal import Actor
from app.schemas.problem import FieldError
from app.schemas.user import UserCreate, UserPublic, UserUpdate
from app.security import PasswordHasher
from app.services.audit import record_event
from app.services.auth import revoke_user_sessions
from app.services.passwords import check_password_policy
from app.services.records import (
    apply_changes,
    check_version,
    ensure_unique,
    get_for_update,
    get_record,
)


@dataclass(frozen=True)
class UserView:
    user: User
    roles: list[str]
    facility_ids: list[uuid.UUID]

    @property
    def id(self) -> uuid.UUID:
        return self.user.id

    @property
    def version(self) -> int:
        return self.user.version

    def public(self) -> UserPublic:
        return UserPublic(
            **self.user.model_dump(exclude={"password_hash"}),
            roles=self.roles,
            facility_ids=self.facility_ids,
        )


async def _role_ids(session: AsyncSession, codes: Sequence[str]) -> dict[str, uuid.UUID]:
    found = dict(
        (await session.exec(select(Role.code, Role.id).where(col(Role.code).in_(codes)))).all()
    )
    unknown = sorted(set(codes) - set(found))
    if unknown:
        raise ValidationFailed(
            f"Unknown role(s): {', '.join(unknown)}.",
            errors=[
                FieldError(field="body.roles", message=f"unknown role {code}", type="unknown")
                for code in unknown
            ],
        )
    return found


async def _check_references(
    session: AsyncSession, facility_ids: Sequence[uuid.UUID], organisation_id: uuid.UUID | None
) -> None:
    errors = []
    known = set(
        (await session.exec(select(Facility.id).where(col(Facility.id).in_(facility_ids)))).all()
    )
    errors += [
        FieldError(
            field="body.facility_ids", message=f"unknown facility {facility}", type="unknown"
        )
        for facility in facility_ids
        if facility not in known
    ]
    if organisation_id is not None and await session.get(Organisation, organisation_id) is None:
        errors.append(
            FieldError(field="body.organisation_id", message="unknown organisation", type="unknown")
        )
    if errors:
        raise ValidationFailed("Unknown references.", errors=errors)


async def _set_links(
    session: AsyncSession,
    user_id: uuid.UUID,
    role_ids: Sequence[uuid.UUID] | None,
    facility_ids: Sequence[uuid.UUID] | None,
) -> None:
    if role_ids is not None:
        await session.exec(delete(UserRole).where(col(UserRole.user_id) == user_id))
        session.add_all(UserRole(user_id=user_id, role_id=role_id) for role_id in set(role_ids))
    if facility_ids is not None:
        await session.exec(delete(UserFacility).where(col(UserFacility.user_id) == user_id))
        session.add_all(
            UserFacility(user_id=user_id, facility_id=facility_id)
            for facility_id in set(facility_ids)
        )


async def role_codes(session: AsyncSession, user_id: uuid.UUID) -> list[str]:
    codes = (
        await session.exec(
            select(Role.code)
            .join(UserRole, col(UserRole.role_id) == col(Role.id))
            .where(UserRole.user_id == user_id)
            .order_by(col(Role.code))
        )
    ).all()
    return list(codes)


async def view(session: AsyncSession, user: User) -> UserView:
    roles = await role_codes(session, user.id)
    facilities = (
        await session.exec(
            select(UserFacility.facility_id)
            .where(UserFacility.user_id == user.id)
            .order_by(col(UserFacility.facility_id))
        )
    ).all()
    return UserView(user, roles, list(facilities))


async def create_user(
    session: AsyncSession,
    actor: Actor,
    data: UserCreate,
    hasher: PasswordHasher,
    default_id: uuid.UUID | None = None,
) -> tuple[UserView, bool]:
    if default_id is not None and (existing := await session.get(User, default_id)) is not None:
        if existing.username != data.username:
            raise ValidationFailed("This Idempotency-Key created another user.")
        return await view(session, existing), False
    password = data.password.get_secret_value()
    check_password_policy(password, data.username)
    roles = await _role_ids(session, data.roles)
    await _check_references(session, data.facility_ids, data.organisation_id)
    await ensure_unique(session, User, {"username": data.username})
    user = User(
        id=default_id or uuid.uuid4(),
        username=data.username,
        display_name=data.display_name,
        password_hash=await hasher.hash(password),
        all_facilities=data.all_facilities,
        organisation_id=data.organisation_id,
    )
    session.add(user)
    await session.flush()
    await _set_links(session, user.id, list(roles.values()), data.facility_ids)
    record_event(
        session, actor, "app_user.create", "app_user", user.id, {"roles": sorted(data.roles)}
    )
    await session.commit()
    return await view(session, user), True


async def get_user(session: AsyncSession, user_id: uuid.UUID) -> UserView:
    return await view(session, await get_record(session, User, user_id))


async def list_users(
    session: AsyncSession, page: PageRequest, *, active: bool | None, role: str | None
) -> tuple[list[UserView], str | None]:
    statement = select(User)
    if active is not None:
        statement = statement.where(col(User.active).is_(active))
    if role is not None:
        statement = statement.where(
            col(User.id).in_(
                select(UserRole.user_id)
                .join(Role, col(Role.id) == col(UserRole.role_id))
                .where(Role.code == role)
            )
        )
    rows, cursor = await keyset_page(session, statement, User, page, kind="user")
    return await views(session, rows), cursor


async def views(session: AsyncSession, users: Sequence[User]) -> list[UserView]:
    """Users with their roles and facilities: two queries for the whole page."""
    ids = [user.id for user in users]
    roles: dict[uuid.UUID, list[str]] = {user_id: [] for user_id in ids}
    for user_id, code in (
        await session.exec(
            select(UserRole.user_id, Role.code)
            .join(Role, col(Role.id) == col(UserRole.role_id))
            .where(col(UserRole.user_id).in_(ids))
            .order_by(col(Role.code))
        )
    ).all():
        roles[user_id].append(code)
    facilities: dict[uuid.UUID, list[uuid.UUID]] = {user_id: [] for user_id in ids}
    for user_id, facility_id in (
        await session.exec(
            select(UserFacility.user_id, UserFacility.facility_id)
            .where(col(UserFacility.user_id).in_(ids))
            .order_by(col(UserFacility.facility_id))
        )
    ).all():
        facilities[user_id].append(facility_id)
    return [UserView(user, roles[user.id], facilities[user.id]) for user in users]


async def update_user(
    session: AsyncSession,
    actor: Actor,
    user_id: uuid.UUID,
    changes: UserUpdate,
    expected_version: int,
) -> UserView:
    user = await get_for_update(session, User, user_id)
    check_version(user, expected_version)
    fields = changes.model_dump(exclude_unset=True)
    roles = fields.pop("roles", None)
    facility_ids = fields.pop("facility_ids", None)
    await _check_references(session, facility_ids or [], fields.get("organisation_id"))
    before = await view(session, user)
    role_ids = list((await _role_ids(session, roles)).values()) if roles is not None else None
    changed = apply_changes(user, fields)
    if roles is not None and sorted(set(roles)) != before.roles:
        changed.append("roles")
    if facility_ids is not None and sorted(set(facility_ids)) != before.facility_ids:
        changed.append("facility_ids")
    if changed:
        await _set_links(session, user.id, role_ids, facility_ids)
        if user.version == expected_version:  # only link rows changed
            user.version += 1
            user.updated_at = utcnow()
        if not user.active:
            await revoke_user_sessions(session, user.id)
        record_event(session, actor, "app_user.update", "app_user", user.id, {"fields": changed})
    await session.commit()
    return await view(session, user)


async def reset_password(
    session: AsyncSession, actor: Actor, user_id: uuid.UUID, password: str, hasher: PasswordHasher
) -> UserView:
    """Set a new password; every sign-in of the user ends."""
    user = await get_for_update(session, User, user_id)
    check_password_policy(password, user.username)
    user.password_hash = await hasher.hash(password)
    user.password_changed_at = utcnow()
    user.version += 1
    user.updated_at = utcnow()
    await revoke_user_sessions(session, user.id)
    record_event(session, actor, "app_user.password_reset", "app_user", user.id)
    await session.commit()
    return await view(session, user)


async def find_user(session: AsyncSession, username: str) -> User:
    user = (await session.exec(select(User).where(User.username == username.casefold()))).first()
    if user is None:
        raise NotFound(f"No user {username}.")
    return user
