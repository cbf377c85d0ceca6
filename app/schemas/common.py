"""Shapes shared by every resource: pages of items."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Any, Generic, TypeVar

from pydantic import BaseModel, Field, StringConstraints

ItemT = TypeVar("ItemT")

# Text a person types: no control characters (PostgreSQL refuses NUL; logs must not carry
# line breaks or escape codes from clients), surrounding spaces removed.
_PRINTABLE = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]*$"


def printable(max_length: int, min_length: int = 1) -> StringConstraints:
    """Constraints of printable text between the two lengths."""
    return StringConstraints(
        strip_whitespace=True, min_length=min_length, max_length=max_length, pattern=_PRINTABLE
    )


Name = Annotated[str, printable(200)]
ShortText = Annotated[str, printable(100)]
Description = Annotated[str, printable(2000, min_length=0)]
Code = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Z0-9][A-Z0-9-]{1,31}$"),
    Field(description="Short stable code, upper case, e.g. `MCA-BKO`.", examples=["MCA-BKO"]),
]


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
