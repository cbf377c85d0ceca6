"""Shapes of the OAuth2 endpoints and of "who am I"."""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool


class CallerKind(StrEnum):
    """Who a token speaks for: a staff user, or an API client (partner system, tablet,
    service)."""

    user = "user"
    client = "client"


class TokenResponse(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "access_token": "eyJhbGciOiJSUzI1NiIsImtpZCI6ImRlbW8ifQ.eyJzdWIiOiJkZW1vIn0."
                    "ZmljdGlm",
                    "token_type": "bearer",
                    "expires_in": 900,
                    "scope": "inmates:read inmates:write intake:write reference:read",
                    "refresh_token": "mQ1n8dG3yZ0u5Xk2Jp7Lr4Tc9Vb6Ws1Ea3Hf8Ki0Oq5",
                }
            ]
        }
    )

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
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "principal": "user:5e2a9c1d-3b4f-4a6e-8d7c-1f2e3a4b5c6d",
                    "kind": "user",
                    "name": "demo.registrar",
                    "display_name": "Greffier Fictif",
                    "roles": ["registrar"],
                    "scopes": ["inmates:read", "inmates:write", "intake:write", "reference:read"],
                    "all_facilities": False,
                    "facility_ids": ["2b1d6c0e-6f0e-4c84-9a58-2d2a3c1c9a11"],
                    "organisation_id": None,
                    "organisation_scoped": False,
                    "agreement_id": None,
                }
            ]
        }
    )

    principal: str = Field(description="`user:<id>` or `client:<id>`.")
    kind: CallerKind
    name: str = Field(description="Username, or the client's id.")
    display_name: str
    roles: list[str]
    scopes: list[str]
    all_facilities: StrictBool
    facility_ids: list[uuid.UUID]
    organisation_id: uuid.UUID | None
    organisation_scoped: StrictBool
    agreement_id: uuid.UUID | None
