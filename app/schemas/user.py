"""API shapes of staff users. A password is written, never read back."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, SecretStr, StrictBool, StringConstraints

from app.schemas.common import Name, Page, RequestModel, unchanged

Username = Annotated[
    str,
    StringConstraints(to_lower=True, pattern=r"^[a-z0-9][a-z0-9._-]{2,63}$"),
    Field(description="Lower case letters, digits, `.`, `_`, `-`.", examples=["fictif.greffier"]),
]
RoleCode = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{1,39}$")]
Password = Annotated[
    SecretStr,
    Field(description="At least 12 characters, not containing the username, not a common one."),
]


class UserCreate(RequestModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "username": "registrar.demo",
                    "display_name": "Demo Registrar",
                    "password": "a long passphrase of yours",
                    "roles": ["registrar"],
                    "facility_ids": ["2b1d6c0e-6f0e-4c84-9a58-2d2a3c1c9a11"],
                }
            ]
        },
    )

    username: Username
    display_name: Name
    password: Password
    roles: list[RoleCode] = Field(min_length=1, max_length=20)
    facility_ids: list[uuid.UUID] = Field(default_factory=list, max_length=100)
    all_facilities: StrictBool = Field(
        default=False, description="National staff: every facility, present and future."
    )
    organisation_id: uuid.UUID | None = None


class UserUpdate(RequestModel):
    """Fields to change; absent fields stay. `active: false` ends every sign-in at once."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"active": False}]})

    display_name: Name = unchanged()
    roles: list[RoleCode] = unchanged()
    facility_ids: list[uuid.UUID] = unchanged()
    all_facilities: StrictBool = unchanged()
    organisation_id: uuid.UUID | None = unchanged()
    active: StrictBool = unchanged()


class PasswordReset(RequestModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"password": "another long passphrase of yours"}]},
    )

    password: Password


class UserPublic(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "5e2a9c1d-3b4f-4a6e-8d7c-1f2e3a4b5c6d",
                    "username": "registrar.demo",
                    "display_name": "Demo Registrar",
                    "roles": ["registrar"],
                    "facility_ids": ["2b1d6c0e-6f0e-4c84-9a58-2d2a3c1c9a11"],
                    "all_facilities": False,
                    "organisation_id": None,
                    "active": True,
                    "password_changed_at": "2026-11-02T08:00:00Z",
                    "version": 1,
                    "created_at": "2026-11-02T08:00:00Z",
                    "updated_at": "2026-11-02T08:00:00Z",
                }
            ]
        }
    )

    id: uuid.UUID
    username: str
    display_name: str
    roles: list[str]
    facility_ids: list[uuid.UUID]
    all_facilities: StrictBool
    organisation_id: uuid.UUID | None
    active: StrictBool
    password_changed_at: datetime
    version: int
    created_at: datetime
    updated_at: datetime


class UserPage(Page[UserPublic]):
    """A page of staff users."""
