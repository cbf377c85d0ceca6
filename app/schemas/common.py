"""Shapes shared by every resource: pages of items."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field

ItemT = TypeVar("ItemT")


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
