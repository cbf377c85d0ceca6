"""API shapes of skills profiles and vocational programmes."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import IntEnum, StrEnum
from typing import Annotated, Self

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    SkipValidation,
    Strict,
    StrictBool,
    model_validator,
    with_config,
)
from pydantic_core import PydanticCustomError
from typing_extensions import TypedDict

from app.schemas.classification import SecurityLevel
from app.schemas.common import (
    Description,
    LanguageCode,
    Name,
    Page,
    RequestModel,
    ShortText,
    check_period,
    example_of,
    printable,
    unchanged,
)
from app.schemas.inmate import LegalStatus
from app.schemas.training import (
    MAX_BATCH,
    AttendanceStatus,
    ExternalId,
    Hours,
    RejectionReason,
    SyncCounts,
    SyncOutcome,
)


class Trade(StrEnum):
    tailoring = "tailoring"
    carpentry = "carpentry"
    mechanics = "mechanics"
    agriculture = "agriculture"
    literacy = "literacy"
    computing = "computing"
    other = "other"


class SkillLevel(StrEnum):
    """Literacy or numeracy, from none to fluent (in this order)."""

    none = "none"
    basic = "basic"
    functional = "functional"
    fluent = "fluent"

    @property
    def rank(self) -> int:
        return list(SkillLevel).index(self)


class ProgrammeStatus(StrEnum):
    planned = "planned"
    open = "open"
    running = "running"
    completed = "completed"
    cancelled = "cancelled"


Items = Annotated[list[ShortText], Field(max_length=30)]


class SkillsProfileWrite(RequestModel):
    """An inmate's skills and interests as a programme officer assessed them."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "prior_trades": ["herding", "market trading"],
                    "skills": ["driving"],
                    "literacy": "basic",
                    "numeracy": "functional",
                    "languages": ["taq", "fra"],
                    "trades_of_interest": ["mechanics", "agriculture"],
                    "health_constraints": None,
                    "security_constraints": "No sharp tools (security office).",
                    "assessed_on": "2026-11-20",
                }
            ]
        },
    )

    prior_trades: Items = Field(default_factory=list)
    skills: Items = Field(default_factory=list)
    literacy: SkillLevel
    numeracy: SkillLevel
    languages: list[LanguageCode] = Field(default_factory=list, max_length=20)
    trades_of_interest: list[Trade] = Field(default_factory=list, max_length=7)
    health_constraints: Description | None = None
    security_constraints: Description | None = None
    assessed_on: date


class SkillsProfilePublic(BaseModel):
    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "id": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d",
                    "inmate_id": "0b7a7a1e-2f0e-4c4b-8a43-1c9f0e5d2b10",
                    "prior_trades": ["herding", "market trading"],
                    "skills": ["driving"],
                    "literacy": "basic",
                    "numeracy": "functional",
                    "languages": ["taq", "fra"],
                    "trades_of_interest": ["mechanics", "agriculture"],
                    "health_constraints": None,
                    "security_constraints": "No sharp tools (security office).",
                    "assessed_on": "2026-11-20",
                    "assessed_by": "user:5e2a9c1d-3b4f-4a6e-8d7c-1f2e3a4b5c6d",
                    "version": 1,
                    "created_at": "2026-11-20T11:00:00Z",
                    "updated_at": "2026-11-20T11:00:00Z",
                }
            ]
        },
    )

    id: uuid.UUID
    inmate_id: uuid.UUID
    prior_trades: list[str]
    skills: list[str]
    literacy: SkillLevel
    numeracy: SkillLevel
    languages: list[str]
    trades_of_interest: list[Trade]
    health_constraints: str | None
    security_constraints: str | None
    assessed_on: date
    assessed_by: str
    version: int
    created_at: datetime
    updated_at: datetime


Capacity = Annotated[int, Strict(), Field(ge=1, le=1000)]
SessionsPerWeek = Annotated[int, Strict(), Field(ge=1, le=14)]
HoursPerSession = Annotated[float, Field(gt=0, le=12)]
GroupSize = Annotated[int, Strict(), Field(ge=1, le=1000)]


class EligibilityRules(RequestModel):
    allowed_security_levels: list[SecurityLevel] = Field(
        default_factory=list,
        description="Security levels admitted (e.g. no high or maximum for carpentry); "
        "empty: every level, and unclassified inmates too.",
    )
    allowed_legal_statuses: list[LegalStatus] = Field(
        default_factory=list, description="Legal statuses admitted; empty: every status."
    )
    minimum_literacy: SkillLevel | None = Field(
        default=None, description="The lowest literacy admitted (from the skills profile)."
    )
    max_per_cell_block: GroupSize | None = Field(
        default=None,
        description="At most this many participants from one housing unit, where the "
        "facility needs it.",
    )


class ProgrammeCreate(EligibilityRules):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "title": "Tailoring workshop",
                    "trade": "tailoring",
                    "provider_organisation_id": "6f1c2d8e-8a57-4c35-9d8e-2b1f0a9c7e11",
                    "facility_id": "0b7a7a1e-2f0e-4c4b-8a43-1c9f0e5d2b10",
                    "capacity": 12,
                    "start_date": "2027-01-11",
                    "end_date": "2027-06-25",
                    "sessions_per_week": 3,
                    "hours_per_session": 3,
                    "allowed_security_levels": ["minimum", "medium"],
                    "minimum_literacy": "none",
                }
            ]
        },
    )

    id: uuid.UUID | None = Field(
        default=None, description="Client-chosen id for records created offline."
    )
    title: Name
    trade: Trade
    provider_organisation_id: uuid.UUID = Field(description="The organisation that runs it.")
    external_id: ExternalId | None = None
    facility_id: uuid.UUID
    capacity: Capacity
    start_date: date
    end_date: date
    sessions_per_week: SessionsPerWeek
    hours_per_session: HoursPerSession
    status: ProgrammeStatus = ProgrammeStatus.planned

    @model_validator(mode="after")
    def _dates(self) -> Self:
        check_period(self.start_date, self.end_date)
        return self


class ProgrammeUpdate(RequestModel):
    """Fields to change; absent fields stay as they are."""

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"status": "open", "capacity": 15}]}
    )

    title: Name = unchanged()
    trade: Trade = unchanged()
    external_id: ExternalId | None = unchanged()
    capacity: Capacity = unchanged()
    start_date: date = unchanged()
    end_date: date = unchanged()
    sessions_per_week: SessionsPerWeek = unchanged()
    hours_per_session: HoursPerSession = unchanged()
    status: ProgrammeStatus = unchanged()
    allowed_security_levels: list[SecurityLevel] = unchanged()
    allowed_legal_statuses: list[LegalStatus] = unchanged()
    minimum_literacy: SkillLevel | None = unchanged()
    max_per_cell_block: GroupSize | None = unchanged()


class ProgrammePublic(BaseModel):
    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "id": "6f1c2d8e-8a57-4c35-9d8e-2b1f0a9c7e11",
                    "title": "Tailoring workshop",
                    "trade": "tailoring",
                    "provider_organisation_id": "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                    "external_id": None,
                    "facility_id": "2b1d6c0e-6f0e-4c84-9a58-2d2a3c1c9a11",
                    "capacity": 12,
                    "start_date": "2027-01-11",
                    "end_date": "2027-06-25",
                    "sessions_per_week": 3,
                    "hours_per_session": 3.0,
                    "status": "open",
                    "allowed_security_levels": ["minimum", "medium"],
                    "allowed_legal_statuses": [],
                    "minimum_literacy": "none",
                    "max_per_cell_block": None,
                    "version": 2,
                    "created_at": "2026-11-15T09:00:00Z",
                    "updated_at": "2026-11-30T09:00:00Z",
                }
            ]
        },
    )

    id: uuid.UUID
    title: str
    trade: Trade
    provider_organisation_id: uuid.UUID
    external_id: str | None
    facility_id: uuid.UUID
    capacity: int
    start_date: date
    end_date: date
    sessions_per_week: int
    hours_per_session: float
    status: ProgrammeStatus
    allowed_security_levels: list[SecurityLevel]
    allowed_legal_statuses: list[LegalStatus]
    minimum_literacy: SkillLevel | None
    max_per_cell_block: int | None
    version: int
    created_at: datetime
    updated_at: datetime


class EligibilityRule(StrEnum):
    """A rule an inmate fails for a programme."""

    custody = "custody"
    facility = "facility"
    security_level = "security_level"
    legal_status = "legal_status"
    literacy = "literacy"
    cell_block = "cell_block"


class FailedRule(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"rule": "security_level", "message": "Security level high is not admitted."}
            ]
        }
    )

    rule: EligibilityRule
    message: str


class Eligibility(BaseModel):
    """Whether an inmate may join a programme today, and every rule they fail."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "programme_id": "6f1c2d8e-8a57-4c35-9d8e-2b1f0a9c7e11",
                    "inmate_id": "0b7a7a1e-2f0e-4c4b-8a43-1c9f0e5d2b10",
                    "eligible": False,
                    "failed": [example_of(FailedRule)],
                }
            ]
        }
    )

    programme_id: uuid.UUID
    inmate_id: uuid.UUID
    eligible: bool
    failed: list[FailedRule]


class VocationalEnrolmentStatus(StrEnum):
    interested = "interested"
    waitlisted = "waitlisted"
    enrolled = "enrolled"
    completed = "completed"
    dropped = "dropped"
    suspended = "suspended"


class EnrolmentRequestStatus(StrEnum):
    """What an enrolment request asks for: to register an interest, or a place."""

    interested = "interested"
    enrolled = "enrolled"


class EnrolmentRequest(RequestModel):
    """Register an inmate's interest, or ask for a place (`enrolled`): a full programme
    puts them on its waiting list."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "programme_id": "6f1c2d8e-8a57-4c35-9d8e-2b1f0a9c7e11",
                    "inmate_id": "0b7a7a1e-2f0e-4c4b-8a43-1c9f0e5d2b10",
                    "status": "enrolled",
                }
            ]
        },
    )

    programme_id: uuid.UUID
    inmate_id: uuid.UUID
    status: EnrolmentRequestStatus = EnrolmentRequestStatus.enrolled


class EnrolmentEnd(RequestModel):
    """Why an enrolment is dropped or suspended."""

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"reason": "Asked to stop"}]}
    )

    reason: Annotated[str, printable(500)]


class VocationalEnrolmentPublic(BaseModel):
    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "id": "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e",
                    "programme_id": "6f1c2d8e-8a57-4c35-9d8e-2b1f0a9c7e11",
                    "inmate_id": "0b7a7a1e-2f0e-4c4b-8a43-1c9f0e5d2b10",
                    "status": "completed",
                    "reason": None,
                    "waitlisted_at": None,
                    "enrolled_on": "2027-01-11",
                    "ended_on": "2027-06-25",
                    "certificate_number": "VOC-6F1C2D8E8A574C359D8E2B1F0A9C7E11-0003",
                    "final_assessment": "Cuts and sews a shirt unaided; ready to work.",
                    "version": 4,
                    "created_at": "2026-12-02T10:00:00Z",
                    "updated_at": "2027-06-25T16:00:00Z",
                }
            ]
        },
    )

    id: uuid.UUID
    programme_id: uuid.UUID
    inmate_id: uuid.UUID
    status: VocationalEnrolmentStatus
    reason: str | None = Field(
        description="Why it was dropped or suspended (`classification_changed` when a new "
        "classification made the inmate ineligible)."
    )
    waitlisted_at: datetime | None = Field(description="Its place in the waiting list.")
    enrolled_on: date | None
    ended_on: date | None
    certificate_number: str | None
    final_assessment: str | None
    version: int
    created_at: datetime
    updated_at: datetime


class EnrolmentCompletion(RequestModel):
    """The trainer's assessment of the skills learnt, recorded at completion."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"final_assessment": "Cuts and sews a shirt unaided; ready to work."}]
        },
    )

    final_assessment: Description | None = None


class VocationalEnrolmentPartnerView(BaseModel):
    """An enrolment as the programme's provider sees it: the inmate only as the provider's
    pseudonymous reference (and a first name where the facility allows it), never charges,
    assessments or classification beyond whether they are eligible."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e",
                    "programme_id": "6f1c2d8e-8a57-4c35-9d8e-2b1f0a9c7e11",
                    "subject_ref": "sr_f7o3rxmapdzh2w24u7r7p3mr",
                    "first_name": None,
                    "status": "enrolled",
                    "eligible": True,
                    "waitlisted_at": None,
                    "enrolled_on": "2027-01-11",
                    "ended_on": None,
                    "certificate_number": None,
                    "version": 2,
                    "updated_at": "2027-01-11T08:00:00Z",
                }
            ]
        }
    )

    id: uuid.UUID
    programme_id: uuid.UUID
    subject_ref: str = Field(description="The inmate, pseudonymously, for your organisation.")
    first_name: str | None = Field(
        description="For the trainer, where the facility allows it; null otherwise."
    )
    status: VocationalEnrolmentStatus
    eligible: bool = Field(description="Whether the programme's rules admit the inmate today.")
    waitlisted_at: datetime | None
    enrolled_on: date | None
    ended_on: date | None
    certificate_number: str | None
    version: int
    updated_at: datetime


class EmploymentStatus(StrEnum):
    employed = "employed"
    self_employed = "self_employed"
    unemployed = "unemployed"
    in_training = "in_training"
    not_reached = "not_reached"


class MonthsAfterRelease(IntEnum):
    """When a follow-up contact is due: 3, 6 or 12 months after release."""

    three = 3
    six = 6
    twelve = 12


def _not_text(value: object) -> object:
    # In lax mode an IntEnum would take "6"; like every number of a request, this one is no text.
    if isinstance(value, str | bytes):
        raise PydanticCustomError("enum", "Input should be 3, 6 or 12", {"expected": "3, 6 or 12"})
    return value


class FollowUpCreate(RequestModel):
    """Contact with a former participant 3, 6 or 12 months after release."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "months_after_release": 6,
                    "contacted_on": "2027-09-02",
                    "employment_status": "self_employed",
                    "uses_trade": True,
                    "notes": "Runs a small tailoring stall (demo).",
                }
            ]
        },
    )

    months_after_release: Annotated[MonthsAfterRelease, BeforeValidator(_not_text)]
    contacted_on: date
    employment_status: EmploymentStatus
    uses_trade: StrictBool | None = None
    notes: Description | None = None


class FollowUpPublic(BaseModel):
    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "id": "6c7d8e9f-0a1b-4c2d-8e3f-4a5b6c7d8e9f",
                    "enrolment_id": "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e",
                    "months_after_release": 6,
                    "contacted_on": "2027-09-02",
                    "employment_status": "self_employed",
                    "uses_trade": True,
                    "notes": "Runs a small tailoring stall (demo).",
                    "recorded_by": "user:5e2a9c1d-3b4f-4a6e-8d7c-1f2e3a4b5c6d",
                    "version": 1,
                    "created_at": "2027-09-02T15:00:00Z",
                }
            ]
        },
    )

    id: uuid.UUID
    enrolment_id: uuid.UUID
    months_after_release: int
    contacted_on: date
    employment_status: EmploymentStatus
    uses_trade: bool | None
    notes: str | None
    recorded_by: str
    version: int
    created_at: datetime


class VocationalAttendanceRecord(RequestModel):
    """One enrolled inmate on one day of the programme, named by `enrolment_id` or, for a
    provider, by the inmate's `subject_ref`. Hours as in the training attendance sync."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "subject_ref": "sr_f7o3rxmapdzh2w24u7r7p3mr",
                    "day": "2027-01-11",
                    "status": "present",
                }
            ]
        },
    )

    enrolment_id: uuid.UUID | None = None
    subject_ref: Annotated[str, printable(64)] | None = None
    day: date
    status: AttendanceStatus
    hours: Hours | None = None

    @model_validator(mode="after")
    def _one_reference(self) -> Self:
        if (self.enrolment_id is None) == (self.subject_ref is None):
            raise ValueError("give enrolment_id or subject_ref")
        return self


class VocationalAttendanceBatch(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "records": [
                        {
                            "enrolment_id": "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e",
                            "day": "2027-01-11",
                            "status": "late",
                            "hours": 2.5,
                        }
                    ]
                }
            ]
        }
    )

    # Records are checked one by one, so that one bad record is rejected on its own.
    records: list[SkipValidation[VocationalAttendanceRecord]] = Field(
        min_length=1, max_length=MAX_BATCH
    )


@with_config(
    ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "index": 0,
                    "outcome": "created",
                    "reason": None,
                    "message": None,
                    "enrolment_id": "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e",
                    "attendance_id": "8a9b0c1d-2e3f-4a4b-9c5d-6e7f8a9b0c1d",
                }
            ]
        }
    )
)
class VocationalRecordResult(TypedDict):
    """The outcome of one record."""

    index: Annotated[int, Field(description="Position of the record in the batch, from 0.")]
    outcome: SyncOutcome
    reason: RejectionReason | None
    message: str | None
    enrolment_id: uuid.UUID | None
    attendance_id: uuid.UUID | None


class VocationalSyncResult(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "dry_run": False,
                    "atomic": False,
                    "written": True,
                    "counts": {
                        "created": 1,
                        "updated": 0,
                        "unchanged": 0,
                        "rejected": 0,
                        "participants_created": 0,
                        "enrolments_created": 0,
                    },
                    "results": [example_of(VocationalRecordResult)],
                }
            ]
        }
    )

    dry_run: bool
    atomic: bool
    written: bool = Field(description="Whether a record was written.")
    counts: SyncCounts
    results: list[VocationalRecordResult]


class ProgrammePage(Page[ProgrammePublic]):
    """A page of vocational programmes."""


class VocationalEnrolmentPage(Page[VocationalEnrolmentPublic | VocationalEnrolmentPartnerView]):
    """A page of vocational enrolments; a provider sees its own view."""
