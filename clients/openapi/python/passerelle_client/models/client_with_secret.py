from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.client_kind import ClientKind

T = TypeVar("T", bound="ClientWithSecret")


@_attrs_define
class ClientWithSecret:
    """
    Attributes:
        id (UUID):
        client_id (str):
        name (str):
        kind (ClientKind):
        organisation_id (UUID):
        facility_id (None | UUID):
        allowed_scopes (list[str]):
        allowed_addresses (list[str]):
        expires_at (datetime.datetime | None):
        active (bool):
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        client_secret (str): Shown this once; store it in the client's vault.
    """

    id: UUID
    client_id: str
    name: str
    kind: ClientKind
    organisation_id: UUID
    facility_id: None | UUID
    allowed_scopes: list[str]
    allowed_addresses: list[str]
    expires_at: datetime.datetime | None
    active: bool
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    client_secret: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        client_id = self.client_id

        name = self.name

        kind = self.kind.value

        organisation_id = str(self.organisation_id)

        facility_id: None | str
        if isinstance(self.facility_id, UUID):
            facility_id = str(self.facility_id)
        else:
            facility_id = self.facility_id

        allowed_scopes = self.allowed_scopes

        allowed_addresses = self.allowed_addresses

        expires_at: None | str
        if isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        active = self.active

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        client_secret = self.client_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "client_id": client_id,
                "name": name,
                "kind": kind,
                "organisation_id": organisation_id,
                "facility_id": facility_id,
                "allowed_scopes": allowed_scopes,
                "allowed_addresses": allowed_addresses,
                "expires_at": expires_at,
                "active": active,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
                "client_secret": client_secret,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        client_id = d.pop("client_id")

        name = d.pop("name")

        kind = ClientKind(d.pop("kind"))

        organisation_id = UUID(d.pop("organisation_id"))

        def _parse_facility_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                facility_id_type_0 = UUID(data)

                return facility_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        facility_id = _parse_facility_id(d.pop("facility_id"))

        allowed_scopes = cast(list[str], d.pop("allowed_scopes"))

        allowed_addresses = cast(list[str], d.pop("allowed_addresses"))

        def _parse_expires_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        expires_at = _parse_expires_at(d.pop("expires_at"))

        active = d.pop("active")

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        client_secret = d.pop("client_secret")

        client_with_secret = cls(
            id=id,
            client_id=client_id,
            name=name,
            kind=kind,
            organisation_id=organisation_id,
            facility_id=facility_id,
            allowed_scopes=allowed_scopes,
            allowed_addresses=allowed_addresses,
            expires_at=expires_at,
            active=active,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            client_secret=client_secret,
        )

        client_with_secret.additional_properties = d
        return client_with_secret

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
