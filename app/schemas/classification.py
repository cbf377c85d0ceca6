"""API shapes of security classification decisions."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, StrictBool

from app.schemas.common import Description, RequestModel, ShortText


class SecurityLevel(StrEnum):
    minimum = "minimum"
    medium = "medium"
    high = "high"
    maximum = "maximum"


class KeepApartReason(StrEnum):
    ideological_influence = "ideological_influence"
    conflict = "conflict"
    co_accused = "co_accused"
    protection = "protection"
    other = "other"


class KeepApartRequest(RequestModel):
    inmate_id: uuid.UUID
    reason: KeepApartReason


class ClassificationCreate(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "inmate_id": "6c8a1f0e-0000-4000-8000-000000000001",
                    "assessment_id": "6c8a1f0e-0000-4000-8000-000000000002",
                    "security_level": "high",
                    "effective_date": "2026-11-23",
                    "keep_apart": [
                        {
                            "inmate_id": "6c8a1f0e-0000-4000-8000-000000000003",
                            "reason": "ideological_influence",
                        }
                    ],
                }
            ]
        }
    )

    inmate_id: uuid.UUID
    assessment_id: uuid.UUID = Field(description="A verified assessment of this inmate.")
    security_level: SecurityLevel
    effective_date: date
    justification: Description | None = Field(
        default=None, description="Required when the level departs from the suggestion."
    )
    review_by: date | None = Field(
        default=None, description="Required for an override; at most six months ahead."
    )
    single_cell: StrictBool = False
    separate_from_group: ShortText | None = None
    keep_apart: list[KeepApartRequest] = Field(default_factory=list, max_length=50)


class KeepApartPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    inmate_id: uuid.UUID
    other_inmate_id: uuid.UUID
    reason: KeepApartReason
    active: bool


class ClassificationPublic(BaseModel):
    id: uuid.UUID
    inmate_id: uuid.UUID
    assessment_id: uuid.UUID
    security_level: SecurityLevel
    suggested_level: SecurityLevel
    override: bool
    justification: str | None
    review_by: date | None
    single_cell: bool
    separate_from_group: str | None
    effective_date: date
    decided_by: str
    created_at: datetime
    keep_apart: list[KeepApartPublic] = []
