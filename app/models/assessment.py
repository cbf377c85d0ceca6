"""Risk assessments: one inmate rated on one published instrument version."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Index, String, Text
from sqlmodel import Field

from app.models.base import RecordBase, UTCDateTime


class Assessment(RecordBase, table=True):
    __tablename__ = "assessment"
    __table_args__ = (
        Index("ix_assessment_inmate_id_status", "inmate_id", "status"),
        Index("ix_assessment_created_at_id", "created_at", "id"),
    )

    inmate_id: uuid.UUID = Field(foreign_key="inmate.id")
    instrument_version_id: uuid.UUID = Field(foreign_key="instrument_version.id")
    # An AssessmentKind and an AssessmentStatus code.
    kind: str = Field(sa_type=String(16))
    status: str = Field(sa_type=String(16), index=True)
    assessor_id: uuid.UUID = Field(foreign_key="app_user.id")
    # {item code: {"rating": ..., "evidence": ...}}
    ratings: dict[str, Any] = Field(default_factory=dict, sa_type=JSON, nullable=False)
    overall_judgement: str | None = Field(default=None, sa_type=String(16))
    rationale: str | None = Field(default=None, sa_type=Text)
    interventions: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSON, nullable=False)
    submitted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    verified_by: uuid.UUID | None = Field(default=None, foreign_key="app_user.id")
    verified_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    return_comments: str | None = Field(default=None, sa_type=Text)
    # When it was last returned for rework.
    returned_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    next_review_date: date | None = Field(default=None, index=True)
