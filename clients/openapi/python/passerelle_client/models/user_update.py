from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserUpdate")


@_attrs_define
class UserUpdate:
    """Fields to change; absent fields stay. `active: false` ends every sign-in at once.

    Attributes:
        display_name (str | Unset):
        roles (list[str] | Unset):
        facility_ids (list[UUID] | Unset):
        all_facilities (bool | Unset):
        organisation_id (None | Unset | UUID):
        active (bool | Unset):
    """

    display_name: str | Unset = UNSET
    roles: list[str] | Unset = UNSET
    facility_ids: list[UUID] | Unset = UNSET
    all_facilities: bool | Unset = UNSET
    organisation_id: None | Unset | UUID = UNSET
    active: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles

        facility_ids: list[str] | Unset = UNSET
        if not isinstance(self.facility_ids, Unset):
            facility_ids = []
            for facility_ids_item_data in self.facility_ids:
                facility_ids_item = str(facility_ids_item_data)
                facility_ids.append(facility_ids_item)

        all_facilities = self.all_facilities

        organisation_id: None | str | Unset
        if isinstance(self.organisation_id, Unset):
            organisation_id = UNSET
        elif isinstance(self.organisation_id, UUID):
            organisation_id = str(self.organisation_id)
        else:
            organisation_id = self.organisation_id

        active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if roles is not UNSET:
            field_dict["roles"] = roles
        if facility_ids is not UNSET:
            field_dict["facility_ids"] = facility_ids
        if all_facilities is not UNSET:
            field_dict["all_facilities"] = all_facilities
        if organisation_id is not UNSET:
            field_dict["organisation_id"] = organisation_id
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_name = d.pop("display_name", UNSET)

        roles = cast(list[str], d.pop("roles", UNSET))

        _facility_ids = d.pop("facility_ids", UNSET)
        facility_ids: list[UUID] | Unset = UNSET
        if _facility_ids is not UNSET:
            facility_ids = []
            for facility_ids_item_data in _facility_ids:
                facility_ids_item = UUID(facility_ids_item_data)

                facility_ids.append(facility_ids_item)

        all_facilities = d.pop("all_facilities", UNSET)

        def _parse_organisation_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                organisation_id_type_0 = UUID(data)

                return organisation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        organisation_id = _parse_organisation_id(d.pop("organisation_id", UNSET))

        active = d.pop("active", UNSET)

        user_update = cls(
            display_name=display_name,
            roles=roles,
            facility_ids=facility_ids,
            all_facilities=all_facilities,
            organisation_id=organisation_id,
            active=active,
        )

        return user_update
