"""API shapes of API clients (partner systems, tablets, services). A secret is shown once."""

from __future__ import annotations

import ipaddress
import uuid
from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StrictBool, model_validator

from app.schemas.common import Name, Page, RequestModel, example_of, unchanged
from app.security import Scope


class ClientKind(StrEnum):
    partner = "partner"
    device = "device"
    service = "service"


def _network(value: str) -> str:
    return str(ipaddress.ip_network(value, strict=False))


Network = Annotated[
    str, Field(max_length=64, examples=["196.200.0.0/16"]), AfterValidator(_network)
]


class ClientCreate(RequestModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "name": "ICCT attendance system",
                    "kind": "partner",
                    "organisation_id": "0b0e8a7c-5a5b-4c1e-9f7e-3c2a1b0d9e8f",
                    "allowed_scopes": ["training:read", "attendance:sync"],
                }
            ]
        },
    )

    name: Name
    kind: ClientKind = Field(
        description="`partner`: an organisation's system, bound by its data-sharing agreement; "
        "`device`: a facility's tablet; `service`: an internal system."
    )
    organisation_id: uuid.UUID
    facility_id: uuid.UUID | None = Field(default=None, description="Required for a device.")
    allowed_scopes: list[Scope] = Field(min_length=1)
    allowed_addresses: list[Network] = Field(default_factory=list, max_length=50)
    expires_at: datetime | None = None

    @model_validator(mode="after")
    def _device_has_facility(self) -> ClientCreate:
        if (self.kind is ClientKind.device) != (self.facility_id is not None):
            raise ValueError("a device client has a facility_id, and only a device has one")
        return self


class ClientUpdate(RequestModel):
    """Fields to change. `active: false` revokes the client and the sign-ins made on it."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"allowed_addresses": ["196.200.0.0/16"], "expires_at": "2027-12-31T23:59:59Z"}
            ]
        },
    )

    name: Name = unchanged()
    allowed_scopes: list[Scope] = unchanged()
    allowed_addresses: list[Network] = unchanged()
    expires_at: datetime | None = unchanged()
    active: StrictBool = unchanged()


class ClientPublic(BaseModel):
    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "id": "3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b",
                    "client_id": "partner-3f9a1c0e5b7d2e4f",
                    "name": "ICCT attendance system",
                    "kind": "partner",
                    "organisation_id": "0b0e8a7c-5a5b-4c1e-9f7e-3c2a1b0d9e8f",
                    "facility_id": None,
                    "allowed_scopes": ["training:read", "attendance:sync"],
                    "allowed_addresses": ["196.200.0.0/16"],
                    "expires_at": None,
                    "active": True,
                    "version": 1,
                    "created_at": "2026-01-05T10:00:00Z",
                    "updated_at": "2026-01-05T10:00:00Z",
                }
            ]
        },
    )

    id: uuid.UUID
    client_id: str
    name: str
    kind: ClientKind
    organisation_id: uuid.UUID
    facility_id: uuid.UUID | None
    allowed_scopes: list[str]
    allowed_addresses: list[str]
    expires_at: datetime | None
    active: StrictBool
    version: int
    created_at: datetime
    updated_at: datetime


class ClientWithSecret(ClientPublic):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    **example_of(ClientPublic),
                    "client_secret": "Xq3Vb8Nc1Lm6Tz0Rk5Pw2Hs9Jd4Gf7Ye1Ua8Io3Ep6",
                }
            ]
        }
    )

    client_secret: str = Field(description="Shown this once; store it in the client's vault.")


class ClientPage(Page[ClientPublic]):
    """A page of API clients."""
