from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.intervention_code import InterventionCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="Intervention")


@_attrs_define
class Intervention:
    """
    Attributes:
        code (InterventionCode):
        note (str | Unset):  Default: ''.
    """

    code: InterventionCode
    note: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        code = self.code.value

        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = InterventionCode(d.pop("code"))

        note = d.pop("note", UNSET)

        intervention = cls(
            code=code,
            note=note,
        )

        return intervention
