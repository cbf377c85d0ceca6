from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.facility_public_visit_restrictions import FacilityPublicVisitRestrictions


T = TypeVar("T", bound="FacilityPublic")


@_attrs_define
class FacilityPublic:
    """
    Attributes:
        id (UUID):
        code (str):
        name (str):
        region (str):
        capacity (int | None):
        active (bool):
        providers_see_first_name (bool):
        visit_restrictions (FacilityPublicVisitRestrictions): For each security level, the visit types (and `dialogue`)
            refused to inmates at that level; a legal visit is never refused for the classification.
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    code: str
    name: str
    region: str
    capacity: int | None
    active: bool
    providers_see_first_name: bool
    visit_restrictions: FacilityPublicVisitRestrictions
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        code = self.code

        name = self.name

        region = self.region

        capacity: int | None
        capacity = self.capacity

        active = self.active

        providers_see_first_name = self.providers_see_first_name

        visit_restrictions = self.visit_restrictions.to_dict()

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
                "region": region,
                "capacity": capacity,
                "active": active,
                "providers_see_first_name": providers_see_first_name,
                "visit_restrictions": visit_restrictions,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.facility_public_visit_restrictions import FacilityPublicVisitRestrictions  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        code = d.pop("code")

        name = d.pop("name")

        region = d.pop("region")

        def _parse_capacity(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        capacity = _parse_capacity(d.pop("capacity"))

        active = d.pop("active")

        providers_see_first_name = d.pop("providers_see_first_name")

        visit_restrictions = FacilityPublicVisitRestrictions.from_dict(d.pop("visit_restrictions"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        facility_public = cls(
            id=id,
            code=code,
            name=name,
            region=region,
            capacity=capacity,
            active=active,
            providers_see_first_name=providers_see_first_name,
            visit_restrictions=visit_restrictions,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        facility_public.additional_properties = d
        return facility_public

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
