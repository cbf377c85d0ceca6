"""Incidents involving an inmate: each calls for a review of the risk assessment."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import String, Text
from sqlmodel import Field, SQLModel

from app.models.base import UTCDateTime, utcnow


class Incident(SQLModel, table=True):
    __tablename__ = "incident"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    inmate_id: uuid.UUID = Field(foreign_key="inmate.id", index=True)
    occurred_on: date
    # An IncidentKind code.
    kind: str = Field(sa_type=String(32))
    description: str = Field(sa_type=Text)
    reported_by: str = Field(max_length=100)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
