"""Shapes shared by every resource: pages of items, and the examples of the contract."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time
from enum import StrEnum
from typing import Annotated, Any, Generic, TypeVar, cast, get_args

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    GetJsonSchemaHandler,
    StringConstraints,
    WithJsonSchema,
)
from pydantic.config import JsonDict
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

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


class PatternKeyed:
    """A map whose keys follow a pattern, described as JSON Schema's `propertyNames` and
    `additionalProperties` rather than pydantic's `patternProperties`: the same rule (the
    API refuses any other key), and one that client generators turn into a typed map."""

    def __get_pydantic_json_schema__(
        self, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        schema = handler(core_schema)
        patterns = schema.pop("patternProperties", None)
        if patterns:
            ((pattern, values),) = patterns.items()
            schema["propertyNames"] = {"pattern": pattern}
            schema["additionalProperties"] = values
        return schema


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


def example_of(shape: Any) -> dict[str, Any]:
    """The first example of a model (or TypedDict), to build the examples of what holds it."""
    config = getattr(shape, "model_config", None) or getattr(shape, "__pydantic_config__", {})
    extra = config.get("json_schema_extra")
    if not isinstance(extra, dict) or not isinstance(extra.get("examples"), list):
        raise TypeError(f"{shape.__name__} has no examples")
    return cast(dict[str, Any], extra["examples"][0])


def item_type(page: type[BaseModel]) -> Any:
    """The item type of a page class, `Page[A]` or a subclass of it; of `A | B` items, `A`
    (the fullest view)."""
    for cls in page.__mro__:
        args = getattr(cls, "__pydantic_generic_metadata__", {}).get("args")
        if args:
            return (get_args(args[0]) or args)[0]
    raise TypeError(f"{page.__name__} is not a page of a given item type")


# An opaque cursor as the API issues them (base64 of the list, the time and the id).
EXAMPLE_CURSOR = (
    "WyJpbm1hdGUiLCIyMDI2LTExLTIwVDA5OjMwOjAwKzAwOjAwIiwiMGIwYzRmNGUtNmE1NS00YzVlLTlkNTktMWM2"
    "ZjdmMGUwYTExIl0"
)


def page_example(page: type[BaseModel], **fields: Any) -> dict[str, Any]:
    """An example of a page class: one item (the example of its item type), and ``fields``."""
    return {"items": [example_of(item_type(page))], **fields}


def _page_examples(schema: JsonDict, page: type[BaseModel]) -> None:
    schema["examples"] = [page_example(page, next_cursor=EXAMPLE_CURSOR)]


# Routes answer named subclasses, `class InmatePage(Page[InmatePublic | InmateRestricted])`:
# the contract names a page after its first item type (`Public` dropped) and the page class.
# Pydantic names a bare `Page[...]` `Page_Union_InmatePublic__InmateRestricted__` whatever
# `model_parametrized_name` says (pydantic/pydantic#7376).
class Page(BaseModel, Generic[ItemT]):
    """One page of a list, in a stable order; follow `next_cursor` for the next."""

    model_config = ConfigDict(json_schema_extra=_page_examples)

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


# A local time of day, without an offset (a session's daily hours, as the venue's clock
# shows them). JSON Schema's "time" format requires an offset, so the contract states the
# shape the service writes and reads: HH:MM, or HH:MM:SS.
LocalTime = Annotated[
    time,
    WithJsonSchema(
        {
            "type": "string",
            "pattern": r"^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?$",
            "description": "Local time of day, HH:MM or HH:MM:SS, without an offset.",
            "examples": ["09:00"],
        }
    ),
]
