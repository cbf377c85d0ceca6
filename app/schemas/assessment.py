"""API shapes of risk assessments."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, Field, StringConstraints

from app.schemas.common import Description, RequestModel, unchanged


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


class Rating(RequestModel):
    rating: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,39}$")]
    evidence: Description = ""


class Intervention(RequestModel):
    code: InterventionCode
    note: Description = ""


class AssessmentCreate(RequestModel):
    id: uuid.UUID | None = Field(default=None, description="Client-chosen id (offline tablets).")
    inmate_id: uuid.UUID
    instrument_version_id: uuid.UUID
    kind: AssessmentKind
    ratings: dict[ItemCode, Rating] = Field(default_factory=dict)
    overall_judgement: Judgement | None = None
    rationale: Description | None = None
    interventions: list[Intervention] = Field(default_factory=list, max_length=20)


class AssessmentUpdate(RequestModel):
    """A draft saved item by item: `ratings` given here are merged into those saved."""

    ratings: dict[ItemCode, Rating] = unchanged()
    overall_judgement: Judgement | None = unchanged()
    rationale: Description | None = unchanged()
    interventions: list[Intervention] = unchanged()


class ReturnRequest(RequestModel):
    comments: Annotated[str, StringConstraints(min_length=5, max_length=2000)]


class RatingPublic(BaseModel):
    rating: str
    evidence: str


class InterventionPublic(BaseModel):
    code: InterventionCode
    note: str


class DomainSummary(BaseModel):
    domain: str
    counts: dict[str, int] = Field(description="How many items of the domain got each rating.")
    rated: int
    items: int


class AssessmentPublic(BaseModel):
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
    inmate_id: uuid.UUID
    prison_number: str
    facility_id: uuid.UUID
    next_review_date: date | None = Field(description="None: never assessed and verified.")
    reason: str
