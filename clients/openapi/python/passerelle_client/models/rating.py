from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Rating")


@_attrs_define
class Rating:
    """
    Attributes:
        rating (str):
        evidence (str | Unset):  Default: ''.
    """

    rating: str
    evidence: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        rating = self.rating

        evidence = self.evidence

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "rating": rating,
            }
        )
        if evidence is not UNSET:
            field_dict["evidence"] = evidence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rating = d.pop("rating")

        evidence = d.pop("evidence", UNSET)

        rating = cls(
            rating=rating,
            evidence=evidence,
        )

        return rating
