"""Roles: named sets of scopes, stored as data so that an administration can adapt them."""

from __future__ import annotations

from sqlalchemy import JSON
from sqlmodel import Field

from app.models.base import RecordBase


class Role(RecordBase, table=True):
    __tablename__ = "role"

    code: str = Field(max_length=40, unique=True)
    name: str = Field(max_length=200)
    description: str = Field(default="", max_length=1000)
    scopes: list[str] = Field(default_factory=list, sa_type=JSON, nullable=False)
    # Holders see only their own organisation's records (partners).
    organisation_scoped: bool = Field(default=False)
    # Seeded from the specification; may be changed, never deleted.
    builtin: bool = Field(default=False)
