"""API shapes of risk assessments."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from app.schemas.common import (
    Description,
    Page,
    PatternKeyed,
    RequestModel,
    example_of,
    unchanged,
)


class AssessmentKind(StrEnum):
    intake = "intake"
    periodic_review = "periodic_review"
    pre_release = "pre_release"
    ad_hoc = "ad_hoc"


class AssessmentStatus(StrEnum):
    draft = "draft"
    submitted = "submitted"
    returned = "returned"
    verified = "verified"


class Judgement(StrEnum):
    low = "low"
    moderate = "moderate"
    high = "high"


class InterventionCode(StrEnum):
    vocational_training = "vocational_training"
    religious_dialogue = "religious_dialogue"
    family_contact = "family_contact"
    psychological_support = "psychological_support"
    education = "education"
    literacy = "literacy"
    mentoring = "mentoring"
    other = "other"


ItemCode = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,39}$")]
# Ratings by item code.
Ratings = Annotated[dict[ItemCode, "Rating"], PatternKeyed()]


class Rating(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"rating": "moderate", "evidence": "Speaks of the group with less conviction."}
            ]
        }
    )

    rating: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,39}$")]
    evidence: Description = ""


class Intervention(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"code": "vocational_training", "note": "Interested in tailoring."}]
        }
    )

    code: InterventionCode
    note: Description = ""


class AssessmentCreate(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "inmate_id": "0b0c4f4e-6a55-4c5e-9d59-1c6f7f0e0a11",
                    "instrument_version_id": "4a7b9c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d",
                    "kind": "intake",
                    "ratings": {
                        "commitment_to_ideology": example_of(Rating),
                        "family_support": {"rating": "high", "evidence": ""},
                    },
                    "overall_judgement": "moderate",
                    "rationale": "Fictional example: ideological commitment wavering.",
                    "interventions": [example_of(Intervention)],
                }
            ]
        }
    )

    id: uuid.UUID | None = Field(default=None, description="Client-chosen id (offline tablets).")
    inmate_id: uuid.UUID
    instrument_version_id: uuid.UUID
    kind: AssessmentKind
    ratings: Ratings = Field(default_factory=dict)
    overall_judgement: Judgement | None = None
    rationale: Description | None = None
    interventions: list[Intervention] = Field(default_factory=list, max_length=20)


class AssessmentUpdate(RequestModel):
    """A draft saved item by item: `ratings` given here are merged into those saved."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"ratings": {"family_support": example_of(Rating)}}]}
    )

    ratings: Ratings = unchanged()
    overall_judgement: Judgement | None = unchanged()
    rationale: Description | None = unchanged()
    interventions: list[Intervention] = unchanged()


class ReturnRequest(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"comments": "Rate family_support and explain the judgement."}]
        }
    )

    comments: Annotated[str, StringConstraints(min_length=5, max_length=2000)]


class RatingPublic(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [example_of(Rating)]})

    rating: str
    evidence: str


class InterventionPublic(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [example_of(Intervention)]})

    code: InterventionCode
    note: str


class DomainSummary(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"domain": "beliefs", "counts": {"low": 1, "moderate": 2}, "rated": 3, "items": 4}
            ]
        }
    )

    domain: str
    counts: dict[str, int] = Field(description="How many items of the domain got each rating.")
    rated: int
    items: int


class AssessmentPublic(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "8c9d0e1f-2a3b-4c4d-9e5f-6a7b8c9d0e1f",
                    "inmate_id": "0b0c4f4e-6a55-4c5e-9d59-1c6f7f0e0a11",
                    "instrument_version_id": "4a7b9c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d",
                    "kind": "intake",
                    "status": "verified",
                    "assessor_id": "5e2a9c1d-3b4f-4a6e-8d7c-1f2e3a4b5c6d",
                    "ratings": {"commitment_to_ideology": example_of(Rating)},
                    "domain_summaries": [
                        {"domain": "beliefs", "counts": {"moderate": 1}, "rated": 1, "items": 1}
                    ],
                    "overall_judgement": "moderate",
                    "rationale": "Fictional example: ideological commitment wavering.",
                    "interventions": [example_of(Intervention)],
                    "submitted_at": "2026-11-24T15:00:00Z",
                    "verified_by": "7f8e9d0c-1b2a-4938-8776-5a4b3c2d1e0f",
                    "verified_at": "2026-11-25T09:00:00Z",
                    "return_comments": None,
                    "next_review_date": "2027-05-25",
                    "version": 4,
                    "created_at": "2026-11-23T10:00:00Z",
                    "updated_at": "2026-11-25T09:00:00Z",
                }
            ]
        }
    )

    id: uuid.UUID
    inmate_id: uuid.UUID
    instrument_version_id: uuid.UUID
    kind: AssessmentKind
    status: AssessmentStatus
    assessor_id: uuid.UUID
    ratings: dict[str, RatingPublic]
    domain_summaries: list[DomainSummary]
    overall_judgement: Judgement | None
    rationale: str | None
    interventions: list[InterventionPublic]
    submitted_at: datetime | None
    verified_by: uuid.UUID | None
    verified_at: datetime | None
    return_comments: str | None
    next_review_date: date | None
    version: int
    created_at: datetime
    updated_at: datetime


class DueReview(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "inmate_id": "0b0c4f4e-6a55-4c5e-9d59-1c6f7f0e0a11",
                    "prison_number": "MCA-2026-0042",
                    "facility_id": "2b1d6c0e-6f0e-4c84-9a58-2d2a3c1c9a11",
                    "next_review_date": "2026-12-01",
                    "reason": "review due",
                }
            ]
        }
    )

    inmate_id: uuid.UUID
    prison_number: str
    facility_id: uuid.UUID
    next_review_date: date | None = Field(description="None: never assessed and verified.")
    reason: str


class AssessmentPage(Page[AssessmentPublic]):
    """A page of risk assessments."""
