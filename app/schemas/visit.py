"""API shapes of visitors, visits, dialogue sessions and contact monitoring."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Annotated, Any, Self

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field, model_validator

from app.schemas.common import (
    Description,
    Name,
    Page,
    Phone,
    RequestModel,
    ShortText,
    example_of,
    printable,
    unchanged,
)

# The longest a visit or a dialogue session may last.
MAX_SLOT = timedelta(hours=12)
MAX_PEOPLE = 30


class VisitorKind(StrEnum):
    family = "family"
    community_leader = "community_leader"
    religious_leader = "religious_leader"
    lawyer = "lawyer"
    ngo = "ngo"
    consular = "consular"
    other = "other"


class VettingStatus(StrEnum):
    not_required = "not_required"
    pending = "pending"
    approved = "approved"
    refused = "refused"
    expired = "expired"


class VettingDecisionStatus(StrEnum):
    """What a vetting decision records: `pending` (asked, no answer yet), `approved`,
    `refused`, or `not_required` (never for a religious leader). `expired` is never
    recorded: an approval reads so once past its `expires_on`."""

    pending = "pending"
    approved = "approved"
    refused = "refused"
    not_required = "not_required"


class IdDocumentType(StrEnum):
    national_id = "national_id"
    passport = "passport"
    consular_card = "consular_card"
    bar_card = "bar_card"
    other = "other"


class VisitType(StrEnum):
    family = "family"
    legal = "legal"
    religious = "religious"
    ngo = "ngo"
    consular = "consular"


class VisitStatus(StrEnum):
    requested = "requested"
    approved = "approved"
    denied = "denied"
    cancelled = "cancelled"
    occurred = "occurred"
    no_show = "no_show"


class VisitOutcome(StrEnum):
    occurred = "occurred"
    no_show = "no_show"


class RestrictedActivity(StrEnum):
    """What a facility may refuse at a security level: every visit type but legal, and
    dialogue sessions."""

    family = "family"
    religious = "religious"
    ngo = "ngo"
    consular = "consular"
    dialogue = "dialogue"


class RestrictionLevel(StrEnum):
    """A security level, or `unclassified` for inmates without a classification."""

    unclassified = "unclassified"
    minimum = "minimum"
    medium = "medium"
    high = "high"
    maximum = "maximum"


VisitRestrictions = Annotated[
    dict[RestrictionLevel, list[RestrictedActivity]],
    Field(
        description="For each security level, the visit types (and `dialogue`) refused to "
        "inmates at that level; a legal visit is never refused for the classification.",
        examples=[{"maximum": ["family", "ngo", "dialogue"], "high": ["dialogue"]}],
    ),
]

Reason = Annotated[str, printable(500)]


def _in_utc(value: datetime) -> datetime:
    return value.astimezone(UTC)


# A moment with its offset, kept in UTC: a visit's day is its UTC day, whatever the offset sent.
Moment = Annotated[AwareDatetime, AfterValidator(_in_utc)]


def _check_slot(starts_at: datetime, ends_at: datetime) -> None:
    if ends_at <= starts_at:
        raise ValueError("ends_at is not after starts_at")
    if ends_at - starts_at > MAX_SLOT:
        raise ValueError("a slot lasts at most 12 hours")


# Visitors


class VisitorCreate(RequestModel):
    """A person registered to visit. A family member names the inmate they are related to.
    A religious leader starts with vetting `pending`; other kinds `not_required`."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "family_name": "Exemple",
                    "given_names": "Mère Fictive",
                    "kind": "family",
                    "inmate_id": "0b0c4f4e-6a55-4c5e-9d59-1c6f7f0e0a11",
                    "relationship": "mother",
                    "id_document_type": "national_id",
                    "id_document_number": "DEMO-000123",
                }
            ]
        },
    )

    id: uuid.UUID | None = Field(
        default=None, description="Client-chosen id for records created offline."
    )
    family_name: Name
    given_names: Name
    kind: VisitorKind
    inmate_id: uuid.UUID | None = Field(
        default=None, description="Family only: the inmate the visitor is related to."
    )
    relationship: ShortText | None = Field(
        default=None, description="Family only: e.g. mother, brother, spouse."
    )
    organisation_name: Name | None = Field(
        default=None, description="For lawyers, NGO and consular staff, leaders' institution."
    )
    facility_id: uuid.UUID | None = Field(
        default=None,
        description="The prison registering the visitor: one of yours (by default the one "
        "you work in, if only one).",
    )
    id_document_type: IdDocumentType | None = None
    id_document_number: Annotated[str, printable(64)] | None = None
    phone: Phone | None = None
    address: Annotated[str, printable(300)] | None = None

    @model_validator(mode="after")
    def _family_link(self) -> Self:
        if self.kind is VisitorKind.family:
            if self.inmate_id is None or self.relationship is None:
                raise ValueError("a family visitor names inmate_id and relationship")
        elif self.inmate_id is not None or self.relationship is not None:
            raise ValueError("only a family visitor names inmate_id and relationship")
        if (self.id_document_type is None) != (self.id_document_number is None):
            raise ValueError("id_document_type and id_document_number go together")
        return self


class VisitorUpdate(RequestModel):
    """Fields to change; absent fields stay as they are. Vetting and bans have their own
    routes."""

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"phone": "+223 70 00 00 00"}]}
    )

    family_name: Name = unchanged()
    given_names: Name = unchanged()
    relationship: ShortText = unchanged()
    organisation_name: Name | None = unchanged()
    id_document_type: IdDocumentType | None = unchanged()
    id_document_number: Annotated[str, printable(64)] | None = unchanged()
    phone: Phone | None = unchanged()
    address: Annotated[str, printable(300)] | None = unchanged()


class VettingDecision(RequestModel):
    """The answer of the vetting body (e.g. the Ministry of Religious Affairs for religious
    leaders), as recorded by a supervisor."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "status": "approved",
                    "vetting_body": "Ministère des Affaires religieuses (démo)",
                    "vetted_on": "2026-11-02",
                    "expires_on": "2027-11-01",
                    "reference": "DEMO-VET-001",
                }
            ]
        },
    )

    status: VettingDecisionStatus
    vetting_body: Name | None = None
    vetted_on: date | None = None
    expires_on: date | None = Field(default=None, description="An approval lapses after it.")
    reference: ShortText | None = None

    @model_validator(mode="after")
    def _decided(self) -> Self:
        if self.status in ("approved", "refused") and (
            self.vetting_body is None or self.vetted_on is None
        ):
            raise ValueError("an approval or refusal names vetting_body and vetted_on")
        if self.expires_on is not None:
            if self.status != "approved":
                raise ValueError("only an approval expires")
            if self.vetted_on is not None and self.expires_on < self.vetted_on:
                raise ValueError("expires_on is before vetted_on")
        return self


class VisitorBan(RequestModel):
    """A ban from visiting any facility, from a day, until a day or open-ended."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "reason": "Attempted to pass a telephone (demo)",
                    "banned_from": "2026-11-20",
                    "banned_until": "2027-05-20",
                }
            ]
        },
    )

    reason: Reason
    banned_from: date
    banned_until: date | None = Field(default=None, description="Omit for an open-ended ban.")

    @model_validator(mode="after")
    def _period(self) -> Self:
        if self.banned_until is not None and self.banned_until < self.banned_from:
            raise ValueError("banned_until is before banned_from")
        return self


class VisitorSummary(BaseModel):
    """A visitor as a visit or a dialogue session lists them."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "6f1d2c3b-4a59-4e68-8f7a-9b0c1d2e3f40",
                    "family_name": "Exemple",
                    "given_names": "Mère Fictive",
                    "kind": "family",
                }
            ]
        }
    )

    id: uuid.UUID
    family_name: str
    given_names: str
    kind: VisitorKind


class VisitorRestricted(BaseModel):
    """A visitor as anyone who reads visits sees them: no identity document, no contact."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    **example_of(VisitorSummary),
                    "inmate_id": "0b0c4f4e-6a55-4c5e-9d59-1c6f7f0e0a11",
                    "relationship": "mother",
                    "organisation_name": None,
                    "facility_id": "2b1d6c0e-6f0e-4c84-9a58-2d2a3c1c9a11",
                    "vetting_status": "not_required",
                    "vetting_body": None,
                    "vetted_on": None,
                    "vetting_expires_on": None,
                    "vetting_reference": None,
                    "banned": False,
                    "banned_from": None,
                    "banned_until": None,
                    "ban_reason": None,
                    "version": 1,
                    "created_at": "2026-11-25T10:00:00Z",
                    "updated_at": "2026-11-25T10:00:00Z",
                }
            ]
        }
    )

    id: uuid.UUID
    family_name: str
    given_names: str
    kind: VisitorKind
    inmate_id: uuid.UUID | None = Field(
        description="Family: the related inmate (null where you may not see that inmate)."
    )
    relationship: str | None = Field(description="Family: shown with `inmate_id`.")
    organisation_name: str | None
    facility_id: uuid.UUID | None = Field(description="The prison that registered the visitor.")
    vetting_status: VettingStatus = Field(
        description="As of today: an approval past its expiry reads `expired`."
    )
    vetting_body: str | None
    vetted_on: date | None
    vetting_expires_on: date | None
    vetting_reference: str | None
    banned: bool = Field(description="Whether a ban is in force today.")
    banned_from: date | None
    banned_until: date | None
    ban_reason: str | None
    version: int
    created_at: datetime
    updated_at: datetime


class VisitorPublic(VisitorRestricted):
    """The full record: visits staff (scope `visits:write`) of a prison the visitor is
    linked to (registered there, related to someone held there, on a visit or leading a
    dialogue session there), or national staff."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    **example_of(VisitorRestricted),
                    "id_document_type": "national_id",
                    "id_document_number": "DEMO-000123",
                    "phone": "+223 70 00 00 00",
                    "address": "Quartier Fictif, Mopti",
                }
            ]
        }
    )

    id_document_type: IdDocumentType | None
    id_document_number: str | None
    phone: str | None
    address: str | None


# Visits


class VisitCreate(RequestModel):
    """A request for a visit to an inmate, with its visitors and the slot asked for."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "inmate_id": "0b0c4f4e-6a55-4c5e-9d59-1c6f7f0e0a11",
                    "type": "family",
                    "visitor_ids": ["6f1d2c3b-4a59-4e68-8f7a-9b0c1d2e3f40"],
                    "starts_at": "2026-12-05T09:00:00Z",
                    "ends_at": "2026-12-05T10:00:00Z",
                    "purpose": "Monthly family visit",
                }
            ]
        },
    )

    id: uuid.UUID | None = Field(
        default=None, description="Client-chosen id for records created offline."
    )
    inmate_id: uuid.UUID
    type: VisitType
    visitor_ids: Annotated[list[uuid.UUID], Field(min_length=1, max_length=10)]
    starts_at: Moment
    ends_at: Moment
    purpose: Description | None = None

    @model_validator(mode="after")
    def _slot(self) -> Self:
        _check_slot(self.starts_at, self.ends_at)
        if len(set(self.visitor_ids)) != len(self.visitor_ids):
            raise ValueError("a visitor is named twice")
        return self


class VisitDecision(RequestModel):
    """A supervisor's decision; a denial gives its reason."""

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"reason": "Visiting room closed"}]}
    )

    reason: Reason | None = None


class VisitReason(RequestModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"reason": "Family asked to postpone"}]}
    )

    reason: Reason


class VisitLog(RequestModel):
    """What happened: the visit took place (with its times) or nobody came."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "outcome": "occurred",
                    "started_at": "2026-12-05T09:05:00Z",
                    "ended_at": "2026-12-05T09:55:00Z",
                    "notes": "Calm visit.",
                }
            ]
        },
    )

    outcome: VisitOutcome
    started_at: Moment | None = None
    ended_at: Moment | None = None
    notes: Description | None = None

    @model_validator(mode="after")
    def _times(self) -> Self:
        if self.outcome is VisitOutcome.occurred:
            if self.started_at is None or self.ended_at is None:
                raise ValueError("a visit that occurred names started_at and ended_at")
            _check_slot(self.started_at, self.ended_at)
        elif self.started_at is not None or self.ended_at is not None:
            raise ValueError("a no-show has no times")
        return self


class VisitPublic(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "1f2a3b4c-5d6e-4f7a-8b9c-0d1e2f3a4b5c",
                    "inmate_id": "0b0c4f4e-6a55-4c5e-9d59-1c6f7f0e0a11",
                    "facility_id": "2b1d6c0e-6f0e-4c84-9a58-2d2a3c1c9a11",
                    "type": "family",
                    "status": "occurred",
                    "visitors": [example_of(VisitorSummary)],
                    "starts_at": "2026-12-05T09:00:00Z",
                    "ends_at": "2026-12-05T10:00:00Z",
                    "purpose": "Monthly family visit",
                    "requested_by": "user:5e2a9c1d-3b4f-4a6e-8d7c-1f2e3a4b5c6d",
                    "decided_by": "user:7f8e9d0c-1b2a-4938-8776-5a4b3c2d1e0f",
                    "decided_at": "2026-12-01T11:00:00Z",
                    "reason": None,
                    "started_at": "2026-12-05T09:05:00Z",
                    "ended_at": "2026-12-05T09:55:00Z",
                    "log_notes": "Calm visit.",
                    "logged_by": "user:5e2a9c1d-3b4f-4a6e-8d7c-1f2e3a4b5c6d",
                    "version": 4,
                    "created_at": "2026-11-28T10:00:00Z",
                    "updated_at": "2026-12-05T10:00:00Z",
                }
            ]
        }
    )

    id: uuid.UUID
    inmate_id: uuid.UUID
    facility_id: uuid.UUID
    type: VisitType
    status: VisitStatus
    visitors: list[VisitorSummary]
    starts_at: datetime
    ends_at: datetime
    purpose: str | None
    requested_by: str
    decided_by: str | None
    decided_at: datetime | None
    reason: str | None = Field(description="Of a denial, an approval or a cancellation.")
    started_at: datetime | None
    ended_at: datetime | None
    log_notes: str | None
    logged_by: str | None
    version: int
    created_at: datetime
    updated_at: datetime


# Dialogue sessions


class DialogueStatus(StrEnum):
    planned = "planned"
    held = "held"
    cancelled = "cancelled"


class DialogueSessionCreate(RequestModel):
    """A community dialogue session in a facility."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "facility_id": "2d4c7a8e-9f0b-4c1d-8e2f-3a4b5c6d7e8f",
                    "facilitator_organisation_id": "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                    "topic": "Returning home: what the community expects",
                    "starts_at": "2026-12-10T09:00:00Z",
                    "ends_at": "2026-12-10T12:00:00Z",
                    "inmate_ids": ["0b0c4f4e-6a55-4c5e-9d59-1c6f7f0e0a11"],
                    "leader_ids": ["6f1d2c3b-4a59-4e68-8f7a-9b0c1d2e3f40"],
                }
            ]
        },
    )

    id: uuid.UUID | None = Field(
        default=None, description="Client-chosen id for records created offline."
    )
    facility_id: uuid.UUID
    facilitator_organisation_id: uuid.UUID
    topic: Name
    starts_at: Moment
    ends_at: Moment
    inmate_ids: Annotated[list[uuid.UUID], Field(min_length=1, max_length=MAX_PEOPLE)]
    leader_ids: Annotated[
        list[uuid.UUID],
        Field(
            min_length=1,
            max_length=MAX_PEOPLE,
            description="Visitors of kind community_leader or religious_leader.",
        ),
    ]
    notes: Description | None = None

    @model_validator(mode="after")
    def _check(self) -> Self:
        _check_slot(self.starts_at, self.ends_at)
        for name in ("inmate_ids", "leader_ids"):
            values = getattr(self, name)
            if len(set(values)) != len(values):
                raise ValueError(f"{name} names someone twice")
        return self


class DialogueSessionUpdate(RequestModel):
    """Changes to a planned session; the rules are checked again on the new line-up."""

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"topic": "Forgiveness and return"}]}
    )

    facilitator_organisation_id: uuid.UUID = unchanged()
    topic: Name = unchanged()
    starts_at: Moment = unchanged()
    ends_at: Moment = unchanged()
    inmate_ids: Annotated[list[uuid.UUID], Field(min_length=1, max_length=MAX_PEOPLE)] = unchanged()
    leader_ids: Annotated[list[uuid.UUID], Field(min_length=1, max_length=MAX_PEOPLE)] = unchanged()
    notes: Description | None = unchanged()

    @model_validator(mode="after")
    def _check(self) -> Self:
        for name in ("inmate_ids", "leader_ids"):
            values = getattr(self, name)
            if values is not None and len(set(values)) != len(values):
                raise ValueError(f"{name} names someone twice")
        return self


class DialogueOutcome(RequestModel):
    """The session took place: what came of it."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"outcome_notes": "Leaders agreed to meet families before release."}]
        },
    )

    outcome_notes: Annotated[str, printable(4000, lines=True)]


_LEADER_EXAMPLE: dict[str, Any] = {
    "id": "8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b",
    "family_name": "Fictif",
    "given_names": "Imam Synthétique",
    "kind": "religious_leader",
}


class DialogueSessionPublic(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d",
                    "facility_id": "2d4c7a8e-9f0b-4c1d-8e2f-3a4b5c6d7e8f",
                    "facilitator_organisation_id": "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                    "topic": "Returning home: what the community expects",
                    "starts_at": "2026-12-10T09:00:00Z",
                    "ends_at": "2026-12-10T12:00:00Z",
                    "status": "held",
                    "inmate_ids": ["0b0c4f4e-6a55-4c5e-9d59-1c6f7f0e0a11"],
                    "leaders": [_LEADER_EXAMPLE],
                    "notes": None,
                    "outcome_notes": "Leaders agreed to meet families before release.",
                    "reason": None,
                    "organised_by": "user:5e2a9c1d-3b4f-4a6e-8d7c-1f2e3a4b5c6d",
                    "version": 2,
                    "created_at": "2026-12-01T10:00:00Z",
                    "updated_at": "2026-12-10T12:30:00Z",
                }
            ]
        }
    )

    id: uuid.UUID
    facility_id: uuid.UUID
    facilitator_organisation_id: uuid.UUID
    topic: str
    starts_at: datetime
    ends_at: datetime
    status: DialogueStatus
    inmate_ids: list[uuid.UUID]
    leaders: list[VisitorSummary]
    notes: str | None
    outcome_notes: str | None
    reason: str | None = Field(description="Of a cancellation.")
    organised_by: str
    version: int
    created_at: datetime
    updated_at: datetime


class DialogueSessionPartnerView(BaseModel):
    """A session as its facilitating organisation sees it: inmates only by pseudonym."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d",
                    "facility_id": "2d4c7a8e-9f0b-4c1d-8e2f-3a4b5c6d7e8f",
                    "facilitator_organisation_id": "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                    "topic": "Returning home: what the community expects",
                    "starts_at": "2026-12-10T09:00:00Z",
                    "ends_at": "2026-12-10T12:00:00Z",
                    "status": "held",
                    "subject_refs": ["sr_f7o3rxmapdzh2w24u7r7p3mr"],
                    "leaders": [_LEADER_EXAMPLE],
                    "outcome_notes": "Leaders agreed to meet families before release.",
                    "version": 2,
                    "created_at": "2026-12-01T10:00:00Z",
                    "updated_at": "2026-12-10T12:30:00Z",
                }
            ]
        }
    )

    id: uuid.UUID
    facility_id: uuid.UUID
    facilitator_organisation_id: uuid.UUID
    topic: str
    starts_at: datetime
    ends_at: datetime
    status: DialogueStatus
    subject_refs: list[str] = Field(
        description="The inmates, pseudonymously, for your organisation."
    )
    leaders: list[VisitorSummary]
    outcome_notes: str | None
    version: int
    created_at: datetime
    updated_at: datetime


# Contact monitoring


class WithoutContact(BaseModel):
    """An inmate held without a visit or a dialogue session for longer than asked."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "inmate_id": "0b0c4f4e-6a55-4c5e-9d59-1c6f7f0e0a11",
                    "facility_id": "2b1d6c0e-6f0e-4c84-9a58-2d2a3c1c9a11",
                    "prison_number": "MCA-2026-0042",
                    "family_name": "Exemple",
                    "given_names": "Fictif",
                    "admission_date": "2026-06-02",
                    "last_visit_on": "2026-08-15",
                    "days_without_contact": 110,
                }
            ]
        }
    )

    inmate_id: uuid.UUID
    facility_id: uuid.UUID
    prison_number: str
    family_name: str
    given_names: str
    admission_date: date
    last_visit_on: date | None = Field(
        description="The last visit or dialogue session recorded (it may predate this "
        "custody); null if none."
    )
    days_without_contact: int = Field(
        description="Days since the last visit or dialogue session, or since admission."
    )


class VisitorPage(Page[VisitorPublic | VisitorRestricted]):
    """A page of visitors, each as the caller may see them."""


class VisitPage(Page[VisitPublic]):
    """A page of visits."""


class DialogueSessionPage(Page[DialogueSessionPublic | DialogueSessionPartnerView]):
    """A page of dialogue sessions; a facilitating partner sees its own view."""


class WithoutContactPage(Page[WithoutContact]):
    """A page of inmates held without contact for longer than asked."""
