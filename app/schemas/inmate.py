"""API shapes of inmates: what is written, and what each role may read."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
)

from app.schemas.common import (
    Description,
    LanguageCode,
    Name,
    Page,
    Phone,
    RequestModel,
    Sex,
    ShortText,
    example_of,
    unchanged,
)


class EducationLevel(StrEnum):
    none = "none"
    koranic = "koranic"
    primary = "primary"
    secondary = "secondary"
    vocational = "vocational"
    higher = "higher"
    unknown = "unknown"


class LegalStatus(StrEnum):
    pre_trial = "pre_trial"
    convicted = "convicted"
    acquitted = "acquitted"
    released = "released"
    transferred = "transferred"


PrisonNumber = Annotated[
    str,
    StringConstraints(strip_whitespace=True, pattern=r"^[A-Za-z0-9][A-Za-z0-9/.-]{0,31}$"),
    Field(description="Numéro d'écrou, unique within the facility.", examples=["MCA-2026-0042"]),
]
CountryCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]


class Charge(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "legal_basis": "Loi n°08-025 du 23 juillet 2008",
                    "description": "Fictional charge for the example.",
                }
            ]
        }
    )

    legal_basis: ShortText = Field(examples=["Loi n°08-025 du 23 juillet 2008"])
    description: Description


class FamilyContact(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "name": "Exemple Mère Fictive",
                    "relationship": "mother",
                    "phone": "+223 70 00 00 00",
                    "address": "Quartier Fictif, Mopti",
                }
            ]
        }
    )

    name: Name
    relationship: ShortText
    phone: Phone | None = None
    address: ShortText | None = None


class InmateIdentity(RequestModel):
    """The fields that identify a person, as the duplicate check compares them."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "family_name": "Exemple",
                    "given_names": "Fictif",
                    "aliases": ["Fictif le Jeune"],
                    "birth_year": 1998,
                }
            ]
        }
    )

    family_name: Name
    given_names: Name
    aliases: list[Name] = Field(default_factory=list, max_length=20)
    date_of_birth: date | None = None
    birth_year: int | None = Field(default=None, ge=1900, le=2100)

    @property
    def known_birth_year(self) -> int | None:
        return self.date_of_birth.year if self.date_of_birth else self.birth_year


class InmateCreate(InmateIdentity):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "facility_id": "2b1d6c0e-6f0e-4c84-9a58-2d2a3c1c9a11",
                    "prison_number": "MCA-2026-0042",
                    "family_name": "Exemple",
                    "given_names": "Fictif",
                    "sex": "male",
                    "birth_year": 1998,
                    "region_of_origin": "Mopti",
                    "languages": ["ffm", "bam"],
                    "charges": [{"legal_basis": "Loi n°08-025", "description": "Fictional"}],
                    "admission_date": "2026-11-20",
                }
            ]
        }
    )

    id: uuid.UUID | None = Field(default=None, description="Client-chosen id for offline creation.")
    facility_id: uuid.UUID
    prison_number: PrisonNumber
    sex: Sex
    nationality: CountryCode | None = None
    region_of_origin: ShortText | None = None
    place_of_origin: ShortText | None = None
    languages: list[LanguageCode] = Field(default_factory=list, max_length=20)
    education_level: EducationLevel | None = None
    prior_occupation: ShortText | None = None
    family_contact: FamilyContact | None = None
    charges: list[Charge] = Field(default_factory=list, max_length=50)
    case_reference: ShortText | None = None
    admission_date: date


class InmateUpdate(RequestModel):
    """Fields to change; absent fields stay. Facility and legal status have their own routes."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"languages": ["ffm", "bam", "fra"], "prior_occupation": "Herder"}]
        }
    )

    prison_number: PrisonNumber = unchanged()
    family_name: Name = unchanged()
    given_names: Name = unchanged()
    aliases: list[Name] = unchanged()
    sex: Sex = unchanged()
    date_of_birth: date | None = unchanged()
    birth_year: Annotated[int, Field(ge=1900, le=2100)] | None = unchanged()
    nationality: CountryCode | None = unchanged()
    region_of_origin: ShortText | None = unchanged()
    place_of_origin: ShortText | None = unchanged()
    languages: list[LanguageCode] = unchanged()
    education_level: EducationLevel | None = unchanged()
    prior_occupation: ShortText | None = unchanged()
    family_contact: FamilyContact | None = unchanged()
    charges: list[Charge] = unchanged()
    case_reference: ShortText | None = unchanged()


class InmateRestricted(BaseModel):
    """What programme staff see: identity, languages, legal status — no charges, no case
    reference, no family contact."""

    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "id": "0b0c4f4e-6a55-4c5e-9d59-1c6f7f0e0a11",
                    "facility_id": "2b1d6c0e-6f0e-4c84-9a58-2d2a3c1c9a11",
                    "prison_number": "MCA-2026-0042",
                    "family_name": "Exemple",
                    "given_names": "Fictif",
                    "aliases": [],
                    "sex": "male",
                    "date_of_birth": None,
                    "birth_year": 1998,
                    "nationality": "ML",
                    "region_of_origin": "Mopti",
                    "place_of_origin": None,
                    "languages": ["ffm", "bam"],
                    "education_level": "koranic",
                    "prior_occupation": "Herder",
                    "admission_date": "2026-11-20",
                    "legal_status": "pre_trial",
                    "housing_unit": "B",
                    "housing_cell": "B-12",
                    "current_episode_id": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
                    "security_level": "medium",
                    "last_visit_on": "2026-11-28",
                    "version": 3,
                    "created_at": "2026-11-20T09:30:00Z",
                    "updated_at": "2026-11-23T11:00:00Z",
                }
            ]
        },
    )

    id: uuid.UUID
    facility_id: uuid.UUID
    prison_number: str
    family_name: str
    given_names: str
    aliases: list[str]
    sex: Sex
    date_of_birth: date | None
    birth_year: int | None
    nationality: str | None
    region_of_origin: str | None
    place_of_origin: str | None
    languages: list[str]
    education_level: EducationLevel | None
    prior_occupation: str | None
    admission_date: date
    legal_status: LegalStatus
    housing_unit: str | None = Field(description="Current placement: unit.")
    housing_cell: str | None = Field(description="Current placement: cell.")
    current_episode_id: uuid.UUID | None
    security_level: str | None = Field(
        description="Level of the classification in force; eligibility needs it."
    )
    last_visit_on: date | None = Field(
        description="The last day of a visit or a dialogue session; null if none."
    )
    version: int
    created_at: datetime
    updated_at: datetime


class ChargePublic(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [example_of(Charge)]})

    legal_basis: str
    description: str


class FamilyContactPublic(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [example_of(FamilyContact)]})

    name: str
    relationship: str
    phone: str | None = None
    address: str | None = None


class InmatePublic(InmateRestricted):
    """The full record: registrar, assessor and supervisor."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    **example_of(InmateRestricted),
                    "family_contact": example_of(FamilyContact),
                    "charges": [example_of(Charge)],
                    "case_reference": "PJS/2026/114",
                }
            ]
        }
    )

    family_contact: FamilyContactPublic | None
    charges: list[ChargePublic]
    case_reference: str | None


class InmateMatch(BaseModel):
    """A record that may be the same person, and why."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "inmate": example_of(InmateRestricted),
                    "reasons": ["same name and birth year"],
                }
            ]
        }
    )

    inmate: InmateRestricted
    reasons: list[str]


class InmateMatches(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"matches": [example_of(InmateMatch)], "elsewhere": 1}]}
    )

    matches: list[InmateMatch]
    elsewhere: int = Field(
        description="Possible matches held in facilities the caller does not work in; "
        "ask the national registry."
    )


class InmatePage(Page[InmatePublic | InmateRestricted]):
    """A page of inmates, each as the caller's role may see them."""
