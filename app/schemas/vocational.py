"""API shapes of skills profiles and vocational programmes."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Literal, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SkipValidation,
    Strict,
    StrictBool,
    model_validator,
)
from typing_extensions import TypedDict

from app.schemas.classification import SecurityLevel
from app.schemas.common import (
    Description,
    LanguageCode,
    Name,
    RequestModel,
    ShortText,
    check_period,
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
    model_config = ConfigDict(from_attributes=True)

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
    model_config = ConfigDict(from_attributes=True)

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
    rule: EligibilityRule
    message: str


class Eligibility(BaseModel):
    """Whether an inmate may join a programme today, and every rule they fail."""

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
    status: Literal["interested", "enrolled"] = "enrolled"


class EnrolmentEnd(RequestModel):
    """Why an enrolment is dropped or suspended."""

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"reason": "Asked to stop"}]}
    )

    reason: Annotated[str, printable(500)]


class VocationalEnrolmentPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

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

    months_after_release: Literal[3, 6, 12]
    contacted_on: date
    employment_status: EmploymentStatus
    uses_trade: StrictBool | None = None
    notes: Description | None = None


class FollowUpPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

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
            "examples": [{"subject_ref": "sr_abc…", "day": "2027-01-11", "status": "present"}]
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
    # Records are checked one by one, so that one bad record is rejected on its own.
    records: list[SkipValidation[VocationalAttendanceRecord]] = Field(
        min_length=1, max_length=MAX_BATCH
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
    dry_run: bool
    atomic: bool
    written: bool = Field(description="Whether a record was written.")
    counts: SyncCounts
    results: list[VocationalRecordResult]
