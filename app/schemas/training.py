"""API shapes of participants, training sessions, enrolments and attendance."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Annotated, Generic, Self, TypeVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SkipValidation,
    Strict,
    StrictBool,
    model_validator,
    with_config,
)
from pydantic.config import JsonDict
from typing_extensions import TypedDict

from app.schemas.common import (
    Code,
    Description,
    LanguageCode,
    LocalTime,
    Name,
    Page,
    RequestModel,
    Sex,
    ShortText,
    check_period,
    example_of,
    page_example,
    printable,
    unchanged,
)

MAX_BATCH = 5000


class ParticipantCategory(StrEnum):
    prison_staff = "prison_staff"
    religious_leader = "religious_leader"
    youth_leader = "youth_leader"
    community_leader = "community_leader"
    judge = "judge"
    prosecutor = "prosecutor"
    police_military = "police_military"
    policymaker = "policymaker"
    ngo_staff = "ngo_staff"
    other = "other"


class TrainingTopic(StrEnum):
    psychology_of_violent_extremism = "psychology_of_violent_extremism"
    radicalisation_awareness = "radicalisation_awareness"
    risk_assessment = "risk_assessment"
    ethics_mandela_rules = "ethics_mandela_rules"
    evidence_collection = "evidence_collection"
    judiciary_prison_cooperation = "judiciary_prison_cooperation"
    youth_leadership_alternative_narratives = "youth_leadership_alternative_narratives"
    training_of_trainers = "training_of_trainers"
    language_course = "language_course"
    other = "other"


class TrainingStatus(StrEnum):
    planned = "planned"
    held = "held"
    cancelled = "cancelled"


class EnrolmentStatus(StrEnum):
    enrolled = "enrolled"
    withdrawn = "withdrawn"


class AttendanceStatus(StrEnum):
    present = "present"
    absent = "absent"
    excused = "excused"
    late = "late"


class SyncOutcome(StrEnum):
    created = "created"
    updated = "updated"
    unchanged = "unchanged"
    rejected = "rejected"


class RejectionReason(StrEnum):
    """Why one record of a batch was not taken; the rest of the batch is unaffected."""

    invalid_record = "invalid_record"
    unknown_status = "unknown_status"
    hours_out_of_range = "hours_out_of_range"
    hours_exceed_schedule = "hours_exceed_schedule"
    hours_for_absence = "hours_for_absence"
    hours_required = "hours_required"
    day_outside_session = "day_outside_session"
    day_in_future = "day_in_future"
    unknown_session = "unknown_session"
    session_cancelled = "session_cancelled"
    unknown_participant = "unknown_participant"
    participant_withdrawn = "participant_withdrawn"
    session_full = "session_full"
    duplicate_in_batch = "duplicate_in_batch"
    conflicting_scores = "conflicting_scores"
    unknown_enrolment = "unknown_enrolment"
    not_enrolled = "not_enrolled"


ExternalId = Annotated[
    str,
    printable(100),
    Field(description="The partner's own id, unique within its organisation.", examples=["P-0042"]),
]
Score = Annotated[int, Strict(), Field(ge=0, le=100, description="Test score, 0 to 100.")]
Hours = Annotated[
    float, Strict(), Field(ge=0, le=24, description="Hours attended that day, 0 to 24.")
]
Contact = Annotated[
    str,
    printable(200),
    Field(description="Phone or e-mail; shown only to those who manage the person's record."),
]


# Participants


class ParticipantCreate(RequestModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "full_name": "Demo Imam Participant",
                    "category": "religious_leader",
                    "institution": "Demo mosque council",
                    "external_id": "P-0042",
                    "sex": "male",
                    "languages": ["bam", "fra"],
                }
            ]
        },
    )

    id: uuid.UUID | None = Field(
        default=None, description="Client-chosen id for records created offline."
    )
    full_name: Name
    category: ParticipantCategory
    institution: Name | None = Field(default=None, description="Organisation or institution.")
    external_id: ExternalId | None = None
    facility_id: uuid.UUID | None = Field(
        default=None, description="The prison the person works in, for prison staff."
    )
    user_id: uuid.UUID | None = Field(
        default=None,
        description="The staff user this person is (staff only); an accrediting training "
        "they complete certifies that user.",
    )
    sex: Sex | None = None
    languages: list[LanguageCode] = Field(default_factory=list, max_length=20)
    contact: Contact | None = None


class ParticipantUpdate(RequestModel):
    """Fields to change; absent fields stay as they are."""

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"institution": "Demo court"}]}
    )

    full_name: Name = unchanged()
    category: ParticipantCategory = unchanged()
    institution: Name | None = unchanged()
    external_id: ExternalId | None = unchanged()
    facility_id: uuid.UUID | None = unchanged()
    user_id: uuid.UUID | None = unchanged()
    sex: Sex | None = unchanged()
    languages: list[LanguageCode] = unchanged()
    contact: Contact | None = unchanged()


class ParticipantRestricted(BaseModel):
    """A participant as co-organisers and readers see it: no contact details."""

    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "id": "0b7a7a1e-2f0e-4c4b-8a43-1c9f0e5d2b10",
                    "full_name": "Demo Imam Participant",
                    "category": "religious_leader",
                    "institution": "Demo mosque council",
                    "organisation_id": "6f1c2d8e-8a57-4c35-9d8e-2b1f0a9c7e11",
                    "external_id": "P-0042",
                    "facility_id": None,
                    "sex": "male",
                    "languages": ["bam", "fra"],
                    "version": 1,
                    "created_at": "2017-08-14T09:00:00Z",
                    "updated_at": "2017-08-14T09:00:00Z",
                }
            ]
        },
    )

    id: uuid.UUID
    full_name: str
    category: ParticipantCategory
    institution: str | None
    organisation_id: uuid.UUID | None = Field(
        description="The partner that registered the person; null for the administration."
    )
    external_id: str | None
    facility_id: uuid.UUID | None
    sex: Sex | None
    languages: list[str]
    version: int
    created_at: datetime
    updated_at: datetime


class ParticipantPublic(ParticipantRestricted):
    """A participant as those who manage the record see it."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    **example_of(ParticipantRestricted),
                    "user_id": None,
                    "contact": "+223 70 00 00 01",
                }
            ]
        }
    )

    user_id: uuid.UUID | None
    contact: str | None


# Training sessions


class ScheduleFields(RequestModel):
    """Dates and the daily schedule: every day from start to end except the excluded ones."""

    start_date: date
    end_date: date
    daily_start: LocalTime = Field(examples=["09:00"])
    daily_end: LocalTime = Field(examples=["16:30"])
    hours_per_day: float | None = Field(
        default=None,
        gt=0,
        le=24,
        description="Teaching hours a day (breaks excluded); defaults to end minus start.",
    )
    excluded_days: list[date] = Field(
        default_factory=list, max_length=366, description="Days the session does not meet."
    )

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        check_period(self.start_date, self.end_date)
        if (self.end_date - self.start_date).days > 365:
            raise ValueError("a session lasts at most a year")
        if self.daily_end <= self.daily_start:
            raise ValueError("daily_end is not after daily_start")
        span = span_hours(self.daily_start, self.daily_end)
        if self.hours_per_day is not None and self.hours_per_day > span:
            raise ValueError("hours_per_day exceeds the daily schedule")
        if any(not self.start_date <= day <= self.end_date for day in self.excluded_days):
            raise ValueError("an excluded day is outside the session's dates")
        if not session_days(self.start_date, self.end_date, self.excluded_days):
            raise ValueError("every day of the session is excluded")
        return self


def span_hours(start: time, end: time) -> float:
    return (end.hour * 60 + end.minute - start.hour * 60 - start.minute) / 60


def session_days(start: date, end: date, excluded: Sequence[date | str]) -> list[date]:
    """The days a session meets: its dates without the excluded ones."""
    skipped = {day if isinstance(day, date) else date.fromisoformat(day) for day in excluded}
    count = (end - start).days + 1
    days = (start + timedelta(days=offset) for offset in range(count))
    return [day for day in days if day not in skipped]


class TrainingSessionCreate(ScheduleFields):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "title": "Risk assessment with a focus on radicalisation",
                    "topic": "risk_assessment",
                    "organiser_organisation_id": "6f1c2d8e-8a57-4c35-9d8e-2b1f0a9c7e11",
                    "venue": "Demo training centre, Bamako",
                    "start_date": "2017-08-21",
                    "end_date": "2017-08-25",
                    "daily_start": "09:00",
                    "daily_end": "16:00",
                    "hours_per_day": 6,
                    "language": "fra",
                    "capacity": 30,
                }
            ]
        },
    )

    id: uuid.UUID | None = Field(
        default=None, description="Client-chosen id for records created offline."
    )
    title: Name
    topic: TrainingTopic
    description: Description | None = None
    organiser_organisation_id: uuid.UUID | None = Field(
        default=None, description="Required of staff; a partner always organises as itself."
    )
    co_organiser_ids: list[uuid.UUID] = Field(default_factory=list, max_length=10)
    external_id: ExternalId | None = None
    facility_id: uuid.UUID | None = Field(
        default=None, description="The prison it takes place in; or give a `venue`."
    )
    venue: ShortText | None = None
    language: LanguageCode = Field(examples=["fra"])
    capacity: Annotated[int, Strict(), Field(ge=1, le=10_000)] | None = None
    status: TrainingStatus = TrainingStatus.planned
    completion_percent: Annotated[int, Strict(), Field(ge=1, le=100)] = Field(
        default=80, description="Share of the scheduled hours to attend to complete."
    )

    @model_validator(mode="after")
    def _somewhere(self) -> Self:
        if self.facility_id is None and self.venue is None:
            raise ValueError("give a facility_id or a venue")
        return self


class TrainingSessionUpdate(RequestModel):
    """Fields to change; absent fields stay as they are. The schedule and the completion
    rule are fixed once attendance is recorded."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"status": "held"}]})

    title: Name = unchanged()
    topic: TrainingTopic = unchanged()
    description: Description | None = unchanged()
    co_organiser_ids: Annotated[list[uuid.UUID], Field(max_length=10)] = unchanged()
    external_id: ExternalId | None = unchanged()
    facility_id: uuid.UUID | None = unchanged()
    venue: ShortText | None = unchanged()
    start_date: date = unchanged()
    end_date: date = unchanged()
    daily_start: LocalTime = unchanged()
    daily_end: LocalTime = unchanged()
    hours_per_day: Annotated[float, Field(gt=0, le=24)] = unchanged()
    excluded_days: Annotated[list[date], Field(max_length=366)] = unchanged()
    language: LanguageCode = unchanged()
    capacity: Annotated[int, Strict(), Field(ge=1, le=10_000)] | None = unchanged()
    status: TrainingStatus = unchanged()
    completion_percent: Annotated[int, Strict(), Field(ge=1, le=100)] = unchanged()


class AccreditationSet(RequestModel):
    """Whether completing the session certifies its participants who are staff users."""

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"instrument_code": "DEMO-SPJ"}]}
    )

    instrument_code: Code | None = Field(
        description="The assessment instrument completion certifies for; null for none."
    )
    months: Annotated[int, Strict(), Field(ge=1, le=120)] = Field(
        default=24, description="How long the certification is valid from completion."
    )


class TrainingSessionPublic(BaseModel):
    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "id": "3f6c1b2a-8d4e-4f70-9a1b-2c3d4e5f6a7b",
                    "title": "Risk assessment with a focus on radicalisation",
                    "topic": "risk_assessment",
                    "description": None,
                    "organiser_organisation_id": "6f1c2d8e-8a57-4c35-9d8e-2b1f0a9c7e11",
                    "co_organiser_ids": [],
                    "external_id": "ICCT-2017-RA",
                    "facility_id": None,
                    "venue": "Demo training centre, Bamako",
                    "start_date": "2017-08-21",
                    "end_date": "2017-08-25",
                    "daily_start": "09:00:00",
                    "daily_end": "16:00:00",
                    "hours_per_day": 6.0,
                    "excluded_days": [],
                    "days": [
                        "2017-08-21",
                        "2017-08-22",
                        "2017-08-23",
                        "2017-08-24",
                        "2017-08-25",
                    ],
                    "scheduled_hours": 30.0,
                    "language": "fra",
                    "capacity": 30,
                    "status": "held",
                    "completion_percent": 80,
                    "accredits_instrument_code": "DEMO-SPJ",
                    "accreditation_months": 24,
                    "version": 5,
                    "created_at": "2017-07-30T10:00:00Z",
                    "updated_at": "2017-08-25T17:00:00Z",
                }
            ]
        },
    )

    id: uuid.UUID
    title: str
    topic: TrainingTopic
    description: str | None
    organiser_organisation_id: uuid.UUID
    co_organiser_ids: list[uuid.UUID]
    external_id: str | None
    facility_id: uuid.UUID | None
    venue: str | None
    start_date: date
    end_date: date
    daily_start: LocalTime
    daily_end: LocalTime
    hours_per_day: float
    excluded_days: list[date]
    days: list[date] = Field(description="The days the session meets.")
    scheduled_hours: float
    language: str
    capacity: int | None
    status: TrainingStatus
    completion_percent: int
    accredits_instrument_code: str | None
    accreditation_months: int
    version: int
    created_at: datetime
    updated_at: datetime


# Enrolments


class EnrolmentCreate(RequestModel):
    """Enrol a participant, by id or by the caller's own external id."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"participant_id": "0b7a7a1e-2f0e-4c4b-8a43-1c9f0e5d2b10"}]
        },
    )

    participant_id: uuid.UUID | None = None
    participant_external_id: ExternalId | None = None

    @model_validator(mode="after")
    def _one_reference(self) -> Self:
        if (self.participant_id is None) == (self.participant_external_id is None):
            raise ValueError("give participant_id or participant_external_id")
        return self


class EnrolmentUpdate(RequestModel):
    """Test scores, or withdrawal (`status: withdrawn`); absent fields stay as they are."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"pre_test_score": 45, "post_test_score": 80}]},
    )

    status: EnrolmentStatus = unchanged()
    pre_test_score: Score | None = unchanged()
    post_test_score: Score | None = unchanged()


class EnrolmentPublic(BaseModel):
    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "id": "7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f",
                    "session_id": "3f6c1b2a-8d4e-4f70-9a1b-2c3d4e5f6a7b",
                    "participant_id": "0b7a7a1e-2f0e-4c4b-8a43-1c9f0e5d2b10",
                    "participant_name": "Demo Imam Participant",
                    "participant_external_id": "P-0042",
                    "status": "enrolled",
                    "pre_test_score": 45,
                    "post_test_score": 80,
                    "attended_hours": 30.0,
                    "completed": True,
                    "completed_on": "2017-08-25",
                    "certificate_number": "PSL-3F6C1B2A8D4E4F709A1B2C3D4E5F6A7B-0007",
                    "version": 7,
                    "created_at": "2017-08-14T09:00:00Z",
                    "updated_at": "2017-08-25T17:00:00Z",
                }
            ]
        },
    )

    id: uuid.UUID
    session_id: uuid.UUID
    participant_id: uuid.UUID
    participant_name: str
    participant_external_id: str | None
    status: EnrolmentStatus
    pre_test_score: int | None
    post_test_score: int | None
    attended_hours: float
    completed: bool
    completed_on: date | None
    certificate_number: str | None
    version: int
    created_at: datetime
    updated_at: datetime


# Attendance


class AttendancePublic(BaseModel):
    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "id": "9d0e1f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a",
                    "session_id": "3f6c1b2a-8d4e-4f70-9a1b-2c3d4e5f6a7b",
                    "participant_id": "0b7a7a1e-2f0e-4c4b-8a43-1c9f0e5d2b10",
                    "participant_external_id": "P-0042",
                    "day": "2017-08-21",
                    "status": "present",
                    "hours": 6.0,
                    "version": 1,
                    "updated_at": "2017-08-21T17:00:00Z",
                }
            ]
        },
    )

    id: uuid.UUID
    session_id: uuid.UUID
    participant_id: uuid.UUID
    participant_external_id: str | None
    day: date
    status: AttendanceStatus
    hours: float
    version: int
    updated_at: datetime


class NewParticipant(RequestModel):
    """Who a record's unknown participant is, to register them (`create_participants`)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "full_name": "Demo Participant",
                    "category": "prison_staff",
                    "facility_id": "2b1d6c0e-6f0e-4c84-9a58-2d2a3c1c9a11",
                    "sex": "female",
                    "languages": ["bam"],
                }
            ]
        }
    )

    full_name: Name
    category: ParticipantCategory
    institution: Name | None = None
    facility_id: uuid.UUID | None = Field(
        default=None, description="The prison the person works in, for prison staff."
    )
    sex: Sex | None = None
    languages: list[LanguageCode] = Field(default_factory=list, max_length=20)
    contact: Contact | None = None


class AttendanceRecord(RequestModel):
    """One participant on one day. Name the participant by `participant_id` or by your own
    `participant_external_id`. Hours default to the day's scheduled hours when present and
    to 0 when absent or excused; a late arrival must give them."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "participant_external_id": "P-0042",
                    "day": "2017-08-21",
                    "status": "present",
                    "hours": 6,
                }
            ]
        },
    )

    participant_id: uuid.UUID | None = None
    participant_external_id: ExternalId | None = None
    participant: NewParticipant | None = None
    day: date
    status: AttendanceStatus
    hours: Hours | None = None
    pre_test_score: Score | None = None
    post_test_score: Score | None = None

    @model_validator(mode="after")
    def _one_reference(self) -> Self:
        if (self.participant_id is None) == (self.participant_external_id is None):
            raise ValueError("give participant_id or participant_external_id")
        return self


class SessionAttendanceRecord(AttendanceRecord):
    """An attendance record that names its session, by id or by your own external id."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"session_external_id": "ICCT-2017-RA", **example_of(AttendanceRecord)}]
        }
    )

    session_id: uuid.UUID | None = None
    session_external_id: ExternalId | None = None

    @model_validator(mode="after")
    def _one_session(self) -> Self:
        if (self.session_id is None) == (self.session_external_id is None):
            raise ValueError("give session_id or session_external_id")
        return self


RecordT = TypeVar("RecordT", bound=AttendanceRecord)


class BatchBase(RequestModel, Generic[RecordT]):
    create_participants: StrictBool = Field(
        default=False,
        description="Register participants unknown by `participant_external_id` from the "
        "record's `participant` details.",
    )
    # Records are checked one by one, so that one bad record is rejected on its own.
    records: list[SkipValidation[RecordT]] = Field(min_length=1, max_length=MAX_BATCH)


class AttendanceBatch(BatchBase[AttendanceRecord]):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "create_participants": True,
                    "records": [
                        {
                            "participant_external_id": "P-0042",
                            "participant": {
                                "full_name": "Demo Participant",
                                "category": "prison_staff",
                            },
                            "day": "2017-08-21",
                            "status": "present",
                        },
                        {
                            "participant_external_id": "P-0043",
                            "day": "2017-08-21",
                            "status": "late",
                            "hours": 4.5,
                        },
                    ],
                }
            ]
        },
    )


class SessionAttendanceBatch(BatchBase[SessionAttendanceRecord]):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "records": [
                        {
                            "session_external_id": "ICCT-2017-RA",
                            "participant_external_id": "P-0042",
                            "day": "2017-08-21",
                            "status": "present",
                        }
                    ]
                }
            ]
        },
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
                    "session_id": "3f6c1b2a-8d4e-4f70-9a1b-2c3d4e5f6a7b",
                    "participant_id": "0b7a7a1e-2f0e-4c4b-8a43-1c9f0e5d2b10",
                    "attendance_id": "9d0e1f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a",
                }
            ]
        }
    )
)
class RecordResult(TypedDict):
    """The outcome of one record (a plain mapping: a batch answers thousands of them)."""

    index: Annotated[int, Field(description="Position of the record in the batch, from 0.")]
    outcome: SyncOutcome
    reason: Annotated[RejectionReason | None, Field(description="Why it was rejected.")]
    message: str | None
    session_id: uuid.UUID | None
    participant_id: uuid.UUID | None
    attendance_id: uuid.UUID | None


class SyncCounts(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "created": 1,
                    "updated": 0,
                    "unchanged": 0,
                    "rejected": 1,
                    "participants_created": 1,
                    "enrolments_created": 1,
                }
            ]
        }
    )

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    participants_created: int = 0
    enrolments_created: int = 0


class SyncResult(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "dry_run": False,
                    "atomic": False,
                    "written": True,
                    "counts": example_of(SyncCounts),
                    "results": [
                        example_of(RecordResult),
                        {
                            "index": 1,
                            "outcome": "rejected",
                            "reason": "unknown_participant",
                            "message": "No participant of yours has this reference; send "
                            "`participant` and create_participants",
                            "session_id": "3f6c1b2a-8d4e-4f70-9a1b-2c3d4e5f6a7b",
                            "participant_id": None,
                            "attendance_id": None,
                        },
                    ],
                }
            ]
        }
    )

    dry_run: bool
    atomic: bool
    written: bool = Field(
        description="Whether a record, participant or enrolment was written (the batch's "
        "audit event is written in any case, except for a dry run or a refused atomic batch)."
    )
    counts: SyncCounts
    results: list[RecordResult]


ItemT = TypeVar("ItemT")


# A change cursor as the API issues them (base64 of the feed, the session and a number).
EXAMPLE_CHANGE_CURSOR = (
    "WyJhdHRlbmRhbmNlIiwiM2Y2YzFiMmEtOGQ0ZS00ZjcwLTlhMWItMmMzZDRlNWY2YTdiIiw0Ml0"
)


def _changes_page_examples(schema: JsonDict, page: type[BaseModel]) -> None:
    schema["examples"] = [page_example(page, next_cursor=EXAMPLE_CHANGE_CURSOR, has_more=False)]


class ChangesPage(BaseModel, Generic[ItemT]):
    """Records changed after the `since` cursor, oldest change first."""

    model_config = ConfigDict(json_schema_extra=_changes_page_examples)

    items: Sequence[ItemT]
    next_cursor: str = Field(
        description="Pass as `since` to get what changes next; keep it between pulls."
    )
    has_more: bool = Field(description="Whether more changes wait beyond this page.")


class EnrolmentChangesPage(ChangesPage[EnrolmentPublic]):
    """Enrolments of a session changed after the `since` cursor, oldest change first."""


class AttendanceChangesPage(ChangesPage[AttendancePublic]):
    """Attendance of a session changed after the `since` cursor, oldest change first."""


class ParticipantPage(Page[ParticipantPublic | ParticipantRestricted]):
    """A page of participants, each as the caller may see them."""


class TrainingSessionPage(Page[TrainingSessionPublic]):
    """A page of training sessions."""
