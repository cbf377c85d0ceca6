from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="FamilyContact")


@_attrs_define
class FamilyContact:
    """
    Attributes:
        name (str):
        relationship (str):
        phone (None | str | Unset):
        address (None | str | Unset):
    """

    name: str
    relationship: str
    phone: None | str | Unset = UNSET
    address: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        relationship = self.relationship

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "relationship": relationship,
            }
        )
        if phone is not UNSET:
            field_dict["phone"] = phone
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        relationship = d.pop("relationship")

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        family_contact = cls(
            name=name,
            relationship=relationship,
            phone=phone,
            address=address,
        )

        return family_contact
