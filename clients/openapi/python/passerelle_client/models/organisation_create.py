from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.organisation_kind import OrganisationKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganisationCreate")


@_attrs_define
class OrganisationCreate:
    """
    Attributes:
        code (str): Short stable code, upper case, e.g. `MCA-BKO`.
        name (str):
        kind (OrganisationKind):
        id (None | Unset | UUID): Client-chosen id for records created offline.
        country (None | str | Unset):
    """

    code: str
    name: str
    kind: OrganisationKind
    id: None | Unset | UUID = UNSET
    country: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        kind = self.kind.value

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "name": name,
                "kind": kind,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        kind = OrganisationKind(d.pop("kind"))

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

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        organisation_create = cls(
            code=code,
            name=name,
            kind=kind,
            id=id,
            country=country,
        )

        return organisation_create
