from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EmergencyAccessPublic")


@_attrs_define
class EmergencyAccessPublic:
    """
    Attributes:
        id (UUID):
        inmate_id (UUID):
        user_id (UUID):
        facility_id (UUID):
        reason (str):
        granted_at (datetime.datetime):
        expires_at (datetime.datetime):
    """

    id: UUID
    inmate_id: UUID
    user_id: UUID
    facility_id: UUID
    reason: str
    granted_at: datetime.datetime
    expires_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        inmate_id = str(self.inmate_id)

        user_id = str(self.user_id)

        facility_id = str(self.facility_id)

        reason = self.reason

        granted_at = self.granted_at.isoformat()

        expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "inmate_id": inmate_id,
                "user_id": user_id,
                "facility_id": facility_id,
                "reason": reason,
                "granted_at": granted_at,
                "expires_at": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        inmate_id = UUID(d.pop("inmate_id"))

        user_id = UUID(d.pop("user_id"))

        facility_id = UUID(d.pop("facility_id"))

        reason = d.pop("reason")

        granted_at = datetime.datetime.fromisoformat(d.pop("granted_at"))

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        emergency_access_public = cls(
            id=id,
            inmate_id=inmate_id,
            user_id=user_id,
            facility_id=facility_id,
            reason=reason,
            granted_at=granted_at,
            expires_at=expires_at,
        )

        emergency_access_public.additional_properties = d
        return emergency_access_public

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
