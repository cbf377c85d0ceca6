"""Capacity building: participants, training sessions, enrolments and daily attendance.

Enrolments and attendance carry a ``change_seq`` taken from their session's counter while
the session row is locked, so that a partner pulling "what changed since" a number never
misses a change committed later with a smaller one.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

from sqlalchemy import JSON, BigInteger, Float, Index, String, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from app.models.base import RecordBase, UTCDateTime, utcnow


class Participant(RecordBase, table=True):
    """A person who attends trainings: staff, religious and community leaders, judges..."""

    __tablename__ = "participant"
    __table_args__ = (
        Index("ix_participant_created_at_id", "created_at", "id"),
        # A partner's own id for the person, unique within that partner...
        UniqueConstraint("organisation_id", "external_id"),
        # ...and the administration's among its own (NULLs are distinct in the constraint).
        Index(
            "uq_participant_administration_external_id",
            "external_id",
            unique=True,
            sqlite_where=text("organisation_id IS NULL"),
            postgresql_where=text("organisation_id IS NULL"),
        ),
    )

    full_name: str = Field(max_length=200)
    # A ParticipantCategory code.
    category: str = Field(sa_type=String(32))
    institution: str | None = Field(default=None, max_length=200)
    # The partner that registered the person and keeps it in its own system; None for
    # people registered by the prison administration.
    organisation_id: uuid.UUID | None = Field(
        default=None, foreign_key="organisation.id", index=True
    )
    external_id: str | None = Field(default=None, max_length=100)
    facility_id: uuid.UUID | None = Field(default=None, foreign_key="facility.id")
    user_id: uuid.UUID | None = Field(default=None, foreign_key="app_user.id", index=True)
    sex: str | None = Field(default=None, sa_type=String(8))
    languages: list[str] = Field(default_factory=list, sa_type=JSON, nullable=False)
    contact: str | None = Field(default=None, max_length=200)


class TrainingSession(RecordBase, table=True):
    __tablename__ = "training_session"
    __table_args__ = (
        Index("ix_training_session_created_at_id", "created_at", "id"),
        UniqueConstraint("organiser_organisation_id", "external_id"),
    )

    title: str = Field(max_length=200)
    # A TrainingTopic code.
    topic: str = Field(sa_type=String(48))
    description: str | None = Field(default=None, max_length=2000)
    organiser_organisation_id: uuid.UUID = Field(foreign_key="organisation.id", index=True)
    external_id: str | None = Field(default=None, max_length=100)
    facility_id: uuid.UUID | None = Field(default=None, foreign_key="facility.id", index=True)
    venue: str | None = Field(default=None, max_length=200)
    start_date: date
    end_date: date
    daily_start: time
    daily_end: time
    hours_per_day: float = Field(sa_type=Float)
    # Days within the dates on which the session does not meet (ISO dates).
    excluded_days: list[str] = Field(default_factory=list, sa_type=JSON, nullable=False)
    scheduled_hours: float = Field(sa_type=Float)
    language: str = Field(max_length=3)
    capacity: int | None = None
    # A TrainingStatus code: planned, held or cancelled.
    status: str = Field(sa_type=String(16))
    # Share of the scheduled hours a participant must attend to complete the session.
    completion_percent: int = Field(default=80)
    # An instrument whose certification the session grants to participants who complete it.
    accredits_instrument_code: str | None = Field(default=None, max_length=32)
    accreditation_months: int = Field(default=24)
    # Counters kept under the row lock: the last change number, certificates issued.
    change_seq: int = Field(default=0, sa_type=BigInteger)
    certificates_issued: int = Field(default=0)


class TrainingOrganiser(SQLModel, table=True):
    """The organiser and the co-organisers of a session: who may see it and sync to it."""

    __tablename__ = "training_organiser"

    session_id: uuid.UUID = Field(foreign_key="training_session.id", primary_key=True)
    organisation_id: uuid.UUID = Field(foreign_key="organisation.id", primary_key=True, index=True)
    lead: bool = Field(default=False)


class TrainingEnrolment(RecordBase, table=True):
    """A participant enrolled in a session: test scores, hours attended and completion."""

    __tablename__ = "training_enrolment"
    __table_args__ = (
        UniqueConstraint("session_id", "participant_id"),
        Index("ix_training_enrolment_session_id_change_seq", "session_id", "change_seq"),
    )

    session_id: uuid.UUID = Field(foreign_key="training_session.id")
    participant_id: uuid.UUID = Field(foreign_key="participant.id", index=True)
    # An EnrolmentStatus code: enrolled or withdrawn.
    status: str = Field(default="enrolled", sa_type=String(16))
    pre_test_score: int | None = None
    post_test_score: int | None = None
    attended_hours: float = Field(default=0.0, sa_type=Float)
    completed: bool = Field(default=False)
    completed_on: date | None = None
    certificate_number: str | None = Field(default=None, max_length=64, unique=True)
    change_seq: int = Field(default=0, sa_type=BigInteger)


class TrainingAttendance(SQLModel, table=True):
    """One participant on one day of a session."""

    __tablename__ = "training_attendance"
    __table_args__ = (
        UniqueConstraint("session_id", "participant_id", "day"),
        Index("ix_training_attendance_session_id_change_seq", "session_id", "change_seq"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    session_id: uuid.UUID = Field(foreign_key="training_session.id")
    participant_id: uuid.UUID = Field(foreign_key="participant.id", index=True)
    day: date
    # An AttendanceStatus code: present, absent, excused or late.
    status: str = Field(sa_type=String(16))
    hours: float = Field(sa_type=Float)
    # The organisation whose system sent it; None when prison staff recorded it.
    source_organisation_id: uuid.UUID | None = Field(default=None, foreign_key="organisation.id")
    version: int = Field(default=1, nullable=False)
    change_seq: int = Field(default=0, sa_type=BigInteger)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
