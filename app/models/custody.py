"""What happens to an inmate in custody: legal status history, transfers, placements,
keep-apart constraints and the intake checklist."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Index, String, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.models.base import RecordBase, UTCDateTime, utcnow


class LegalStatusEntry(SQLModel, table=True):
    __tablename__ = "legal_status_entry"
    __table_args__ = (
        Index("ix_legal_status_entry_inmate_id_effective_date", "inmate_id", "effective_date"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    inmate_id: uuid.UUID = Field(foreign_key="inmate.id")
    episode_id: uuid.UUID = Field(foreign_key="custody_episode.id")
    # A LegalStatus code.
    status: str = Field(sa_type=String(16))
    effective_date: date
    decision_reference: str | None = Field(default=None, max_length=100)
    note: str | None = Field(default=None, sa_type=Text)
    recorded_by: str = Field(max_length=100)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)


class Transfer(SQLModel, table=True):
    __tablename__ = "transfer"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    inmate_id: uuid.UUID = Field(foreign_key="inmate.id", index=True)
    from_facility_id: uuid.UUID = Field(foreign_key="facility.id")
    to_facility_id: uuid.UUID = Field(foreign_key="facility.id")
    effective_date: date
    reason: str = Field(max_length=1000)
    decided_by: str = Field(max_length=100)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)


class Placement(SQLModel, table=True):
    """Where an inmate sleeps: a unit and a cell, from one date to another (open if current)."""

    __tablename__ = "placement"
    __table_args__ = (Index("ix_placement_facility_id_unit_cell", "facility_id", "unit", "cell"),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    inmate_id: uuid.UUID = Field(foreign_key="inmate.id", index=True)
    episode_id: uuid.UUID = Field(foreign_key="custody_episode.id")
    facility_id: uuid.UUID = Field(foreign_key="facility.id")
    unit: str = Field(max_length=50)
    cell: str = Field(max_length=50)
    start_date: date
    end_date: date | None = Field(default=None, index=True)
    note: str | None = Field(default=None, sa_type=Text)
    recorded_by: str = Field(max_length=100)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)


class KeepApart(SQLModel, table=True):
    """Two inmates who must not share a cell. Recorded by classification decisions; the
    placement rules read this table whoever wrote it."""

    __tablename__ = "keep_apart"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    inmate_id: uuid.UUID = Field(foreign_key="inmate.id", index=True)
    other_inmate_id: uuid.UUID = Field(foreign_key="inmate.id", index=True)
    # A KeepApartReason code, e.g. ideological_influence.
    reason: str = Field(sa_type=String(32))
    source_id: uuid.UUID | None = Field(default=None, description="The deciding classification.")
    active: bool = Field(default=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)


class IntakeStep(RecordBase, table=True):
    __tablename__ = "intake_step"
    __table_args__ = (UniqueConstraint("episode_id", "step"),)

    inmate_id: uuid.UUID = Field(foreign_key="inmate.id", index=True)
    episode_id: uuid.UUID = Field(foreign_key="custody_episode.id")
    # An IntakeStepCode.
    step: str = Field(sa_type=String(32))
    completed_by: str = Field(max_length=100)
    completed_at: datetime = Field(sa_type=UTCDateTime, nullable=False)
    notes: str | None = Field(default=None, sa_type=Text)
    answers: dict[str, Any] = Field(default_factory=dict, sa_type=JSON, nullable=False)
