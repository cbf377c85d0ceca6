from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.facility_create_visit_restrictions import FacilityCreateVisitRestrictions


T = TypeVar("T", bound="FacilityCreate")


@_attrs_define
class FacilityCreate:
    """
    Attributes:
        code (str): Short stable code, upper case, e.g. `MCA-BKO`.
        name (str):
        region (str):
        id (None | Unset | UUID): Client-chosen id for records created offline.
        capacity (int | None | Unset):
        providers_see_first_name (bool | Unset): Whether programme providers see an enrolled inmate's first name.
            Default: False.
        visit_restrictions (FacilityCreateVisitRestrictions | Unset): For each security level, the visit types (and
            `dialogue`) refused to inmates at that level; a legal visit is never refused for the classification.
    """

    code: str
    name: str
    region: str
    id: None | Unset | UUID = UNSET
    capacity: int | None | Unset = UNSET
    providers_see_first_name: bool | Unset = False
    visit_restrictions: FacilityCreateVisitRestrictions | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        region = self.region

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        capacity: int | None | Unset
        if isinstance(self.capacity, Unset):
            capacity = UNSET
        else:
            capacity = self.capacity

        providers_see_first_name = self.providers_see_first_name

        visit_restrictions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.visit_restrictions, Unset):
            visit_restrictions = self.visit_restrictions.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "name": name,
                "region": region,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if providers_see_first_name is not UNSET:
            field_dict["providers_see_first_name"] = providers_see_first_name
        if visit_restrictions is not UNSET:
            field_dict["visit_restrictions"] = visit_restrictions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.facility_create_visit_restrictions import FacilityCreateVisitRestrictions  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        region = d.pop("region")

        def _parse_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_capacity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        capacity = _parse_capacity(d.pop("capacity", UNSET))

        providers_see_first_name = d.pop("providers_see_first_name", UNSET)

        _visit_restrictions = d.pop("visit_restrictions", UNSET)
        visit_restrictions: FacilityCreateVisitRestrictions | Unset
        if isinstance(_visit_restrictions, Unset):
            visit_restrictions = UNSET
        else:
            visit_restrictions = FacilityCreateVisitRestrictions.from_dict(_visit_restrictions)

        facility_create = cls(
            code=code,
            name=name,
            region=region,
            id=id,
            capacity=capacity,
            providers_see_first_name=providers_see_first_name,
            visit_restrictions=visit_restrictions,
        )

        return facility_create
