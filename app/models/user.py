"""Staff users: who they are, their roles and the facilities they work in."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from app.models.base import RecordBase, UTCDateTime, utcnow


class User(RecordBase, table=True):
    # "user" is a reserved word in PostgreSQL.
    __tablename__ = "app_user"
    __table_args__ = (Index("ix_app_user_created_at_id", "created_at", "id"),)

    username: str = Field(max_length=64, unique=True)
    display_name: str = Field(max_length=200)
    password_hash: str = Field(max_length=255)
    organisation_id: uuid.UUID | None = Field(default=None, foreign_key="organisation.id")
    # National staff (headquarters, oversight) see every facility; others only their own.
    all_facilities: bool = Field(default=False)
    active: bool = Field(default=True)
    password_changed_at: datetime = Field(
        default_factory=utcnow, sa_type=UTCDateTime, nullable=False
    )


class UserRole(SQLModel, table=True):
    __tablename__ = "user_role"

    user_id: uuid.UUID = Field(foreign_key="app_user.id", primary_key=True)
    role_id: uuid.UUID = Field(foreign_key="role.id", primary_key=True, index=True)


class UserFacility(SQLModel, table=True):
    __tablename__ = "user_facility"

    user_id: uuid.UUID = Field(foreign_key="app_user.id", primary_key=True)
    facility_id: uuid.UUID = Field(foreign_key="facility.id", primary_key=True, index=True)
