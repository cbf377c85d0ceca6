from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Domain")


@_attrs_define
class Domain:
    """
    Attributes:
        code (str):
        label_en (str):
        label_fr (str):
    """

    code: str
    label_en: str
    label_fr: str

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        label_en = self.label_en

        label_fr = self.label_fr

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "label_en": label_en,
                "label_fr": label_fr,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        label_en = d.pop("label_en")

        label_fr = d.pop("label_fr")

        domain = cls(
            code=code,
            label_en=label_en,
            label_fr=label_fr,
        )

        return domain
