"""Shapes of the OAuth2 endpoints and of "who am I"."""

from __future__ import annotations

import uuid
from typing import Literal

from pydantic import BaseModel, Field, StrictBool


class TokenResponse(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"  # noqa: S105 (a token type, not a secret)
    expires_in: int = Field(description="Seconds until the access token expires.")
    scope: str = Field(description="The scopes granted, space-separated.")
    refresh_token: str | None = Field(
        default=None,
        description="Staff sign-ins only. Single use: each refresh returns a new one, and "
        "presenting a used one again revokes the whole sign-in.",
    )


class MePublic(BaseModel):
    principal: str = Field(description="`user:<id>` or `client:<id>`.")
    kind: Literal["user", "client"]
    name: str = Field(description="Username, or the client's id.")
    display_name: str
    roles: list[str]
    scopes: list[str]
    all_facilities: StrictBool
    facility_ids: list[uuid.UUID]
    organisation_id: uuid.UUID | None
    organisation_scoped: StrictBool
    agreement_id: uuid.UUID | None
