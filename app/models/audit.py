"""The append-only audit log and the head of its hash chain."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, Integer
from sqlmodel import Field, SQLModel

from app.models.base import UTCDateTime, utcnow

# SQLite only auto-increments an INTEGER PRIMARY KEY; PostgreSQL gets a bigint identity.
AuditId = BigInteger().with_variant(Integer(), "sqlite")


class AuditEvent(SQLModel, table=True):
    """One thing someone did or looked at.

    ``id`` comes from a database sequence inside the writer's own transaction, so writers
    never wait on each other; ``chain_position``, ``prev_hash`` and ``hash`` are filled
    later by the sealer, which chains committed events one after another.
    """

    __tablename__ = "audit_event"

    id: int | None = Field(
        default=None, sa_column=Column(AuditId, primary_key=True, autoincrement=True)
    )
    occurred_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
    actor: str = Field(max_length=100)
    client: str | None = Field(default=None, max_length=100)
    client_address: str | None = Field(default=None, max_length=64)
    action: str = Field(max_length=64)
    record_type: str = Field(max_length=64)
    record_id: str | None = Field(default=None, max_length=64)
    request_id: str | None = Field(default=None, max_length=64)
    detail: dict[str, Any] = Field(default_factory=dict, sa_type=JSON, nullable=False)
    chain_position: int | None = Field(default=None, sa_type=BigInteger, unique=True)
    prev_hash: str | None = Field(default=None, max_length=64)
    hash: str | None = Field(default=None, max_length=64)
    sealed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class AuditChainHead(SQLModel, table=True):
    """A single row: where the chain ends. Sealers lock it, so only one seals at a time."""

    __tablename__ = "audit_chain_head"

    id: int = Field(default=1, primary_key=True, sa_column_kwargs={"autoincrement": False})
    position: int = Field(default=0, sa_type=BigInteger)
    last_hash: str = Field(max_length=64)
    last_event_id: int = Field(default=0, sa_type=BigInteger)
