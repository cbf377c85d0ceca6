from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.scope import Scope
from ..types import UNSET, Unset

T = TypeVar("T", bound="RoleCreate")


@_attrs_define
class RoleCreate:
    """
    Attributes:
        code (str): Stable code, lower case, e.g. `registrar`.
        name (str):
        scopes (list[Scope]):
        description (str | Unset):  Default: ''.
        organisation_scoped (bool | Unset): Holders see only their own organisation's records. Default: False.
    """

    code: str
    name: str
    scopes: list[Scope]
    description: str | Unset = ""
    organisation_scoped: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item = scopes_item_data.value
            scopes.append(scopes_item)

        description = self.description

        organisation_scoped = self.organisation_scoped

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "name": name,
                "scopes": scopes,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if organisation_scoped is not UNSET:
            field_dict["organisation_scoped"] = organisation_scoped

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        scopes = []
        _scopes = d.pop("scopes")
        for scopes_item_data in _scopes:
            scopes_item = Scope(scopes_item_data)

            scopes.append(scopes_item)

        description = d.pop("description", UNSET)

        organisation_scoped = d.pop("organisation_scoped", UNSET)

        role_create = cls(
            code=code,
            name=name,
            scopes=scopes,
            description=description,
            organisation_scoped=organisation_scoped,
        )

        return role_create
