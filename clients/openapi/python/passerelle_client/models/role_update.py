from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.scope import Scope
from ..types import UNSET, Unset

T = TypeVar("T", bound="RoleUpdate")


@_attrs_define
class RoleUpdate:
    """
    Attributes:
        name (str | Unset):
        description (str | Unset):
        scopes (list[Scope] | Unset):
        organisation_scoped (bool | Unset):
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    scopes: list[Scope] | Unset = UNSET
    organisation_scoped: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = []
            for scopes_item_data in self.scopes:
                scopes_item = scopes_item_data.value
                scopes.append(scopes_item)

        organisation_scoped = self.organisation_scoped

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if organisation_scoped is not UNSET:
            field_dict["organisation_scoped"] = organisation_scoped

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _scopes = d.pop("scopes", UNSET)
        scopes: list[Scope] | Unset = UNSET
        if _scopes is not UNSET:
            scopes = []
            for scopes_item_data in _scopes:
                scopes_item = Scope(scopes_item_data)

                scopes.append(scopes_item)

        organisation_scoped = d.pop("organisation_scoped", UNSET)

        role_update = cls(
            name=name,
            description=description,
            scopes=scopes,
            organisation_scoped=organisation_scoped,
        )

        return role_update
