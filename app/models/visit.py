"""Visitors, visits and community dialogue sessions: the contact an inmate keeps with
family and community."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Index, String, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.models.base import RecordBase, UTCDateTime


class Visitor(RecordBase, table=True):
    """A person registered to visit: family, leaders, lawyers, NGO and consular staff."""

    __tablename__ = "visitor"
    __table_args__ = (
        Index("ix_visitor_created_at_id", "created_at", "id"),
        # One record per identity document, so that a ban cannot be dodged by registering again.
        UniqueConstraint("id_document_type", "id_document_number"),
    )

    family_name: str = Field(max_length=200)
    given_names: str = Field(max_length=200)
    # A VisitorKind code.
    kind: str = Field(sa_type=String(24), index=True)
    # Family only: whose relative, and how.
    inmate_id: uuid.UUID | None = Field(default=None, foreign_key="inmate.id", index=True)
    relationship: str | None = Field(default=None, max_length=100)
    organisation_name: str | None = Field(default=None, max_length=200)
    # The prison that registered the visitor (None: national staff).
    facility_id: uuid.UUID | None = Field(default=None, foreign_key="facility.id")
    # Restricted: shown to visits staff only.
    id_document_type: str | None = Field(default=None, sa_type=String(24))
    id_document_number: str | None = Field(default=None, max_length=64)
    phone: str | None = Field(default=None, max_length=32)
    address: str | None = Field(default=None, max_length=300)
    # Names folded for search.
    search_text: str = Field(sa_type=Text)
    # A VettingStatus code, as recorded; an approval past its expiry reads as expired.
    vetting_status: str = Field(sa_type=String(16))
    vetting_body: str | None = Field(default=None, max_length=200)
    vetted_on: date | None = None
    vetting_expires_on: date | None = None
    vetting_reference: str | None = Field(default=None, max_length=100)
    # A ban from visiting, over a period (open-ended without an end).
    banned_from: date | None = None
    banned_until: date | None = None
    ban_reason: str | None = Field(default=None, max_length=500)
    banned_by: str | None = Field(default=None, max_length=100)


class Visit(RecordBase, table=True):
    """A visit to one inmate: requested for a slot, approved or denied, then logged."""

    __tablename__ = "visit"
    __table_args__ = (
        Index("ix_visit_created_at_id", "created_at", "id"),
        Index("ix_visit_inmate_id_starts_at", "inmate_id", "starts_at"),
        Index("ix_visit_facility_id_starts_at", "facility_id", "starts_at"),
    )

    inmate_id: uuid.UUID = Field(foreign_key="inmate.id")
    # Where it takes place: the facility holding the inmate when it was requested.
    facility_id: uuid.UUID = Field(foreign_key="facility.id")
    # A VisitType code.
    type: str = Field(sa_type=String(16))
    # A VisitStatus code.
    status: str = Field(sa_type=String(16), index=True)
    # The requested slot.
    starts_at: datetime = Field(sa_type=UTCDateTime)
    ends_at: datetime = Field(sa_type=UTCDateTime)
    purpose: str | None = Field(default=None, max_length=2000)
    requested_by: str = Field(max_length=100)
    # The supervisor's decision, or the reason of a cancellation.
    decided_by: str | None = Field(default=None, max_length=100)
    decided_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    reason: str | None = Field(default=None, max_length=500)
    # The log.
    started_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    ended_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    log_notes: str | None = Field(default=None, max_length=2000)
    logged_by: str | None = Field(default=None, max_length=100)


class VisitVisitor(SQLModel, table=True):
    __tablename__ = "visit_visitor"
    __table_args__ = (UniqueConstraint("visit_id", "visitor_id"),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    visit_id: uuid.UUID = Field(foreign_key="visit.id", index=True)
    visitor_id: uuid.UUID = Field(foreign_key="visitor.id", index=True)


class DialogueSession(RecordBase, table=True):
    """A group session in a prison: inmates, community or religious leaders, and the
    organisation that facilitates it."""

    __tablename__ = "dialogue_session"
    __table_args__ = (
        Index("ix_dialogue_session_created_at_id", "created_at", "id"),
        Index("ix_dialogue_session_facility_id_starts_at", "facility_id", "starts_at"),
    )

    facility_id: uuid.UUID = Field(foreign_key="facility.id")
    facilitator_organisation_id: uuid.UUID = Field(foreign_key="organisation.id", index=True)
    topic: str = Field(max_length=200)
    starts_at: datetime = Field(sa_type=UTCDateTime)
    ends_at: datetime = Field(sa_type=UTCDateTime)
    # A DialogueStatus code.
    status: str = Field(sa_type=String(16))
    notes: str | None = Field(default=None, max_length=2000)
    outcome_notes: str | None = Field(default=None, max_length=4000)
    reason: str | None = Field(default=None, max_length=500)
    organised_by: str = Field(max_length=100)


class DialogueInmate(SQLModel, table=True):
    __tablename__ = "dialogue_inmate"
    __table_args__ = (UniqueConstraint("session_id", "inmate_id"),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    session_id: uuid.UUID = Field(foreign_key="dialogue_session.id", index=True)
    inmate_id: uuid.UUID = Field(foreign_key="inmate.id", index=True)


class DialogueLeader(SQLModel, table=True):
    __tablename__ = "dialogue_leader"
    __table_args__ = (UniqueConstraint("session_id", "visitor_id"),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    session_id: uuid.UUID = Field(foreign_key="dialogue_session.id", index=True)
    visitor_id: uuid.UUID = Field(foreign_key="visitor.id", index=True)
