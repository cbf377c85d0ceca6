"""API shapes of legal status, transfers, placements and the intake checklist."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from app.schemas.common import Description, Page, RequestModel, ShortText, example_of, printable
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
    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "id": "7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e",
                    "status": "convicted",
                    "effective_date": "2026-11-20",
                    "decision_reference": "PJS/2026/114",
                    "note": None,
                    "recorded_by": "user:5e2a9c1d-3b4f-4a6e-8d7c-1f2e3a4b5c6d",
                    "created_at": "2026-11-20T14:00:00Z",
                }
            ]
        },
    )

    id: uuid.UUID
    status: LegalStatus
    effective_date: date
    decision_reference: str | None
    note: str | None
    recorded_by: str
    created_at: datetime


class TransferCreate(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "to_facility_id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
                    "effective_date": "2026-12-01",
                    "reason": "Closer to the family (fictional example).",
                }
            ]
        }
    )

    to_facility_id: uuid.UUID
    effective_date: date
    reason: Description = Field(min_length=1)


class TransferPublic(BaseModel):
    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "id": "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f",
                    "inmate_id": "0b0c4f4e-6a55-4c5e-9d59-1c6f7f0e0a11",
                    "from_facility_id": "2b1d6c0e-6f0e-4c84-9a58-2d2a3c1c9a11",
                    "to_facility_id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
                    "effective_date": "2026-12-01",
                    "reason": "Closer to the family (fictional example).",
                    "decided_by": "user:7f8e9d0c-1b2a-4938-8776-5a4b3c2d1e0f",
                    "created_at": "2026-11-28T10:00:00Z",
                }
            ]
        },
    )

    id: uuid.UUID
    inmate_id: uuid.UUID
    from_facility_id: uuid.UUID
    to_facility_id: uuid.UUID
    effective_date: date
    reason: str
    decided_by: str
    created_at: datetime


class PlacementCreate(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"unit": "B", "cell": "B-12", "start_date": "2026-11-21", "note": None}]
        }
    )

    unit: Place
    cell: Place
    start_date: date
    note: Description | None = None


class PlacementPublic(BaseModel):
    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "id": "4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a",
                    "inmate_id": "0b0c4f4e-6a55-4c5e-9d59-1c6f7f0e0a11",
                    "facility_id": "2b1d6c0e-6f0e-4c84-9a58-2d2a3c1c9a11",
                    "unit": "B",
                    "cell": "B-12",
                    "start_date": "2026-11-21",
                    "end_date": None,
                    "note": None,
                    "recorded_by": "user:5e2a9c1d-3b4f-4a6e-8d7c-1f2e3a4b5c6d",
                }
            ]
        },
    )

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
    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "id": "6e7f8a9b-0c1d-4e2f-8a3b-4c5d6e7f8a9b",
                    "step": "social_interview",
                    "completed_by": "user:5e2a9c1d-3b4f-4a6e-8d7c-1f2e3a4b5c6d",
                    "completed_at": "2026-11-20T09:30:00Z",
                    "notes": "Speaks Tamasheq only; interpreter needed.",
                    "answers": {"languages_needed": ["taq"], "interpreter_required": True},
                    "version": 1,
                }
            ]
        },
    )

    id: uuid.UUID
    step: IntakeStepCode
    completed_by: str
    completed_at: datetime
    notes: str | None
    answers: dict[str, Any]
    version: int


class IntakePublic(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "inmate_id": "0b0c4f4e-6a55-4c5e-9d59-1c6f7f0e0a11",
                    "episode_id": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
                    "admission_date": "2026-11-20",
                    "steps": [example_of(IntakeStepPublic)],
                    "missing": [
                        "reception_identity",
                        "property_search",
                        "medical_screening",
                        "security_interview",
                        "risk_screening",
                        "placement_decision",
                    ],
                    "complete": False,
                }
            ]
        }
    )

    inmate_id: uuid.UUID
    episode_id: uuid.UUID
    admission_date: date
    steps: list[IntakeStepPublic]
    missing: list[IntakeStepCode]
    complete: bool


class IntakeSummary(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "inmate_id": "0b0c4f4e-6a55-4c5e-9d59-1c6f7f0e0a11",
                    "facility_id": "2b1d6c0e-6f0e-4c84-9a58-2d2a3c1c9a11",
                    "prison_number": "MCA-2026-0042",
                    "admission_date": "2026-11-20",
                    "done": 4,
                    "missing": ["medical_screening", "risk_screening", "placement_decision"],
                }
            ]
        }
    )

    inmate_id: uuid.UUID
    facility_id: uuid.UUID
    prison_number: str
    admission_date: date
    done: int
    missing: list[IntakeStepCode]


class OccupantPublic(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "inmate_id": "0b0c4f4e-6a55-4c5e-9d59-1c6f7f0e0a11",
                    "prison_number": "MCA-2026-0042",
                    "family_name": "Exemple",
                    "given_names": "Fictif",
                    "unit": "B",
                    "cell": "B-12",
                    "since": "2026-11-21",
                }
            ]
        }
    )

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

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "facility_id": "2b1d6c0e-6f0e-4c84-9a58-2d2a3c1c9a11",
                    "prison_number": "MCA-2027-0107",
                    "admission_date": "2027-03-02",
                }
            ]
        }
    )

    facility_id: uuid.UUID
    prison_number: PrisonNumber
    admission_date: date


class EpisodePublic(BaseModel):
    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "id": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
                    "number": 1,
                    "facility_id": "2b1d6c0e-6f0e-4c84-9a58-2d2a3c1c9a11",
                    "admission_date": "2026-11-20",
                    "release_date": None,
                    "release_facility_id": None,
                }
            ]
        },
    )

    id: uuid.UUID
    number: int
    facility_id: uuid.UUID = Field(description="The facility of admission.")
    admission_date: date
    release_date: date | None
    release_facility_id: uuid.UUID | None = Field(
        description="Where the person was held when the episode ended, after any transfer."
    )


class IntakeStepRecord(IntakeStepPublic):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    **example_of(IntakeStepPublic),
                    "episode_id": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
                }
            ]
        }
    )

    episode_id: uuid.UUID


class SubjectFilePublic(BaseModel):
    """Everything the registry holds on one person, to hand to them on request."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "generated_at": "2026-12-02T10:00:00Z",
                    "inmate": example_of(InmatePublic),
                    "episodes": [example_of(EpisodePublic)],
                    "legal_statuses": [example_of(LegalStatusPublic)],
                    "transfers": [example_of(TransferPublic)],
                    "placements": [example_of(PlacementPublic)],
                    "intake_steps": [example_of(IntakeStepRecord)],
                }
            ]
        }
    )

    generated_at: datetime
    inmate: InmatePublic
    episodes: list[EpisodePublic]
    legal_statuses: list[LegalStatusPublic]
    transfers: list[TransferPublic]
    placements: list[PlacementPublic]
    intake_steps: list[IntakeStepRecord]


class IntakeSummaryPage(Page[IntakeSummary]):
    """A page of intakes with steps still missing."""
