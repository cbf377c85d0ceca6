"""API shapes of break-the-glass access."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from app.schemas.common import Page, RequestModel, printable


class EmergencyAccessRequest(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "reason": "Medical emergency at the Bamako court cells; needs the "
                    "detainee's languages."
                }
            ]
        }
    )

    reason: Annotated[str, printable(2000, min_length=20, lines=True)] = Field(
        description="Why the record is needed now (an emergency, a court request); at least "
        "20 characters. Reviewed by the facility's supervisor and the auditor.",
        examples=["Medical emergency at the Bamako court cells; needs the detainee's languages."],
    )


class EmergencyAccessPublic(BaseModel):
    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "id": "8f9a0b1c-2d3e-4f4a-9b5c-6d7e8f9a0b1c",
                    "inmate_id": "0b0c4f4e-6a55-4c5e-9d59-1c6f7f0e0a11",
                    "user_id": "5e2a9c1d-3b4f-4a6e-8d7c-1f2e3a4b5c6d",
                    "facility_id": "2b1d6c0e-6f0e-4c84-9a58-2d2a3c1c9a11",
                    "reason": "Medical emergency at the Bamako court cells; needs the "
                    "detainee's languages.",
                    "granted_at": "2026-12-03T22:10:00Z",
                    "expires_at": "2026-12-04T02:10:00Z",
                }
            ]
        },
    )

    id: uuid.UUID
    inmate_id: uuid.UUID
    user_id: uuid.UUID
    facility_id: uuid.UUID
    reason: str
    granted_at: datetime
    expires_at: datetime


class EmergencyAccessPage(Page[EmergencyAccessPublic]):
    """A page of break-the-glass accesses."""
