from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.facility_update_visit_restrictions import FacilityUpdateVisitRestrictions


T = TypeVar("T", bound="FacilityUpdate")


@_attrs_define
class FacilityUpdate:
    """Fields to change; absent fields stay as they are. Deactivate with `active: false`.

    Attributes:
        name (str | Unset):
        region (str | Unset):
        capacity (int | None | Unset):
        active (bool | Unset):
        providers_see_first_name (bool | Unset):
        visit_restrictions (FacilityUpdateVisitRestrictions | Unset):
    """

    name: str | Unset = UNSET
    region: str | Unset = UNSET
    capacity: int | None | Unset = UNSET
    active: bool | Unset = UNSET
    providers_see_first_name: bool | Unset = UNSET
    visit_restrictions: FacilityUpdateVisitRestrictions | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        region = self.region

        capacity: int | None | Unset
        if isinstance(self.capacity, Unset):
            capacity = UNSET
        else:
            capacity = self.capacity

        active = self.active

        providers_see_first_name = self.providers_see_first_name

        visit_restrictions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.visit_restrictions, Unset):
            visit_restrictions = self.visit_restrictions.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if region is not UNSET:
            field_dict["region"] = region
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if active is not UNSET:
            field_dict["active"] = active
        if providers_see_first_name is not UNSET:
            field_dict["providers_see_first_name"] = providers_see_first_name
        if visit_restrictions is not UNSET:
            field_dict["visit_restrictions"] = visit_restrictions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.facility_update_visit_restrictions import FacilityUpdateVisitRestrictions  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        region = d.pop("region", UNSET)

        def _parse_capacity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        capacity = _parse_capacity(d.pop("capacity", UNSET))

        active = d.pop("active", UNSET)

        providers_see_first_name = d.pop("providers_see_first_name", UNSET)

        _visit_restrictions = d.pop("visit_restrictions", UNSET)
        visit_restrictions: FacilityUpdateVisitRestrictions | Unset
        if isinstance(_visit_restrictions, Unset):
            visit_restrictions = UNSET
        else:
            visit_restrictions = FacilityUpdateVisitRestrictions.from_dict(_visit_restrictions)

        facility_update = cls(
            name=name,
            region=region,
            capacity=capacity,
            active=active,
            providers_see_first_name=providers_see_first_name,
            visit_restrictions=visit_restrictions,
        )

        return facility_update
