"""API shapes of partner organisations."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StringConstraints

from app.schemas.common import Code, Name, Page, RequestModel, unchanged


class OrganisationKind(StrEnum):
    government = "government"
    judiciary = "judiciary"
    un_agency = "un_agency"
    international = "international"
    ngo = "ngo"
    embassy = "embassy"
    academic = "academic"
    other = "other"


CountryCode = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Z]{2}$"),
    Field(description="ISO 3166-1 alpha-2 country of registration.", examples=["ML"]),
]


class OrganisationCreate(RequestModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"code": "UNICRI", "name": "UNICRI", "kind": "un_agency", "country": None}]
        },
    )

    id: uuid.UUID | None = Field(
        default=None, description="Client-chosen id for records created offline."
    )
    code: Code
    name: Name
    kind: OrganisationKind
    country: CountryCode | None = None


class OrganisationUpdate(RequestModel):
    """Fields to change; absent fields stay as they are. Deactivate with `active: false`."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"active": False}]})

    name: Name = unchanged()
    kind: OrganisationKind = unchanged()
    country: CountryCode | None = unchanged()
    active: StrictBool = unchanged()


class OrganisationPublic(BaseModel):
    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "id": "0b0e8a7c-5a5b-4c1e-9f7e-3c2a1b0d9e8f",
                    "code": "DEMO-NGO",
                    "name": "Association Fictive pour la Réinsertion",
                    "kind": "ngo",
                    "country": "ML",
                    "active": True,
                    "version": 1,
                    "created_at": "2026-01-05T09:00:00Z",
                    "updated_at": "2026-01-05T09:00:00Z",
                }
            ]
        },
    )

    id: uuid.UUID
    code: str
    name: str
    kind: OrganisationKind
    country: str | None
    active: StrictBool
    version: int
    created_at: datetime
    updated_at: datetime


class OrganisationPage(Page[OrganisationPublic]):
    """A page of organisations."""
