from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.organisation_kind import OrganisationKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganisationUpdate")


@_attrs_define
class OrganisationUpdate:
    """Fields to change; absent fields stay as they are. Deactivate with `active: false`.

    Attributes:
        name (str | Unset):
        kind (OrganisationKind | Unset):
        country (None | str | Unset):
        active (bool | Unset):
    """

    name: str | Unset = UNSET
    kind: OrganisationKind | Unset = UNSET
    country: None | str | Unset = UNSET
    active: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if kind is not UNSET:
            field_dict["kind"] = kind
        if country is not UNSET:
            field_dict["country"] = country
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _kind = d.pop("kind", UNSET)
        kind: OrganisationKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = OrganisationKind(_kind)

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        active = d.pop("active", UNSET)

        organisation_update = cls(
            name=name,
            kind=kind,
            country=country,
            active=active,
        )

        return organisation_update
