from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.keep_apart_reason import KeepApartReason

T = TypeVar("T", bound="KeepApartPublic")


@_attrs_define
class KeepApartPublic:
    """
    Attributes:
        id (UUID):
        inmate_id (UUID):
        other_inmate_id (UUID):
        reason (KeepApartReason):
        active (bool):
    """

    id: UUID
    inmate_id: UUID
    other_inmate_id: UUID
    reason: KeepApartReason
    active: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        inmate_id = str(self.inmate_id)

        other_inmate_id = str(self.other_inmate_id)

        reason = self.reason.value

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "inmate_id": inmate_id,
                "other_inmate_id": other_inmate_id,
                "reason": reason,
                "active": active,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        inmate_id = UUID(d.pop("inmate_id"))

        other_inmate_id = UUID(d.pop("other_inmate_id"))

        reason = KeepApartReason(d.pop("reason"))

        active = d.pop("active")

        keep_apart_public = cls(
            id=id,
            inmate_id=inmate_id,
            other_inmate_id=other_inmate_id,
            reason=reason,
            active=active,
        )

        keep_apart_public.additional_properties = d
        return keep_apart_public

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
