from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="InstrumentUpdate")


@_attrs_define
class InstrumentUpdate:
    """
    Attributes:
        name (str | Unset):
        description (str | Unset):
        active (bool | Unset):
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    active: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        active = d.pop("active", UNSET)

        instrument_update = cls(
            name=name,
            description=description,
            active=active,
        )

        return instrument_update
