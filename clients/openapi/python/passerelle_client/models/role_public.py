from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RolePublic")


@_attrs_define
class RolePublic:
    """
    Attributes:
        id (UUID):
        code (str):
        name (str):
        description (str):
        scopes (list[str]):
        organisation_scoped (bool):
        builtin (bool):
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    code: str
    name: str
    description: str
    scopes: list[str]
    organisation_scoped: bool
    builtin: bool
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        code = self.code

        name = self.name

        description = self.description

        scopes = self.scopes

        organisation_scoped = self.organisation_scoped

        builtin = self.builtin

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "code": code,
                "name": name,
                "description": description,
                "scopes": scopes,
                "organisation_scoped": organisation_scoped,
                "builtin": builtin,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        code = d.pop("code")

        name = d.pop("name")

        description = d.pop("description")

        scopes = cast(list[str], d.pop("scopes"))

        organisation_scoped = d.pop("organisation_scoped")

        builtin = d.pop("builtin")

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        role_public = cls(
            id=id,
            code=code,
            name=name,
            description=description,
            scopes=scopes,
            organisation_scoped=organisation_scoped,
            builtin=builtin,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        role_public.additional_properties = d
        return role_public

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
