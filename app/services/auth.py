"""Sign-in, token refresh and revocation, and turning a bearer token into an Actor."""

from __future__ import annotations

import ipaddress
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, bindparam, delete, exists, update
from sqlalchemy import select as core_select
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.config import Settings
from app.errors import InsufficientScope, InvalidClient, InvalidGrant, InvalidScope, Unauthenticated
from app.models.agreement import DataSharingAgreement
from app.models.base import utcnow
from app.models.client import ApiClient
from app.models.organisation import Organisation
from app.models.role import Role
from app.models.token import RefreshToken, RevokedAccessToken
from app.models.user import User, UserFacility, UserRole
from app.principal import Actor, PrincipalKind
from app.schemas.client import ClientKind
from app.security import (
    InvalidAccessToken,
    PasswordHasher,
    access_claims,
    digest,
    new_secret,
    token_kid,
)
from app.services.audit import record_event
from app.services.keys import KeyringCache, ensure_signing_key
from app.services.throttling import LoginThrottle, create_throttle


class AgreementStatus:
    active = "active"
    suspended = "suspended"
    terminated = "terminated"


# One answer for every refused token, so that it does not tell which check failed.
INVALID_TOKEN = "The access token is not valid."  # noqa: S105 (a message)


@dataclass
class AuthServices:
    """What authentication needs for the life of a worker."""

    settings: Settings
    hasher: PasswordHasher
    keyring: KeyringCache
    throttle: LoginThrottle

    @classmethod
    def create(cls, settings: Settings) -> AuthServices:
        return cls(
            settings, PasswordHasher(settings), KeyringCache(settings), create_throttle(settings)
        )


@dataclass(frozen=True)
class TokenGrant:
    access_token: str
    expires_in: int
    scope: str
    refresh_token: str | None = None


@dataclass(frozen=True)
class RequestOrigin:
    address: str | None
    request_id: str | None
    user_agent: str | None = None


def _requested(scope: str | None) -> set[str] | None:
    return set(scope.split()) if scope and scope.strip() else None


def _narrow(granted: Iterable[str], requested: set[str] | None) -> set[str]:
    """Scopes a token gets: what may be had, narrowed to what was asked."""
    allowed = set(granted)
    if requested is None:
        return allowed
    if not requested <= allowed:
        raise InvalidScope(
            f"Not available to this account: {' '.join(sorted(requested - allowed))}."
        )
    return requested


def _address_allowed(client: ApiClient, address: str | None) -> bool:
    if not client.allowed_addresses:
        return True
    if address is None:
        return False
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(
        ip in ipaddress.ip_network(block, strict=False) for block in client.allowed_addresses
    )


def _client_usable(client: ApiClient | None, address: str | None) -> bool:
    return (
        client is not None
        and client.active
        and (client.expires_at is None or client.expires_at > utcnow())
        and _address_allowed(client, address)
    )


async def user_scopes(session: AsyncSession, user_id: uuid.UUID) -> set[str]:
    rows = (
        await session.exec(
            select(Role.scopes)
            .join(UserRole, col(UserRole.role_id) == col(Role.id))
            .where(UserRole.user_id == user_id)
        )
    ).all()
    return {scope for scopes in rows for scope in scopes}


async def organisation_scoped(session: AsyncSession, user_id: uuid.UUID) -> bool:
    """Whether any of the user's roles limits them to their organisation's records."""
    rows = (
        await session.exec(
            select(Role.organisation_scoped)
            .join(UserRole, col(UserRole.role_id) == col(Role.id))
            .where(UserRole.user_id == user_id)
        )
    ).all()
    return any(rows)


async def user_facilities(session: AsyncSession, user: User) -> set[str] | None:
    if user.all_facilities:
        return None
    rows = (
        await session.exec(select(UserFacility.facility_id).where(UserFacility.user_id == user.id))
    ).all()
    return {str(facility_id) for facility_id in rows}


async def active_agreement(
    session: AsyncSession, organisation_id: uuid.UUID, today: date
) -> DataSharingAgreement | None:
    """The agreement in force for an organisation today (the latest started, if several)."""
    return (
        await session.exec(
            select(DataSharingAgreement)
            .where(
                DataSharingAgreement.organisation_id == organisation_id,
                DataSharingAgreement.status == AgreementStatus.active,
                col(DataSharingAgreement.valid_from) <= today,
                col(DataSharingAgreement.valid_until) >= today,
            )
            .order_by(col(DataSharingAgreement.valid_from).desc())
        )
    ).first()


async def _failed_sign_in(
    session: AsyncSession,
    auth: AuthServices,
    throttle_name: str,
    origin: RequestOrigin,
    action: str,
    record_type: str,
    record_id: uuid.UUID | None,
    detail: dict[str, str],
) -> None:
    """Count the failure against the account and the address, and put it on record."""
    await auth.throttle.failed(session, throttle_name, origin.address)
    anonymous = Actor(
        principal="anonymous", client_address=origin.address, request_id=origin.request_id
    )
    record_event(session, anonymous, action, record_type, record_id, detail)
    await session.commit()


async def _authenticate_client(
    session: AsyncSession, auth: AuthServices, client_id: str, secret: str, origin: RequestOrigin
) -> ApiClient:
    await auth.throttle.check(session, f"client:{client_id}", origin.address)
    client = (await session.exec(select(ApiClient).where(ApiClient.client_id == client_id))).first()
    valid = await auth.hasher.verify(secret, client.secret_hash if client else None)
    if client is None or not valid or not _client_usable(client, origin.address):
        await _failed_sign_in(
            session,
            auth,
            f"client:{client_id}",
            origin,
            "auth.client_failed",
            "api_client",
            client.id if client else None,
            {"client_id": client_id[:64]},
        )
        raise InvalidClient("Client authentication failed.")
    return client


async def _sign(
    session: AsyncSession,
    auth: AuthServices,
    *,
    subject: str,
    scopes: set[str],
    facilities: set[str] | None,
    organisation: uuid.UUID | None,
    client: ApiClient | None,
    agreement: DataSharingAgreement | None,
    organisation_only: bool,
) -> str:
    keyring = await auth.keyring.get(session)
    if not keyring.can_sign:
        await ensure_signing_key(session, auth.settings)
        auth.keyring.invalidate()
        keyring = await auth.keyring.get(session)
    return keyring.sign(
        access_claims(
            settings=auth.settings,
            subject=subject,
            scopes=scopes,
            facilities=facilities,
            organisation=str(organisation) if organisation else None,
            client=str(client.id) if client else None,
            agreement=str(agreement.id) if agreement else None,
            organisation_scoped=organisation_only,
            now=utcnow(),
        )
    )


def _new_refresh_token(
    session: AsyncSession,
    settings: Settings,
    user: User,
    device: ApiClient | None,
    scopes: set[str],
    family_id: uuid.UUID,
) -> str:
    token = new_secret()
    session.add(
        RefreshToken(
            token_hash=digest(token),
            family_id=family_id,
            user_id=user.id,
            client_id=device.id if device else None,
            scopes=sorted(scopes),
            expires_at=utcnow() + timedelta(hours=settings.refresh_token_ttl_hours),
        )
    )
    return token


async def _user_tokens(
    session: AsyncSession,
    auth: AuthServices,
    user: User,
    device: ApiClient | None,
    scopes: set[str],
    facilities: set[str] | None,
    *,
    family_id: uuid.UUID,
) -> tuple[str, str]:
    """A staff member's access token and the next refresh token of the sign-in."""
    access = await _sign(
        session,
        auth,
        subject=f"user:{user.id}",
        scopes=scopes,
        facilities=facilities,
        organisation=user.organisation_id,
        client=device,
        agreement=None,
        organisation_only=await organisation_scoped(session, user.id),
    )
    return access, _new_refresh_token(session, auth.settings, user, device, scopes, family_id)


def _user_actor(user: User, origin: RequestOrigin, device: ApiClient | None = None) -> Actor:
    return Actor(
        principal=f"user:{user.id}",
        kind=PrincipalKind.user,
        subject_id=user.id,
        client=device.client_id if device else None,
        client_address=origin.address,
        request_id=origin.request_id,
    )


async def password_grant(
    session: AsyncSession,
    auth: AuthServices,
    *,
    username: str,
    password: str,
    scope: str | None,
    device_credentials: tuple[str, str] | None,
    origin: RequestOrigin,
) -> TokenGrant:
    """A staff sign-in. Unknown users cost the same time as wrong passwords."""
    name = username.strip().casefold()
    await auth.throttle.check(session, name, origin.address)
    device = None
    if device_credentials is not None:
        device = await _authenticate_client(session, auth, *device_credentials, origin)
        if device.kind != ClientKind.device:
            raise InvalidClient("Only a device client may sign users in.")
    user = (await session.exec(select(User).where(User.username == name))).first()
    valid = await auth.hasher.verify(password, user.password_hash if user else None)
    if user is None or not valid or not user.active:
        await _failed_sign_in(
            session,
            auth,
            name,
            origin,
            "auth.login_failed",
            "app_user",
            user.id if user else None,
            {"username": name[:64]},
        )
        raise InvalidGrant("Wrong username or password.")
    scopes = _narrow(await user_scopes(session, user.id), _requested(scope))
    facilities = await user_facilities(session, user)
    if device is not None and device.facility_id is not None:
        # On a facility's tablet, a user works in that facility only.
        if facilities is not None and str(device.facility_id) not in facilities:
            raise InvalidGrant("This user does not work in the tablet's facility.")
        facilities = {str(device.facility_id)}
        scopes &= set(device.allowed_scopes)
    await auth.throttle.succeeded(session, name)
    access, refresh = await _user_tokens(
        session, auth, user, device, scopes, facilities, family_id=uuid.uuid4()
    )
    record_event(
        session,
        _user_actor(user, origin, device),
        "auth.login",
        "app_user",
        user.id,
        {"scopes": sorted(scopes)},
    )
    await session.commit()
    return TokenGrant(
        access, auth.settings.access_token_ttl_seconds, " ".join(sorted(scopes)), refresh
    )


async def client_credentials_grant(
    session: AsyncSession,
    auth: AuthServices,
    *,
    client_id: str,
    client_secret: str,
    scope: str | None,
    origin: RequestOrigin,
) -> TokenGrant:
    """A machine sign-in. A partner gets a token only under an agreement in force, and only
    what the client asks, may have, and the agreement covers."""
    client = await _authenticate_client(session, auth, client_id, client_secret, origin)
    allowed = set(client.allowed_scopes)
    facilities: set[str] | None
    agreement = None
    if client.kind == ClientKind.partner:
        agreement = await active_agreement(session, client.organisation_id, utcnow().date())
        if agreement is None:
            raise InvalidClient("No data-sharing agreement is in force for this organisation.")
        allowed &= set(agreement.scopes)
        facilities = set(agreement.facility_ids)
    elif client.kind == ClientKind.device:
        facilities = {str(client.facility_id)} if client.facility_id else set()
    else:
        facilities = None
    scopes = _narrow(allowed, _requested(scope))
    await auth.throttle.succeeded(session, f"client:{client_id}")
    access = await _sign(
        session,
        auth,
        subject=f"client:{client.id}",
        scopes=scopes,
        facilities=facilities,
        organisation=client.organisation_id,
        client=client,
        agreement=agreement,
        organisation_only=client.kind == ClientKind.partner,
    )
    actor = Actor(
        principal=f"client:{client.id}",
        kind=PrincipalKind.client,
        subject_id=client.id,
        client=client.client_id,
        client_address=origin.address,
        request_id=origin.request_id,
        agreement_id=agreement.id if agreement else None,
    )
    record_event(
        session, actor, "auth.client_token", "api_client", client.id, {"scopes": sorted(scopes)}
    )
    await session.commit()
    return TokenGrant(access, auth.settings.access_token_ttl_seconds, " ".join(sorted(scopes)))


async def refresh_grant(
    session: AsyncSession,
    auth: AuthServices,
    *,
    refresh_token: str,
    scope: str | None,
    origin: RequestOrigin,
) -> TokenGrant:
    """Rotate a refresh token. Presenting one already used revokes its whole family."""
    stored = (
        await session.exec(
            select(RefreshToken)
            .where(RefreshToken.token_hash == digest(refresh_token))
            .with_for_update()
        )
    ).first()
    now = utcnow()
    if stored is None:
        raise InvalidGrant("Unknown refresh token.")
    if stored.used_at is not None and stored.revoked_at is None:
        await _revoke_family(session, stored.family_id)
        record_event(
            session,
            Actor(
                principal=f"user:{stored.user_id}",
                kind=PrincipalKind.user,
                client_address=origin.address,
                request_id=origin.request_id,
            ),
            "auth.refresh_reuse",
            "refresh_token_family",
            stored.family_id,
        )
        await session.commit()
        raise InvalidGrant("This refresh token was already used; its sign-in is revoked.")
    if stored.revoked_at is not None or stored.used_at is not None or stored.expires_at <= now:
        raise InvalidGrant("This refresh token is no longer valid.")
    user = await session.get(User, stored.user_id)
    device = await session.get(ApiClient, stored.client_id) if stored.client_id else None
    device_revoked = stored.client_id is not None and not _client_usable(device, origin.address)
    if user is None or not user.active or device_revoked:
        await _revoke_family(session, stored.family_id)
        await session.commit()
        raise InvalidGrant("This account can no longer sign in.")
    # Roles may have lost scopes since sign-in; the new token never has more than now allowed.
    scopes = _narrow(set(stored.scopes) & await user_scopes(session, user.id), _requested(scope))
    facilities = await user_facilities(session, user)
    if device is not None and device.facility_id is not None:
        facilities = {str(device.facility_id)}
    stored.used_at = now
    access, rotated = await _user_tokens(
        session, auth, user, device, scopes, facilities, family_id=stored.family_id
    )
    record_event(session, _user_actor(user, origin, device), "auth.refresh", "app_user", user.id)
    await session.commit()
    return TokenGrant(
        access, auth.settings.access_token_ttl_seconds, " ".join(sorted(scopes)), rotated
    )


async def _revoke_family(session: AsyncSession, family_id: uuid.UUID) -> None:
    await session.exec(
        update(RefreshToken)
        .where(col(RefreshToken.family_id) == family_id, col(RefreshToken.revoked_at).is_(None))
        .values(revoked_at=utcnow())
    )


async def purge_expired_tokens(session: AsyncSession) -> int:
    """Drop refresh tokens and revoked-token ids that can no longer be presented."""
    now = utcnow()
    refresh = await session.exec(delete(RefreshToken).where(col(RefreshToken.expires_at) < now))
    revoked = await session.exec(
        delete(RevokedAccessToken).where(col(RevokedAccessToken.expires_at) < now)
    )
    await session.commit()
    return int(refresh.rowcount or 0) + int(revoked.rowcount or 0)


async def revoke_user_sessions(session: AsyncSession, user_id: uuid.UUID) -> None:
    """Every refresh token of a user stops working (deactivation, password reset)."""
    await session.exec(
        update(RefreshToken)
        .where(col(RefreshToken.user_id) == user_id, col(RefreshToken.revoked_at).is_(None))
        .values(revoked_at=utcnow())
    )


async def revoke_client_sessions(session: AsyncSession, client_id: uuid.UUID) -> None:
    """Refresh tokens of users signed in on a device stop working when the device is revoked."""
    await session.exec(
        update(RefreshToken)
        .where(col(RefreshToken.client_id) == client_id, col(RefreshToken.revoked_at).is_(None))
        .values(revoked_at=utcnow())
    )


async def revoke_token(
    session: AsyncSession, auth: AuthServices, *, token: str, origin: RequestOrigin
) -> None:
    """RFC 7009: revoke a refresh token (and its family) or an access token. Answering the
    same whatever the token was tells an attacker nothing."""
    stored = (
        await session.exec(select(RefreshToken).where(RefreshToken.token_hash == digest(token)))
    ).first()
    actor = Actor(
        principal="anonymous", client_address=origin.address, request_id=origin.request_id
    )
    if stored is not None:
        await _revoke_family(session, stored.family_id)
        record_event(session, actor, "auth.revoke", "refresh_token_family", stored.family_id)
        await session.commit()
        return
    try:
        keyring = await auth.keyring.get(session)
        claims = keyring.verify(
            token, audience=auth.settings.token_audience, issuer=auth.settings.token_issuer
        )
    except InvalidAccessToken:
        await session.commit()
        return
    jti = str(claims["jti"])
    if await session.get(RevokedAccessToken, jti) is None:
        session.add(
            RevokedAccessToken(
                jti=jti,
                expires_at=utcnow()
                + timedelta(seconds=auth.settings.access_token_ttl_seconds + 60),
            )
        )
        record_event(session, actor, "auth.revoke", "access_token", jti)
    await session.commit()


def _uuid_or_none(value: object) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None


def _holder_check(table: type[User] | type[ApiClient]) -> Select[Any]:
    """Whether a token was revoked, and whether its holder is still active: built once, so
    that each request only binds its values."""
    return core_select(
        exists().where(col(RevokedAccessToken.jti) == bindparam("jti")),
        core_select(col(table.active))
        .where(col(table.id) == bindparam("subject"))
        .scalar_subquery(),
    )


_HOLDER_CHECKS = {
    PrincipalKind.user: _holder_check(User),
    PrincipalKind.client: _holder_check(ApiClient),
}


async def authenticate(
    session: AsyncSession,
    auth: AuthServices,
    *,
    token: str | None,
    required_scopes: Sequence[str],
    origin: RequestOrigin,
) -> Actor:
    """The Actor behind a bearer token, after every check the token alone cannot answer:
    the principal is still active, the token was not revoked, a partner's agreement is
    still in force. Any failure is the same 401; a missing scope is 403."""
    if not token:
        raise Unauthenticated("Send an access token: Authorization: Bearer <token>.")
    settings = auth.settings
    try:
        keyring = await auth.keyring.get(session)
        try:
            claims = keyring.verify(
                token, audience=settings.token_audience, issuer=settings.token_issuer
            )
        except InvalidAccessToken:
            # Perhaps signed by a key rotated in since this worker read the key table.
            keyring = await auth.keyring.get(session, kid=token_kid(token))
            claims = keyring.verify(
                token, audience=settings.token_audience, issuer=settings.token_issuer
            )
    except InvalidAccessToken as exc:
        raise Unauthenticated(INVALID_TOKEN) from exc

    kind, _, raw_id = str(claims["sub"]).partition(":")
    subject_id = _uuid_or_none(raw_id)
    client_uuid = _uuid_or_none(claims.get("cid"))
    agreement_uuid = _uuid_or_none(claims.get("agr"))
    if subject_id is None or kind not in (PrincipalKind.user, PrincipalKind.client):
        raise Unauthenticated(INVALID_TOKEN)
    # One round trip answers both questions every request asks: revoked? still active?
    connection = await session.connection()
    revoked, active = (
        await connection.execute(
            _HOLDER_CHECKS[PrincipalKind(kind)], {"jti": str(claims["jti"]), "subject": subject_id}
        )
    ).one()
    if revoked or not active:
        raise Unauthenticated(INVALID_TOKEN)
    client = await session.get(ApiClient, client_uuid) if client_uuid else None
    if client_uuid is not None and not _client_usable(client, origin.address):
        raise Unauthenticated(INVALID_TOKEN)
    if agreement_uuid is not None:
        agreement = await session.get(DataSharingAgreement, agreement_uuid)
        today = utcnow().date()
        if (
            agreement is None
            or agreement.status != AgreementStatus.active
            or not agreement.valid_from <= today <= agreement.valid_until
        ):
            raise Unauthenticated(INVALID_TOKEN)
    organisation_uuid = _uuid_or_none(claims.get("org"))
    if claims.get("org_only") is True:
        # A partner stops with its organisation: deactivating it ends every access at once.
        organisation = (
            await session.get(Organisation, organisation_uuid) if organisation_uuid else None
        )
        if organisation is None or not organisation.active:
            raise Unauthenticated(INVALID_TOKEN)
    scopes = frozenset(str(claims.get("scope", "")).split())
    missing = [scope for scope in required_scopes if scope not in scopes]
    if missing:
        raise InsufficientScope(missing)
    facility_claim = claims.get("facilities") or []
    facilities = (
        None
        if facility_claim == ["*"]
        else frozenset(f for f in (_uuid_or_none(v) for v in facility_claim) if f is not None)
    )
    return Actor(
        principal=f"{kind}:{subject_id}",
        kind=PrincipalKind(kind),
        subject_id=subject_id,
        client=client.client_id if client else (origin.user_agent or None),
        client_address=origin.address,
        request_id=origin.request_id,
        scopes=scopes,
        facilities=facilities,
        organisation_id=organisation_uuid,
        organisation_scoped=claims.get("org_only") is True,
        agreement_id=agreement_uuid,
        token_id=str(claims["jti"]),
    )
