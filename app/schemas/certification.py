"""API shapes of assessor certifications."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import BaseModel, ConfigDict

from app.schemas.common import Code, RequestModel


class CertificationCreate(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "instrument_code": "DEMO-SPJ",
                    "issued_on": "2026-09-15",
                    "expires_on": "2028-09-14",
                    "issuing_organisation_id": "0b0e8a7c-5a5b-4c1e-9f7e-3c2a1b0d9e8f",
                }
            ]
        }
    )

    instrument_code: Code
    issued_on: date
    expires_on: date
    issuing_organisation_id: uuid.UUID | None = None


class CertificationPublic(BaseModel):
    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "id": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
                    "user_id": "5e2a9c1d-3b4f-4a6e-8d7c-1f2e3a4b5c6d",
                    "instrument_code": "DEMO-SPJ",
                    "issued_on": "2026-09-15",
                    "expires_on": "2028-09-14",
                    "issuing_organisation_id": "0b0e8a7c-5a5b-4c1e-9f7e-3c2a1b0d9e8f",
                    "source": "manual",
                    "source_id": None,
                    "created_at": "2026-09-16T08:00:00Z",
                }
            ]
        },
    )

    id: uuid.UUID
    user_id: uuid.UUID
    instrument_code: str
    issued_on: date
    expires_on: date
    issuing_organisation_id: uuid.UUID | None
    source: str
    source_id: uuid.UUID | None
    created_at: datetime
