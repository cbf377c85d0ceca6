"""Vocational training: an inmate's skills and interests, and the programmes offered."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, Float, Index, String, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.models.base import RecordBase, UTCDateTime, utcnow


class SkillsProfile(RecordBase, table=True):
    """What an inmate can do and would like to learn; one per inmate, versioned."""

    __tablename__ = "skills_profile"

    inmate_id: uuid.UUID = Field(foreign_key="inmate.id", unique=True)
    prior_trades: list[str] = Field(default_factory=list, sa_type=JSON, nullable=False)
    skills: list[str] = Field(default_factory=list, sa_type=JSON, nullable=False)
    # SkillLevel codes.
    literacy: str = Field(sa_type=String(16))
    numeracy: str = Field(sa_type=String(16))
    languages: list[str] = Field(default_factory=list, sa_type=JSON, nullable=False)
    # Trade codes.
    trades_of_interest: list[str] = Field(default_factory=list, sa_type=JSON, nullable=False)
    health_constraints: str | None = Field(default=None, max_length=1000)
    security_constraints: str | None = Field(default=None, max_length=1000)
    assessed_on: date
    assessed_by: str = Field(max_length=100)


class VocationalProgramme(RecordBase, table=True):
    __tablename__ = "vocational_programme"
    __table_args__ = (
        Index("ix_vocational_programme_created_at_id", "created_at", "id"),
        UniqueConstraint("provider_organisation_id", "external_id"),
    )

    title: str = Field(max_length=200)
    # A Trade code.
    trade: str = Field(sa_type=String(32))
    provider_organisation_id: uuid.UUID = Field(foreign_key="organisation.id", index=True)
    external_id: str | None = Field(default=None, max_length=100)
    facility_id: uuid.UUID = Field(foreign_key="facility.id", index=True)
    capacity: int
    start_date: date
    end_date: date
    sessions_per_week: int
    hours_per_session: float = Field(sa_type=Float)
    # A ProgrammeStatus code.
    status: str = Field(sa_type=String(16))
    # Eligibility: empty lists allow every level and status.
    allowed_security_levels: list[str] = Field(default_factory=list, sa_type=JSON, nullable=False)
    allowed_legal_statuses: list[str] = Field(default_factory=list, sa_type=JSON, nullable=False)
    # A SkillLevel code, or None for no minimum.
    minimum_literacy: str | None = Field(default=None, sa_type=String(16))
    max_per_cell_block: int | None = None
    certificates_issued: int = Field(default=0, sa_column_kwargs={"server_default": "0"})


class VocationalEnrolment(RecordBase, table=True):
    """An inmate's place in a programme: interested → waitlisted → enrolled → completed,
    or dropped / suspended, with the reason and the dates."""

    __tablename__ = "vocational_enrolment"
    __table_args__ = (
        UniqueConstraint("programme_id", "inmate_id"),
        Index("ix_vocational_enrolment_programme_id_status", "programme_id", "status"),
        Index("ix_vocational_enrolment_created_at_id", "created_at", "id"),
    )

    programme_id: uuid.UUID = Field(foreign_key="vocational_programme.id")
    inmate_id: uuid.UUID = Field(foreign_key="inmate.id", index=True)
    # A VocationalEnrolmentStatus code.
    status: str = Field(sa_type=String(16))
    reason: str | None = Field(default=None, max_length=500)
    # The waiting list's order.
    waitlisted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    enrolled_on: date | None = None
    ended_on: date | None = None
    certificate_number: str | None = Field(default=None, max_length=64, unique=True)
    # The trainer's assessment of the skills learnt, at completion.
    final_assessment: str | None = Field(default=None, max_length=2000)


class VocationalFollowUp(RecordBase, table=True):
    """Contact with a former participant 3, 6 or 12 months after release."""

    __tablename__ = "vocational_follow_up"
    __table_args__ = (UniqueConstraint("enrolment_id", "months_after_release"),)

    enrolment_id: uuid.UUID = Field(foreign_key="vocational_enrolment.id", index=True)
    months_after_release: int
    contacted_on: date
    # An EmploymentStatus code.
    employment_status: str = Field(sa_type=String(24))
    uses_trade: bool | None = None
    notes: str | None = Field(default=None, max_length=2000)
    recorded_by: str = Field(max_length=100)


class VocationalAttendance(SQLModel, table=True):
    """One enrolled inmate on one day of a programme."""

    __tablename__ = "vocational_attendance"
    __table_args__ = (UniqueConstraint("enrolment_id", "day"),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    programme_id: uuid.UUID = Field(foreign_key="vocational_programme.id", index=True)
    enrolment_id: uuid.UUID = Field(foreign_key="vocational_enrolment.id")
    day: date
    # An AttendanceStatus code.
    status: str = Field(sa_type=String(16))
    hours: float = Field(sa_type=Float)
    # The organisation whose system sent it; None when prison staff recorded it.
    source_organisation_id: uuid.UUID | None = Field(default=None, foreign_key="organisation.id")
    version: int = Field(default=1, nullable=False)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
