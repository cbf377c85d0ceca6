from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Charge")


@_attrs_define
class Charge:
    """
    Attributes:
        legal_basis (str):
        description (str):
    """

    legal_basis: str
    description: str

    def to_dict(self) -> dict[str, Any]:
        legal_basis = self.legal_basis

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "legal_basis": legal_basis,
                "description": description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        legal_basis = d.pop("legal_basis")

        description = d.pop("description")

        charge = cls(
            legal_basis=legal_basis,
            description=description,
        )

        return charge
