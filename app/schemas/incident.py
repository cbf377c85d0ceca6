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
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "occurred_on": "2026-11-27",
                    "kind": "threat",
                    "description": "Fictional example: threatened a cellmate during prayer.",
                }
            ]
        }
    )

    occurred_on: date
    kind: IncidentKind
    description: Annotated[str, printable(2000, lines=True)]


class IncidentPublic(BaseModel):
    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "id": "9b0c1d2e-3f4a-4b5c-8d6e-7f8a9b0c1d2e",
                    "inmate_id": "0b0c4f4e-6a55-4c5e-9d59-1c6f7f0e0a11",
                    "occurred_on": "2026-11-27",
                    "kind": "threat",
                    "description": "Fictional example: threatened a cellmate during prayer.",
                    "reported_by": "user:5e2a9c1d-3b4f-4a6e-8d7c-1f2e3a4b5c6d",
                    "created_at": "2026-11-27T16:45:00Z",
                }
            ]
        },
    )

    id: uuid.UUID
    inmate_id: uuid.UUID
    occurred_on: date
    kind: IncidentKind
    description: str
    reported_by: str
    created_at: datetime
