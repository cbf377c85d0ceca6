"""Break-the-glass grants: read access to one record of another facility, for a few hours."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Index, Text
from sqlmodel import Field, SQLModel

from app.models.base import UTCDateTime, utcnow


class EmergencyAccess(SQLModel, table=True):
    __tablename__ = "emergency_access"
    __table_args__ = (Index("ix_emergency_access_inmate_id_user_id", "inmate_id", "user_id"),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    inmate_id: uuid.UUID = Field(foreign_key="inmate.id")
    user_id: uuid.UUID = Field(foreign_key="app_user.id")
    # The facility holding the inmate when access was granted: its supervisor reviews it.
    facility_id: uuid.UUID = Field(foreign_key="facility.id", index=True)
    reason: str = Field(sa_type=Text)
    granted_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
    expires_at: datetime = Field(sa_type=UTCDateTime, nullable=False)
