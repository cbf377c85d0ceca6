"""API shapes of assessment instruments: domains, items, rating scales, versions."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StringConstraints, model_validator

from app.schemas.common import Code, Description, Name, RequestModel, unchanged

ItemCode = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,39}$")]
RatingCode = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,39}$")]


class ItemKind(StrEnum):
    risk = "risk"
    protective = "protective"


class VersionStatus(StrEnum):
    draft = "draft"
    published = "published"


class Domain(RequestModel):
    code: ItemCode
    label_en: Name
    label_fr: Name


class Item(RequestModel):
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
    id: uuid.UUID | None = None
    code: Code
    name: Name
    description: Description = ""


class InstrumentUpdate(RequestModel):
    name: Name = unchanged()
    description: Description = unchanged()
    active: StrictBool = unchanged()


class VersionPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    instrument_id: uuid.UUID
    number: int
    status: VersionStatus
    domains: list[Domain]
    items: list[Item]
    published_at: datetime | None
    version: int


class VersionSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    number: int
    status: VersionStatus
    published_at: datetime | None


class InstrumentPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    code: str
    name: str
    description: str
    active: bool
    version: int
    created_at: datetime
    updated_at: datetime
    versions: list[VersionSummary] = []
