"""API shapes of data-sharing agreements."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from app.schemas.common import Name, Page, RequestModel, printable, unchanged
from app.security import Scope

LongText = Annotated[str, printable(2000, lines=True)]
LegalBasis = Annotated[str, printable(1000, lines=True)]


class AgreementStatus(StrEnum):
    active = "active"
    suspended = "suspended"
    terminated = "terminated"


class AgreementCreate(RequestModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "reference": "DSA-ICCT-2026-01",
                    "organisation_id": "0b0e8a7c-5a5b-4c1e-9f7e-3c2a1b0d9e8f",
                    "purpose": "Attendance of staff trainings run by the partner",
                    "legal_basis": "Memorandum of understanding with DNAPES",
                    "scopes": ["training:read", "attendance:sync"],
                    "facility_ids": ["2b1d6c0e-6f0e-4c84-9a58-2d2a3c1c9a11"],
                    "valid_from": "2026-01-01",
                    "valid_until": "2026-12-31",
                    "signatory": "Director, DNAPES",
                }
            ]
        },
    )

    id: uuid.UUID | None = None
    reference: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._/-]{1,63}$")]
    organisation_id: uuid.UUID
    purpose: LongText
    legal_basis: LegalBasis
    scopes: list[Scope] = Field(min_length=1)
    facility_ids: list[uuid.UUID] = Field(default_factory=list)
    valid_from: date
    valid_until: date
    signatory: Name
    status: AgreementStatus = AgreementStatus.active

    @model_validator(mode="after")
    def _period(self) -> AgreementCreate:
        if self.valid_until < self.valid_from:
            raise ValueError("valid_until is before valid_from")
        return self


class AgreementUpdate(RequestModel):
    """Suspend with `status: suspended`: the partner's tokens stop at their next request."""

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"status": "suspended"}]}
    )

    purpose: LongText = unchanged()
    legal_basis: LegalBasis = unchanged()
    scopes: list[Scope] = unchanged()
    facility_ids: list[uuid.UUID] = unchanged()
    valid_until: date = unchanged()
    signatory: Name = unchanged()
    status: AgreementStatus = unchanged()


class AgreementPublic(BaseModel):
    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "id": "9d3e5f7a-1b2c-4d3e-8f4a-5b6c7d8e9f01",
                    "reference": "DSA-ICCT-2026-01",
                    "organisation_id": "0b0e8a7c-5a5b-4c1e-9f7e-3c2a1b0d9e8f",
                    "purpose": "Attendance of staff trainings run by the partner",
                    "legal_basis": "Memorandum of understanding with DNAPES",
                    "scopes": ["training:read", "attendance:sync"],
                    "facility_ids": ["2b1d6c0e-6f0e-4c84-9a58-2d2a3c1c9a11"],
                    "valid_from": "2026-01-01",
                    "valid_until": "2026-12-31",
                    "signatory": "Director, DNAPES",
                    "status": "active",
                    "version": 1,
                    "created_at": "2025-12-15T10:00:00Z",
                    "updated_at": "2025-12-15T10:00:00Z",
                }
            ]
        },
    )

    id: uuid.UUID
    reference: str
    organisation_id: uuid.UUID
    purpose: str
    legal_basis: str
    scopes: list[str]
    facility_ids: list[uuid.UUID]
    valid_from: date
    valid_until: date
    signatory: str
    status: AgreementStatus
    version: int
    created_at: datetime
    updated_at: datetime


class AgreementPage(Page[AgreementPublic]):
    """A page of data-sharing agreements."""
