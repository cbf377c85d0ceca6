from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.client_kind import ClientKind
from ..models.scope import Scope
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientCreate")


@_attrs_define
class ClientCreate:
    """
    Attributes:
        name (str):
        kind (ClientKind):
        organisation_id (UUID):
        allowed_scopes (list[Scope]):
        facility_id (None | Unset | UUID): Required for a device.
        allowed_addresses (list[str] | Unset):
        expires_at (datetime.datetime | None | Unset):
    """

    name: str
    kind: ClientKind
    organisation_id: UUID
    allowed_scopes: list[Scope]
    facility_id: None | Unset | UUID = UNSET
    allowed_addresses: list[str] | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        kind = self.kind.value

        organisation_id = str(self.organisation_id)

        allowed_scopes = []
        for allowed_scopes_item_data in self.allowed_scopes:
            allowed_scopes_item = allowed_scopes_item_data.value
            allowed_scopes.append(allowed_scopes_item)

        facility_id: None | str | Unset
        if isinstance(self.facility_id, Unset):
            facility_id = UNSET
        elif isinstance(self.facility_id, UUID):
            facility_id = str(self.facility_id)
        else:
            facility_id = self.facility_id

        allowed_addresses: list[str] | Unset = UNSET
        if not isinstance(self.allowed_addresses, Unset):
            allowed_addresses = self.allowed_addresses

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "kind": kind,
                "organisation_id": organisation_id,
                "allowed_scopes": allowed_scopes,
            }
        )
        if facility_id is not UNSET:
            field_dict["facility_id"] = facility_id
        if allowed_addresses is not UNSET:
            field_dict["allowed_addresses"] = allowed_addresses
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        kind = ClientKind(d.pop("kind"))

        organisation_id = UUID(d.pop("organisation_id"))

        allowed_scopes = []
        _allowed_scopes = d.pop("allowed_scopes")
        for allowed_scopes_item_data in _allowed_scopes:
            allowed_scopes_item = Scope(allowed_scopes_item_data)

            allowed_scopes.append(allowed_scopes_item)

        def _parse_facility_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                facility_id_type_0 = UUID(data)

                return facility_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        facility_id = _parse_facility_id(d.pop("facility_id", UNSET))

        allowed_addresses = cast(list[str], d.pop("allowed_addresses", UNSET))

        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        client_create = cls(
            name=name,
            kind=kind,
            organisation_id=organisation_id,
            allowed_scopes=allowed_scopes,
            facility_id=facility_id,
            allowed_addresses=allowed_addresses,
            expires_at=expires_at,
        )

        return client_create
