from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.keep_apart_reason import KeepApartReason

T = TypeVar("T", bound="KeepApartRequest")


@_attrs_define
class KeepApartRequest:
    """
    Attributes:
        inmate_id (UUID):
        reason (KeepApartReason):
    """

    inmate_id: UUID
    reason: KeepApartReason

    def to_dict(self) -> dict[str, Any]:
        inmate_id = str(self.inmate_id)

        reason = self.reason.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "inmate_id": inmate_id,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        inmate_id = UUID(d.pop("inmate_id"))

        reason = KeepApartReason(d.pop("reason"))

        keep_apart_request = cls(
            inmate_id=inmate_id,
            reason=reason,
        )

        return keep_apart_request
