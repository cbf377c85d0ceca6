"""API shapes of assessor certifications."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import BaseModel, ConfigDict

from app.schemas.common import Code, RequestModel


class CertificationCreate(RequestModel):
    instrument_code: Code
    issued_on: date
    expires_on: date
    issuing_organisation_id: uuid.UUID | None = None


class CertificationPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    user_id: uuid.UUID
    instrument_code: str
    issued_on: date
    expires_on: date
    issuing_organisation_id: uuid.UUID | None
    source: str
    source_id: uuid.UUID | None
    created_at: datetime
