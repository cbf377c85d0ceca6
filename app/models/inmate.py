"""Inmates and their custody episodes: one person, however often they come back."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import JSON, Index, String, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.models.base import RecordBase


class Inmate(RecordBase, table=True):
    __tablename__ = "inmate"
    __table_args__ = (
        UniqueConstraint("facility_id", "prison_number"),
        Index("ix_inmate_created_at_id", "created_at", "id"),
        Index("ix_inmate_facility_id_created_at_id", "facility_id", "created_at", "id"),
        Index("ix_inmate_facility_id_review_due_on", "facility_id", "review_due_on"),
        Index("ix_inmate_facility_id_last_visit_on", "facility_id", "last_visit_on"),
    )

    # The facility holding the inmate now; who may see the record follows it.
    facility_id: uuid.UUID = Field(foreign_key="facility.id")
    prison_number: str = Field(max_length=32)
    family_name: str = Field(max_length=200)
    given_names: str = Field(max_length=200)
    aliases: list[str] = Field(default_factory=list, sa_type=JSON, nullable=False)
    # A Sex code.
    sex: str = Field(sa_type=String(8))
    date_of_birth: date | None = None
    # Known alone when only the year is known; derived from the date of birth otherwise.
    birth_year: int | None = Field(default=None, index=True)
    nationality: str | None = Field(default=None, max_length=2)
    region_of_origin: str | None = Field(default=None, max_length=100, index=True)
    place_of_origin: str | None = Field(default=None, max_length=100)
    languages: list[str] = Field(default_factory=list, sa_type=JSON, nullable=False)
    education_level: str | None = Field(default=None, sa_type=String(16))
    prior_occupation: str | None = Field(default=None, max_length=100)
    family_contact: dict[str, Any] | None = Field(default=None, sa_type=JSON)
    charges: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSON, nullable=False)
    case_reference: str | None = Field(default=None, max_length=100)
    admission_date: date
    # A LegalStatus code, following the latest entry of the legal status history.
    legal_status: str = Field(sa_type=String(16), index=True)
    # Names, aliases and prison number folded to lower case without accents, for search.
    search_text: str = Field(sa_type=Text)
    current_episode_id: uuid.UUID | None = Field(default=None)
    # The level of the classification in force, copied here for eligibility checks and lists.
    security_level: str | None = Field(default=None, sa_type=String(16))
    # Set by an event that calls for a new assessment (transfer, legal status, incident,
    # a verified high-risk judgement); cleared when the next assessment is verified.
    review_due_reason: str | None = Field(default=None, max_length=200)
    review_due_since: date | None = None
    # From the latest verified assessment, and from a classification override in force:
    # copied here so that the due list reads one table.
    next_review_date: date | None = None
    override_review_by: date | None = None
    # The earliest of the dates above (admission if never assessed): see services.reviews.
    review_due_on: date | None = None
    # The open placement, copied here so that lists need no join.
    housing_unit: str | None = Field(default=None, max_length=50)
    housing_cell: str | None = Field(default=None, max_length=50)
    match_key: str = Field(max_length=1000, index=True)
    # The last day the inmate had a visit or took part in a dialogue session.
    last_visit_on: date | None = None
    # The overall judgement of the latest verified assessment, copied here for statistics.
    risk_judgement: str | None = Field(default=None, sa_type=String(16))


class CustodyEpisode(SQLModel, table=True):
    """One stay in custody, from admission to release; a returning person opens a new one."""

    __tablename__ = "custody_episode"
    __table_args__ = (UniqueConstraint("inmate_id", "number"),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    inmate_id: uuid.UUID = Field(foreign_key="inmate.id", index=True)
    number: int
    facility_id: uuid.UUID = Field(foreign_key="facility.id")
    admission_date: date
    release_date: date | None = None
    # Where the person was held when the episode ended (after any transfer).
    release_facility_id: uuid.UUID | None = Field(default=None, foreign_key="facility.id")
