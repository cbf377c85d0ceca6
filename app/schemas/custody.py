"""API shapes of legal status, transfers, placements and the intake checklist."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from app.schemas.common import Description, RequestModel, ShortText, printable
from app.schemas.inmate import InmatePublic, LegalStatus, PrisonNumber

Place = Annotated[str, printable(50)]


class LegalStatusCreate(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "status": "convicted",
                    "effective_date": "2026-11-20",
                    "decision_reference": "PJS/2026/114",
                }
            ]
        }
    )

    status: LegalStatus
    effective_date: date
    decision_reference: ShortText | None = None
    note: Description | None = None


class LegalStatusPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    status: LegalStatus
    effective_date: date
    decision_reference: str | None
    note: str | None
    recorded_by: str
    created_at: datetime


class TransferCreate(RequestModel):
    to_facility_id: uuid.UUID
    effective_date: date
    reason: Description = Field(min_length=1)


class TransferPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    inmate_id: uuid.UUID
    from_facility_id: uuid.UUID
    to_facility_id: uuid.UUID
    effective_date: date
    reason: str
    decided_by: str
    created_at: datetime


class PlacementCreate(RequestModel):
    unit: Place
    cell: Place
    start_date: date
    note: Description | None = None


class PlacementPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    inmate_id: uuid.UUID
    facility_id: uuid.UUID
    unit: str
    cell: str
    start_date: date
    end_date: date | None
    note: str | None
    recorded_by: str


class IntakeStepCode(StrEnum):
    reception_identity = "reception_identity"
    property_search = "property_search"
    medical_screening = "medical_screening"
    social_interview = "social_interview"
    security_interview = "security_interview"
    risk_screening = "risk_screening"
    placement_decision = "placement_decision"


INTAKE_ORDER = list(IntakeStepCode)


class IntakeStepWrite(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "completed_at": "2026-11-20T09:30:00Z",
                    "notes": "Speaks Tamasheq only; interpreter needed.",
                    "answers": {
                        "languages_needed": ["taq"],
                        "interpreter_required": True,
                        "family_informed": False,
                    },
                }
            ]
        }
    )

    id: uuid.UUID | None = Field(default=None, description="Client-chosen id (offline tablets).")
    completed_at: datetime
    notes: Description | None = None
    answers: dict[str, Any] = Field(
        default_factory=dict,
        description="Structured answers of the step, e.g. "
        "`interpreter_required`, `languages_needed`, `family_informed`.",
    )


class IntakeStepPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    step: IntakeStepCode
    completed_by: str
    completed_at: datetime
    notes: str | None
    answers: dict[str, Any]
    version: int


class IntakePublic(BaseModel):
    inmate_id: uuid.UUID
    episode_id: uuid.UUID
    admission_date: date
    steps: list[IntakeStepPublic]
    missing: list[IntakeStepCode]
    complete: bool


class IntakeSummary(BaseModel):
    inmate_id: uuid.UUID
    facility_id: uuid.UUID
    prison_number: str
    admission_date: date
    done: int
    missing: list[IntakeStepCode]


class OccupantPublic(BaseModel):
    inmate_id: uuid.UUID
    prison_number: str
    family_name: str
    given_names: str
    unit: str
    cell: str
    since: date

    @classmethod
    def from_parts(cls, placement: Any, inmate: Any) -> OccupantPublic:
        return cls(
            inmate_id=inmate.id,
            prison_number=inmate.prison_number,
            family_name=inmate.family_name,
            given_names=inmate.given_names,
            unit=placement.unit,
            cell=placement.cell,
            since=placement.start_date,
        )


class ReadmissionCreate(RequestModel):
    """A released person who comes back: the same inmate, a new custody episode."""

    facility_id: uuid.UUID
    prison_number: PrisonNumber
    admission_date: date


class EpisodePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    number: int
    facility_id: uuid.UUID = Field(description="The facility of admission.")
    admission_date: date
    release_date: date | None
    release_facility_id: uuid.UUID | None = Field(
        description="Where the person was held when the episode ended, after any transfer."
    )


class IntakeStepRecord(IntakeStepPublic):
    episode_id: uuid.UUID


class SubjectFilePublic(BaseModel):
    """Everything the registry holds on one person, to hand to them on request."""

    generated_at: datetime
    inmate: InmatePublic
    episodes: list[EpisodePublic]
    legal_statuses: list[LegalStatusPublic]
    transfers: list[TransferPublic]
    placements: list[PlacementPublic]
    intake_steps: list[IntakeStepRecord]
