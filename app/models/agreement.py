"""Data-sharing agreements: the legal ground on which a partner organisation sees data."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import JSON, Index, String
from sqlmodel import Field

from app.models.base import RecordBase


class DataSharingAgreement(RecordBase, table=True):
    __tablename__ = "data_sharing_agreement"
    __table_args__ = (Index("ix_data_sharing_agreement_created_at_id", "created_at", "id"),)

    reference: str = Field(max_length=64, unique=True)
    organisation_id: uuid.UUID = Field(foreign_key="organisation.id", index=True)
    purpose: str = Field(max_length=2000)
    legal_basis: str = Field(max_length=1000)
    scopes: list[str] = Field(default_factory=list, sa_type=JSON, nullable=False)
    # Facility ids (as text) the agreement covers.
    facility_ids: list[str] = Field(default_factory=list, sa_type=JSON, nullable=False)
    valid_from: date
    valid_until: date
    signatory: str = Field(max_length=200)
    # An AgreementStatus code: active, suspended or terminated.
    status: str = Field(sa_type=String(16))
