"""The change log behind the sync feed: one row per change of a record a tablet may hold,
numbered in commit order (see app/services/changes.py)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, Index, Integer, String
from sqlmodel import Field, SQLModel

from app.models.base import UTCDateTime, utcnow

# SQLite numbers rows itself only for an INTEGER primary key.
SEQ = BigInteger().with_variant(Integer(), "sqlite")


class Change(SQLModel, table=True):
    __tablename__ = "change"
    __table_args__ = (Index("ix_change_facility_id_seq", "facility_id", "seq"),)

    seq: int | None = Field(default=None, primary_key=True, sa_type=SEQ)
    # A sync type: inmates, intake, assessments, classifications.
    record_type: str = Field(sa_type=String(32))
    record_id: uuid.UUID
    # The person the record is about, and the facility holding them at the change: who
    # may see the change.
    inmate_id: uuid.UUID
    facility_id: uuid.UUID
    version: int
    # True when the record left this facility's view (transferred out, or withdrawn).
    removed: bool = False
    changed_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)


class ChangeLogHead(SQLModel, table=True):
    """A single row: writers lock it at commit, so that change numbers follow commit order."""

    __tablename__ = "change_log_head"

    id: int = Field(default=1, primary_key=True)
    commits: int = Field(default=0, sa_type=BigInteger)
