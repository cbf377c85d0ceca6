"""Accreditation of assessors: who may rate with which instrument, until when."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Index, String
from sqlmodel import Field, SQLModel

from app.models.base import UTCDateTime, utcnow


class Certification(SQLModel, table=True):
    __tablename__ = "certification"
    __table_args__ = (
        Index("ix_certification_user_id_instrument_code", "user_id", "instrument_code"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    user_id: uuid.UUID = Field(foreign_key="app_user.id")
    instrument_code: str = Field(max_length=32)
    issued_on: date
    expires_on: date
    issuing_organisation_id: uuid.UUID | None = Field(default=None, foreign_key="organisation.id")
    # manual (an administrator) or training (a completed accrediting training session).
    source: str = Field(sa_type=String(16))
    source_id: uuid.UUID | None = None
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
