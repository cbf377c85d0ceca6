"""API shapes of break-the-glass access."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from app.schemas.common import RequestModel, printable


class EmergencyAccessRequest(RequestModel):
    reason: Annotated[str, printable(2000, min_length=20, lines=True)] = Field(
        description="Why the record is needed now (an emergency, a court request); at least "
        "20 characters. Reviewed by the facility's supervisor and the auditor.",
        examples=["Medical emergency at the Bamako court cells; needs the detainee's languages."],
    )


class EmergencyAccessPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    inmate_id: uuid.UUID
    user_id: uuid.UUID
    facility_id: uuid.UUID
    reason: str
    granted_at: datetime
    expires_at: datetime
