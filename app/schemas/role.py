"""API shapes of roles: named sets of scopes."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StringConstraints

from app.schemas.common import Name, Page, RequestModel, printable, unchanged
from app.security import Scope

RoleDescription = Annotated[str, printable(1000, min_length=0, lines=True)]
RoleCodeField = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z][a-z0-9_]{1,39}$"),
    Field(description="Stable code, lower case, e.g. `registrar`.", examples=["records_clerk"]),
]


class RoleCreate(RequestModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "code": "records_clerk",
                    "name": "Records clerk",
                    "description": "Reads inmate records and reference data; writes nothing.",
                    "scopes": ["reference:read", "inmates:read"],
                    "organisation_scoped": False,
                }
            ]
        },
    )

    code: RoleCodeField
    name: Name
    description: RoleDescription = ""
    scopes: list[Scope] = Field(min_length=1)
    organisation_scoped: StrictBool = Field(
        default=False, description="Holders see only their own organisation's records."
    )


class RoleUpdate(RequestModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"scopes": ["reference:read", "inmates:read", "visits:read"]}]
        },
    )

    name: Name = unchanged()
    description: RoleDescription = unchanged()
    scopes: list[Scope] = unchanged()
    organisation_scoped: StrictBool = unchanged()


class RolePublic(BaseModel):
    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "id": "2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b",
                    "code": "records_clerk",
                    "name": "Records clerk",
                    "description": "Reads inmate records and reference data; writes nothing.",
                    "scopes": ["inmates:read", "reference:read"],
                    "organisation_scoped": False,
                    "builtin": False,
                    "version": 1,
                    "created_at": "2026-02-10T09:00:00Z",
                    "updated_at": "2026-02-10T09:00:00Z",
                }
            ]
        },
    )

    id: uuid.UUID
    code: str
    name: str
    description: str
    scopes: list[str]
    organisation_scoped: StrictBool
    builtin: bool
    version: int
    created_at: datetime
    updated_at: datetime


class RolePage(Page[RolePublic]):
    """A page of roles."""
