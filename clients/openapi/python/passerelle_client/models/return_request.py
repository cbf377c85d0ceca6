from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ReturnRequest")


@_attrs_define
class ReturnRequest:
    """
    Attributes:
        comments (str):
    """

    comments: str

    def to_dict(self) -> dict[str, Any]:
        comments = self.comments

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "comments": comments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        comments = d.pop("comments")

        return_request = cls(
            comments=comments,
        )

        return return_request
