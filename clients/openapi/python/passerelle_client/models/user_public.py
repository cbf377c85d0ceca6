from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserPublic")


@_attrs_define
class UserPublic:
    """
    Attributes:
        id (UUID):
        username (str):
        display_name (str):
        roles (list[str]):
        facility_ids (list[UUID]):
        all_facilities (bool):
        organisation_id (None | UUID):
        active (bool):
        password_changed_at (datetime.datetime):
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    username: str
    display_name: str
    roles: list[str]
    facility_ids: list[UUID]
    all_facilities: bool
    organisation_id: None | UUID
    active: bool
    password_changed_at: datetime.datetime
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        username = self.username

        display_name = self.display_name

        roles = self.roles

        facility_ids = []
        for facility_ids_item_data in self.facility_ids:
            facility_ids_item = str(facility_ids_item_data)
            facility_ids.append(facility_ids_item)

        all_facilities = self.all_facilities

        organisation_id: None | str
        if isinstance(self.organisation_id, UUID):
            organisation_id = str(self.organisation_id)
        else:
            organisation_id = self.organisation_id

        active = self.active

        password_changed_at = self.password_changed_at.isoformat()

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "username": username,
                "display_name": display_name,
                "roles": roles,
                "facility_ids": facility_ids,
                "all_facilities": all_facilities,
                "organisation_id": organisation_id,
                "active": active,
                "password_changed_at": password_changed_at,
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

        username = d.pop("username")

        display_name = d.pop("display_name")

        roles = cast(list[str], d.pop("roles"))

        facility_ids = []
        _facility_ids = d.pop("facility_ids")
        for facility_ids_item_data in _facility_ids:
            facility_ids_item = UUID(facility_ids_item_data)

            facility_ids.append(facility_ids_item)

        all_facilities = d.pop("all_facilities")

        def _parse_organisation_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                organisation_id_type_0 = UUID(data)

                return organisation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        organisation_id = _parse_organisation_id(d.pop("organisation_id"))

        active = d.pop("active")

        password_changed_at = datetime.datetime.fromisoformat(d.pop("password_changed_at"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        user_public = cls(
            id=id,
            username=username,
            display_name=display_name,
            roles=roles,
            facility_ids=facility_ids,
            all_facilities=all_facilities,
            organisation_id=organisation_id,
            active=active,
            password_changed_at=password_changed_at,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        user_public.additional_properties = d
        return user_public

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
