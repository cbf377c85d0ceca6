from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.scope import Scope
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientUpdate")


@_attrs_define
class ClientUpdate:
    """Fields to change. `active: false` revokes the client and the sign-ins made on it.

    Attributes:
        name (str | Unset):
        allowed_scopes (list[Scope] | Unset):
        allowed_addresses (list[str] | Unset):
        expires_at (datetime.datetime | None | Unset):
        active (bool | Unset):
    """

    name: str | Unset = UNSET
    allowed_scopes: list[Scope] | Unset = UNSET
    allowed_addresses: list[str] | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    active: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        allowed_scopes: list[str] | Unset = UNSET
        if not isinstance(self.allowed_scopes, Unset):
            allowed_scopes = []
            for allowed_scopes_item_data in self.allowed_scopes:
                allowed_scopes_item = allowed_scopes_item_data.value
                allowed_scopes.append(allowed_scopes_item)

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

        active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if allowed_scopes is not UNSET:
            field_dict["allowed_scopes"] = allowed_scopes
        if allowed_addresses is not UNSET:
            field_dict["allowed_addresses"] = allowed_addresses
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _allowed_scopes = d.pop("allowed_scopes", UNSET)
        allowed_scopes: list[Scope] | Unset = UNSET
        if _allowed_scopes is not UNSET:
            allowed_scopes = []
            for allowed_scopes_item_data in _allowed_scopes:
                allowed_scopes_item = Scope(allowed_scopes_item_data)

                allowed_scopes.append(allowed_scopes_item)

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

        active = d.pop("active", UNSET)

        client_update = cls(
            name=name,
            allowed_scopes=allowed_scopes,
            allowed_addresses=allowed_addresses,
            expires_at=expires_at,
            active=active,
        )

        return client_update
