from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.caller_kind import CallerKind

T = TypeVar("T", bound="MePublic")


@_attrs_define
class MePublic:
    """
    Attributes:
        principal (str): `user:<id>` or `client:<id>`.
        kind (CallerKind): Who a token speaks for: a staff user, or an API client (partner system, tablet,
            service).
        name (str): Username, or the client's id.
        display_name (str):
        roles (list[str]):
        scopes (list[str]):
        all_facilities (bool):
        facility_ids (list[UUID]):
        organisation_id (None | UUID):
        organisation_scoped (bool):
        agreement_id (None | UUID):
    """

    principal: str
    kind: CallerKind
    name: str
    display_name: str
    roles: list[str]
    scopes: list[str]
    all_facilities: bool
    facility_ids: list[UUID]
    organisation_id: None | UUID
    organisation_scoped: bool
    agreement_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        principal = self.principal

        kind = self.kind.value

        name = self.name

        display_name = self.display_name

        roles = self.roles

        scopes = self.scopes

        all_facilities = self.all_facilities

        facility_ids = []
        for facility_ids_item_data in self.facility_ids:
            facility_ids_item = str(facility_ids_item_data)
            facility_ids.append(facility_ids_item)

        organisation_id: None | str
        if isinstance(self.organisation_id, UUID):
            organisation_id = str(self.organisation_id)
        else:
            organisation_id = self.organisation_id

        organisation_scoped = self.organisation_scoped

        agreement_id: None | str
        if isinstance(self.agreement_id, UUID):
            agreement_id = str(self.agreement_id)
        else:
            agreement_id = self.agreement_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "principal": principal,
                "kind": kind,
                "name": name,
                "display_name": display_name,
                "roles": roles,
                "scopes": scopes,
                "all_facilities": all_facilities,
                "facility_ids": facility_ids,
                "organisation_id": organisation_id,
                "organisation_scoped": organisation_scoped,
                "agreement_id": agreement_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        principal = d.pop("principal")

        kind = CallerKind(d.pop("kind"))

        name = d.pop("name")

        display_name = d.pop("display_name")

        roles = cast(list[str], d.pop("roles"))

        scopes = cast(list[str], d.pop("scopes"))

        all_facilities = d.pop("all_facilities")

        facility_ids = []
        _facility_ids = d.pop("facility_ids")
        for facility_ids_item_data in _facility_ids:
            facility_ids_item = UUID(facility_ids_item_data)

            facility_ids.append(facility_ids_item)

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

        organisation_scoped = d.pop("organisation_scoped")

        def _parse_agreement_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                agreement_id_type_0 = UUID(data)

                return agreement_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        agreement_id = _parse_agreement_id(d.pop("agreement_id"))

        me_public = cls(
            principal=principal,
            kind=kind,
            name=name,
            display_name=display_name,
            roles=roles,
            scopes=scopes,
            all_facilities=all_facilities,
            facility_ids=facility_ids,
            organisation_id=organisation_id,
            organisation_scoped=organisation_scoped,
            agreement_id=agreement_id,
        )

        me_public.additional_properties = d
        return me_public

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
