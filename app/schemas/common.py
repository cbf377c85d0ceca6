"""Shapes shared by every resource: pages of items."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import StrEnum
from typing import Annotated, Any, Generic, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from app.i18n import LANGUAGES

ItemT = TypeVar("ItemT")


class RequestModel(BaseModel):
    """A request body: unknown fields are refused. Numbers and flags use strict types
    (`StrictBool`, `Strict()`), so `true` is no number and `"5"` no integer."""

    model_config = ConfigDict(extra="forbid")


# Text a person types: no control characters (PostgreSQL refuses NUL; logs must not carry
# line breaks or escape codes from clients), surrounding spaces removed.
_ONE_LINE = r"^[^\x00-\x1f\x7f]*$"
_PARAGRAPHS = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]*$"


def printable(max_length: int, min_length: int = 1, *, lines: bool = False) -> StringConstraints:
    """Constraints of printable text between the two lengths; one line unless ``lines``."""
    return StringConstraints(
        strip_whitespace=True,
        min_length=min_length,
        max_length=max_length,
        pattern=_PARAGRAPHS if lines else _ONE_LINE,
    )


Name = Annotated[str, printable(200)]
ShortText = Annotated[str, printable(100)]
Description = Annotated[str, printable(2000, min_length=0, lines=True)]
Code = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Z0-9][A-Z0-9-]{1,31}$"),
    Field(description="Short stable code, upper case, e.g. `MCA-BKO`.", examples=["MCA-BKO"]),
]


# The years a dated plan (a training session, a programme) may fall in.
FIRST_YEAR, LAST_YEAR = 2000, 2100


def check_period(start: date, end: date) -> None:
    """Refuse a period that ends before it starts or falls outside the plausible years."""
    if not (start.year >= FIRST_YEAR and end.year <= LAST_YEAR):
        raise ValueError(f"dates fall between {FIRST_YEAR} and {LAST_YEAR}")
    if end < start:
        raise ValueError("end_date is before start_date")


class Sex(StrEnum):
    male = "male"
    female = "female"


def _known_language(code: str) -> str:
    if code not in LANGUAGES:
        raise ValueError(f"unknown language code {code!r} (ISO 639-3, e.g. bam, taq, khq)")
    return code


LanguageCode = Annotated[
    str, StringConstraints(pattern=r"^[a-z]{3}$"), AfterValidator(_known_language)
]
Phone = Annotated[str, StringConstraints(pattern=r"^\+?[0-9 ]{6,20}$")]


class Page(BaseModel, Generic[ItemT]):
    items: Sequence[ItemT]
    next_cursor: str | None = Field(
        description="Pass as `cursor` to get the next page; null on the last page."
    )


def unchanged(description: str | None = None) -> Any:
    """Default of a PATCH field: absent leaves the value as it is.

    The field keeps its own type, so an explicit null is refused unless the type allows it,
    and generated clients see "optional", not "nullable".
    """
    return Field(default=None, description=description)
