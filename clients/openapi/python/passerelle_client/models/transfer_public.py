from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TransferPublic")


@_attrs_define
class TransferPublic:
    """
    Attributes:
        id (UUID):
        inmate_id (UUID):
        from_facility_id (UUID):
        to_facility_id (UUID):
        effective_date (datetime.date):
        reason (str):
        decided_by (str):
        created_at (datetime.datetime):
    """

    id: UUID
    inmate_id: UUID
    from_facility_id: UUID
    to_facility_id: UUID
    effective_date: datetime.date
    reason: str
    decided_by: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        inmate_id = str(self.inmate_id)

        from_facility_id = str(self.from_facility_id)

        to_facility_id = str(self.to_facility_id)

        effective_date = self.effective_date.isoformat()

        reason = self.reason

        decided_by = self.decided_by

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "inmate_id": inmate_id,
                "from_facility_id": from_facility_id,
                "to_facility_id": to_facility_id,
                "effective_date": effective_date,
                "reason": reason,
                "decided_by": decided_by,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        inmate_id = UUID(d.pop("inmate_id"))

        from_facility_id = UUID(d.pop("from_facility_id"))

        to_facility_id = UUID(d.pop("to_facility_id"))

        effective_date = datetime.date.fromisoformat(d.pop("effective_date"))

        reason = d.pop("reason")

        decided_by = d.pop("decided_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        transfer_public = cls(
            id=id,
            inmate_id=inmate_id,
            from_facility_id=from_facility_id,
            to_facility_id=to_facility_id,
            effective_date=effective_date,
            reason=reason,
            decided_by=decided_by,
            created_at=created_at,
        )

        transfer_public.additional_properties = d
        return transfer_public

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
