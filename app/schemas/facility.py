"""API shapes of facilities."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from app.schemas.common import unchanged

FacilityCode = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Z0-9][A-Z0-9-]{1,31}$"),
    Field(description="Short stable code, upper case, e.g. `MCA-BKO`.", examples=["MCA-BKO"]),
]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Region = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
Capacity = Annotated[int, Field(ge=0, le=100_000, description="Places the prison is built for.")]


class FacilityCreate(BaseModel):
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
    code: FacilityCode
    name: Name
    region: Region
    capacity: Capacity | None = None


class FacilityUpdate(BaseModel):
    """Fields to change; absent fields stay as they are. Deactivate with `active: false`."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"capacity": 450}]})

    name: Name = unchanged()
    region: Region = unchanged()
    capacity: Capacity | None = unchanged()
    active: bool = unchanged()


class FacilityPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    code: str
    name: str
    region: str
    capacity: int | None
    active: bool
    version: int
    created_at: datetime
    updated_at: datetime
