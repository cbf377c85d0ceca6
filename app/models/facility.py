"""Facilities: the prisons whose records Passerelle keeps."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Index, false, text
from sqlmodel import Field

from app.models.base import RecordBase


class Facility(RecordBase, table=True):
    __tablename__ = "facility"
    __table_args__ = (Index("ix_facility_created_at_id", "created_at", "id"),)

    code: str = Field(max_length=32, unique=True)
    name: str = Field(max_length=200)
    region: str = Field(max_length=100)
    capacity: int | None = Field(default=None)
    active: bool = Field(default=True)
    # Whether programme providers see an enrolled inmate's first name (for the trainer).
    providers_see_first_name: bool = Field(
        default=False, sa_column_kwargs={"server_default": false()}
    )
    # The visit types (and "dialogue") refused to inmates at each security level
    # ("unclassified" for those without one); a legal visit is never refused.
    visit_restrictions: dict[str, Any] = Field(
        default_factory=dict,
        sa_type=JSON,
        nullable=False,
        sa_column_kwargs={"server_default": text("'{}'")},
    )
