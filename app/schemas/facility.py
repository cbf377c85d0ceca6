"""API shapes of facilities."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, Strict, StrictBool

from app.schemas.common import Code, Name, Page, RequestModel, ShortText, unchanged
from app.schemas.visit import VisitRestrictions

Region = ShortText
Capacity = Annotated[
    int, Strict(), Field(ge=0, le=100_000, description="Places the prison is built for.")
]


class FacilityCreate(RequestModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "code": "MCA-BKO",
                    "name": "Maison Centrale d'Arrêt de Bamako",
                    "region": "Bamako",
                    "capacity": 400,
                }
            ]
        },
    )

    id: uuid.UUID | None = Field(
        default=None, description="Client-chosen id for records created offline."
    )
    code: Code
    name: Name
    region: Region
    capacity: Capacity | None = None
    providers_see_first_name: StrictBool = Field(
        default=False,
        description="Whether programme providers see an enrolled inmate's first name.",
    )
    visit_restrictions: VisitRestrictions = Field(default_factory=dict)


class FacilityUpdate(RequestModel):
    """Fields to change; absent fields stay as they are. Deactivate with `active: false`."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"capacity": 450}]})

    name: Name = unchanged()
    region: Region = unchanged()
    capacity: Capacity | None = unchanged()
    active: StrictBool = unchanged()
    providers_see_first_name: StrictBool = unchanged()
    visit_restrictions: VisitRestrictions = unchanged()


class FacilityPublic(BaseModel):
    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "id": "2b1d6c0e-6f0e-4c84-9a58-2d2a3c1c9a11",
                    "code": "MCA-BKO",
                    "name": "Maison Centrale d'Arrêt de Bamako",
                    "region": "Bamako",
                    "capacity": 400,
                    "active": True,
                    "providers_see_first_name": False,
                    "visit_restrictions": {"maximum": ["family", "ngo", "dialogue"]},
                    "version": 2,
                    "created_at": "2026-01-05T09:00:00Z",
                    "updated_at": "2026-03-10T15:20:00Z",
                }
            ]
        },
    )

    id: uuid.UUID
    code: str
    name: str
    region: str
    capacity: int | None
    active: StrictBool
    providers_see_first_name: StrictBool
    visit_restrictions: VisitRestrictions
    version: int
    created_at: datetime
    updated_at: datetime


class FacilityPage(Page[FacilityPublic]):
    """A page of facilities."""
