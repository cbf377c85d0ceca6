"""Organisations: the administration and the partners that work on the records."""

from __future__ import annotations

from sqlalchemy import Index, String
from sqlmodel import Field

from app.models.base import RecordBase


class Organisation(RecordBase, table=True):
    __tablename__ = "organisation"
    __table_args__ = (Index("ix_organisation_created_at_id", "created_at", "id"),)

    code: str = Field(max_length=32, unique=True)
    name: str = Field(max_length=200)
    # An OrganisationKind code; kept as text so that adding a kind needs no type migration.
    kind: str = Field(sa_type=String(32))
    country: str | None = Field(default=None, max_length=2)
    active: bool = Field(default=True)
