"""API shapes of assessment instruments: domains, items, rating scales, versions."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StringConstraints, model_validator

from app.schemas.common import Code, Description, Name, Page, RequestModel, example_of, unchanged

ItemCode = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,39}$")]
RatingCode = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,39}$")]


class ItemKind(StrEnum):
    risk = "risk"
    protective = "protective"


class VersionStatus(StrEnum):
    draft = "draft"
    published = "published"


class Domain(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"code": "beliefs", "label_en": "Beliefs and attitudes", "label_fr": "Croyances"}
            ]
        }
    )

    code: ItemCode
    label_en: Name
    label_fr: Name


class Item(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "code": "commitment_to_ideology",
                    "domain": "beliefs",
                    "label_en": "Commitment to the ideology",
                    "label_fr": "Adhésion à l'idéologie",
                    "guidance_en": "How firmly the person holds the group's beliefs.",
                    "guidance_fr": "",
                    "kind": "risk",
                    "scale": ["low", "moderate", "high"],
                    "required": True,
                }
            ]
        }
    )

    code: ItemCode
    domain: ItemCode
    label_en: Name
    label_fr: Name
    guidance_en: Description = ""
    guidance_fr: Description = ""
    kind: ItemKind
    scale: list[RatingCode] = Field(
        min_length=2,
        max_length=10,
        examples=[["low", "moderate", "high"]],
        description="The ratings allowed for this item, in order.",
    )
    required: StrictBool = True


class VersionContent(RequestModel):
    """Domains and items of a version; every item names one of the domains."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"domains": [example_of(Domain)], "items": [example_of(Item)]}]
        }
    )

    domains: list[Domain] = Field(min_length=1, max_length=20)
    items: list[Item] = Field(min_length=1, max_length=200)

    @model_validator(mode="after")
    def _consistent(self) -> VersionContent:
        domain_codes = [domain.code for domain in self.domains]
        item_codes = [item.code for item in self.items]
        if len(set(domain_codes)) != len(domain_codes):
            raise ValueError("domain codes must be unique")
        if len(set(item_codes)) != len(item_codes):
            raise ValueError("item codes must be unique")
        unknown = sorted({item.domain for item in self.items} - set(domain_codes))
        if unknown:
            raise ValueError(f"items name unknown domains: {', '.join(unknown)}")
        for item in self.items:
            if len(set(item.scale)) != len(item.scale):
                raise ValueError(f"item {item.code}: the scale repeats a rating")
        return self


class InstrumentCreate(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "code": "DEMO-SPJ",
                    "name": "Demo structured professional judgement guide",
                    "description": "A fictional instrument for examples and tests.",
                }
            ]
        }
    )

    id: uuid.UUID | None = None
    code: Code
    name: Name
    description: Description = ""


class InstrumentUpdate(RequestModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"active": False}]})

    name: Name = unchanged()
    description: Description = unchanged()
    active: StrictBool = unchanged()


class VersionPublic(BaseModel):
    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "id": "4a7b9c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d",
                    "instrument_id": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
                    "number": 1,
                    "status": "published",
                    "domains": [example_of(Domain)],
                    "items": [example_of(Item)],
                    "published_at": "2026-02-01T09:00:00Z",
                    "version": 2,
                }
            ]
        },
    )

    id: uuid.UUID
    instrument_id: uuid.UUID
    number: int
    status: VersionStatus
    domains: list[Domain]
    items: list[Item]
    published_at: datetime | None
    version: int


class VersionSummary(BaseModel):
    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "id": "4a7b9c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d",
                    "number": 1,
                    "status": "published",
                    "published_at": "2026-02-01T09:00:00Z",
                }
            ]
        },
    )

    id: uuid.UUID
    number: int
    status: VersionStatus
    published_at: datetime | None


class InstrumentPublic(BaseModel):
    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "id": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
                    "code": "DEMO-SPJ",
                    "name": "Demo structured professional judgement guide",
                    "description": "A fictional instrument for examples and tests.",
                    "active": True,
                    "version": 1,
                    "created_at": "2026-01-20T09:00:00Z",
                    "updated_at": "2026-01-20T09:00:00Z",
                    "versions": [example_of(VersionSummary)],
                }
            ]
        },
    )

    id: uuid.UUID
    code: str
    name: str
    description: str
    active: bool
    version: int
    created_at: datetime
    updated_at: datetime
    versions: list[VersionSummary] = []


class InstrumentPage(Page[InstrumentPublic]):
    """A page of assessment instruments."""
