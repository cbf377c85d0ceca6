"""Assessment instruments and their versions. A published version never changes."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, String, Text, UniqueConstraint
from sqlmodel import Field

from app.models.base import RecordBase, UTCDateTime


class Instrument(RecordBase, table=True):
    __tablename__ = "instrument"

    code: str = Field(max_length=32, unique=True)
    name: str = Field(max_length=200)
    description: str = Field(default="", sa_type=Text)
    active: bool = Field(default=True)


class InstrumentVersion(RecordBase, table=True):
    """One version: its domains and items, kept together so that publishing freezes both."""

    __tablename__ = "instrument_version"
    __table_args__ = (UniqueConstraint("instrument_id", "number"),)

    instrument_id: uuid.UUID = Field(foreign_key="instrument.id", index=True)
    number: int
    # A VersionStatus code: draft or published.
    status: str = Field(sa_type=String(16))
    domains: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSON, nullable=False)
    items: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSON, nullable=False)
    published_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
