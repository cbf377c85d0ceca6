from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.version_summary import VersionSummary


T = TypeVar("T", bound="InstrumentPublic")


@_attrs_define
class InstrumentPublic:
    """
    Attributes:
        id (UUID):
        code (str):
        name (str):
        description (str):
        active (bool):
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        versions (list[VersionSummary] | Unset):
    """

    id: UUID
    code: str
    name: str
    description: str
    active: bool
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    versions: list[VersionSummary] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        code = self.code

        name = self.name

        description = self.description

        active = self.active

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        versions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.versions, Unset):
            versions = []
            for versions_item_data in self.versions:
                versions_item = versions_item_data.to_dict()
                versions.append(versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "code": code,
                "name": name,
                "description": description,
                "active": active,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if versions is not UNSET:
            field_dict["versions"] = versions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.version_summary import VersionSummary  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        code = d.pop("code")

        name = d.pop("name")

        description = d.pop("description")

        active = d.pop("active")

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        _versions = d.pop("versions", UNSET)
        versions: list[VersionSummary] | Unset = UNSET
        if _versions is not UNSET:
            versions = []
            for versions_item_data in _versions:
                versions_item = VersionSummary.from_dict(versions_item_data)

                versions.append(versions_item)

        instrument_public = cls(
            id=id,
            code=code,
            name=name,
            description=description,
            active=active,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            versions=versions,
        )

        instrument_public.additional_properties = d
        return instrument_public

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
