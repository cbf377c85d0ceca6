"""Security classification decisions, effective-dated, with the housing constraints they set."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Index, String, Text
from sqlmodel import Field, SQLModel

from app.models.base import UTCDateTime, utcnow


class Classification(SQLModel, table=True):
    __tablename__ = "classification"
    __table_args__ = (
        Index("ix_classification_inmate_id_effective_date", "inmate_id", "effective_date"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    inmate_id: uuid.UUID = Field(foreign_key="inmate.id")
    assessment_id: uuid.UUID = Field(foreign_key="assessment.id")
    # SecurityLevel codes: the decision, and what the assessment's judgement suggests.
    security_level: str = Field(sa_type=String(16))
    suggested_level: str = Field(sa_type=String(16))
    override: bool = False
    justification: str | None = Field(default=None, sa_type=Text)
    review_by: date | None = None
    single_cell: bool = False
    separate_from_group: str | None = Field(default=None, max_length=100)
    effective_date: date
    decided_by: str = Field(max_length=100)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
