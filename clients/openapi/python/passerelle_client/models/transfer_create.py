from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="TransferCreate")


@_attrs_define
class TransferCreate:
    """
    Attributes:
        to_facility_id (UUID):
        effective_date (datetime.date):
        reason (str):
    """

    to_facility_id: UUID
    effective_date: datetime.date
    reason: str

    def to_dict(self) -> dict[str, Any]:
        to_facility_id = str(self.to_facility_id)

        effective_date = self.effective_date.isoformat()

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "to_facility_id": to_facility_id,
                "effective_date": effective_date,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to_facility_id = UUID(d.pop("to_facility_id"))

        effective_date = datetime.date.fromisoformat(d.pop("effective_date"))

        reason = d.pop("reason")

        transfer_create = cls(
            to_facility_id=to_facility_id,
            effective_date=effective_date,
            reason=reason,
        )

        return transfer_create
