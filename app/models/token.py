"""Token material: signing keys, refresh tokens, revoked access tokens, failed logins."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, Column, Text
from sqlmodel import Field, SQLModel

from app.models.audit import AuditId
from app.models.base import UTCDateTime, utcnow


class SigningKey(SQLModel, table=True):
    """A key pair for access tokens; its private half is encrypted with the secret key."""

    __tablename__ = "signing_key"

    kid: str = Field(primary_key=True, max_length=64)
    algorithm: str = Field(max_length=16)
    public_pem: str = Field(sa_type=Text)
    private_pem_encrypted: str = Field(sa_type=Text)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
    # Exactly one key signs; older ones still verify until retired.
    signing: bool = Field(default=False)
    retired_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class RefreshToken(SQLModel, table=True):
    """An opaque refresh token, stored only as a hash; every use rotates it within its family."""

    __tablename__ = "refresh_token"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    token_hash: str = Field(max_length=64, unique=True)
    family_id: uuid.UUID = Field(index=True)
    user_id: uuid.UUID = Field(foreign_key="app_user.id", index=True)
    # The device the user signed in on, if any.
    client_id: uuid.UUID | None = Field(default=None, foreign_key="api_client.id")
    scopes: list[str] = Field(default_factory=list, sa_type=JSON, nullable=False)
    issued_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
    expires_at: datetime = Field(sa_type=UTCDateTime, nullable=False)
    used_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    revoked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class RevokedAccessToken(SQLModel, table=True):
    """A revoked access token's id, kept until the token would have expired anyway."""

    __tablename__ = "revoked_access_token"

    jti: str = Field(primary_key=True, max_length=64)
    expires_at: datetime = Field(sa_type=UTCDateTime, nullable=False, index=True)


class LoginFailure(SQLModel, table=True):
    """One failed login, counted per account and per address to throttle guessing."""

    __tablename__ = "login_failure"

    id: int | None = Field(
        default=None, sa_column=Column(AuditId, primary_key=True, autoincrement=True)
    )
    key: str = Field(max_length=200, index=True)
    occurred_at: datetime = Field(
        default_factory=utcnow, sa_type=UTCDateTime, nullable=False, index=True
    )
