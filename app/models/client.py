"""API clients: partner systems, facility tablets and services that authenticate as machines."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, Index, String
from sqlmodel import Field

from app.models.base import RecordBase, UTCDateTime


class ApiClient(RecordBase, table=True):
    __tablename__ = "api_client"
    __table_args__ = (Index("ix_api_client_created_at_id", "created_at", "id"),)

    client_id: str = Field(max_length=64, unique=True)
    name: str = Field(max_length=200)
    secret_hash: str = Field(max_length=255)
    # A ClientKind code: partner, device or service.
    kind: str = Field(sa_type=String(16))
    organisation_id: uuid.UUID = Field(foreign_key="organisation.id", index=True)
    # A device (an intake tablet) belongs to one facility.
    facility_id: uuid.UUID | None = Field(default=None, foreign_key="facility.id")
    allowed_scopes: list[str] = Field(default_factory=list, sa_type=JSON, nullable=False)
    # CIDR blocks the client may call from; empty means anywhere.
    allowed_addresses: list[str] = Field(default_factory=list, sa_type=JSON, nullable=False)
    expires_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    active: bool = Field(default=True)
