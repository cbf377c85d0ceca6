"""API shapes of incidents."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict

from app.schemas.common import RequestModel, printable


class IncidentKind(StrEnum):
    violence = "violence"
    threat = "threat"
    recruitment = "recruitment"
    contraband = "contraband"
    self_harm = "self_harm"
    other = "other"


class IncidentCreate(RequestModel):
    occurred_on: date
    kind: IncidentKind
    description: Annotated[str, printable(2000, lines=True)]


class IncidentPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    inmate_id: uuid.UUID
    occurred_on: date
    kind: IncidentKind
    description: str
    reported_by: str
    created_at: datetime
