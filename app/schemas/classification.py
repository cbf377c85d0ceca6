"""API shapes of security classification decisions."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, StrictBool

from app.schemas.common import Description, RequestModel, ShortText, example_of


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
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "inmate_id": "6c8a1f0e-0000-4000-8000-000000000003",
                    "reason": "ideological_influence",
                }
            ]
        }
    )

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
    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "id": "6c8a1f0e-0000-4000-8000-000000000010",
                    "inmate_id": "6c8a1f0e-0000-4000-8000-000000000001",
                    "other_inmate_id": "6c8a1f0e-0000-4000-8000-000000000003",
                    "reason": "ideological_influence",
                    "active": True,
                }
            ]
        },
    )

    id: uuid.UUID
    inmate_id: uuid.UUID
    other_inmate_id: uuid.UUID
    reason: KeepApartReason
    active: bool


class ClassificationPublic(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "6c8a1f0e-0000-4000-8000-000000000009",
                    "inmate_id": "6c8a1f0e-0000-4000-8000-000000000001",
                    "assessment_id": "6c8a1f0e-0000-4000-8000-000000000002",
                    "security_level": "high",
                    "suggested_level": "high",
                    "override": False,
                    "justification": None,
                    "review_by": None,
                    "single_cell": False,
                    "separate_from_group": None,
                    "effective_date": "2026-11-23",
                    "decided_by": "user:7f8e9d0c-1b2a-4938-8776-5a4b3c2d1e0f",
                    "created_at": "2026-11-23T11:00:00Z",
                    "keep_apart": [example_of(KeepApartPublic)],
                }
            ]
        }
    )

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
