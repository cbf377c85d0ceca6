"""The tablets' change feed: what changed since a cursor, in commit order."""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from app.schemas.assessment import AssessmentPublic
from app.schemas.classification import ClassificationPublic
from app.schemas.common import example_of
from app.schemas.custody import IntakeStepRecord
from app.schemas.inmate import InmatePublic, InmateRestricted


class SyncType(StrEnum):
    """A kind of record the change feed carries."""

    inmates = "inmates"
    intake = "intake"
    assessments = "assessments"
    classifications = "classifications"


class ChangeOperation(StrEnum):
    """`upsert`: keep this record (created or changed). `remove`: drop it, and for an
    inmate everything about them: it left your view (transferred to a facility you do not
    work in)."""

    upsert = "upsert"
    remove = "remove"


SyncRecord = Annotated[
    InmatePublic | InmateRestricted | IntakeStepRecord | AssessmentPublic | ClassificationPublic,
    Field(description="The record as it stands now, as you may see it."),
]


class ChangeEntry(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "type": "inmates",
                    "id": "0b0c4f4e-6a55-4c5e-9d59-1c6f7f0e0a11",
                    "inmate_id": "0b0c4f4e-6a55-4c5e-9d59-1c6f7f0e0a11",
                    "operation": "upsert",
                    "version": 3,
                    "record": example_of(InmatePublic),
                }
            ]
        }
    )

    type: SyncType
    id: uuid.UUID
    inmate_id: uuid.UUID = Field(description="The person the record is about.")
    operation: ChangeOperation
    version: int = Field(description="The record's version this change made.")
    record: SyncRecord | None = Field(
        description="For an upsert, the record now (its `version` may be later than this "
        "change's: a later change follows); null for a removal, or when the record has "
        "since left your view (a removal follows)."
    )


class ChangeFeed(BaseModel):
    """Changes after the `since` cursor, oldest first."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "items": [example_of(ChangeEntry)],
                    "next_cursor": "WyJjaGFuZ2VzIiwiMDAwMDAwMDAtMDAwMC0wMDAwIiw0Ml0",
                    "has_more": False,
                }
            ]
        }
    )

    items: list[ChangeEntry]
    next_cursor: str = Field(
        description="Pass as `since` to get what changes next; keep it with your data."
    )
    has_more: bool = Field(description="Whether more changes wait beyond this page.")
